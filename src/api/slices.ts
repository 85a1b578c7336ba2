// Long jobs on the page's only thread, cut into slices: between two slices the browser paints and answers input.
// Checking 10,000 activities against the contract, or writing them down to keep, took 130–340 ms in one task.

export type Priority = 'user-visible' | 'background'

declare const scheduler:
  | {
      yield?: () => Promise<void>
      postTask?: (task: () => void, options: { priority: Priority }) => Promise<void>
    }
  | undefined

/**
 * Gives the thread back to the browser for a moment. A `user-visible` job (what the reader waits for) comes back
 * first in line (`scheduler.yield`); a `background` job (writing the kept copy) comes back only after what is
 * waiting: a tick, a list to draw (`scheduler.postTask`). Elsewhere, a task at the end of the line.
 */
export function yieldToPage(priority: Priority = 'user-visible'): Promise<void> {
  if (typeof scheduler !== 'undefined') {
    if (priority === 'background' && typeof scheduler.postTask === 'function')
      return scheduler.postTask(() => {}, { priority })
    if (priority === 'user-visible' && typeof scheduler.yield === 'function') return scheduler.yield()
  }
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * A pause to await after each step of a long job: it yields once the current slice has run `sliceMs`, and costs
 * nothing otherwise. `const pause = slices(); for (…) { …; await pause() }`
 */
export function slices(sliceMs = 8, priority: Priority = 'user-visible'): () => Promise<void> | undefined {
  let started = performance.now()
  return () => {
    if (performance.now() - started < sliceMs) return undefined
    return yieldToPage(priority).then(() => {
      started = performance.now()
    })
  }
}

/** Arrays at least this long are written an element at a time, each with JSON.stringify itself. */
const longArray = 64

/**
 * `JSON.stringify(value)`, written in slices: the plan kept for offline use (5 MB with 10,000 activities) took
 * 130–260 ms in one task. Objects and short arrays are walked; a long array's elements are each written whole.
 * Background work by default: the reader's ticks and lists go first (a tick right after the plan loaded waited up
 * to 345 ms). A write the reader asked for and waits on is `user-visible`.
 */
export async function stringifyInSlices(
  value: unknown,
  priority: Priority = 'background',
  sliceMs = 8,
): Promise<string> {
  // A rope of pieces (V8 joins `+=` lazily), not an array joined at the end: joining 5 MB took 40–70 ms in one task.
  let text = ''
  const add = (...pieces: string[]) => {
    for (const piece of pieces) text += piece
  }
  const pause = slices(sliceMs, priority)
  const write = async (item: unknown): Promise<void> => {
    if (Array.isArray(item)) {
      add('[')
      for (let index = 0; index < item.length; index++) {
        if (index > 0) add(',')
        if (item.length >= longArray) add(JSON.stringify(item[index]) ?? 'null')
        else if (isWalked(item[index])) await write(item[index])
        else add(JSON.stringify(item[index]) ?? 'null')
        await pause()
      }
      add(']')
    } else if (isWalked(item)) {
      add('{')
      let first = true
      for (const [key, field] of Object.entries(item)) {
        const written = isWalked(field) ? undefined : JSON.stringify(field)
        if (written === undefined && !isWalked(field)) continue
        add(first ? '' : ',', JSON.stringify(key), ':')
        first = false
        if (written === undefined) await write(field)
        else add(written)
      }
      add('}')
    } else {
      add(JSON.stringify(item) ?? 'null')
    }
  }
  if (!isWalked(value) && JSON.stringify(value) === undefined) throw new TypeError('nothing to write as JSON')
  await write(value)
  return text
}

/** Arrays, and objects that do not say how to write themselves (a Date does, with toJSON). */
function isWalked(value: unknown): value is object {
  return (
    value !== null &&
    typeof value === 'object' &&
    (Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON !== 'function')
  )
}

/** How much is decoded or encoded at a time (64 KiB: about a millisecond). */
const pieceSize = 64 * 1024

/**
 * The text of a stream of UTF-8 bytes, decoded a piece at a time with pauses between. Chromium's `response.text()`
 * decodes in one task: 120–300 ms for the 5 MB of a 10,000-activity plan. A body already here (preloaded) comes as
 * one chunk, so chunks are cut too; a character split between two pieces is joined by the decoder's `stream` mode.
 */
export async function textInSlices(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  // Added piece by piece, not joined at the end: V8 then keeps a rope that JSON.parse reads in one pass (a join of
  // the 5 MB first cost 25–45 ms more on a fresh page).
  let text = ''
  const pause = slices()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    for (let start = 0; start < value.length; start += pieceSize) {
      text += decoder.decode(value.subarray(start, start + pieceSize), { stream: true })
      await pause()
    }
  }
  return text + decoder.decode()
}

/**
 * `text` as a UTF-8 Blob, encoded a piece at a time in the background: encoding 5 MB at once (a Blob made from the
 * string, or a string put into IndexedDB) took 55–100 ms in one task, and one Blob made of the encoded pieces still
 * copied them all in one task (35 ms). Each piece becomes a Blob of its own; a Blob made of Blobs refers to them.
 * A piece never ends between the two halves of a surrogate pair. `priority` as for stringifyInSlices.
 */
export async function blobInSlices(
  text: string,
  type: string,
  priority: Priority = 'background',
  sliceMs = 8,
): Promise<Blob> {
  const encoder = new TextEncoder()
  const pieces: Blob[] = []
  const pause = slices(sliceMs, priority)
  let start = 0
  while (start < text.length) {
    let end = Math.min(start + pieceSize, text.length)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++
    pieces.push(new Blob([encoder.encode(text.slice(start, end))]))
    start = end
    await pause()
  }
  return new Blob(pieces, { type })
}
