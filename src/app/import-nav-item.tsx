import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { useSession } from '../components/use-session'

/** "Import plan", for the secretariat only: nobody else may load the plan from a workbook. */
export function ImportNavItem() {
  const { t } = useTranslation()
  const { user } = useSession()
  if (user?.role !== 'secretariat') return null
  return (
    <li>
      <NavLink to="/import">{t('importPlan.navLink')}</NavLink>
    </li>
  )
}
