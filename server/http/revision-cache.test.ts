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
  const cache = new RevisionCache({ maxEntries: 2, maxBytes: Infinity })
  const build = vi.fn(async () => body(1))
  for (const key of ['a', 'b', 'c', 'a']) await cache.get(key, 1, build, unchanged)
  expect(build).toHaveBeenCalledTimes(4) // 'a' was dropped when 'c' came in
})

test('keeps at most maxBytes of bodies, dropping the oldest, and never one that is larger on its own', async () => {
  const sized = (bytes: number) => jsonRepresentation({ text: 'x'.repeat(bytes - 11) }) // {"text":"…"} is 11 + n
  const cache = new RevisionCache({ maxEntries: 100, maxBytes: 250 })
  const builds: string[] = []
  const build = (key: string, bytes: number) => async () => {
    builds.push(key)
    return sized(bytes)
  }
  await cache.get('a', 1, build('a', 100), unchanged)
  await cache.get('b', 1, build('b', 100), unchanged)
  await cache.get('c', 1, build('c', 100), unchanged) // 300 > 250: 'a' goes
  await cache.get('b', 1, build('b', 100), unchanged)
  await cache.get('a', 1, build('a', 100), unchanged)
  await cache.get('huge', 1, build('huge', 1000), unchanged)
  await cache.get('huge', 1, build('huge', 1000), unchanged)
  expect(builds).toEqual(['a', 'b', 'c', 'a', 'huge', 'huge'])
})
