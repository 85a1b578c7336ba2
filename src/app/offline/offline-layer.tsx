import { OfflineBanner } from './offline-banner'
import { UpdatePrompt } from './update-prompt'
import { useAppUpdate } from './use-app-update'
import { useKeepData } from './use-keep-data'
import './offline.css'

/**
 * Working without a network (docs/decisions/0011-offline-meetings.md), on every screen: the kept data, the offline
 * banner and the offer of a new version. Loaded as a chunk of its own, so the first screen carries none of it.
 */
export default function OfflineLayer() {
  useKeepData()
  const update = useAppUpdate()
  return (
    <>
      <OfflineBanner />
      <UpdatePrompt available={update.available} reload={update.reload} />
    </>
  )
}
