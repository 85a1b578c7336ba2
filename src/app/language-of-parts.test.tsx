// WCAG 3.1.2: text shown in another language than the interface carries its own `lang`, on every kind of page.
import { screen, waitFor } from '@testing-library/react'
import { db } from '../../mocks/data/db'
import type { Language } from '../i18n/languages'
import { renderRoute } from '../test/render-route'

const marker = 'Русскоязычн'

/** Gives the plan, one activity, one indicator, one organisation and one note a Russian-only text. */
function russianOnlyTexts() {
  const task = db.tasks[0]
  const indicator = db.indicators[0]
  const owner = db.owners.find((o) => o.id === task?.ownerId)
  if (!task || !indicator || !owner) throw new Error('the sample plan lacks a task, indicator or owner')
  db.plan = { ...db.plan, title: { ru: `${marker}ый план действий` } }
  Object.assign(task, {
    title: { ru: `${marker}ое мероприятие` },
    description: { ru: `${marker}ое описание` },
    status: 'delayed',
    indicatorIds: [indicator.id],
  })
  Object.assign(indicator, { name: { ru: `${marker}ый индикатор` }, ownerId: owner.id })
  Object.assign(owner, { name: { ru: `${marker}ая организация` }, shortName: { ru: `${marker}ая орг.` } })
  const update = db.updates.find((u) => u.taskId === task.id) ?? db.updates[0]
  if (update) Object.assign(update, { taskId: task.id, note: { ru: `${marker}ая заметка` } })
  return { task, indicator, owner, since: update?.at.slice(0, 10) ?? '2026-01-01' }
}

/** Every piece of text containing the marker, with the language it is marked as. */
function markedLanguages(): string[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  const languages: string[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(marker)) {
      languages.push(node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '(none)')
    }
  }
  return languages
}

const routes = (ids: ReturnType<typeof russianOnlyTexts>) => [
  ['/', 3],
  ['/tasks', 2],
  [`/tasks/${ids.task.id}`, 3],
  ['/indicators', 1],
  [`/indicators/${ids.indicator.id}`, 2],
  ['/owners', 1],
  [`/owners/${ids.owner.id}`, 2],
  [`/changes?since=${ids.since}`, 2],
  ['/present', 1],
]

describe.each(['kk', 'en'] as Language[])('in the %s interface', (language) => {
  test('every Russian-only text on every kind of page is marked lang="ru"', async () => {
    const ids = russianOnlyTexts()
    for (const [path, atLeast] of routes(ids)) {
      const view = renderRoute(path as string, { language })
      await screen.findAllByText(new RegExp(marker))
      await waitFor(() => expect(markedLanguages().length, String(path)).toBeGreaterThanOrEqual(atLeast as number))
      expect(new Set(markedLanguages()), String(path)).toEqual(new Set(['ru']))
      view.unmount()
    }
  }, 60_000)
})
