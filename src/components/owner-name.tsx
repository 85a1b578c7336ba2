import { useTranslation } from '../i18n/use-translation'
import { Link } from '../router/links'
import type { Owner } from '../api/schemas'
import { pickText, type PickedText } from '../i18n/localized-text'
import type { Language } from '../i18n/languages'
import { useLanguage } from '../i18n/use-language'
import { Localized } from './localized'

/**
 * An organisation's short name (else its name) as text with its language, for places that cannot hold a component:
 * chart labels, sort keys. An id the API does not know is its own label.
 */
export function ownerLabel(
  owners: ReadonlyMap<string, Owner> | undefined,
  id: string,
  language: Language,
  { short = true } = {},
): PickedText {
  const owner = owners?.get(id)
  if (!owner) return { text: id, lang: language }
  return pickText((short && owner.shortName) || owner.name, language)
}

interface OwnerNameProps {
  id: string
  owners: ReadonlyMap<string, Owner> | undefined
  link?: boolean
  short?: boolean
}

/**
 * An organisation by id: its full name, or with `short` its short name as an `<abbr>` whose title is the full name
 * (one naming everywhere). An id the API does not know is shown as it is, marked unknown, and never breaks a view.
 */
export function OwnerName({ id, owners, link = false, short = false }: OwnerNameProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const owner = owners?.get(id)
  if (!owners) return <span>{id}</span>
  if (!owner) {
    return (
      <span className="unknown-ref">
        {id} <span className="unknown-ref__tag">({t('common.unknownOwner')})</span>
      </span>
    )
  }
  const name =
    short && owner.shortName ? (
      <ShortName
        short={pickText(owner.shortName, language)}
        full={pickText(owner.name, language)}
        language={language}
      />
    ) : (
      <Localized text={owner.name} />
    )
  return link ? <Link to={`/owners/${encodeURIComponent(id)}`}>{name}</Link> : name
}

function ShortName({ short, full, language }: { short: PickedText; full: PickedText; language: Language }) {
  if (short.text === full.text)
    return full.lang === language ? <>{full.text}</> : <span lang={full.lang}>{full.text}</span>
  return (
    <abbr title={full.text} lang={short.lang === language ? undefined : short.lang}>
      {short.text}
    </abbr>
  )
}
