import { useTranslation } from '../i18n/use-translation'
import { Link } from '../router/links'
import { PageHeader } from '../components/page-header'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('common.backToOverview')}</Link>
      </p>
    </>
  )
}
