import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useSearchParams } from '../../../router/hooks'
import { indicatorQueries } from '../../../api/indicators'
import { ownerQueries } from '../../../api/owners'
import { planQueries } from '../../../api/plan'
import { taskQueries } from '../../../api/tasks'
import { updateQueries } from '../../../api/updates'
import { useFilteredTasks } from '../../../components/filters/use-filtered-tasks'
import { historySince, parseSince } from '../../../domain/changes'

export type KeepState =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'ready' }
  | { kind: 'failed' }

/** How long to wait for the service worker to have the app's files before saying the deck is not ready. */
const workerWait = 30_000

/**
 * "Keep for the meeting": fetches everything this deck shows, and what a click from it opens (each activity's
 * details, each indicator), writes it to the browser's kept data at once, and waits until the service worker holds
 * the app's files. Then the whole deck opens and presents with no network.
 */
export function useKeepForMeeting() {
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const { selected } = useFilteredTasks()
  const [state, setState] = useState<KeepState>({ kind: 'idle' })

  const keep = async () => {
    if (state.kind === 'working') return
    setState({ kind: 'working', done: 0, total: 0 })
    const { since } = parseSince(params)
    const [plan, , , indicators] = await Promise.all([
      queryClient.fetchQuery(planQueries.detail()),
      queryClient.fetchQuery(taskQueries.list()),
      queryClient.fetchQuery(ownerQueries.list()),
      queryClient.fetchQuery(indicatorQueries.list()),
    ]).catch(() => [])
    if (!plan || !indicators) {
      setState({ kind: 'failed' })
      return
    }
    const fetches: (() => Promise<unknown>)[] = [
      ...selected.map((task) => () => queryClient.fetchQuery(taskQueries.detail(task.id))),
      ...indicators.items.map((indicator) => () => queryClient.fetchQuery(indicatorQueries.detail(indicator.id))),
      ...(since ? [() => queryClient.fetchQuery(updateQueries.since(historySince(since, plan.period.start)))] : []),
    ]
    let done = 0
    setState({ kind: 'working', done, total: fetches.length })
    const results = await Promise.allSettled(
      fetches.map((fetch) => fetch().finally(() => setState({ kind: 'working', done: ++done, total: fetches.length }))),
    )
    const kept = results.every((result) => result.status === 'fulfilled') && (await keptOnThisDevice(queryClient))
    setState({ kind: kept ? 'ready' : 'failed' })
  }
  return { state, keep: () => void keep() }
}

/** Builds that work offline: the data written now, and the app's files in the service worker's cache. */
async function keptOnThisDevice(queryClient: QueryClient): Promise<boolean> {
  if (import.meta.env.VITE_OFFLINE !== 'on') return true
  try {
    const { saveKeptDataNow } = await import('../../../api/kept-data')
    await saveKeptDataNow(queryClient)
    if (!('serviceWorker' in navigator)) return false
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), workerWait)))
    const ready = await Promise.race([navigator.serviceWorker.ready.then(() => true), timeout])
    clearTimeout(timer)
    return ready
  } catch {
    return false
  }
}
