import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from '../i18n/use-translation'
import { sessionMutations } from '../api/session'
import type { User } from '../api/schemas-v1-1'
import { Localized } from '../components/localized'
import { useOwners } from '../components/use-owners'

/** Who is signed in, with their organisation (or role), and "Sign out". */
export default function SignedInArea({ user }: { user: User }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const signOut = useMutation(sessionMutations.signOut(queryClient))
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
