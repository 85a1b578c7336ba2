import { pickText } from './localized-text'

test.each([
  {
    text: { kk: 'Іс-шара', ru: 'Мероприятие', en: 'Activity' },
    language: 'kk',
    expected: { text: 'Іс-шара', lang: 'kk' },
  },
  {
    text: { kk: 'Іс-шара', ru: 'Мероприятие', en: 'Activity' },
    language: 'ru',
    expected: { text: 'Мероприятие', lang: 'ru' },
  },
  { text: { ru: 'Мероприятие', en: 'Activity' }, language: 'kk', expected: { text: 'Activity', lang: 'en' } },
  { text: { kk: 'Іс-шара', ru: 'Мероприятие' }, language: 'en', expected: { text: 'Мероприятие', lang: 'ru' } },
  { text: { kk: 'Іс-шара' }, language: 'ru', expected: { text: 'Іс-шара', lang: 'kk' } },
  { text: { kk: '   ', ru: 'Мероприятие' }, language: 'kk', expected: { text: 'Мероприятие', lang: 'ru' } },
  { text: { en: '', ru: '', kk: 'Іс-шара' }, language: 'en', expected: { text: 'Іс-шара', lang: 'kk' } },
  { text: {}, language: 'en', expected: { text: '', lang: 'en' } },
] as const)('$language of $text → $expected.text', ({ text, language, expected }) => {
  expect(pickText(text, language)).toEqual(expected)
})
