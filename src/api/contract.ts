// Every schema the client checks answers against, as one chunk. It loads beside the first request instead of before
// the first render, so the first screen's JavaScript carries no zod (docs/decisions/0016-contract-beside-the-request.md).
export * from './schemas'
export * from './schemas-v1-1'
export * from './schemas-import'
