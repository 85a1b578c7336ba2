// Text a spreadsheet would run as a formula. Plain data, so browser tests can import it without the mock db.

/** One hostile string per rule of the guard: every first character it must catch, with line breaks after it. */
export const formulaTexts = [
  '=1+\n1',
  '=HYPERLINK("http://x","y")\nnote',
  '@SUM(A1)\r\nx',
  '+15% for rural schools\nsecond line',
  '-2 schools\nclosed',
  '\tTab first',
  '\rCarriage return first',
  '\nLine feed first',
] as const
