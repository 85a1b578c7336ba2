import { useId } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { useSearchParams } from '../router/hooks'
import { isLanguage, languageNames, languages, rememberLanguage } from '../i18n/languages'
import { switchLanguage } from '../i18n/setup'
import { useLanguage } from '../i18n/use-language'

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation()
  const language = useLanguage()
  const [searchParams, setSearchParams] = useSearchParams()
  const id = useId()

  function choose(value: string) {
    if (!isLanguage(value)) return
    rememberLanguage(value)
    void switchLanguage(i18n, value)
    // Keep a `lang` already in the URL truthful, so reload and shared links show what the user chose.
    if (searchParams.has('lang')) {
      setSearchParams(
        (params) => {
          params.set('lang', value)
          return params
        },
        { replace: true },
      )
    }
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={language} onChange={(event) => choose(event.target.value)}>
        {languages.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {languageNames[lang]}
          </option>
        ))}
      </select>
    </div>
  )
}
