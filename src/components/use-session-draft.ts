import { useEffect, useState } from 'react'

/**
 * What a reporter typed, kept in sessionStorage when the session ends, so that signing in again brings it back.
 * Read without taking: React may render a form twice before it commits (and does so in development), and a second
 * render must find the draft too. It is forgotten once the form that restored it is on screen.
 */
export function useSessionDraft<T>(key: string, fresh: () => T) {
  const state = useState<T>(() => readSessionDraft<T>(key) ?? fresh())
  useEffect(() => forgetSessionDraft(key), [key])
  return state
}

export function keepSessionDraft(key: string, draft: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft))
  } catch {
    // Private mode or full storage: the draft stays only in memory.
  }
}

export function hasSessionDraft(key: string): boolean {
  try {
    return sessionStorage.getItem(key) !== null
  } catch {
    return false
  }
}

function readSessionDraft<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(key)
    return raw ? (JSON.parse(raw) as T) : undefined
  } catch {
    return undefined
  }
}

function forgetSessionDraft(key: string): void {
  try {
    sessionStorage.removeItem(key)
  } catch {
    // Nothing was kept.
  }
}
