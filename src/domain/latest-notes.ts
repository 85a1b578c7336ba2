// The latest note per activity, for the activities list: the newest update that carries a note.
import type { LocalizedText, TaskUpdate } from '../api/schemas'

export interface LatestNote {
  at: string
  note: LocalizedText
}

const hasText = (note: LocalizedText | undefined): note is LocalizedText =>
  !!note && [note.kk, note.ru, note.en].some((text) => text !== undefined && text.trim() !== '')

/** Activity id → its newest note, whatever order the updates come in. */
export function latestNotes(updates: readonly TaskUpdate[]): Map<string, LatestNote> {
  const latest = new Map<string, LatestNote>()
  for (const update of updates) {
    if (!hasText(update.note)) continue
    const known = latest.get(update.taskId)
    if (!known || Date.parse(update.at) > Date.parse(known.at)) {
      latest.set(update.taskId, { at: update.at, note: update.note })
    }
  }
  return latest
}

/** The first non-empty line, for a one-line preview. */
export function firstLine(text: string): string {
  return (
    text
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  )
}
