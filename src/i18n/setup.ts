import type { Language } from './languages'
import { createTranslator, type Catalog, type TFunction } from './translator'

export type { Catalog }

/** Each language's catalog is its own chunk: a visitor downloads only the language they read. */
export async function loadCatalog(language: Language): Promise<Catalog> {
  const catalogs = {
    kk: () => import('./locales/kk.json'),
    ru: () => import('./locales/ru.json'),
    en: () => import('./locales/en.json'),
  }
  return (await catalogs[language]()).default
}

/** The interface language and its words; React reads it through useTranslation() (use-translation.tsx). */
export interface I18n {
  readonly language: Language
  /** The current language's translator: a new function after each switch, so React sees the change. */
  readonly t: TFunction
  hasCatalog: (language: Language) => boolean
  addCatalog: (language: Language, catalog: Catalog) => void
  /** Switches to a language whose catalog is here (see switchLanguage, which loads it first). */
  changeLanguage: (language: Language) => void
  subscribe: (onChange: () => void) => () => void
}

/** A fresh instance (the app makes one; every test makes its own) with the catalogs given. */
export function createI18n(language: Language, catalogs: Partial<Record<Language, Catalog>>): I18n {
  const loaded = { ...catalogs }
  const listeners = new Set<() => void>()
  let current = language
  // Without its catalog a language shows the keys, as i18next did.
  const translatorFor = (lang: Language) => createTranslator(lang, loaded[lang] ?? {})
  let t = translatorFor(language)

  function activate(lang: Language) {
    current = lang
    t = translatorFor(lang)
    for (const listener of listeners) listener()
  }

  return {
    get language() {
      return current
    },
    get t() {
      return t
    },
    hasCatalog: (lang) => loaded[lang] !== undefined,
    addCatalog(lang, catalog) {
      loaded[lang] = catalog
      if (lang === current) activate(lang)
    },
    changeLanguage(lang) {
      if (lang !== current) activate(lang)
    },
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
  }
}

const requested = new WeakMap<I18n, Language>()

/**
 * Loads the language's catalog if this instance does not have it yet, then switches to it. Of two quick choices the
 * last one wins, even if the first one's catalog arrives later.
 */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  requested.set(instance, language)
  if (!instance.hasCatalog(language)) instance.addCatalog(language, await loadCatalog(language))
  if (requested.get(instance) === language) instance.changeLanguage(language)
}
