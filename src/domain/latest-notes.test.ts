import type { TaskUpdate } from '../api/schemas'
import { firstLine, latestNotes } from './latest-notes'

const update = (id: string, taskId: string, at: string, note?: TaskUpdate['note']): TaskUpdate => ({
  id,
  taskId,
  at,
  author: 'A. Author',
  status: 'in_progress',
  progress: 50,
  ...(note ? { note } : {}),
})

test('the newest note per activity, in whatever order the updates come', () => {
  const notes = latestNotes([
    update('1', 'a', '2026-03-01T10:00:00+05:00', { en: 'older' }),
    update('2', 'a', '2026-05-01T10:00:00+05:00', { en: 'newest' }),
    update('3', 'a', '2026-04-01T10:00:00+05:00', { en: 'middle' }),
    update('4', 'b', '2026-04-01T10:00:00+05:00', { ru: 'только по-русски' }),
  ])
  expect(notes.get('a')?.note).toEqual({ en: 'newest' })
  expect(notes.get('b')?.note).toEqual({ ru: 'только по-русски' })
})

test('an update without a note, or with only blank text, does not hide the note before it', () => {
  const notes = latestNotes([
    update('1', 'a', '2026-03-01T10:00:00+05:00', { en: 'the last real note' }),
    update('2', 'a', '2026-05-01T10:00:00+05:00'),
    update('3', 'a', '2026-06-01T10:00:00+05:00', { en: '  ', ru: '' }),
    update('4', 'b', '2026-06-01T10:00:00+05:00'),
  ])
  expect(notes.get('a')?.note).toEqual({ en: 'the last real note' })
  expect(notes.has('b')).toBe(false)
})

test('time zones are compared as instants', () => {
  const notes = latestNotes([
    update('1', 'a', '2026-05-01T10:00:00+05:00', { en: 'earlier instant' }), // 05:00Z
    update('2', 'a', '2026-05-01T06:00:00Z', { en: 'later instant' }),
  ])
  expect(notes.get('a')?.note).toEqual({ en: 'later instant' })
})

test.each([
  ['one line', 'one line'],
  ['first\nsecond', 'first'],
  ['\n\n  first after blanks  \nsecond', 'first after blanks'],
  ['windows\r\nline', 'windows'],
  ['', ''],
])('first line of %j', (text, expected) => {
  expect(firstLine(text)).toBe(expected)
})
