// A small, fully written-out set of activities for the domain tests (no fixtures, no network).
import type { Task } from '../api/schemas'

export function aTask(overrides: Partial<Task> & Pick<Task, 'id'>): Task {
  return {
    code: overrides.id,
    title: { en: `Activity ${overrides.id}` },
    status: 'in_progress',
    progress: 50,
    ownerId: 'moe',
    partnerIds: [],
    sdgTargets: ['4.7'],
    indicatorIds: [],
    startDate: '2024-01-01',
    dueDate: '2027-01-01',
    completedDate: null,
    updatedAt: '2026-05-01T10:00:00+05:00',
    ...overrides,
  }
}
