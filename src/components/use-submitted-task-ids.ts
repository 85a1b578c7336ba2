import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { reportQueries } from '../api/reports'
import { maySeeReports } from '../api/session'
import { useSession } from './use-session'

/**
 * The activities with a report awaiting review, for a user who may see reports (a reporter: their organisation's);
 * `undefined` for anyone else, or until known. Asks nothing of the server for a visitor or a viewer.
 */
export function useSubmittedTaskIds(enabled = true): ReadonlySet<string> | undefined {
  const { user } = useSession()
  const allowed = maySeeReports(user)
  const submitted = useQuery({ ...reportQueries.list({ state: 'submitted' }), enabled: allowed && enabled })
  return useMemo(() => {
    if (!allowed || !submitted.data) return undefined
    return new Set(submitted.data.flatMap((report) => (report.kind === 'task_progress' ? [report.taskId] : [])))
  }, [allowed, submitted.data])
}
