import type { DeckData } from '../deck-data'
import { Localized } from '../../../../components/localized'
import { useTranslation } from 'react-i18next'

export function ClosingSlide({ data }: { data: DeckData }) {
  const { t } = useTranslation()
  return (
    <div className="slide-title">
      <p className="slide-title__plan">{t('present.thanks')}</p>
      <p>
        <Localized text={data.plan.committee} />
      </p>
    </div>
  )
}
