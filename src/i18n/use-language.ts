import { useTranslation } from './use-translation'
import { defaultLanguage, isLanguage, type Language } from './languages'

/** The interface language, for formatting and picking localized API text. */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage
}
