import type { TFunction } from '../../../i18n/translator'
import { useTranslation } from '../../../i18n/use-translation'
import { useFormat, type Format } from '../../../i18n/use-format'
import type { ListSlideKind } from '../full-list-addresses'

/** "and 412 more activities": the words the screen, the handout and the PowerPoint file say under a cut list. */
export function moreText(kind: ListSlideKind, more: number, t: TFunction, format: Pick<Format, 'number'>): string {
  const key = kind === 'indicators-off-track' ? 'present.moreIndicators' : 'present.moreActivities'
  return t(key, { count: more, n: format.number(more) })
}

/** The closing line of a list cut short on the slides, with the address of the whole list. */
export function ListMore({ kind, more, address }: { kind: ListSlideKind; more: number; address: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  if (more === 0) return null
  return (
    <p className="slide-more">
      {moreText(kind, more, t, format)} — {t('present.fullList')} <a href={address}>{address}</a>
    </p>
  )
}
