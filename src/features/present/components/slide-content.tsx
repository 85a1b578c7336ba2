import type { TFunction } from '../../../i18n/translator'
import type { Slide } from '../../../domain/slides'
import type { DeckData } from './deck-data'
import { TitleSlide } from './slides/title-slide'
import { FiguresSlide } from './slides/figures-slide'
import { StatusChartSlide } from './slides/status-chart-slide'
import { TargetsChartSlide } from './slides/targets-chart-slide'
import { AttentionSlide } from './slides/attention-slide'
import { IndicatorsSummarySlide } from './slides/indicators-summary-slide'
import { IndicatorsOffTrackSlide } from './slides/indicators-off-track-slide'
import { ChangesSlide } from './slides/changes-slide'
import { ClosingSlide } from './slides/closing-slide'

export type { DeckData }

export function slideTitle(slide: Slide, t: TFunction): string {
  const continued = 'page' in slide && slide.pages > 1 ? ` (${slide.page}/${slide.pages})` : ''
  return `${t(`present.slides.${slide.kind}`)}${continued}`
}

/** One component per kind of slide; this picks it. */
export function SlideContent({ slide, data }: { slide: Slide; data: DeckData }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide data={data} />
    case 'figures':
      return <FiguresSlide data={data} />
    case 'status-chart':
      return <StatusChartSlide data={data} />
    case 'targets-chart':
      return <TargetsChartSlide data={data} />
    case 'attention':
      return <AttentionSlide slide={slide} data={data} />
    case 'indicators-summary':
      return <IndicatorsSummarySlide data={data} />
    case 'indicators-off-track':
      return <IndicatorsOffTrackSlide slide={slide} data={data} />
    case 'changes':
      return <ChangesSlide slide={slide} data={data} />
    case 'closing':
      return <ClosingSlide data={data} />
  }
}
