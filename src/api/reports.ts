import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import type * as z from 'zod/mini'
import { getJson, sendJson } from './client'
import { HttpError } from './errors'
import { indicatorSchema, taskSchema, type Indicator, type Task } from './schemas'
import type { IndicatorReportInput, ReportState, TaskReportInput } from './schemas-v1-1'

export interface ReportFilter {
  state?: ReportState
  taskId?: string
  indicatorId?: string
}

function reportQuery(filter: ReportFilter): string {
  const params = new URLSearchParams()
  if (filter.state) params.set('state', filter.state)
  if (filter.taskId) params.set('taskId', filter.taskId)
  if (filter.indicatorId) params.set('indicatorId', filter.indicatorId)
  const query = params.toString()
  return query ? `/reports?${query}` : '/reports'
}

export const reportQueries = {
  all: () => ['reports'] as const,
  /** Newest first, as the server sends them. Only for a reporter or the secretariat (`enabled` at the call site). */
  list: (filter: ReportFilter = {}) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'list', filter],
      queryFn: ({ signal }) => getJson(reportQuery(filter), (contract) => contract.reportListSchema, { signal }),
      select: (data) => data.items,
    }),
}

const id = (value: string) => encodeURIComponent(value)

export const submitTaskReport = ({ taskId, input }: { taskId: string; input: TaskReportInput }) =>
  sendJson('POST', `/tasks/${id(taskId)}/reports`, input, (contract) => contract.reportSchema)

export const submitIndicatorReport = ({ indicatorId, input }: { indicatorId: string; input: IndicatorReportInput }) =>
  sendJson('POST', `/indicators/${id(indicatorId)}/reports`, input, (contract) => contract.reportSchema)

export const approveReport = ({ reportId, comment }: { reportId: string; comment?: string }) =>
  sendJson('POST', `/reports/${id(reportId)}/approve`, comment ? { comment } : {}, (contract) => contract.reportSchema)

export const returnReport = ({ reportId, comment }: { reportId: string; comment: string }) =>
  sendJson('POST', `/reports/${id(reportId)}/return`, { comment }, (contract) => contract.reportSchema)

/** After any report write: reports, and (an approval changes them) the records and their derived views. */
function refreshAfterWrite(queryClient: QueryClient, approved: boolean) {
  void queryClient.invalidateQueries({ queryKey: reportQueries.all() })
  if (!approved) return
  for (const key of ['tasks', 'indicators', 'updates', 'plan']) void queryClient.invalidateQueries({ queryKey: [key] })
}

export const reportMutations = {
  submitTask: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: submitTaskReport,
      onSuccess: (report) => refreshAfterWrite(queryClient, report.state === 'approved'),
    }),
  submitIndicator: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: submitIndicatorReport,
      onSuccess: (report) => refreshAfterWrite(queryClient, report.state === 'approved'),
    }),
  approve: (queryClient: QueryClient) =>
    mutationOptions({ mutationFn: approveReport, onSuccess: () => refreshAfterWrite(queryClient, true) }),
  return: (queryClient: QueryClient) =>
    mutationOptions({ mutationFn: returnReport, onSuccess: () => refreshAfterWrite(queryClient, false) }),
}

/** The record a `409 stale` sent back, parsed; `undefined` when the error is something else. */
export function staleTask(error: unknown): Task | undefined {
  return staleRecord(error, taskSchema)
}
export function staleIndicator(error: unknown): Indicator | undefined {
  return staleRecord(error, indicatorSchema)
}
function staleRecord<T extends z.ZodMiniType>(error: unknown, schema: T): z.infer<T> | undefined {
  if (!(error instanceof HttpError) || error.status !== 409 || error.code !== 'stale') return undefined
  const parsed = schema.safeParse(error.current)
  return parsed.success ? parsed.data : undefined
}
