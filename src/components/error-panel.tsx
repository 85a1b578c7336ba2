import { ErrorIcon } from './icons/interface-icons'
import { useTranslation } from '../i18n/use-translation'
import { ContractError, HttpError, NetworkError } from '../api/errors'

interface ErrorPanelProps {
  /** What failed to load, in the user's words: "the activities", "the plan". */
  what: string
  error: unknown
  onRetry?: () => void
}

function useErrorDetail(error: unknown): string {
  const { t } = useTranslation()
  if (error instanceof ContractError) return t('errors.contract', { field: error.field })
  if (error instanceof NetworkError) return t('errors.network')
  if (error instanceof HttpError) {
    return error.serverMessage
      ? t('errors.httpWithMessage', { status: error.status, message: error.serverMessage })
      : t('errors.http', { status: error.status })
  }
  return t('errors.unknown')
}

/** The one way a widget says its data failed: announced, in the user's language, with a way to try again. */
export function ErrorPanel({ what, error, onRetry }: ErrorPanelProps) {
  const { t } = useTranslation()
  const detail = useErrorDetail(error)
  return (
    <div role="alert" className="error-panel">
      <p className="error-panel__title">
        <span aria-hidden="true" className="error-panel__icon">
          <ErrorIcon />
        </span>{' '}
        {t('errors.couldNotLoad', { what })}
      </p>
      <p className="error-panel__detail">{detail}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  )
}
