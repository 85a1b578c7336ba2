// The whole schema of the real system, designed now for what SERVER.md adds next (accounts, sessions, reports,
// audit, imports) so that those issues add routes, not tables. Released migrations are never edited: add 0002_….
//
// Portable types only, so the same migration and the same queries run on SQLite and PostgreSQL:
// - text for dates (YYYY-MM-DD) and for timestamps exactly as written (ISO 8601 with their offset, which a
//   PostgreSQL timestamptz would drop); where instants are compared or ordered a second `*_utc` column holds
//   `YYYY-MM-DDTHH:MM:SS.sssZ`, which sorts as text on both engines;
// - integer 0/1 for booleans (SQLite has no boolean type);
// - text ids (the server makes random UUIDs), never engine-specific auto-increment.
// LocalizedText is one column per language (`title_kk`, `title_ru`, `title_en`): the spreadsheet's own column keys.
import { sql, type Kysely, type Migration } from 'kysely'
import type { Engine } from '../engine'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's types
type AnyDb = Kysely<any>

const languages = ['kk', 'ru', 'en'] as const

/** Adds `<name>_kk`, `<name>_ru`, `<name>_en` text columns. */
function localized<T extends { addColumn: (name: string, type: 'text') => T }>(table: T, name: string): T {
  return languages.reduce((t, lang) => t.addColumn(`${name}_${lang}`, 'text'), table)
}

async function createPlanTables(db: AnyDb) {
  // One row: the revision of the plan data. Every write transaction bumps it, so each server process can tell with
  // one cheap query whether the bodies it built earlier are still current (server/db/revision.ts).
  await db.schema
    .createTable('revision')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute()
  await db.insertInto('revision').values({ id: 1, value: 0 }).execute()

  await localized(
    localized(
      db.schema.createTable('plans').addColumn('id', 'text', (c) => c.primaryKey()),
      'title',
    ),
    'committee',
  )
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await localized(
    db.schema
      .createTable('plan_sections')
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull()),
    'title',
  )
    .addPrimaryKeyConstraint('plan_sections_pk', ['plan_id', 'code'])
    .execute()

  await localized(
    localized(
      db.schema
        .createTable('owners')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull()),
      'name',
    ),
    'short_name',
  ).execute()

  await localized(
    localized(
      db.schema
        .createTable('indicators')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('sdg_target', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('baseline_year', 'integer', (c) => c.notNull())
        .addColumn('baseline_value', 'double precision', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.references('owners.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull()),
      'name',
    ),
    'source',
  ).execute()
  await localized(
    db.schema
      .createTable('indicator_levels')
      .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull()),
    'label',
  )
    .addPrimaryKeyConstraint('indicator_levels_pk', ['indicator_id', 'position'])
    .execute()
  for (const table of ['indicator_targets', 'indicator_actuals']) {
    await db.schema
      .createTable(table)
      .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['indicator_id', 'year'])
      .execute()
  }

  await localized(
    localized(
      db.schema
        .createTable('tasks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('progress', 'integer', (c) => c.notNull().check(sql`progress between 0 and 100`))
        .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('completed_date', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull()),
      'title',
    ),
    'description',
  ).execute()
  await db.schema.createIndex('tasks_position').on('tasks').column('position').execute()
  const taskLinks = [
    ['task_partners', 'owner_id', 'owners.id'],
    ['task_sdg_targets', 'sdg_target', undefined],
    ['task_indicators', 'indicator_id', 'indicators.id'],
  ] as const
  for (const [table, column, references] of taskLinks) {
    await db.schema
      .createTable(table)
      .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
      .addColumn(column, 'text', (c) => (references ? c.notNull().references(references) : c.notNull()))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['task_id', column])
      .execute()
  }
  await localized(
    db.schema
      .createTable('milestones')
      .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('done', 'integer', (c) => c.notNull().check(sql`done in (0, 1)`)),
    'title',
  )
    .addPrimaryKeyConstraint('milestones_pk', ['task_id', 'position'])
    .execute()
}

