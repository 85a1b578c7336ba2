import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../i18n/use-translation'
import { NavLink } from '../router/links'
import { reportQueries } from '../api/reports'

/** "Reviews" with the number of reports awaiting review, said in words to screen readers. */
export default function ReviewsLink() {
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
