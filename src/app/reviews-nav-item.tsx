import { lazy, Suspense } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { NavLink } from '../router/links'
import { useSession } from '../components/use-session'

// The secretariat's link counts the reports awaiting review: the reports' schemas load with it, only for them.
const ReviewsLink = lazy(() => import('./reviews-link'))
const ImportLink = lazy(() => import('./import-link'))

/**
 * "Reviews" with the count awaiting review and "Import plan" for the secretariat, "My reports" for a reporter,
 * nothing otherwise. The secretariat's links load in chunks of their own: the first screen does not carry them.
 */
export function ReviewsNavItem() {
  const { user } = useSession()
  if (user?.role === 'secretariat') {
    return (
      <Suspense fallback={null}>
        <ReviewsLink />
        <ImportLink />
      </Suspense>
    )
  }
  if (user?.role === 'reporter') return <MyReportsLink />
  return null
}

function MyReportsLink() {
  const { t } = useTranslation()
  return (
    <li>
      <NavLink to="/reviews">{t('nav.myReports')}</NavLink>
    </li>
  )
}
