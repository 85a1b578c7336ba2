import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'

export function PresentPage() {
  const { t } = useTranslation()
  return <PageHeader title={t('pages.present.title')} />
}
