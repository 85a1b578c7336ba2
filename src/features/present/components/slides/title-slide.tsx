import type { DeckData } from '../deck-data'
import { IgnoredValuesNotice } from '../../../../components/filters/ignored-values-notice'
import { SlideText } from '../slide-text'
import { useTranslation } from '../../../../i18n/use-translation'

export function TitleSlide({ data }: { data: DeckData }) {
  const { t } = useTranslation()
  return (
    <div className="slide-title">
      <p className="slide-title__plan">
        <SlideText text={data.plan.title} />
      </p>
      <p>
        <SlideText text={data.plan.committee} />
      </p>
      <p className="slide-title__as-of">{t('present.statusAsOf', { date: data.asOf })}</p>
      <p>{data.filterText}</p>
      <IgnoredValuesNotice ignored={data.ignored} />
    </div>
  )
}
