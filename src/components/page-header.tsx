import { useEffect, type ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'

type PageHeaderProps = {
  children?: ReactNode
  /**
   * A detail page's heading while its data loads: the server fills the prerendered shell's one in with the record's
   * name (server/http/app-shells.ts), and the page keeps showing it (kept-shell-heading.tsx).
   */
  shellHeading?: boolean
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
export function PageHeader({ title, documentTitle, shellHeading, children }: PageHeaderProps) {
  const { t } = useTranslation()
  const fullTitle = `${documentTitle ?? String(title)} — ${t('app.shortName')}`
  useEffect(() => {
    document.title = fullTitle
  }, [fullTitle])
  return (
    <header className="page-header">
      <h1 tabIndex={-1} data-shell-heading={shellHeading ? '' : undefined}>
        {title}
      </h1>
      {children}
    </header>
  )
}
