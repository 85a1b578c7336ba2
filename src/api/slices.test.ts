// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { blobInSlices, slices, stringifyInSlices, textInSlices } from './slices'
import { stubScheduler } from '../test/stub-scheduler'

const long = Array.from({ length: 200 }, (_, index) => ({
  id: `t-${index}`,
  title: { kk: 'Мектеп «жаңа»', ru: 'Школа\n"новая"', en: 'School \u2028 new' },
  progress: index % 3 === 0 ? undefined : index,
  due: new Date(Date.UTC(2026, 0, 1 + index)),
  tags: index % 2 ? [] : ['a', undefined, () => 1, null],
}))

describe('stringifyInSlices', () => {
  it.each([
    ['a string with escapes', 'line\n"quoted" \\ \u0001'],
    ['a number', 42.5],
    ['null', null],
    ['a boolean', false],
    ['an empty object', {}],
    ['an empty array', []],
    ['undefined, functions and symbols left out of objects', { a: undefined, b: () => 1, c: Symbol('s'), d: 1 }],
    ['undefined and functions as null in short arrays', [undefined, () => 1, 1]],
    ['a Date as its toJSON', { when: new Date(Date.UTC(2026, 11, 4)) }],
    ['NaN and Infinity as null', { a: Number.NaN, b: [Infinity] }],
    ['nested objects and arrays', { clientState: { queries: [{ state: { data: { items: [1, [2, { x: 3 }]] } } }] } }],
    ['a long array of objects (written element by element)', { items: long }],
    ['a long array of plain values', Array.from({ length: 100 }, (_, index) => (index % 5 ? index : undefined))],
  ])('writes %s exactly as JSON.stringify does', async (_name, value) => {
    expect(await stringifyInSlices(value)).toBe(JSON.stringify(value))
  })

  it('refuses what JSON cannot hold at all', async () => {
    await expect(stringifyInSlices(undefined)).rejects.toThrow(TypeError)
  })

  it('lets other work run while it writes a long list', async () => {
    let ranBetween = false
    setTimeout(() => (ranBetween = true), 0)
    const written = stringifyInSlices({ items: long }, 'background', 0)
    expect(ranBetween).toBe(false)
    await written
    expect(ranBetween).toBe(true)
  })
})

describe('who goes first', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('a job the reader waits for comes back first in line', async () => {
    const scheduler = stubScheduler()
    await slices(0)()
    expect(scheduler.yield).toHaveBeenCalledOnce()
    expect(scheduler.postTask).not.toHaveBeenCalled()
  })

  it('writing the kept copy lets what is waiting go first', async () => {
    const scheduler = stubScheduler()
    await stringifyInSlices({ items: long }, 'background', 0)
    await blobInSlices('Мектеп '.repeat(30_000), 'application/json', 'background', 0)
    expect(scheduler.postTask).toHaveBeenCalled()
    expect(scheduler.postTask.mock.calls.every(([, options]) => options.priority === 'background')).toBe(true)
    expect(scheduler.yield).not.toHaveBeenCalled()
  })

  it('a copy the reader asked to keep and waits for comes back first in line', async () => {
    const scheduler = stubScheduler()
    await stringifyInSlices({ items: long }, 'user-visible', 0)
    await blobInSlices('Мектеп '.repeat(30_000), 'application/json', 'user-visible', 0)
    expect(scheduler.yield).toHaveBeenCalled()
    expect(scheduler.postTask).not.toHaveBeenCalled()
  })
})

describe('slices', () => {
  it('pauses only once a slice has used its time', async () => {
    const pause = slices(60_000)
    expect(pause()).toBeUndefined()
    const spent = slices(0)
    await expect(spent()).resolves.toBeUndefined()
    expect(spent()).toBeInstanceOf(Promise)
  })
})

// Letters of two bytes (Kazakh), of three (the euro sign) and of four (a surrogate pair in the page's strings), long
// enough for several pieces and placed so that pieces end inside them.
const texts = [
  ['Kazakh letters', `x${'Мектепке дейінгі ұйымдар әә '.repeat(6_000)}`],
  ['three-byte signs', '€'.repeat(70_000)],
  ['surrogate pairs', `a${'📊'.repeat(50_000)}`],
  ['an empty text', ''],
]

describe('blobInSlices and textInSlices', () => {
  it.each(texts)('%s come back whole through a Blob', async (_name, text) => {
    const blob = await blobInSlices(text, 'application/json')
    expect(blob.type).toBe('application/json')
    expect(await blob.text()).toBe(text)
    expect(await textInSlices(blob.stream())).toBe(text)
  })

  it('decodes a stream whose chunks end inside a letter', async () => {
    const bytes = new TextEncoder().encode('әлем 📊 €'.repeat(1_000))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let start = 0; start < bytes.length; start += 7) controller.enqueue(bytes.subarray(start, start + 7))
        controller.close()
      },
    })
    expect(await textInSlices(stream)).toBe('әлем 📊 €'.repeat(1_000))
  })
})
