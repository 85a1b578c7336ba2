import { useScreenQuery } from '../../components/use-screen-query'
import { Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { useLocation, useNavigate, useSearchParams } from '../../router/hooks'
import { indicatorQueries } from '../../api/indicators'
import { planQueries } from '../../api/plan'
import { updateQueries } from '../../api/updates'
import { ErrorPanel } from '../../components/error-panel'
import { FilterDescription } from '../../components/filters/filter-summary'
import { useFilteredTasks } from '../../components/filters/use-filtered-tasks'
import { KeptPlanTitle } from '../../components/kept-plan-title'
import { Skeleton } from '../../components/skeleton'
import { useLandscapePrint } from '../../components/use-landscape-print'
import { usePrinting } from '../../components/use-printing'
import { groupChanges, historySince, orderByImpact, parseSince } from '../../domain/changes'
import { buildSlides } from '../../domain/slides'
import { useFormat } from '../../i18n/use-format'
import { SlideContent, slideTitle } from './components/slide-content'
import { SlideFrame } from './components/slide-frame'
import { SlideText } from './components/slide-text'
import { DeckControls } from './components/deck-controls'
import { useDeckKeys } from './hooks/use-deck-keys'
import { usePptxDownload } from './hooks/use-pptx-download'
import { describeFilters } from '../../components/filters/describe-filters'
import { fullListAddresses } from './full-list-addresses'
import './present.css'

export function PresentPage() {
  const { t } = useTranslation()
  const format = useFormat()
  const navigate = useNavigate()
  const location = useLocation()
  const [params] = useSearchParams()
  const { tasksQuery: tasks, ownersQuery, owners, filters, ignored, selected, today } = useFilteredTasks()
  const { since, ignored: sinceIgnored } = useMemo(() => parseSince(params), [params])
  const plan = useScreenQuery(planQueries.detail())
  const indicators = useScreenQuery(indicatorQueries.list())
  // From the plan's start, as on /changes: the updates before `since` say what each activity's status was before it.
  const planStart = plan.data?.period.start
  const updates = useScreenQuery({
    ...updateQueries.since(since && planStart ? historySince(since, planStart) : ''),
    enabled: since !== null && planStart !== undefined,
  })
  const [index, setIndex] = useState(0)
  const deckRef = useRef<HTMLDivElement>(null)

  const slides = useMemo(
    () =>
      buildSlides({
        tasks: selected,
        indicators: indicators.data ?? [],
        changes:
          since && updates.data
            ? orderByImpact(groupChanges(updates.data, since), new Map(selected.map((task) => [task.id, task])), today)
            : undefined,
        today,
      }),
    [selected, indicators.data, since, updates.data, today],
  )
  const current = Math.min(index, slides.length - 1)
  const printing = usePrinting()
  // No window while the build prerenders the shell; the slides that print these addresses wait for data anyway.
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  const fullLists = useMemo(() => fullListAddresses(filters, since, origin), [filters, since, origin])

  const actions = useMemo(
    () => ({
      next: () => setIndex((i) => Math.min(i + 1, slides.length - 1)),
      previous: () => setIndex((i) => Math.max(i - 1, 0)),
      first: () => setIndex(0),
      last: () => setIndex(slides.length - 1),
      toggleFullScreen: () => {
        if (document.fullscreenElement) void document.exitFullscreen()
        else void document.documentElement.requestFullscreen?.().catch(() => undefined)
      },
      // Back to where the presenter came from; straight to the overview when the deck was opened from a link.
      // (The router names the first entry of a visit "default": there is nothing of ours to go back to.)
      exit: () => {
        if (location.key !== 'default') void navigate(-1)
        else void navigate({ pathname: '/', search: params.toString() })
      },
    }),
    [slides.length, navigate, params, location.key],
  )
  useDeckKeys(actions)
  const pptx = usePptxDownload(() => ({
    slides,
    plan: plan.data as NonNullable<typeof plan.data>,
    tasks: selected,
    indicators: indicators.data ?? [],
    owners,
    filterText: describeFilters(filters, owners, format.language, t),
    sinceText: since ? t('present.since', { date: format.date(since) }) : undefined,
    asOf: plan.data ? format.dateTime(plan.data.updatedAt) : '',
    today,
    fullLists,
    t,
    format,
  }))
  useLandscapePrint('print-slides')

  useEffect(() => {
    document.title = `${t('pages.present.title')} — ${t('app.shortName')}`
  }, [t])
  useEffect(() => {
    deckRef.current?.focus()
  }, [current])

  // The deck waits for everything it shows (the changes too, when asked for), so the slide count never grows after
  // it appears: a presenter who prints at once gets every slide, one per page.
  const failed = [plan, tasks, indicators, ...(since ? [updates] : [])].find((q) => q.isError)
  if (failed) {
    return (
      <main id="main" className="present present--message">
        <h1>{t('pages.present.title')}</h1>
        <ErrorPanel what={t('present.theData')} error={failed.error} onRetry={() => void failed.refetch()} />
      </main>
    )
  }
  if (!plan.data || !tasks.data || !indicators.data || ownersQuery.isPending || (since && !updates.data)) {
    // The title slide as it will be, with the plan's title the server put into the page (or a skeleton line), and
    // the controls in their place: the deck's largest text paints from HTML, and nothing moves when the data comes.
    return (
      <main id="main" className="present">
        <h1 className="visually-hidden">{t('pages.present.title')}</h1>
        <div className="deck">
          {/* Named only once it holds the deck's slide: a region that says "Loading…" is not the title slide. */}
          <section className="slide slide--current slide--title">
            <h2 className="slide__title">{t('present.slides.title')}</h2>
            <div className="slide__body">
              <div className="slide-title">
                <p className="slide-title__plan">
                  <KeptPlanTitle language={format.language} />
                </p>
                <Skeleton lines={3} />
              </div>
            </div>
          </section>
        </div>
        <DeckControls current={0} count={undefined} actions={actions} pptx={pptx} />
      </main>
    )
  }

  const asOf = format.dateTime(plan.data.updatedAt)
  const filterText = <FilterDescription filters={filters} owners={owners} />
  const footer = (
    <>
      <SlideText text={plan.data.title} /> · {filterText}
      {since && ` · ${t('present.since', { date: format.date(since) })}`} · {t('present.statusAsOf', { date: asOf })}
    </>
  )
  const data = {
    plan: plan.data,
    tasks: selected,
    indicators: indicators.data,
    owners,
    filterText,
    asOf,
    today,
    ignored: [...ignored, ...sinceIgnored],
    fullLists,
  }

  return (
    <main id="main" className="present">
      <h1 className="visually-hidden">{t('pages.present.title')}</h1>
      <div ref={deckRef} className="deck" tabIndex={-1} data-route-focus>
        {slides.map((slide, i) => {
          // Only the slide on screen and its neighbours are in the document (a big plan once made thousands of nodes
          // and a two-second freeze); printing the handout renders them all.
          if (!printing && Math.abs(i - current) > 1) return null
          return (
            <SlideFrame
              key={`${slide.kind}-${'page' in slide ? slide.page : 0}`}
              title={slideTitle(slide, t)}
              current={i === current}
              // The title slide says the plan, the filters and the date in its body: not again under it.
              footer={slide.kind === 'title' ? null : footer}
              number={i + 1}
              count={slides.length}
              className={`slide--${slide.kind}`}
            >
              <Suspense fallback={<Skeleton lines={4} />}>
                <SlideContent slide={slide} data={data} />
              </Suspense>
            </SlideFrame>
          )
        })}
      </div>
      <DeckControls current={current} count={slides.length} actions={actions} pptx={pptx} />
    </main>
  )
}
