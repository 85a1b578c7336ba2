// Builds the OpenAPI document for back-end teams from the same zod schemas the app checks responses with.
// `npm run docs:api` writes it; scripts/api-docs.test.ts fails when docs/api/ is stale.
import * as z from 'zod/mini'
import * as contract from '../src/api/schemas'

const named = {
  LocalizedText: contract.localizedText,
  TaskStatus: contract.taskStatus,
  Plan: contract.planSchema,
  Owner: contract.ownerSchema,
  Task: contract.taskSchema,
  Milestone: contract.milestoneSchema,
  TaskUpdate: contract.taskUpdateSchema,
  TaskDetail: contract.taskDetailSchema,
  Indicator: contract.indicatorSchema,
  OwnerList: contract.ownerListSchema,
  TaskList: contract.taskListSchema,
  IndicatorList: contract.indicatorListSchema,
  TaskUpdateList: contract.taskUpdateListSchema,
  Error: contract.apiErrorBodySchema,
} as const

export function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  })
  // OpenAPI keeps schemas under components; each one's own $id/$schema would only confuse generators.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $id: _id, $schema: _schema, ...rest } = schema as Record<string, unknown>
      return [id, rest]
    }),
  )
}

const ref = (id: keyof typeof named) => ({ $ref: `#/components/schemas/${id}` })
const json = (id: keyof typeof named, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
})
const errors = {
  '4XX': json('Error', 'Client error. The body is an Error when the server can send one; clients cope without it.'),
  '5XX': json('Error', 'Server error. The body is an Error when the server can send one; clients cope without it.'),
}
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
const get = (summary: string, ok: ReturnType<typeof json>, extra: Record<string, unknown> = {}) => ({
  get: { summary, ...extra, responses: { '200': ok, ...errors } },
})

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'SDG 4 Action Plan Dashboard API',
      version: '1.0.0',
      description:
        'Contract v1 between the dashboard and its data service. JSON, UTF-8. `date` = YYYY-MM-DD; timestamps are ISO 8601 with offset. Unknown extra fields are ignored by the client. Generated from src/api/schemas.ts: do not edit by hand (npm run docs:api).',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/plan': get('The action plan', json('Plan', 'The plan')),
      '/owners': get('Responsible organisations', json('OwnerList', 'All organisations')),
      '/tasks': get('All activities of the plan', json('TaskList', 'The whole plan; 10,000 rows must still work')),
      '/tasks/{id}': get('One activity with milestones and update history', json('TaskDetail', 'The activity'), {
        parameters: [idParameter],
      }),
      '/indicators': get('Outcome indicators', json('IndicatorList', 'All indicators')),
      '/indicators/{id}': get('One indicator', json('Indicator', 'The indicator'), { parameters: [idParameter] }),
      '/health': {
        get: {
          summary: 'Whether the server and its database answer (for load balancers and monitors; never cached)',
          responses: {
            '200': {
              description: 'The database answers',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] },
                },
              },
            },
            '503': json('Error', 'The database does not answer (code `database_unavailable`)'),
          },
        },
      },
      '/updates': get(
        'Activity updates since a date, newest first',
        json('TaskUpdateList', 'Updates with `at` on or after `since`'),
        {
          parameters: [{ name: 'since', in: 'query', required: true, schema: { type: 'string', format: 'date' } }],
        },
      ),
    },
    components: { schemas: componentSchemas() },
  }
}

export function serialise(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