async function createAccountTables(db: AnyDb) {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Stored lower-cased: one account per address whatever the capitals typed at sign-in.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('viewer', 'reporter', 'secretariat')`))
    .addColumn('owner_id', 'text', (c) => c.references('owners.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('sessions')
    // Only a hash of the token: a leaked database does not sign anyone in.
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at_utc', 'text', (c) => c.notNull())
    .addColumn('last_seen_at_utc', 'text', (c) => c.notNull())
    .addColumn('expires_at_utc', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()
  // Failed sign-ins per email and per address, for "429 after 5 failures in 15 minutes".
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('at_utc', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sign_in_failures_email').on('sign_in_failures').columns(['email', 'at_utc']).execute()
  await db.schema
    .createIndex('sign_in_failures_address')
    .on('sign_in_failures')
    .columns(['address', 'at_utc'])
    .execute()
}

async function createReportingTables(db: AnyDb, engine: Engine) {
  await localized(
    localized(
      db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('task_progress', 'indicator_value')`))
        .addColumn('task_id', 'text', (c) => c.references('tasks.id').onDelete('cascade'))
        .addColumn('indicator_id', 'text', (c) => c.references('indicators.id').onDelete('cascade'))
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('submitted', 'approved', 'returned')`))
        // proposed / previous: { status, progress } for an activity, { year, value } for an indicator.
        .addColumn('proposed_status', 'text')
        .addColumn('proposed_progress', 'integer')
        .addColumn('proposed_year', 'integer')
        .addColumn('proposed_value', 'double precision')
        .addColumn('previous_status', 'text')
        .addColumn('previous_progress', 'integer')
        .addColumn('previous_year', 'integer')
        .addColumn('previous_value', 'double precision')
        .addColumn('based_on', 'text', (c) => c.notNull())
        .addColumn('submitted_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('submitted_at_utc', 'text', (c) => c.notNull())
        .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
        .addColumn('reviewed_at', 'text')
        .addColumn('comment', 'text'),
      'note',
    ),
    'source',
  ).execute()
  await db.schema.createIndex('reports_state').on('reports').columns(['state', 'submitted_at_utc']).execute()

  await localized(
    db.schema
      .createTable('task_updates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('at_utc', 'text', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('previous_status', 'text')
      .addColumn('progress', 'integer', (c) => c.notNull())
      // The approved report this update came from, and its author's account (null for loaded history).
      .addColumn('report_id', 'text', (c) => c.references('reports.id').onDelete('set null'))
      .addColumn('author_id', 'text', (c) => c.references('users.id')),
    'note',
  ).execute()
  await db.schema.createIndex('task_updates_at').on('task_updates').column('at_utc').execute()
  await db.schema.createIndex('task_updates_task').on('task_updates').columns(['task_id', 'at_utc']).execute()

  // Append-only: no endpoint changes it, and the database refuses to, whoever asks.
  await db.schema
    .createTable('audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('at_utc', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor_name', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('before', 'text') // JSON
    .addColumn('after', 'text') // JSON
    .execute()
  await db.schema.createIndex('audit_at').on('audit').column('at_utc').execute()
  if (engine === 'sqlite') {
    for (const event of ['update', 'delete']) {
      await sql
        .raw(
          `create trigger audit_no_${event} before ${event} on audit begin select raise(abort, 'audit is append-only'); end`,
        )
        .execute(db)
    }
  } else {
    await sql`create function audit_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit is append-only'; end $$`.execute(
      db,
    )
    await sql`create trigger audit_append_only before update or delete on audit for each statement execute function audit_append_only()`.execute(
      db,
    )
  }

  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('preview', 'applied', 'discarded')`))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('preview', 'text', (c) => c.notNull()) // ImportPreview as JSON
    .addColumn('rows', 'text', (c) => c.notNull()) // the parsed workbook as JSON, applied as it was previewed
    .execute()
}

export function initial(engine: Engine): Migration {
  return {
    async up(db) {
      await createPlanTables(db)
      await createAccountTables(db)
      await createReportingTables(db, engine)
    },
  }
}
