// The interface language of a request, for what the server itself words (import errors, the workbook's labels):
// `?lang=` when the app sends it (the app's language, which need not be the browser's), else the first of kk, ru,
// en in Accept-Language by preference, else Kazakh, the plan's first language.
import type { Context } from 'hono'
import * as z from 'zod/mini'
import { parseQuery } from './reads'

export const interfaceLanguages = ['kk', 'ru', 'en'] as const
export type InterfaceLanguage = (typeof interfaceLanguages)[number]

const languageQuery = z.object({ lang: z.optional(z.enum(interfaceLanguages)) })

/** `ru-RU;q=0.8, en;q=0.9, *` → en: the primary subtags, most preferred first, that the product speaks. */
export function fromAcceptLanguage(header: string | undefined): InterfaceLanguage | undefined {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
      return { tag: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return ranked
    .map((entry) => entry.tag)
    .find((tag): tag is InterfaceLanguage => (interfaceLanguages as readonly string[]).includes(tag))
}

/** 400 for a `lang` the product does not speak. */
export function requestLanguage(c: Context): InterfaceLanguage {
  const { lang } = parseQuery(c, languageQuery)
  return lang ?? fromAcceptLanguage(c.req.header('accept-language')) ?? 'kk'
}
