// The sample plan the mock API serves, as of a given day; `large` fills it up to 10,000 activities with the same
// generator as the mock's `large` scenario, for performance work (`npm run db:seed -- --replace --large`).
import { largeTaskList } from '../../mocks/data/large'
import { samplePlan } from '../../mocks/data/sample-plan'
import type { PlanData } from './seed'

export const largeTaskCount = 10_000

export function sampleSeed(today: Date, options: { large?: boolean } = {}): PlanData {
  const sample = samplePlan(today)
  if (!options.large) return sample
  return { ...sample, tasks: [...sample.tasks, ...largeTaskList(sample, largeTaskCount - sample.tasks.length)] }
}
