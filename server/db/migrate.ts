// Versioned migrations, listed here rather than read from a folder at run time so the compiled server carries them.
import { Migrator, type Migration, type MigrationResultSet } from 'kysely'
import type { Database } from './database'
import type { Engine } from './engine'
import { initial } from './migrations/0001_initial'
import { importRevision } from './migrations/0002_import_revision'

function migrations(engine: Engine): Record<string, Migration> {
  return { '0001_initial': initial(engine), '0002_import_revision': importRevision }
}

export class MigrationError extends Error {}

/** Applies every pending migration (all in one transaction on both engines); throws MigrationError if one fails. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations(db.engine) },
  })
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName
    const reason = error instanceof Error ? error.message : String(error)
    throw new MigrationError(
      failed ? `Migration ${failed} failed, nothing was changed: ${reason}` : `Cannot migrate: ${reason}`,
      { cause: error },
    )
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
