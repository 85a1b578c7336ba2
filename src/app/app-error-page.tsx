import { useTranslation } from '../i18n/use-translation'

/**
 * The last line of defence: a render bug anywhere below the root shows this instead of a blank page. It uses a plain
 * link (a full reload) because the state that failed may be what broke.
 */
export function AppErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation()
  return (
    <main id="main" className="app-error">
      <h1>{t('appError.title')}</h1>
      <p>{t('appError.body')}</p>
      <p className="app-error__detail">{error instanceof Error ? error.message : String(error)}</p>
      <p>
        <a href="/">{t('common.backToOverview')}</a>{' '}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('appError.reload')}
        </button>
      </p>
    </main>
  )
}
