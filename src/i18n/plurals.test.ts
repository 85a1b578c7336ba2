import { allCatalogs } from '../test/catalogs'
import { createI18n } from './setup'

test.each([
  ['en', 1, 'Showing 1 of 1 activity'],
  ['en', 64, 'Showing 1 of 64 activities'],
  ['ru', 1, 'Показано 1 из 1 мероприятия'],
  ['ru', 2, 'Показано 1 из 2 мероприятий'],
  ['ru', 5, 'Показано 1 из 5 мероприятий'],
  ['ru', 21, 'Показано 1 из 21 мероприятия'],
  ['ru', 64, 'Показано 1 из 64 мероприятий'],
  ['kk', 1, 'Барлығы 1 іс-шара, көрсетілгені: 1'],
  ['kk', 64, 'Барлығы 64 іс-шара, көрсетілгені: 1'],
] as const)('%s, %i activities: "%s"', (language, count, expected) => {
  expect(createI18n(language, allCatalogs).t('tasks.count', { count, shown: '1', total: String(count) })).toBe(expected)
})

test.each([
  ['en', 1, 'overdue by 1 day'],
  ['en', 3, 'overdue by 3 days'],
  ['ru', 1, 'просрочено на 1 день'],
  ['ru', 3, 'просрочено на 3 дня'],
  ['ru', 11, 'просрочено на 11 дней'],
  ['ru', 22, 'просрочено на 22 дня'],
  ['kk', 5, 'мерзімі 5 күнге өтті'],
] as const)('%s: %i days overdue reads "%s"', (language, count, expected) => {
  expect(createI18n(language, allCatalogs).t('common.overdueBy', { count })).toBe(expected)
})

test.each([
  ['en', 1, '1 of 64 activities is delayed; 10 completed.'],
  ['en', 9, '9 of 64 activities are delayed; 10 completed.'],
  ['ru', 1, 'С задержкой: 1 мероприятие из 64; выполнено: 10.'],
  ['ru', 5, 'С задержкой: 5 мероприятий из 64; выполнено: 10.'],
] as const)('%s: the delayed summary agrees with the shown count %i: "%s"', (language, delayed, expected) => {
  const t = createI18n(language, allCatalogs).t
  expect(t('charts.byStatusSummary', { count: delayed, x: String(delayed), total: '64', completed: '10' })).toBe(
    expected,
  )
})
