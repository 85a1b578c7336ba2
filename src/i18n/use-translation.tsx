import { createContext, use, useSyncExternalStore, type ReactNode } from 'react'
import type { I18n } from './setup'
import type { TFunction } from './translator'

export type { TFunction }

const I18nContext = createContext<I18n | null>(null)

/** Gives the components below it the interface language and its words. */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>
}

/** The words of the interface language; a language switch re-renders every component that asked. */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const i18n = use(I18nContext)
  if (!i18n) throw new Error('useTranslation() needs an <I18nProvider> above it (src/app/providers.tsx)')
  const t = useSyncExternalStore(
    i18n.subscribe,
    () => i18n.t,
    () => i18n.t,
  )
  return { t, i18n }
}
