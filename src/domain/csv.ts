import Papa from 'papaparse'

/**
 * OWASP's CSV-injection rule: a cell whose first character is `=`, `+`, `-`, `@`, tab, carriage return or line feed
 * may be run as a formula by a spreadsheet, whatever follows it. Such a cell gets a leading apostrophe.
 * papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the `s` flag, so it misses any cell that holds
 * a line break (`=1+\n1`) and cells that start with a line feed; this pattern looks at the first character only.
 */
export const formulaStart = /^[=+\-@\t\r\n]/

/** The cell as a spreadsheet must receive it: unchanged, or with the apostrophe that keeps it text. */
export function guardFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell
}

/**
 * CSV that Excel opens correctly with Cyrillic and Kazakh text: UTF-8 with a byte-order mark, RFC 4180 quoting and
 * CRLF line ends (papaparse), every cell guarded against formulas.
 */
export function toCsv(header: string[], rows: string[][]): string {
  const guarded = rows.map((row) => row.map(guardFormula))
  // OWASP also asks for guarded cells to be quoted, as papaparse's own guard did.
  const quotes = (cell: unknown) => typeof cell === 'string' && cell.startsWith("'") && formulaStart.test(cell.slice(1))
  const body = Papa.unparse({ fields: header.map(guardFormula), data: guarded }, { newline: '\r\n', quotes })
  return `\uFEFF${body}\r\n`
}

/** A file name safe on every OS: letters, digits, dots, dashes and underscores only. */
export function safeFileName(...parts: string[]): string {
  return parts
    .filter(Boolean)
    .join('_')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-+/g, '-')
    .slice(0, 120)
}
