import en from '../i18n/locales/en.json'
import kk from '../i18n/locales/kk.json'
import ru from '../i18n/locales/ru.json'

/** Tests load every catalog up front, so switching language in a test needs no chunk to arrive. */
export const allCatalogs = { kk, ru, en }
