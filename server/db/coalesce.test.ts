import { coalesceReads } from './coalesce'

function controlledReads() {
  const pending: ((value: number) => void)[] = []
  let started = 0
  const read = () =>
    new Promise<number>((resolve) => {
      started++
      pending.push(resolve)
    })
  return { read, started: () => started, finish: (value: number) => pending.shift()?.(value) }
}

test('requests that arrive during a read share the next one, never the one already in flight', async () => {
  const reads = controlledReads()
  const revision = coalesceReads(reads.read)
  const first = revision()
  const [second, third] = [revision(), revision()]
  expect(reads.started()).toBe(1)
  reads.finish(1) // the first read answers 1; meanwhile a write made it 2
  expect(await first).toBe(1)
  await Promise.resolve()
  await Promise.resolve()
  expect(reads.started()).toBe(2)
  reads.finish(2)
  expect(await second).toBe(2)
  expect(await third).toBe(2)
})

test('a failed read fails only its own callers; the next callers read again', async () => {
  let calls = 0
  const revision = coalesceReads(async () => {
    calls++
    if (calls === 1) throw new Error('gone')
    return 7
  })
  await expect(revision()).rejects.toThrow('gone')
  await expect(revision()).resolves.toBe(7)
})

test('with nothing in flight, every call reads', async () => {
  let calls = 0
  const revision = coalesceReads(async () => ++calls)
  expect(await revision()).toBe(1)
  expect(await revision()).toBe(2)
})
