// Migrations on both engines: they build the whole schema, run again as a no-op, and a failure leaves nothing.
import { Migrator, sql } from 'kysely'
import { samplePlan } from '../../mocks/data/sample-plan'
import { engines } from '../test/databases'
import { pinnedNow } from '../test/implementations'
import { migrateToLatest, MigrationError } from './migrate'
import { initial } from './migrations/0001_initial'
import { hasPlan, PlanExistsError, seedPlan } from './seed'

const tables = [
  'audit',
  'imports',
  'indicator_actuals',
  'indicator_levels',
  'indicator_targets',
  'indicators',
  'milestones',
  'owners',
  'plan_sections',
  'plans',
  'reports',
  'revision',
  'sessions',
  'sign_in_failures',
  'task_indicators',
  'task_partners',
  'task_sdg_targets',
  'task_updates',
  'tasks',
  'users',
]

describe.each(engines)('migrations on %s', (_name, open) => {
  test('0001 and 0002 create every table; running again applies nothing', async () => {
    const { db, dispose } = await open()
    try {
      expect(await migrateToLatest(db)).toEqual(['0001_initial', '0002_import_revision'])
      const names = (await db.kysely.introspection.getTables())
        .map((t) => t.name)
        .filter((n) => !n.startsWith('kysely_'))
      expect(names.sort()).toEqual(tables)
      expect(await migrateToLatest(db)).toEqual([])
    } finally {
      await dispose()
    }
  })

  test('a migration that fails halfway leaves the schema as it was (all pending migrations are one transaction)', async () => {
    const { db, dispose } = await open()
    try {
      const migrator = new Migrator({
        db: db.kysely,
        provider: {
          getMigrations: async () => ({
            '0001_initial': initial(db.engine),
            '0002_broken': {
              async up(trx) {
                await trx.schema.createTable('half_done').addColumn('id', 'text').execute()
                await sql`select * from no_such_table`.execute(trx)
              },
            },
          }),
        },
      })
      const { error } = await migrator.migrateToLatest()
      expect(error).toBeDefined()
      const names = (await db.kysely.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name)
      expect(names).not.toContain('half_done')
      expect(names).not.toContain('tasks')
      const applied = names.includes('kysely_migration')
        ? await db.kysely
            .selectFrom('kysely_migration' as never)
            .selectAll()
            .execute()
        : []
      expect(applied).toEqual([])
      // …and the real migrations still apply cleanly afterwards.
      expect(await migrateToLatest(db)).toEqual(['0001_initial', '0002_import_revision'])
    } finally {
      await dispose()
    }
  })

  test('a database migrated by a newer version is refused with a clear message', async () => {
    const { db, dispose } = await open()
    try {
      await migrateToLatest(db)
      await db.kysely
        .insertInto('kysely_migration' as never)
        .values({ name: '9999_from_the_future', timestamp: new Date().toISOString() } as never)
        .execute()
      await expect(migrateToLatest(db)).rejects.toThrow(MigrationError)
      await expect(migrateToLatest(db)).rejects.toThrow(/9999_from_the_future/)
    } finally {
      await dispose()
    }
  })

  test('the audit log is append-only in the database itself', async () => {
    const { db, dispose } = await open()
    try {
      await migrateToLatest(db)
      await seedPlan(db.kysely, samplePlan(pinnedNow), { now: pinnedNow })
      const entries = await db.kysely.selectFrom('audit').selectAll().execute()
      expect(entries.map((e) => e.action)).toEqual(['plan.seeded'])
      await expect(db.kysely.updateTable('audit').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/)
      await expect(db.kysely.deleteFrom('audit').execute()).rejects.toThrow(/append-only/)
    } finally {
      await dispose()
    }
  })
})

describe.each(engines)('seeding on %s', (_name, open) => {
  test('is one transaction: a seed that fails halfway leaves no plan, and the next one succeeds', async () => {
    const { db, dispose } = await open()
    try {
      await migrateToLatest(db)
      const sample = samplePlan(pinnedNow)
      // The last activity names an organisation that does not exist: its insert fails after most rows went in.
      const broken = {
        ...sample,
        tasks: sample.tasks.map((t, i) => (i === sample.tasks.length - 1 ? { ...t, ownerId: 'nobody' } : t)),
      }
      await expect(seedPlan(db.kysely, broken, { now: pinnedNow })).rejects.toThrow()
      expect(await hasPlan(db.kysely)).toBe(false)
      expect(await db.kysely.selectFrom('tasks').select('id').execute()).toEqual([])
      expect(await db.kysely.selectFrom('owners').select('id').execute()).toEqual([])
      await seedPlan(db.kysely, sample, { now: pinnedNow })
      expect((await db.kysely.selectFrom('tasks').select('id').execute()).length).toBe(sample.tasks.length)
    } finally {
      await dispose()
    }
  })

  test('refuses to load over an existing plan unless asked to replace it', async () => {
    const { db, dispose } = await open()
    try {
      await migrateToLatest(db)
      await seedPlan(db.kysely, samplePlan(pinnedNow), { now: pinnedNow })
      await expect(seedPlan(db.kysely, samplePlan(pinnedNow), { now: pinnedNow })).rejects.toThrow(PlanExistsError)
      await seedPlan(db.kysely, samplePlan(pinnedNow), { now: pinnedNow, replace: true })
      expect((await db.kysely.selectFrom('plans').select('id').execute()).length).toBe(1)
    } finally {
      await dispose()
    }
  })
})
