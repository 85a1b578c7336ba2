// Reading URL parameters the same way everywhere: invalid values are dropped and reported, never fatal, so a shared
// link always opens and the page can say which part it did not understand.

export interface IgnoredValue {
  param: string
  value: string
}

/**
 * A parameter that takes one value (`overdue`, `sort`, `q`, `lang`, `since`). The first valid value is used; every
 * other value given for it (an invalid one, or a second one as in `sort=code&sort=title`) is reported as ignored.
 */
export function singleValue<T extends string>(
  params: URLSearchParams,
  param: string,
  valid: (value: string) => value is T,
  ignored: IgnoredValue[],
): T | undefined {
  let chosen: T | undefined
  for (const value of params.getAll(param)) {
    if (chosen === undefined && valid(value)) chosen = value
    else if (value !== chosen) ignored.push({ param, value })
  }
  return chosen
}

/** A parameter that takes a list: comma-separated, repeatable, trimmed, without duplicates (`status=a,b&status=c`). */
export function listValues(params: URLSearchParams, param: string): string[] {
  const values = params.getAll(param).flatMap((value) => value.split(','))
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))]
}

/** The values of a list parameter that pass `valid`; the others are reported as ignored. */
export function validListValues<T extends string>(
  params: URLSearchParams,
  param: string,
  valid: (value: string) => value is T,
  ignored: IgnoredValue[],
): T[] {
  return listValues(params, param).filter((value): value is T => {
    if (valid(value)) return true
    ignored.push({ param, value })
    return false
  })
}
