import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { resetDb } from '../../mocks/data/db'
import { server } from '../../mocks/node'
import { pinnedNow } from './pinned-date'

// jsdom has no layout engine; a chart that fills its space (ChartBox) waits for a ResizeObserver that reports a size.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 }
    this.callback([{ target, contentRect: rect } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver)
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver

// Routes load lazily and jsdom is slow on two cores: give findBy* queries room before they give up.
configure({ asyncUtilTimeout: 5000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  // Only Date is faked: timers stay real so user-event, MSW and waitFor behave as in a browser.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(pinnedNow)
  resetDb(pinnedNow)
  globalThis.localStorage?.clear()
})
afterEach(() => {
  cleanup()
  server.resetHandlers()
  vi.useRealTimers()
})
afterAll(() => server.close())
