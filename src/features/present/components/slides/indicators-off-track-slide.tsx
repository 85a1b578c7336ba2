import type { DeckData } from '../deck-data'
import type { Slide } from '../../../../domain/slides'
import { Localized } from '../../../../components/localized'
import { StatusBadge } from '../../../../components/status-badge'
import { assessProgress } from '../../../../domain/progress-status'
import { indicatorYears } from '../../../../domain/indicator-series'
import { lazy } from 'react'
import { smallChartSize } from './chart-sizes'
import { useFormat } from '../../../../i18n/use-format'
import { ListMore } from '../list-more'

const IndicatorChart = lazy(() => import('../../../../components/charts/indicator-chart'))

export function IndicatorsOffTrackSlide({
  slide,
  data,
}: {
  slide: Extract<Slide, { kind: 'indicators-off-track' }>
  data: DeckData
}) {
  const format = useFormat()
  return (
    <>
      <div className="slide-indicators">
        {slide.indicators.map((indicator) => {
          const assessment = assessProgress(indicator)
          const latest = assessment.latest
          return (
            <figure key={indicator.id}>
              {/* The name may be cut to two lines; the status under it never is. */}
              <figcaption>
                <span className="clamp-2">
                  <strong>{indicator.code}</strong> <Localized text={indicator.name} />
                </span>
                <StatusBadge status={assessment.status} />
                {latest && ` · ${format.indicatorValue(latest.value, indicator)} (${latest.year})`}
              </figcaption>
              <IndicatorChart
                indicator={indicator}
                rows={indicatorYears(indicator)}
                expected={assessment.expected}
                compact
                projector
                size={smallChartSize}
              />
            </figure>
          )
        })}
      </div>
      <ListMore kind="indicators-off-track" more={slide.more} address={data.fullLists['indicators-off-track']} />
    </>
  )
}
