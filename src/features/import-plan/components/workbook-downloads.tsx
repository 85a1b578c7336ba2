import { useTranslation } from '../../../i18n/use-translation'
import { planWorkbookUrl } from '../../../api/imports'
import { languageNames, languages } from '../../../i18n/languages'
import { useLanguage } from '../../../i18n/use-language'

/** The empty template in each language, and the current plan in the interface language, to fill or edit in Excel. */
export function WorkbookDownloads() {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section aria-labelledby="workbook-downloads" className="import-section">
      <h2 id="workbook-downloads">{t('importPlan.downloads.heading')}</h2>
      <p>{t('importPlan.downloads.intro')}</p>
      <ul className="import-downloads">
        {languages.map((code) => (
          <li key={code}>
            <a href={planWorkbookUrl(code, { template: true })} download hrefLang={code}>
              {t('importPlan.downloads.template')} — <span lang={code}>{languageNames[code]}</span>
            </a>
          </li>
        ))}
        <li>
          <a href={planWorkbookUrl(language, { template: false })} download>
            {t('importPlan.downloads.currentPlan')}
          </a>
        </li>
      </ul>
    </section>
  )
}
