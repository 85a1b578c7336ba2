import { useEffect } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { useSearchParams } from '../router/hooks'
import { parseLanguageParam } from '../domain/language-param'
import { rememberLanguage, setDocumentLanguage } from '../i18n/languages'
import { switchLanguage } from '../i18n/setup'
import { useLanguage } from '../i18n/use-language'

/** Follows `?lang=` when a link or back/forward changes it, and mirrors the language on `<html lang>`. */
export function LanguageSync() {
  const { i18n } = useTranslation()
  const language = useLanguage()
  const [searchParams] = useSearchParams()
  const fromUrl = parseLanguageParam(searchParams)

  useEffect(() => {
    if (fromUrl && fromUrl !== i18n.language) {
      rememberLanguage(fromUrl)
      void switchLanguage(i18n, fromUrl)
    }
  }, [fromUrl, i18n])

  useEffect(() => {
    setDocumentLanguage(language)
  }, [language])

  return null
}
