// Which prerendered shell a page address gets: the route from the path, the language from ?lang=, then the
// remembered choice (cookie), then Accept-Language, then Kazakh.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp, type App } from '../app'
import { freshSqlite, seededDatabase, type TestDatabase } from '../test/databases'
import { pinnedNow } from '../test/implementations'
import {
  chooseShell,
  planTitleSlot,
  slideTitleSlot,
  shellLanguage,
  withDetailHeading,
  withPlanTitle,
  type ShellManifest,
} from './app-shells'

const manifest: ShellManifest = {
  languages: ['kk', 'ru', 'en'],
  routes: [
    { pattern: '/', file: 'overview' },
    { pattern: '/tasks', file: 'tasks' },
    { pattern: '/tasks/:id', file: 'task' },
    { pattern: '/indicators', file: 'indicators' },
    { pattern: '/indicators/:id', file: 'indicator' },
    { pattern: '/owners/:id', file: 'owner' },
    { pattern: '/present', file: 'present' },
  ],
  notFound: 'not-found',
}

describe('the language of the shell', () => {
  test.each([
    // lang, cookie, Accept-Language → language
    ['ru', 'en', 'kk', 'ru'],
    [undefined, 'en', 'ru-RU,ru;q=0.9', 'en'],
    [undefined, undefined, 'ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    [undefined, undefined, 'de-DE, en;q=0.5', 'en'],
    [undefined, undefined, undefined, 'kk'],
    [undefined, undefined, 'de, fr', 'kk'],
    // A language the product does not speak is passed over, wherever it comes from: the page must still open.
    ['de', 'fr', 'en', 'en'],
    ['', 'ru', undefined, 'ru'],
    [undefined, 'xx', undefined, 'kk'],
  ])('?lang=%j, cookie %j, Accept-Language %j → %s', (lang, cookie, acceptLanguage, expected) => {
    expect(shellLanguage({ lang, cookie, acceptLanguage })).toBe(expected)
  })
})

describe('the route of the shell', () => {
  const choose = (path: string) =>
    chooseShell(manifest, { path, lang: 'en', cookie: undefined, acceptLanguage: undefined })
  test.each([
    ['/', 'overview', undefined],
    ['/tasks', 'tasks', undefined],
    ['/tasks/', 'tasks', undefined],
    ['/tasks/t-001', 'task', 't-001'],
    ['/indicators/ind-4-1-1-math', 'indicator', 'ind-4-1-1-math'],
    ['/present', 'present', undefined],
    ['/tasks/t-001/more', 'not-found', undefined],
    ['/nothing-here', 'not-found', undefined],
    ['/Tasks', 'not-found', undefined],
  ])('%s → %s', (path, file, id) => {
    expect(choose(path)).toEqual({ language: 'en', file, ...(id ? { id } : {}) })
  })

  test('a build without shells in the language chosen has no shell to give', () => {
    const kazakhOnly = { ...manifest, languages: ['kk' as const] }
    expect(chooseShell(kazakhOnly, { path: '/', lang: 'ru', cookie: undefined, acceptLanguage: undefined })).toBe(
      undefined,
    )
  })
})

describe('serving the shells', () => {
  let database: TestDatabase
  let app: App
  let root: string
  const page = (file: string, language: string) =>
    `<!doctype html><html lang="${language}"><title>${file}</title>${planTitleSlot}<a href="/x/__shell_id__">${file} ${language}</a>` +
    `<h1 tabindex="-1" data-shell-heading="">Record</h1>`

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sdg4-shells-'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>')
    for (const language of manifest.languages) {
      mkdirSync(join(root, 'shells', language), { recursive: true })
      for (const file of [...manifest.routes.map((route) => route.file), manifest.notFound]) {
        writeFileSync(join(root, 'shells', language, `${file}.html`), page(file, language))
      }
    }
    writeFileSync(join(root, 'shells', 'manifest.json'), JSON.stringify(manifest))
    database = await seededDatabase(freshSqlite, pinnedNow)
    app = createApp({ db: database.db, clock: () => pinnedNow, config: { distDir: root } })
  })
  afterAll(async () => {
    await database.dispose()
    rmSync(root, { recursive: true, force: true })
  })

  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers: { Accept: 'text/html', ...headers } })

  test.each([
    ['/tasks?lang=ru', {}, 'tasks ru'],
    ['/tasks', { Cookie: 'sdg4.language=en' }, 'tasks en'],
    ['/tasks?lang=kk', { Cookie: 'sdg4.language=en' }, 'tasks kk'],
    ['/indicators', { 'Accept-Language': 'ru-RU,ru;q=0.9' }, 'indicators ru'],
    ['/indicators', { Cookie: 'other=1; sdg4.language=ru', 'Accept-Language': 'en' }, 'indicators ru'],
    ['/', {}, 'overview kk'],
    ['/no/such/page?lang=en', {}, 'not-found en'],
  ])('%s with %j gets the shell "%s"', async (path, headers, expected) => {
    const response = await get(path, headers)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(expected)
  })

  test('a shell varies by cookie and language and is revalidated like index.html', async () => {
    const response = await get('/tasks?lang=ru')
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(response.headers.get('vary')).toContain('Cookie')
    expect(response.headers.get('vary')).toContain('Accept-Language')
    const again = await get('/tasks?lang=ru', { 'If-None-Match': response.headers.get('etag') ?? '' })
    expect(again.status).toBe(304)
  })

  test('a detail shell names the requested record, percent-encoded', async () => {
    expect(await (await get('/tasks/t-001?lang=en')).text()).toContain('href="/x/t-001"')
    const hostile = await (await get('/tasks/%22%3E%3Cscript%3E?lang=en')).text()
    expect(hostile).toContain('href="/x/%22%3E%3Cscript%3E"')
    expect(hostile).not.toContain('"><script>')
  })

  test("a shell carries the plan's title from the database, in the shell's language", async () => {
    const html = await (await get('/tasks?lang=en')).text()
    expect(html).toContain(
      '<p class="plan-banner__title">Action plan of the National Education Committee under SDG 4, 2023–2029</p>',
    )
    expect(await (await get('/?lang=ru')).text()).toContain('<p class="plan-banner__title">План действий Национального')
  })

  test.each([
    ['an activity', '/tasks/t-001', '/api/v1/tasks/t-001', 'title'],
    ['an indicator', '/indicators/ind-4-1-1-math', '/api/v1/indicators/ind-4-1-1-math', 'name'],
  ] as const)("%s's page names it in the heading from the database", async (_, path, api, field) => {
    const record = (await (await app.request(api)).json()) as Record<typeof field, { en: string; ru: string }>
    expect(await (await get(`${path}?lang=en`)).text()).toContain(
      `<h1 tabindex="-1" data-shell-heading="filled">${record[field].en}</h1>`,
    )
    expect(await (await get(`${path}?lang=ru`)).text()).toContain(
      `data-shell-heading="filled">${record[field].ru}</h1>`,
    )
  })

  test("an organisation's page names it; a record that does not exist keeps the generic heading", async () => {
    const owners = (await (await app.request('/api/v1/owners')).json()) as {
      items: { id: string; name: { kk: string } }[]
    }
    const owner = owners.items[0]
    expect(await (await get(`/owners/${owner?.id}?lang=kk`)).text()).toContain(
      `data-shell-heading="filled">${owner?.name.kk}</h1>`,
    )
    expect(await (await get('/indicators/no-such-indicator?lang=en')).text()).toContain(
      '<h1 tabindex="-1" data-shell-heading="">Record</h1>',
    )
  })

  test('without shells (or with a broken manifest) a page address still gets index.html', async () => {
    writeFileSync(join(root, 'shells', 'manifest.json'), '{ not json')
    try {
      const response = await get('/tasks?lang=ru')
      expect(response.status).toBe(200)
      expect(await response.text()).toBe('<!doctype html><div id="root"></div>')
    } finally {
      writeFileSync(join(root, 'shells', 'manifest.json'), JSON.stringify(manifest))
    }
  })
})

