// Many requests at once each need "the revision now". A read that was already in flight when a request arrived may
// predate a write that request must see, so it cannot be shared; the next read, started after every request
// waiting for it arrived, can. At most two reads are out at any time instead of one per request, and every answer
// is still at least as new as the moment its request asked.
export function coalesceReads<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined
  let next: Promise<T> | undefined
  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (inFlight === current) inFlight = undefined
    })
    inFlight = current
    return current
  }
  return () => {
    if (!inFlight) return start()
    next ??= inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = undefined
        return start()
      })
    return next
  }
}
