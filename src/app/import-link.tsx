import { useTranslation } from '../i18n/use-translation'
import { NavLink } from '../router/links'

/** "Import plan": the secretariat's way to load the plan from a workbook (nobody else may). */
export default function ImportLink() {
  const { t } = useTranslation()
  return (
    <li>
      <NavLink to="/import">{t('importPlan.navLink')}</NavLink>
    </li>
  )
}
