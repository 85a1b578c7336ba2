// Contract v1.1 reports over the in-memory db, with SERVER.md's rules: who may, 404, 409 stale, 422 with fields, and
// what an approval does (the activity's status/progress and a TaskUpdate, or the indicator's actual for the year).
import { http, HttpResponse } from 'msw'
import {
  approveInputSchema,
  indicatorReportInputSchema,
  returnInputSchema,
  taskReportInputSchema,
  type Report,
  type User,
} from '../../src/api/schemas-v1-1'
import { db, toTask } from '../data/db'
import { apiPath, notFound } from './api-path'
import { audit, conflict, currentUser, forbidden, invalid, nowIso, parseBody, unauthenticated } from './auth'

function ownerOf(report: Report): string | undefined {
  return report.kind === 'task_progress'
    ? db.tasks.find((t) => t.id === report.taskId)?.ownerId
    : db.indicators.find((i) => i.id === report.indicatorId)?.ownerId
}

function mayReportFor(user: User, ownerId: string | undefined): boolean {
  return user.role === 'secretariat' || (user.role === 'reporter' && !!ownerId && user.ownerId === ownerId)
}

const sameInstant = (a: string, b: string | undefined) => b !== undefined && Date.parse(a) === Date.parse(b)

function nextReportId(): string {
  return `r-${db.reports.length + 1}`
}

/** Apply an approved report to its record (one step: the mock has no concurrency to guard). */
function apply(report: Report, at: string): void {
  if (report.kind === 'task_progress') {
    const task = db.tasks.find((t) => t.id === report.taskId)
    if (!task) return
    const previousStatus = task.status
    task.status = report.proposed.status
    task.progress = report.proposed.progress
    task.updatedAt = at
    if (task.status === 'completed' && !task.completedDate) task.completedDate = at.slice(0, 10)
    db.updates.unshift({
      id: `u-${report.id}`,
      taskId: task.id,
      at,
      author: report.submittedBy.name,
      status: task.status,
      previousStatus,
      progress: task.progress,
      ...(report.note ? { note: report.note } : {}),
    })
    return
  }
  const indicator = db.indicators.find((i) => i.id === report.indicatorId)
  if (!indicator) return
  const { year, value } = report.proposed
  indicator.actuals = [...indicator.actuals.filter((a) => a.year !== year), { year, value }].sort(
    (a, b) => a.year - b.year,
  )
  indicator.updatedAt = at
}

function review(report: Report, user: User, state: 'approved' | 'returned', comment: string | undefined) {
  const at = nowIso()
  Object.assign(report, {
    state,
    reviewedBy: { id: user.id, name: user.name },
    reviewedAt: at,
    comment: comment ?? null,
  })
  if (state === 'approved') apply(report, at)
}

function submitted(user: User, report: Report): Response {
  db.reports.unshift(report)
  audit(user, 'report.submit', `report:${report.id}`, undefined, report.proposed)
  // A report made by the secretariat is approved at once.
  if (user.role === 'secretariat') {
    review(report, user, 'approved', undefined)
    audit(user, 'report.approve', `report:${report.id}`)
  }
  return HttpResponse.json(report, { status: 201 })
}

