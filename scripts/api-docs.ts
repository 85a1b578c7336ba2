// Builds the OpenAPI document for back-end teams from the same zod schemas the app checks responses with.
// `npm run docs:api` writes it; scripts/api-docs.test.ts fails when docs/api/ is stale.
import * as z from 'zod/mini'
import * as contract from '../src/api/schemas'
import * as imports from '../src/api/schemas-import'
import * as v11 from '../src/api/schemas-v1-1'

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
  // v1.1
  User: v11.userSchema,
  SignIn: v11.signInSchema,
  TaskReportInput: v11.taskReportInputSchema,
  IndicatorReportInput: v11.indicatorReportInputSchema,
  ApproveInput: v11.approveInputSchema,
  ReturnInput: v11.returnInputSchema,
  Report: v11.reportSchema,
  ReportList: v11.reportListSchema,
  AuditEntry: v11.auditEntrySchema,
  AuditList: v11.auditListSchema,
  StaleError: v11.staleBodySchema,
  // v1.1, the plan as a spreadsheet
  ImportPreview: imports.importPreviewSchema,
  ApplyImportInput: imports.applyImportInputSchema,
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

const body = (id: keyof typeof named) => ({ required: true, content: { 'application/json': { schema: ref(id) } } })
const signedIn = [{ session: [] }]
const denied = {
  '401': json('Error', 'No live session (`unauthenticated`)'),
  '403': json(
    'Error',
    'Signed in, but not allowed (`forbidden`); also any cross-site write or a body that is not JSON',
  ),
}
const reportPaths = {
  '/session': {
    post: {
      summary: 'Sign in; a new session cookie (HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS) each time',
      requestBody: body('SignIn'),
      responses: {
        '200': json('User', 'Signed in; Set-Cookie: sdg4_session=…'),
        '401': json('Error', '`invalid_credentials`: unknown email, wrong password or disabled account alike'),
        '403': json('Error', 'A cross-site request or a body that is not JSON'),
        '422': json('Error', '`invalid` with `fields`'),
        '429': json('Error', '`too_many_attempts`: 5 failures in 15 min for that email or address; Retry-After'),
      },
    },
    get: {
      summary: 'Who is signed in',
      responses: { '200': json('User', 'The signed-in user'), '401': json('Error', 'Not signed in') },
    },
    delete: {
      summary: 'Sign out: every session of the user ends on the server',
      security: signedIn,
      responses: { '204': { description: 'Signed out; the cookie is cleared' }, '401': denied['401'] },
    },
  },
  '/reports': get('Reports, newest first (a reporter sees their organisation’s only)', json('ReportList', 'Reports'), {
    security: signedIn,
    parameters: [
      { name: 'state', in: 'query', schema: { enum: [...v11.reportStates] } },
      { name: 'taskId', in: 'query', schema: { type: 'string' } },
      { name: 'indicatorId', in: 'query', schema: { type: 'string' } },
    ],
  }),
  ...Object.fromEntries(
    (
      [
        ['/tasks/{id}/reports', 'TaskReportInput', 'activity'],
        ['/indicators/{id}/reports', 'IndicatorReportInput', 'indicator'],
      ] as const
    ).map(([path, input, what]) => [
      path,
      {
        post: {
          summary: `Report on an ${what} (reporter of its owner, or the secretariat, whose report is approved at once)`,
          security: signedIn,
          parameters: [idParameter],
          requestBody: body(input),
          responses: {
            '201': json('Report', 'The report'),
            ...denied,
            '404': json('Error', `No such ${what}`),
            '409': json(
              'StaleError',
              `\`stale\`: basedOn is not the ${what}’s updatedAt; \`current\` is the ${what} now`,
            ),
            '422': json('Error', '`invalid` with `fields`'),
          },
        },
      },
    ]),
  ),
  '/reports/{id}/approve': {
    post: {
      summary: 'Approve a submitted report and apply it (secretariat)',
      security: signedIn,
      parameters: [idParameter],
      requestBody: body('ApproveInput'),
      responses: {
        '200': json('Report', 'The approved report'),
        ...denied,
        '404': json('Error', 'No such report'),
        '409': json('Error', '`not_submitted`: approved or returned already'),
      },
    },
  },
  '/reports/{id}/return': {
    post: {
      summary: 'Return a submitted report with a comment (secretariat)',
      security: signedIn,
      parameters: [idParameter],
      requestBody: body('ReturnInput'),
      responses: {
        '200': json('Report', 'The returned report'),
        ...denied,
        '404': json('Error', 'No such report'),
        '409': json('Error', '`not_submitted`: approved or returned already'),
        '422': json('Error', '`invalid`: the comment is missing'),
      },
    },
  },
  '/audit': get('The audit log, newest first (secretariat; at most 1,000 entries)', json('AuditList', 'Entries'), {
    security: signedIn,
    parameters: [
      { name: 'since', in: 'query', schema: { type: 'string', description: 'A date or a timestamp' } },
      { name: 'actor', in: 'query', schema: { type: 'string', description: 'A user id' } },
    ],
  }),
}

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const langParameter = {
  name: 'lang',
  in: 'query',
  schema: { enum: ['kk', 'ru', 'en'] },
  description: 'The language of labels and messages; without it the first of kk, ru, en in Accept-Language, else kk',
}
const importFailures = {
  '401': denied['401'],
  '403': json('Error', 'Not the secretariat (`forbidden`); also a cross-site request'),
  '404': json('Error', 'No such import'),
  '410': json('Error', '`expired` (previews live 24 h) or `discarded`'),
}
const importPaths = {
  '/plan.xlsx': {
    get: {
      summary:
        'The plan as a workbook (whoever may read the plan): one sheet per resource (Activities, Organisations, Indicators, Targets, Actuals), row 1 the column keys, row 2 their labels in `lang`; `template=1`: an empty template with one example row per sheet and a Read me sheet explaining each column',
      parameters: [
        { name: 'template', in: 'query', schema: { enum: ['0', '1'] }, description: '1: the empty template' },
        langParameter,
      ],
      responses: {
        '200': {
          description: 'The workbook, as an attachment (Content-Disposition: attachment; filename="sdg4-plan-….xlsx")',
          content: { [xlsx]: { schema: { type: 'string', contentMediaType: xlsx } } },
        },
        '400': json('Error', 'A `lang` or `template` the server does not know'),
        '404': json('Error', 'No plan has been loaded yet'),
      },
    },
  },
  '/imports': {
    post: {
      summary:
        'Upload a workbook of the plan (secretariat): the answer is a preview stored on the server, rows added, changed (field by field), unchanged and removed per sheet, and errors naming sheet, row and column in `lang`. Nothing is written.',
      security: signedIn,
      parameters: [langParameter],
      requestBody: {
        required: true,
        content: { [xlsx]: { schema: { type: 'string', contentMediaType: xlsx } } },
      },
      responses: {
        '201': json('ImportPreview', '`state: "preview"`; Location: /api/v1/imports/{id}'),
        '401': denied['401'],
        '403': importFailures['403'],
        '409': json('Error', '`no_plan`: there is no plan to compare with'),
        '413': json('Error', '`too_large`: over 10 MiB'),
        '415': json('Error', '`unsupported_media_type`: the body is not sent as an .xlsx workbook'),
        '422': json(
          'Error',
          'Not a usable workbook, message in `lang`: `not_a_workbook` (a renamed CSV, random bytes), `zip_bomb`, `macro_enabled`, `too_many_rows` (over 20,000), `no_plan_sheets`',
        ),
      },
    },
  },
  '/imports/{id}': {
    get: {
      summary: 'A stored preview in its current state, its errors in `lang` (secretariat)',
      security: signedIn,
      parameters: [idParameter, langParameter],
      responses: { '200': json('ImportPreview', 'The preview'), ...importFailures },
    },
  },
  '/imports/{id}/apply': {
    post: {
      summary:
        'Write the preview (secretariat): one transaction, all rows or none, one `plan.import` audit entry with the counts. Rows listed as removed are deleted only with `removeMissing: true`.',
      security: signedIn,
      parameters: [idParameter, langParameter],
      requestBody: body('ApplyImportInput'),
      responses: {
        '200': json('ImportPreview', '`state: "applied"`'),
        ...importFailures,
        '409': json(
          'Error',
          '`plan_changed`: the plan changed after the preview (upload again); `already_applied`; `owner_in_use`: a removed organisation still has sign-in accounts',
        ),
        '422': json('Error', '`invalid` (no `removeMissing`) or `has_errors`: the preview has errors'),
      },
    },
  },
  '/imports/{id}/discard': {
    post: {
      summary: 'Drop a preview without writing anything (secretariat); discarding twice is fine',
      security: signedIn,
      parameters: [idParameter, langParameter],
      responses: {
        '200': json('ImportPreview', '`state: "discarded"`'),
        ...importFailures,
        '409': json('Error', '`already_applied`'),
      },
    },
  },
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'SDG 4 Action Plan Dashboard API',
      version: '1.1.0',
      description:
        'Contract v1 between the dashboard and its data service. JSON, UTF-8. `date` = YYYY-MM-DD; timestamps are ISO 8601 with offset. Unknown extra fields are ignored by the client. v1.1 adds sign-in, reports, their review and the audit log: writes take JSON bodies and the `sdg4_session` cookie; a write with a foreign Origin or `Sec-Fetch-Site: cross-site` is 403. With READ_ACCESS=signed-in every read but /health and /session needs the cookie. Generated from src/api/schemas.ts and src/api/schemas-v1-1.ts: do not edit by hand (npm run docs:api).',
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
      ...reportPaths,
      ...importPaths,
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sdg4_session' } },
    },
  }
}

export function serialise(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
