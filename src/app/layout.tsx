import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { Link, NavLink } from '../router/links'
import { AccountArea } from './account-area'
import { LanguageSwitcher } from './language-switcher'
import { PlanBanner } from './plan-banner'
import { ReviewsNavItem } from './reviews-nav-item'
import { ScreenSuspense } from './screen-suspense'

const navItems = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/tasks', key: 'nav.tasks', end: false },
  { to: '/indicators', key: 'nav.indicators', end: false },
  { to: '/owners', key: 'nav.owners', end: false },
  { to: '/changes', key: 'nav.changes', end: false },
  { to: '/present', key: 'nav.present', end: false },
] as const

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__top">
          <Link to="/" className="app-header__name">
            {t('app.name')}
          </Link>
          <div className="app-header__tools">
            <AccountArea />
            <LanguageSwitcher />
          </div>
        </div>
        <PlanBanner />
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
            <ReviewsNavItem />
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <ScreenSuspense part="main">{children}</ScreenSuspense>
      </main>
    </>
  )
}
