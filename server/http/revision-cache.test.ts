import { jsonRepresentation, type Representation } from './representation'
import { RevisionCache } from './revision-cache'

const body = (n: number) => jsonRepresentation({ n })
const unchanged = async () => true

test('builds once per key and revision; a new revision builds again', async () => {
  const cache = new RevisionCache()
  const build = vi.fn(async () => body(1))
  await cache.get('tasks', 1, build, unchanged)
  await cache.get('tasks', 1, build, unchanged)
  expect(build).toHaveBeenCalledTimes(1)
  await cache.get('tasks', 2, build, unchanged)
  expect(build).toHaveBeenCalledTimes(2)
})

test('concurrent misses share one build', async () => {
  const cache = new RevisionCache()
  let release: (rep: Representation) => void = () => {}
  const build = vi.fn(() => new Promise<Representation>((resolve) => (release = resolve)))
  const both = Promise.all([cache.get('tasks', 1, build, unchanged), cache.get('tasks', 1, build, unchanged)])
  release(body(1))
  const [a, b] = await both
  expect(a).toBe(b)
  expect(build).toHaveBeenCalledTimes(1)
})

test('a body built while a write landed is sent but not kept', async () => {
  const cache = new RevisionCache()
  const build = vi.fn(async () => body(1))
  await cache.get('tasks', 1, build, async () => false)
  await cache.get('tasks', 1, build, unchanged)
  expect(build).toHaveBeenCalledTimes(2)
})

test('not found and failed builds are not kept', async () => {
  const cache = new RevisionCache()
  const missing = vi.fn(async () => undefined)
  await cache.get('task:x', 1, missing, unchanged)
  await cache.get('task:x', 1, missing, unchanged)
  expect(missing).toHaveBeenCalledTimes(2)
  const failing = vi.fn(async (): Promise<Representation> => {
    throw new Error('database gone')
  })
  await expect(cache.get('tasks', 1, failing, unchanged)).rejects.toThrow('database gone')
  await expect(cache.get('tasks', 1, failing, unchanged)).rejects.toThrow('database gone')
  expect(failing).toHaveBeenCalledTimes(2)
})

test('keeps at most maxEntries bodies, dropping the oldest', async () => {
  const cache = new RevisionCache(2)
  const build = vi.fn(async () => body(1))
  for (const key of ['a', 'b', 'c', 'a']) await cache.get(key, 1, build, unchanged)
  expect(build).toHaveBeenCalledTimes(4) // 'a' was dropped when 'c' came in
})
