import { useEffect, type ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'

type PageHeaderProps = {
  children?: ReactNode
} & (
  | {
      title: string
      /** The document title when it should say more than the heading (e.g. an activity's code). */
      documentTitle?: string
    }
  | {
      /** A heading with parts of its own (API text in another language carries its `lang`). */
      title: ReactNode
      documentTitle: string
    }
)

/**
 * Every route's heading. The layout moves focus here on navigation (tabIndex -1 makes it focusable without adding
 * it to the tab order), and the document title follows it in the interface language.
 */
export function PageHeader({ title, documentTitle, children }: PageHeaderProps) {
  const { t } = useTranslation()
  const fullTitle = `${documentTitle ?? String(title)} — ${t('app.shortName')}`
  useEffect(() => {
    document.title = fullTitle
  }, [fullTitle])
  return (
    <header className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </header>
  )
}
