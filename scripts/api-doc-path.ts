import { fileURLToPath } from 'node:url'

export const apiDocPath = fileURLToPath(new URL('../docs/api/openapi.json', import.meta.url))
