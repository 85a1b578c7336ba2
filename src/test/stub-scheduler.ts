import { vi } from 'vitest'

/**
 * Chromium's `scheduler` in place of jsdom's none: `yield` comes back before other tasks, `postTask` at a priority
 * takes its place in line. Undo with `vi.unstubAllGlobals()`.
 */
export function stubScheduler() {
  const scheduler = {
    yield: vi.fn(() => Promise.resolve()),
    postTask: vi.fn((task: () => void, _options: { priority: string }) => Promise.resolve(task())),
  }
  vi.stubGlobal('scheduler', scheduler)
  return scheduler
}
