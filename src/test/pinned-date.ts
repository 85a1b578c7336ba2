/** Tests run on the sample plan's reference day (mocks/data/tasks.json), so its dates read exactly as written. */
export const pinnedToday = '2026-06-01'
export const pinnedNow = new Date(2026, 5, 1, 10, 0, 0)