describe("the plan's title in a shell", () => {
  const shell = `<header>${planTitleSlot}</header>`
  test.each([
    ['the language asked for', { kk: 'Жоспар', en: 'Plan' }, 'kk', '<p class="plan-banner__title">Жоспар</p>'],
    [
      'another, marked with its lang',
      { en: 'Plan' },
      'ru',
      '<p class="plan-banner__title"><span lang="en">Plan</span></p>',
    ],
    [
      'markup as text',
      { en: '<img src=x onerror=alert(1)> & "q"' },
      'en',
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;',
    ],
    ['$& and $1 as they are', { en: 'Costs $& and $1' }, 'en', '>Costs $&amp; and $1<'],
  ] as const)('%s', (_, title, language, expected) => {
    const filled = withPlanTitle(shell, title, language)
    expect(filled).toContain(expected)
    expect(filled).not.toContain('skeleton__line')
    expect(filled).not.toContain('<img')
  })

  test('no plan (or only blank texts): the skeleton stays', () => {
    expect(withPlanTitle(shell, undefined, 'en')).toBe(shell)
    expect(withPlanTitle(shell, { en: '  ' }, 'en')).toBe(shell)
  })

  test("the presentation's title slide gets it too", () => {
    const present = `<main class="present"><section class="slide">${slideTitleSlot}</section></main>`
    expect(withPlanTitle(present, { ru: 'План', en: 'Plan' }, 'ru')).toBe(
      '<main class="present"><section class="slide"><p class="slide-title__plan">План</p></section></main>',
    )
  })
})

describe("a detail page's name in its shell", () => {
  const shell = '<header class="page-header"><h1 tabindex="-1" data-shell-heading="">Indicator</h1></header>'
  test.each([
    ['the language asked for', { kk: 'Оқу', en: 'Reading' }, 'kk', 'data-shell-heading="filled">Оқу</h1>'],
    ['another, marked with its lang', { en: 'Reading' }, 'ru', '"filled"><span lang="en">Reading</span></h1>'],
    ['markup as text', { en: '<img src=x> & "q"' }, 'en', '"filled">&lt;img src=x&gt; &amp; &quot;q&quot;</h1>'],
    ['$& and $1 as they are', { en: 'Costs $& and $1' }, 'en', '>Costs $&amp; and $1<'],
  ] as const)('%s', (_, name, language, expected) => {
    const filled = withDetailHeading(shell, name, language)
    expect(filled).toContain(expected)
    expect(filled).not.toContain('>Indicator<')
    expect(filled).not.toContain('<img')
  })

  test('no record (or only blank texts), or a page without the slot: the shell stays as it is', () => {
    expect(withDetailHeading(shell, undefined, 'en')).toBe(shell)
    expect(withDetailHeading(shell, { en: ' ' }, 'en')).toBe(shell)
    const list = '<h1 tabindex="-1">Indicators</h1>'
    expect(withDetailHeading(list, { en: 'Reading' }, 'en')).toBe(list)
  })
})
