// Figures for issue 14: how long reading an uploaded workbook and previewing it take on this machine, for plans of
// 300 and 10,000 generated activities (export first, then read + preview, as POST /imports does). Prints the median
// of a few runs. Usage: npx tsx scripts/bench-import.ts
import { previewImport } from '../src/workbook/preview-import'
import { readPlanWorkbook } from '../src/workbook/read-workbook'
import { largePlan } from '../src/workbook/test/plan-arbitrary'
import { writePlanWorkbook } from '../src/workbook/write-workbook'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now()
  const result = await work()
  return [result, performance.now() - start]
}

for (const [count, runs] of [
  [300, 7],
  [10_000, 3],
] as const) {
  const data = largePlan(count, 11)
  const timings = { write: [] as number[], read: [] as number[], preview: [] as number[] }
  let size = 0
  for (let run = 0; run < runs; run += 1) {
    const [bytes, write] = await time(() => writePlanWorkbook(data, { language: 'kk', template: false }))
    const [read, reading] = await time(() => readPlanWorkbook(bytes))
    if (!read.ok) throw new Error(read.error.code)
    const [result, preview] = await time(() => previewImport(read.workbook, data, { removeMissing: false }))
    if (result.counts.changed + result.counts.added + result.counts.errors > 0)
      throw new Error('the round trip changed')
    size = bytes.length
    timings.write.push(write)
    timings.read.push(reading)
    timings.preview.push(preview)
  }
  const ms = (values: number[]) => `${Math.round(median(values))} ms`
  console.log(
    `${count} activities (${(size / 1024).toFixed(0)} KiB): export ${ms(timings.write)}, read ${ms(timings.read)}, ` +
      `preview ${ms(timings.preview)}, upload to preview ${ms(timings.read.map((r, i) => r + (timings.preview[i] ?? 0)))}`,
  )
}
