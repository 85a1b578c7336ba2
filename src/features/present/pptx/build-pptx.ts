// The deck as a PowerPoint file: the same slides as on screen, 16:9, in the interface language, with native charts
// and tables a staff member can still edit, and each slide's summary and data in its speaker notes.
// Loaded only when someone asks for the file (a lazy chunk): pptxgenjs never weighs on the first screen.
import PptxGenJS from 'pptxgenjs'
import { slideTitle } from '../components/slide-content'
import { moreText } from '../components/list-more'
import type { PptxDeckInput } from './deck-input'
import { attentionSlide, changesSlide, figuresSlide } from './table-slides'
import { indicatorsOffTrackSlide, indicatorsSummarySlide, statusChartSlide, targetsChartSlide } from './chart-slides'
import {
  bodySize,
  brand,
  contentBox,
  font,
  footerBox,
  footerSize,
  ink,
  moreBox,
  muted,
  page,
  tableSize,
  titleBox,
} from './layout'

const master = 'SDG4_DECK'

export function buildPptx(input: PptxDeckInput): PptxGenJS {
  const { t, format, plan } = input
  const planTitle = format.text(plan.title).text
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = `${t('present.slides.title')} — ${planTitle}`
  pptx.company = format.text(plan.committee).text
  pptx.theme = { headFontFace: font, bodyFontFace: font }
  // Every slide says what it shows: the plan, the filters, the period of changes and the date of the data.
  const footer = [planTitle, input.filterText, input.sinceText, t('present.statusAsOf', { date: input.asOf })]
    .filter(Boolean)
    .join(' · ')
  pptx.defineSlideMaster({
    title: master,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: page.width, h: 0.12, fill: { color: brand } } },
      {
        text: {
          text: footer,
          options: { ...footerBox, fontFace: font, fontSize: footerSize, color: muted, valign: 'bottom' },
        },
      },
    ],
    slideNumber: {
      x: page.width - page.margin - 1,
      y: footerBox.y,
      w: 1,
      h: 0.4,
      fontFace: font,
      fontSize: 14,
      color: muted,
      align: 'right',
    },
  })

  for (const slide of input.slides) {
    const pptSlide = pptx.addSlide({ masterName: master })
    const title = slideTitle(slide, t)
    if (slide.kind !== 'title' && slide.kind !== 'closing') {
      pptSlide.addText(title, { ...titleBox, fontFace: font, fontSize: 30, bold: true, color: ink, valign: 'middle' })
    }
    const notes = fill(pptSlide, slide, input, title)
    const more = 'more' in slide && slide.more > 0 ? moreLine(pptSlide, slide.kind, slide.more, input) : ''
    pptSlide.addNotes([title, notes, more].filter(Boolean).join('\n\n'))
  }
  return pptx
}

/** Under a list cut short: "and 412 more activities — full list: <address>", the address a working link. */
function moreLine(
  pptSlide: PptxGenJS.Slide,
  kind: 'attention' | 'indicators-off-track' | 'changes',
  more: number,
  input: PptxDeckInput,
): string {
  const { t, format } = input
  const address = input.fullLists[kind]
  const words = `${moreText(kind, more, t, format)} — ${t('present.fullList')} `
  pptSlide.addText(
    [
      { text: words },
      { text: address, options: { hyperlink: { url: address }, color: brand, underline: { style: 'sng' } } },
    ],
    { ...moreBox, fontFace: font, fontSize: tableSize, color: ink, valign: 'bottom' },
  )
  return `${words}${address}`
}

function fill(
  pptSlide: PptxGenJS.Slide,
  slide: PptxDeckInput['slides'][number],
  input: PptxDeckInput,
  title: string,
): string {
  const { t, format, plan } = input
  switch (slide.kind) {
    case 'title':
    case 'closing': {
      const lines =
        slide.kind === 'title'
          ? [
              { text: title, size: 36, bold: true },
              { text: format.text(plan.title).text, size: 24, bold: false },
              { text: format.text(plan.committee).text, size: bodySize, bold: false },
              { text: t('present.statusAsOf', { date: input.asOf }), size: bodySize, bold: false },
              { text: input.filterText, size: bodySize, bold: false },
            ]
          : [
              { text: t('present.thanks'), size: 40, bold: true },
              { text: t('present.slides.closing'), size: 28, bold: false },
              { text: format.text(plan.committee).text, size: bodySize, bold: false },
            ]
      pptSlide.addText(
        lines.map((line) => ({
          text: line.text,
          options: { fontSize: line.size, bold: line.bold, breakLine: true, paraSpaceAfter: 12 },
        })),
        { x: contentBox.x, y: 1.2, w: contentBox.w, h: 5, fontFace: font, color: ink, valign: 'middle' },
      )
      return lines.map((line) => line.text).join('\n')
    }
    case 'figures':
      return figuresSlide(pptSlide, input)
    case 'status-chart':
      return statusChartSlide(pptSlide, input)
    case 'targets-chart':
      return targetsChartSlide(pptSlide, input)
    case 'attention':
      return attentionSlide(pptSlide, input, slide.tasks)
    case 'indicators-summary':
      return indicatorsSummarySlide(pptSlide, input)
    case 'indicators-off-track':
      return indicatorsOffTrackSlide(pptSlide, input, slide.indicators)
    case 'changes':
      return changesSlide(pptSlide, input, slide.groups)
  }
}

/** "sdg4-deck_2026-12-03.pptx", in the interface language's word for it. */
export function pptxFileName(input: Pick<PptxDeckInput, 't' | 'today'>): string {
  return `${input.t('present.pptx.fileName')}_${input.today}.pptx`
}
