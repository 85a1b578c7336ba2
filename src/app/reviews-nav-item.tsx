import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { reportQueries } from '../api/reports'
import { useSession } from '../components/use-session'

/** "Reviews" with the count awaiting review for the secretariat, "My reports" for a reporter, nothing otherwise. */
export function ReviewsNavItem() {
  const { user } = useSession()
  if (user?.role === 'secretariat') return <ReviewsLink />
  if (user?.role === 'reporter') return <MyReportsLink />
  return null
}

function ReviewsLink() {
  const { t } = useTranslation()
  const submitted = useQuery(reportQueries.list({ state: 'submitted' }))
  const count = submitted.data?.length ?? 0
  return (
    <li>
      <NavLink to="/reviews">
        {t('nav.reviews')}
        {count > 0 && (
          <>
            <span className="nav-count" aria-hidden="true">
              {count}
            </span>
            <span className="visually-hidden">, {t('reviews.navCount', { count })}</span>
          </>
        )}
      </NavLink>
    </li>
  )
}

function MyReportsLink() {
  const { t } = useTranslation()
  return (
    <li>
      <NavLink to="/reviews">{t('nav.myReports')}</NavLink>
    </li>
  )
}
