import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { planQueries } from '../api/plan'
import { Localized } from '../components/localized'
import { formatDateTime } from '../i18n/format'
import { useLanguage } from '../i18n/use-language'

// The error panel (and its icons) is needed only when the plan fails to load: not part of the first screen's code.
const ErrorPanel = lazy(() => import('../components/error-panel').then((module) => ({ default: module.ErrorPanel })))

/** The plan's title as the server wrote it into the prerendered shell (server/http/app-shells.ts), kept at boot. */
let shellTitle: { language: string; text: string; lang: string | undefined } | undefined

/**
 * Boot only, before React replaces the shell: keeps the title the server put in, when the shell is in the language
 * the app starts in. Until the app's own request for the plan answers, the banner shows it rather than a skeleton, so
 * the title painted from HTML stays where it is.
 */
export function keepShellPlanTitle(root: HTMLElement, language: string): void {
  const title = root.querySelector('.plan-banner__title')
  if (root.dataset.shell !== language || !title || title.querySelector('.skeleton__line')) return
  const text = title.textContent ?? ''
  if (text.trim())
    shellTitle = { language, text, lang: title.querySelector('[lang]')?.getAttribute('lang') ?? undefined }
}

/** The plan's title and how fresh its data is, on every screen. */
export function PlanBanner() {
  const { t } = useTranslation()
  // formatDateTime itself, not useFormat(): the banner is on the first screen, which carries no indicator formatting.
  const language = useLanguage()
  const plan = useQuery(planQueries.detail())

  if (plan.isPending) {
    // The same two lines as the loaded banner, so the header does not grow when the plan arrives.
    const kept = shellTitle?.language === language ? shellTitle : undefined
    return (
      <div className="plan-banner plan-banner--loading" role="status">
        <p className="plan-banner__title">
          {kept ? (
            kept.lang ? (
              <span lang={kept.lang}>{kept.text}</span>
            ) : (
              kept.text
            )
          ) : (
            <span className="skeleton__line" aria-hidden="true" />
          )}
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