export const reportHandlers = [
  http.get(`${apiPath}/reports`, ({ request }) => {
    const user = currentUser()
    if (!user) return unauthenticated()
    if (user.role === 'viewer') return forbidden()
    const query = new URL(request.url).searchParams
    const state = query.get('state')
    const taskId = query.get('taskId')
    const indicatorId = query.get('indicatorId')
    const items = db.reports.filter(
      (r) =>
        (user.role === 'secretariat' || ownerOf(r) === user.ownerId) &&
        (!state || r.state === state) &&
        (!taskId || (r.kind === 'task_progress' && r.taskId === taskId)) &&
        (!indicatorId || (r.kind === 'indicator_value' && r.indicatorId === indicatorId)),
    )
    return HttpResponse.json({ items })
  }),

  http.post<{ id: string }>(`${apiPath}/tasks/:id/reports`, async ({ params, request }) => {
    const user = currentUser()
    if (!user) return unauthenticated()
    const task = db.tasks.find((t) => t.id === params.id)
    if (!task) return HttpResponse.json(notFound('activity', params.id), { status: 404 })
    if (!mayReportFor(user, task.ownerId)) return forbidden()
    const body = await parseBody(request, taskReportInputSchema)
    if ('response' in body) return body.response
    const input = body.data
    if (!sameInstant(input.basedOn, task.updatedAt)) {
      const error = { code: 'stale', message: 'The activity changed after you opened it' }
      return HttpResponse.json({ error, current: toTask(task) }, { status: 409 })
    }
    return submitted(user, {
      id: nextReportId(),
      kind: 'task_progress',
      taskId: task.id,
      state: 'submitted',
      proposed: { status: input.status, progress: input.progress },
      previous: { status: task.status, progress: task.progress },
      note: input.note,
      basedOn: input.basedOn,
      submittedBy: { id: user.id, name: user.name },
      submittedAt: nowIso(),
      reviewedBy: null,
      reviewedAt: null,
      comment: null,
    })
  }),

  http.post<{ id: string }>(`${apiPath}/indicators/:id/reports`, async ({ params, request }) => {
    const user = currentUser()
    if (!user) return unauthenticated()
    const indicator = db.indicators.find((i) => i.id === params.id)
    if (!indicator) return HttpResponse.json(notFound('indicator', params.id), { status: 404 })
    if (!mayReportFor(user, indicator.ownerId)) return forbidden()
    const body = await parseBody(request, indicatorReportInputSchema)
    if ('response' in body) return body.response
    const input = body.data
    if (indicator.unit === 'level') {
      const stages = indicator.levels?.length ?? 0
      if (!Number.isInteger(input.value) || input.value < 0 || input.value >= stages) {
        return invalid([{ path: ['value'], message: `must be a stage index from 0 to ${stages - 1}` }])
      }
    }
    if (!sameInstant(input.basedOn, indicator.updatedAt)) {
      const error = { code: 'stale', message: 'The indicator changed after you opened it' }
      return HttpResponse.json({ error, current: indicator }, { status: 409 })
    }
    const previous = indicator.actuals.find((a) => a.year === input.year)
    return submitted(user, {
      id: nextReportId(),
      kind: 'indicator_value',
      indicatorId: indicator.id,
      state: 'submitted',
      proposed: { year: input.year, value: input.value },
      previous: previous ? { ...previous } : null,
      ...(input.note ? { note: input.note } : {}),
      ...(input.source ? { source: input.source } : {}),
      basedOn: input.basedOn,
      submittedBy: { id: user.id, name: user.name },
      submittedAt: nowIso(),
      reviewedBy: null,
      reviewedAt: null,
      comment: null,
    })
  }),

  ...(['approve', 'return'] as const).map((action) =>
    http.post<{ id: string }>(`${apiPath}/reports/:id/${action}`, async ({ params, request }) => {
      const user = currentUser()
      if (!user) return unauthenticated()
      if (user.role !== 'secretariat') return forbidden()
      const report = db.reports.find((r) => r.id === params.id)
      if (!report) return HttpResponse.json(notFound('report', params.id), { status: 404 })
      const body = await parseBody(request, action === 'approve' ? approveInputSchema : returnInputSchema)
      if ('response' in body) return body.response
      if (report.state !== 'submitted') return conflict(`The report is already ${report.state}`)
      review(report, user, action === 'approve' ? 'approved' : 'returned', body.data.comment || undefined)
      audit(user, `report.${action}`, `report:${report.id}`)
      return HttpResponse.json(report)
    }),
  ),

  http.get(`${apiPath}/audit`, ({ request }) => {
    const user = currentUser()
    if (!user) return unauthenticated()
    if (user.role !== 'secretariat') return forbidden()
    const query = new URL(request.url).searchParams
    const since = query.get('since')
    const actor = query.get('actor')
    const items = db.audit.filter((e) => (!since || e.at >= since) && (!actor || e.actor?.id === actor))
    return HttpResponse.json({ items })
  }),
]
