import { useTranslation } from '../../i18n/use-translation'
import { useOnline } from '../../components/use-online'
import { useFormat } from '../../i18n/use-format'
import { useKeptAsOf } from './use-kept-as-of'

/**
 * Offline, every screen says so, calmly, and how old what it shows is: "Offline — showing data as of 14 June, 18:00".
 * The status region is always there (a live region must exist before its text changes to be announced); online it
 * is empty, so the banner goes by itself when the network comes back and the data refreshes.
 */
export function OfflineBanner() {
  const { t } = useTranslation()
  const format = useFormat()
  const online = useOnline()
  const asOf = useKeptAsOf()
  return (
    <div className="offline-banner" role="status">
      {!online &&
        (asOf === undefined
          ? t('offline.banner.nothingKept')
          : t('offline.banner.showingAsOf', { date: format.dateTime(new Date(asOf).toISOString()) }))}
    </div>
  )
}
