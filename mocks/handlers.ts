import { importHandlers } from './handlers/imports'
import { indicatorHandlers } from './handlers/indicators'
import { ownerHandlers } from './handlers/owners'
import { planHandlers } from './handlers/plan'
import { reportHandlers } from './handlers/reports'
import { sessionHandlers } from './handlers/session'
import { taskHandlers } from './handlers/tasks'
import { updateHandlers } from './handlers/updates'

/** The happy paths of API contract v1 and v1.1 (with the plan as a spreadsheet). Failures are named scenarios (scenarios.ts). */
export const handlers = [
  ...planHandlers,
  ...ownerHandlers,
  ...taskHandlers,
  ...indicatorHandlers,
  ...updateHandlers,
  ...sessionHandlers,
  ...reportHandlers,
  ...importHandlers,
]
