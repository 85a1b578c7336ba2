// Native, editable PowerPoint charts for the deck's chart slides; each slide's notes carry its summary and data.
import type PptxGenJS from 'pptxgenjs'
import { taskStatuses } from '../../../api/schemas'
import { countByStatus, tasksByTarget } from '../../../domain/plan-figures'
import { assessProgress, progressStatuses } from '../../../domain/progress-status'
import { indicatorYears } from '../../../domain/indicator-series'
import type { Indicator } from '../../../api/schemas'
import type { PptxDeckInput } from './deck-input'
import { bodySize, contentBox, font, ink, line, muted } from './layout'

const axisStyle = {
  catAxisLabelFontFace: font,
  catAxisLabelFontSize: 16,
  catAxisLabelColor: ink,
  valAxisLabelFontFace: font,
  valAxisLabelFontSize: 14,
  valAxisLabelColor: muted,
  valGridLine: { color: line, size: 0.5 },
  legendFontFace: font,
  legendFontSize: 14,
  dataLabelFontFace: font,
}

/** Activities per status: one bar per status, in the contract's order, with the numbers on the bars. */
export function statusChartSlide(slide: PptxGenJS.Slide, input: PptxDeckInput): string {
  const { t, format, tasks } = input
  const counts = countByStatus(tasks)
  const labels = taskStatuses.map((status) => t(`status.${status}`))
  const values = taskStatuses.map((status) => counts[status])
  const summary = t('charts.byStatusSummary', {
    count: counts.delayed,
    x: format.number(counts.delayed),
    total: format.number(tasks.length),
    completed: format.number(counts.completed),
  })
  slide.addText(summary, { ...contentBox, h: 0.6, fontFace: font, fontSize: bodySize, color: ink })
  // One series; pptxgenjs gives each bar (data point) its own colour from chartColors: the status palette.
  slide.addChart('bar', [{ name: t('present.slides.status-chart'), labels, values }], {
    ...contentBox,
    y: contentBox.y + 0.7,
    h: contentBox.h - 0.7,
    barDir: 'bar',
    chartColors: taskStatuses.map((status) => input.statusColours[status]),
    showValue: true,
    dataLabelFontSize: 16,
    valAxisMajorUnit: niceStep(Math.max(...values)),
    showLegend: false,
    altText: summary,
    ...axisStyle,
  })
  return [summary, ...labels.map((label, i) => `${label}: ${format.number(values[i] ?? 0)}`)].join('\n')
}

/** Activities per SDG target, stacked by status (the series), in the order the stacks are drawn. */
export function targetsChartSlide(slide: PptxGenJS.Slide, input: PptxDeckInput): string {
  const { t, format } = input
  const groups = tasksByTarget(input.tasks)
  const labels = groups.map((group) => group.key)
  const data = taskStatuses.map((status) => ({
    name: t(`status.${status}`),
    labels,
    values: groups.map((group) => group.counts[status]),
  }))
  const summary = groups
    .map((g) => `${g.key}: ${taskStatuses.map((s) => `${t(`status.${s}`)} ${format.number(g.counts[s])}`).join(', ')}`)
    .join('\n')
  slide.addChart('bar', data, {
    ...contentBox,
    barDir: 'col',
    barGrouping: 'stacked',
    chartColors: taskStatuses.map((status) => input.statusColours[status]),
    showLegend: true,
    legendPos: 'b',
    valAxisMajorUnit: niceStep(Math.max(0, ...groups.map((group) => group.total))),
    altText: t('present.slides.targets-chart'),
    ...axisStyle,
  })
  return summary
}

/** How many indicators have each progress status. */
export function indicatorsSummarySlide(slide: PptxGenJS.Slide, input: PptxDeckInput): string {
  const { t, format } = input
  const statuses = input.indicators.map((indicator) => assessProgress(indicator).status)
  const labels = progressStatuses.map((status) => t(`progress.${status}`))
  const values = progressStatuses.map((status) => statuses.filter((s) => s === status).length)
  slide.addChart('bar', [{ name: t('present.slides.indicators-summary'), labels, values }], {
    ...contentBox,
    barDir: 'bar',
    chartColors: ['0B4F8A'],
    showValue: true,
    dataLabelFontSize: 16,
    valAxisMajorUnit: niceStep(Math.max(...values)),
    showLegend: false,
    altText: t('present.slides.indicators-summary'),
    ...axisStyle,
  })
  return labels.map((label, i) => `${label}: ${format.number(values[i] ?? 0)}`).join('\n')
}

/** Up to two indicators per slide: the actual values against the target trajectory, as native line charts. */
export function indicatorsOffTrackSlide(slide: PptxGenJS.Slide, input: PptxDeckInput, indicators: Indicator[]): string {
  const { t, format } = input
  const width = indicators.length > 1 ? contentBox.w / 2 - 0.15 : contentBox.w
  const notes: string[] = []
  indicators.forEach((indicator, i) => {
    const x = contentBox.x + i * (width + 0.3)
    const assessment = assessProgress(indicator)
    const name = format.text(indicator.name).text
    const latest = assessment.latest
    const caption = `${indicator.code} ${name}`
    const status = `${t(`progress.${assessment.status}`)}${latest ? ` · ${format.indicatorValue(latest.value, indicator)} (${latest.year})` : ''}`
    slide.addText(
      [
        { text: caption, options: { bold: true, breakLine: true } },
        { text: status, options: { color: muted } },
      ],
      { x, y: contentBox.y, w: width, h: 1.2, fontFace: font, fontSize: 16, color: ink, valign: 'top' },
    )
    const rows = indicatorYears(indicator)
    const labels = rows.map((row) => String(row.year))
    slide.addChart(
      'line',
      [
        { name: t('charts.targetTrajectory'), labels, values: rows.map((row) => row.expected) },
        { name: t('charts.actual'), labels, values: rows.map((row) => row.actual ?? null) },
      ],
      {
        x,
        y: contentBox.y + 1.3,
        w: width,
        h: contentBox.h - 1.3,
        chartColors: ['8A94A3', '0B4F8A'],
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 8,
        showLegend: true,
        legendPos: 'b',
        altText: caption,
        ...axisStyle,
        catAxisLabelFontSize: 12,
      },
    )
    notes.push(
      `${caption}: ${status}`,
      ...rows
        .filter((row) => row.actual !== undefined)
        .map((row) => `${row.year}: ${format.indicatorValue(row.actual ?? 0, indicator)}`),
    )
  })
  return notes.join('\n')
}

/** A round step for a count axis: 1, 2 or 5 × 10ⁿ, about five ticks. */
export function niceStep(max: number): number {
  if (max <= 5) return 1
  const raw = max / 5
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw)
  return step ?? 10 * power
}
