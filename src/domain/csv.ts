import Papa from 'papaparse'

/**
 * CSV that Excel opens correctly with Cyrillic and Kazakh text: UTF-8 with a byte-order mark, RFC 4180 quoting and
 * CRLF line ends (papaparse). Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) are neutralised with a leading apostrophe, as OWASP's CSV-injection advice says; papaparse's
 * `escapeFormulae` does exactly that.
 */
export function toCsv(header: string[], rows: string[][]): string {
  const body = Papa.unparse({ fields: header, data: rows }, { escapeFormulae: true, newline: '\r\n', quotes: false })
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
