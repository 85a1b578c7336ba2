import { writeFileSync } from 'node:fs'
import { openApiDocument, serialise } from './api-docs'
import { apiDocPath } from './api-doc-path'

writeFileSync(apiDocPath, serialise(openApiDocument()))
console.log(`Wrote ${apiDocPath}`)
