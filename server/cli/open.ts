// Opening and migrating the database, with the messages an operator needs when it fails. Shared by the server
// and the command-line tools, which use the same DATABASE_URL / DATA_DIR.
import { databaseTarget, type ServerConfig } from '../config'
import { openDatabase, type Database } from '../db/database'
import { migrateToLatest } from '../db/migrate'

export class StartupError extends Error {}

export async function openAndMigrate(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
): Promise<{ db: Database; applied: string[] }> {
  let db: Database
  try {
    db = openDatabase(databaseTarget(config))
  } catch (error) {
    const where = config.databaseUrl ? 'the PostgreSQL database' : `the database in ${config.dataDir}`
    throw new StartupError(`Cannot open ${where}: ${(error as Error).message}`, { cause: error })
  }
  try {
    return { db, applied: await migrateToLatest(db) }
  } catch (error) {
    await db.close().catch(() => {})
    const reason = (error as Error).message || String(error)
    throw new StartupError(
      `Cannot open or migrate the ${db.engine === 'sqlite' ? 'embedded' : 'PostgreSQL'} database at ${db.location}: ${reason}`,
      { cause: error },
    )
  }
}
