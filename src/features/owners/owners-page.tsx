import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'

export function OwnersPage() {
  const { t } = useTranslation()
  return <PageHeader title={t('pages.owners.title')} />
}
