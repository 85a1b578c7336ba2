import JSZip from 'jszip'
import { db } from '../../../../mocks/data/db'
import { taskStatuses, type Task } from '../../../api/schemas'
import { buildSlides } from '../../../domain/slides'
import type { Language } from '../../../i18n/languages'
import { createI18n } from '../../../i18n/setup'
import { makeFormat } from '../../../i18n/use-format'
import { allCatalogs } from '../../../test/catalogs'
import { pinnedToday } from '../../../test/pinned-date'
import { largeTaskList } from '../../../../mocks/data/large'
import { buildPptx } from './build-pptx'
import type { PptxDeckInput } from './deck-input'

const colours = Object.fromEntries(taskStatuses.map((status) => [status, '0B5FA5'])) as PptxDeckInput['statusColours']

const fullLists = {
  attention: 'https://sdg4.example.kz/tasks?attention=late&sort=dueDate',
  'indicators-off-track': 'https://sdg4.example.kz/indicators',
  changes: 'https://sdg4.example.kz/changes',
}

function input(language: Language, statuses?: string[], tasks: Task[] = db.tasks): PptxDeckInput {
  const t = createI18n(language, allCatalogs).t
  if (statuses) tasks = tasks.filter((task) => statuses.includes(task.status))
  return {
    slides: buildSlides({ tasks, indicators: db.indicators, today: pinnedToday }),
    plan: db.plan,
    tasks,
    indicators: db.indicators,
    owners: new Map(db.owners.map((owner) => [owner.id, owner])),
    filterText: 'Status: Delayed',
    asOf: '1 Jun 2026, 10:00',
    today: pinnedToday,
    fullLists,
    t,
    format: makeFormat(language),
    statusColours: colours,
  }
}

/** The file as PowerPoint stores it: slide XML, chart XML and notes XML by name. */
async function unzip(deck: PptxDeckInput) {
  const bytes = (await buildPptx(deck).write({ outputType: 'nodebuffer' })) as Uint8Array
  const zip = await JSZip.loadAsync(bytes)
  const read = async (prefix: string) => {
    const names = Object.keys(zip.files)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.xml'))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
    return Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''))
  }
  return {
    slides: await read('ppt/slides/slide'),
    charts: await read('ppt/charts/chart'),
    notes: await read('ppt/notesSlides/notesSlide'),
  }
}

test('one PowerPoint slide per deck slide, each with its title and the footer with filters and date', async () => {
  const deck = input('en')
  const { slides, notes } = await unzip(deck)
  expect(slides).toHaveLength(deck.slides.length)
  expect(slides[1]).toContain('Headline figures')
  expect(slides[2]).toContain('Activities by status')
  expect(slides.some((xml) => xml.includes('Delayed and overdue activities (1/'))).toBe(true)
  expect(notes.some((xml) => xml.includes('activities are delayed'))).toBe(true)
})

test('charts are native and editable: the status chart carries every status as a category with its count', async () => {
  const { charts } = await unzip(input('en'))
  expect(charts.length).toBeGreaterThanOrEqual(3)
  // The first chart is the status chart: a category per status with its count, each bar in its status colour.
  const statusChart = charts[0] ?? ''
  expect(statusChart).toContain('<c:barDir val="bar"/>')
  const delayed = db.tasks.filter((task) => task.status === 'delayed').length
  expect(statusChart).toContain('<c:v>Delayed</c:v>')
  expect(statusChart).toContain(`<c:v>${delayed}</c:v>`)
  expect(statusChart.match(/<c:dPt>/g)).toHaveLength(taskStatuses.length)
  // The targets chart stacks one series per status.
  const stacked = charts.find((xml) => xml.includes('<c:barDir val="col"/>'))
  expect(stacked?.match(/<c:ser>/g)).toHaveLength(taskStatuses.length)
  expect(charts.some((xml) => xml.includes('<c:lineChart>'))).toBe(true)
})

test('tables are native and split like the browser deck: 5 activities per slide', async () => {
  const deck = input('en', ['delayed', 'in_progress'])
  const { slides } = await unzip(deck)
  const attention = slides.filter((xml) => xml.includes('Delayed and overdue activities'))
  expect(attention.length).toBe(deck.slides.filter((slide) => slide.kind === 'attention').length)
  for (const xml of attention) expect((xml.match(/<a:tr /g) ?? []).length).toBeLessThanOrEqual(6)
})

test('Kazakh letters come through in titles, tables and charts', async () => {
  const { slides, charts } = await unzip(input('kk'))
  const text = [...slides, ...charts].join('')
  for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text.toLowerCase()).toContain(letter)
  expect(charts.join('')).toContain('Кешігуде')
})

test('a big plan gets the same five capped list slides as the screen, the last saying how many more and where', async () => {
  const deck = input('ru', undefined, largeTaskList(db))
  const attention = deck.slides.filter((slide) => slide.kind === 'attention')
  expect(attention).toHaveLength(5)
  const more = attention[4]?.more ?? 0
  expect(more).toBeGreaterThan(1000)
  const { slides } = await unzip(deck)
  const xml = slides.filter((slide) => slide.includes('Задерживающиеся и просроченные мероприятия'))
  expect(xml).toHaveLength(5)
  const last = xml[4] ?? ''
  // The Russian noun agrees with the number: 1 мероприятие, 2–4 мероприятия, 5–20 мероприятий.
  const noun = { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий', other: 'мероприятия' }
  const word = noun[new Intl.PluralRules('ru').select(more) as keyof typeof noun]
  expect(last.includes(`и ещё ${new Intl.NumberFormat('ru').format(more)} ${word} — полный список:`)).toBe(true)
  expect(last.includes(fullLists.attention.replace('&', '&amp;'))).toBe(true)
  expect(xml.slice(0, 4).some((slide) => slide.includes('и ещё'))).toBe(false)
})
