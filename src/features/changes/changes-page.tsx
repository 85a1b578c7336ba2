import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'

export function ChangesPage() {
  const { t } = useTranslation()
  return <PageHeader title={t('pages.changes.title')} />
}
