import { Suspense, useId, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { Skeleton } from '../skeleton'
import { useNearViewport } from '../use-near-viewport'
import { usePrinting } from '../use-printing'
import { downloadSvgAsPng } from './download-png'

interface ChartFrameProps {
  title: string
  /** The chart's point in one sentence, e.g. "9 of 64 activities are delayed". */
  summary: ReactNode
  /** The same numbers as a table: shown on request, and always in print. */
  table: ReactNode
  /** The (lazy) chart. Its height is reserved up front so nothing moves when the chart code arrives. */
  children: ReactNode
  height?: number
  fileName: string
  headingLevel?: 'h2' | 'h3'
  /** While the data loads: the frame at its full size, a placeholder for the summary and the chart. */
  pending?: boolean
}

export function ChartFrame({
  title,
  summary,
  table,
  children,
  height = 300,
  fileName,
  headingLevel: Heading = 'h2',
  pending = false,
}: ChartFrameProps) {
  const { t } = useTranslation()
  const [showTable, setShowTable] = useState(false)
  const [pngError, setPngError] = useState(false)
  const plotRef = useRef<HTMLDivElement>(null)
  // A chart below the fold is drawn when it comes near: the page's first task draws only what can be seen.
  const near = useNearViewport(plotRef)
  // The table is built when it is asked for or printed, not with every chart: the overview's four tables were two
  // thirds of the elements its data added to the page.
  const printing = usePrinting()
  const tableId = useId()
  const titleId = useId()

  async function downloadPng() {
    const svg = plotRef.current?.querySelector<SVGSVGElement>('svg.chart-surface')
    setPngError(false)
    if (!svg) return setPngError(true)
    try {
      await downloadSvgAsPng(svg, `${fileName}.png`)
    } catch {
      setPngError(true)
    }
  }

  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <figcaption>
        <Heading id={titleId} className="chart-frame__title">
          {title}
        </Heading>
        <p className="chart-frame__summary">
          {pending ? <span className="skeleton__line" aria-hidden="true" /> : summary}
        </p>
      </figcaption>
      <div ref={plotRef} className="chart-frame__plot" style={{ height }}>
        {near && !pending ? (
          <Suspense fallback={<Skeleton lines={4} height={`${height}px`} />}>{children}</Suspense>
        ) : (
          <Skeleton lines={4} height={`${height}px`} />
        )}
      </div>
      {/* aria-disabled while pending, not disabled: the same attribute change costs the browser far less (about 11 ms
          of the overview's data commit for its eight buttons in Lighthouse's trace), and the buttons stay in the Tab
          order, saying that they are not available yet. */}
      <div className="chart-frame__actions no-print">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={showTable}
          aria-controls={tableId}
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) setShowTable((v) => !v)
          }}
        >
          {showTable ? t('charts.hideTable') : t('charts.showTable')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) void downloadPng()
          }}
        >
          {t('charts.downloadPng')}
        </button>
        {pngError && <span role="alert">{t('charts.pngFailed')}</span>}
      </div>
      <div
        id={tableId}
        className={showTable ? 'chart-frame__table' : 'chart-frame__table chart-frame__table--screen-hidden'}
      >
        {(showTable || printing) && table}
      </div>
    </figure>
  )
}

/**
 * A frame whose data is still on its way, as a card returns it before its data: the same ChartFrame at the same
 * place, so that React fills it in when the data comes instead of replacing it.
 */
export function pendingChartFrame(title: string) {
  return (
    <ChartFrame title={title} summary={null} table={null} fileName="" pending>
      {null}
    </ChartFrame>
  )
}
