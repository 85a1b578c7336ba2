/** Tests run on the sample plan's reference day (mocks/data/tasks.json), so its dates read exactly as written. */
export const pinnedToday = '2026-06-01'
/**
 * 02:30 in Almaty (the tests' time zone, UTC+5) is still 31 May in UTC: anything that takes "today" from UTC instead of
 * the local calendar (docs/product.md: overdue is against the browser's local date) gets the wrong day and fails.
 */
export const pinnedNow = new Date(2026, 5, 1, 2, 30, 0)
