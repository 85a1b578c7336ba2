import type { ReactNode } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { StatusBadge } from '../../../components/status-badge'
import type { Indicator } from '../../../api/schemas'
import { IndicatorValue } from '../../../components/indicator-value'
import { SlottedText, slot } from '../../../components/slotted-text'
import type { ProgressAssessment } from '../../../domain/progress-status'
import { useFormat } from '../../../i18n/use-format'

/** "Why this status?": every input of the Open SDG method and the rule that decided, as text. */
export function WhyStatus({ indicator, assessment }: { indicator: Indicator; assessment: ProgressAssessment }) {
  const { t } = useTranslation()
  const format = useFormat()
  const value = (point: { year: number; value: number } | undefined) =>
    point ? (
      <SlottedText
        text={t('indicatorDetail.valueInYear', { value: slot('value'), year: point.year })}
        slots={{ value: <IndicatorValue value={point.value} indicator={indicator} /> }}
      />
    ) : (
      '—'
    )
  const facts: [string, ReactNode][] = [
    [t('indicatorDetail.why.baseline'), value(assessment.baseline)],
    [t('indicatorDetail.why.latest'), value(assessment.latest)],
    [t('indicatorDetail.why.finalTarget'), value(assessment.finalTarget)],
    [t('indicatorDetail.why.expected'), value(assessment.expected)],
  ]
  if (assessment.gap !== undefined && indicator.unit !== 'level') {
    facts.push([t('indicatorDetail.why.gap'), format.number(assessment.gap, 2)])
  }
  if (assessment.cagrObserved !== undefined)
    facts.push([t('indicatorDetail.why.observedRate'), format.rate(assessment.cagrObserved)])
  if (assessment.cagrRequired !== undefined)
    facts.push([t('indicatorDetail.why.requiredRate'), format.rate(assessment.cagrRequired)])
  if (assessment.ratio !== undefined) facts.push([t('indicatorDetail.why.ratio'), format.number(assessment.ratio, 2)])
  return (
    <section aria-labelledby="why-heading" className="why-status">
      <h2 id="why-heading">{t('indicatorDetail.why.heading')}</h2>
      <p>
        <StatusBadge status={assessment.status} />
      </p>
      <p className="why-status__rule">
        {t(`indicatorDetail.rules.${assessment.rule}`, {
          ratio: assessment.ratio === undefined ? '' : format.number(assessment.ratio, 2),
        })}
      </p>
      <dl className="facts">
        {facts.map(([term, description]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('indicatorDetail.why.method')}</p>
    </section>
  )
}
