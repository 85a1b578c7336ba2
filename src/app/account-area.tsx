import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { sessionMutations } from '../api/session'
import { Localized } from '../components/localized'
import { useOwners } from '../components/use-owners'
import { signInHref, useSession } from '../components/use-session'

/**
 * Who is signed in (name, organisation, "Sign out"), or, for a visitor while reading is public, one discreet
 * "Sign in" link. Nothing while the session is not known yet, so the header does not flicker.
 */
export function AccountArea() {
  const { t } = useTranslation()
  const location = useLocation()
  const queryClient = useQueryClient()
  const { user } = useSession()
  const signOut = useMutation(sessionMutations.signOut(queryClient))

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
    <div className="account-area" role="group" aria-label={t('account.label')}>
      <span className="account-area__who">
        {user.name}
        {' · '}
        {user.ownerId ? <OwnerShortName id={user.ownerId} /> : t(`account.roles.${user.role}`)}
      </span>
      <button
        type="button"
        className="button button--secondary account-area__sign-out"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {t('account.signOut')}
      </button>
    </div>
  )
}

/** Mounted only when a reporter is signed in, so a visitor's header asks for no organisations. */
function OwnerShortName({ id }: { id: string }) {
  const { byId } = useOwners()
  const owner = byId?.get(id)
  return owner ? <Localized text={owner.shortName ?? owner.name} /> : <>{id}</>
}
