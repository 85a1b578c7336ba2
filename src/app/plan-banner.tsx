import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { planQueries } from '../api/plan'
import { Localized } from '../components/localized'
import { formatDateTime } from '../i18n/format'
import { useLanguage } from '../i18n/use-language'
import { KeptPlanTitle } from '../components/kept-plan-title'

// The error panel (and its icons) is needed only when the plan fails to load: not part of the first screen's code.
const ErrorPanel = lazy(() => import('../components/error-panel').then((module) => ({ default: module.ErrorPanel })))

/** The plan's title and how fresh its data is, on every screen. */
export function PlanBanner() {
  const { t } = useTranslation()
  // formatDateTime itself, not useFormat(): the banner is on the first screen, which carries no indicator formatting.
  const language = useLanguage()
  const plan = useQuery(planQueries.detail())

  if (plan.isPending) {
    // The same two lines as the loaded banner, so the header does not grow when the plan arrives.
    return (
      <div className="plan-banner plan-banner--loading" role="status">
        <p className="plan-banner__title">
          <KeptPlanTitle language={language} />
        </p>
        <p className="plan-banner__as-of">{t('app.loadingPlan')}</p>
      </div>
    )
  }
  if (plan.isError) {
    return (
      <Suspense fallback={null}>
        <ErrorPanel what={t('app.thePlan')} error={plan.error} onRetry={() => void plan.refetch()} />
      </Suspense>
    )
  }
  return (
    <div className="plan-banner">
      <p className="plan-banner__title">
        <Localized text={plan.data.title} />
      </p>
      <p className="plan-banner__as-of">{t('app.dataAsOf', { date: formatDateTime(plan.data.updatedAt, language) })}</p>
    </div>
  )
}
