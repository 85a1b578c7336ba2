import { lazy, Suspense } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { Link } from '../router/links'
import { useLocation } from '../router/hooks'
import { signInHref, useSession } from '../components/use-session'

// Signed in: name, organisation and "Sign out" (with its mutation) load in a chunk of their own; a visitor's first
// screen carries only the link.
const SignedInArea = lazy(() => import('./signed-in-area'))

/**
 * Who is signed in (name, organisation, "Sign out"), or, for a visitor while reading is public, one discreet
 * "Sign in" link. Nothing while the session is not known yet, so the header does not flicker.
 */
export function AccountArea() {
  const { t } = useTranslation()
  const location = useLocation()
  const { user } = useSession()

  if (user === undefined) return null
  if (user === null) {
    if (location.pathname === '/sign-in') return null
    return (
      <Link className="account-area__sign-in" to={signInHref(location.pathname + location.search)}>
        {t('account.signIn')}
      </Link>
    )
  }
  return (
    <Suspense fallback={null}>
      <SignedInArea user={user} />
    </Suspense>
  )
}
