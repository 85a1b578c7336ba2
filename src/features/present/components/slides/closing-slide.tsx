import type { DeckData } from '../deck-data'
import { Localized } from '../../../../components/localized'
import { useTranslation } from '../../../../i18n/use-translation'

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
