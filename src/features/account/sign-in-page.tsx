import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import { useNavigate, useSearchParams } from '../../router/hooks'
import { HttpError, NetworkError } from '../../api/errors'
import { sessionMutations } from '../../api/session'
import { useNeedsConnection } from '../../components/needs-connection'
import { PageHeader } from '../../components/page-header'
import { safeNext, useSession } from '../../components/use-session'
import './account.css'

function errorKey(error: unknown) {
  if (error instanceof HttpError && error.status === 401) return 'account.errors.invalidCredentials' as const
  if (error instanceof HttpError && error.status === 429) return 'account.errors.tooMany' as const
  if (error instanceof NetworkError) return 'account.errors.network' as const
  return 'account.errors.other' as const
}

/** `/sign-in?next=/tasks/t-001`: email and password; afterwards back where the user came from. */
export function SignInPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const queryClient = useQueryClient()
  const signIn = useMutation(sessionMutations.signIn(queryClient))
  const { user } = useSession()
  const connection = useNeedsConnection()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [missing, setMissing] = useState(false)
  // A double click fires two submits before React re-renders the disabled button: this guard sees both.
  const inFlight = useRef(false)
  const errorId = useId()

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (inFlight.current) return
    if (email.trim() === '' || password === '') {
      setMissing(true)
      return
    }
    setMissing(false)
    inFlight.current = true
    try {
      await signIn.mutateAsync({ email: email.trim(), password })
      void navigate(next, { replace: true })
    } catch {
      // Said in words below; what was typed stays.
    } finally {
      inFlight.current = false
    }
  }

  const error = missing ? t('account.errors.required') : signIn.isError ? t(errorKey(signIn.error)) : ''

  return (
    <>
      <PageHeader title={t('pages.signIn.title')} />
      {user ? (
        <p>
          {t('account.alreadySignedIn', { name: user.name })} <Link to={next}>{t('account.continue')}</Link>
        </p>
      ) : null}
      <p className="lead">{t('account.intro')}</p>
      <form className="sign-in-form" onSubmit={onSubmit} noValidate aria-describedby={error ? errorId : undefined}>
        <div id={errorId} role="alert" className={error ? 'form-error' : undefined}>
          {error}
        </div>
        <label htmlFor="sign-in-email">{t('account.email')}</label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setEmail(event.target.value)}
        />
        <label htmlFor="sign-in-password">{t('account.password')}</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button
          type="submit"
          className="button"
          disabled={signIn.isPending || connection.offline}
          {...connection.control}
        >
          {signIn.isPending ? t('account.signingIn') : t('account.signIn')}
        </button>
        {connection.note}
      </form>
    </>
  )
}
