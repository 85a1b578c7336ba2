// @vitest-environment node
import { readFileSync } from 'node:fs'
import { openApiDocument, serialise } from './api-docs'
import { apiDocPath } from './api-doc-path'

test('docs/api/openapi.json matches the zod contract (run `npm run docs:api` after changing src/api/schemas.ts)', () => {
  expect(readFileSync(apiDocPath, 'utf8')).toBe(serialise(openApiDocument()))
})

test("the document describes every endpoint of contract v1.1 (with the plan as a spreadsheet) and the server's health check", () => {
  expect(Object.keys(openApiDocument().paths)).toEqual([
    '/plan',
    '/owners',
    '/tasks',
    '/tasks/{id}',
    '/indicators',
    '/indicators/{id}',
    '/health',
    '/updates',
    '/session',
    '/reports',
    '/tasks/{id}/reports',
    '/indicators/{id}/reports',
    '/reports/{id}/approve',
    '/reports/{id}/return',
    '/audit',
    '/plan.xlsx',
    '/imports',
    '/imports/{id}',
    '/imports/{id}/apply',
    '/imports/{id}/discard',
  ])
})
