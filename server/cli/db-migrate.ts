// `npm run db:migrate`: applies pending migrations to the database the server uses (DATABASE_URL or DATA_DIR).
// Safe beside a running server: the migrations run in one transaction.
import { readConfig } from '../config'
import { environmentVariables } from '../config'
import { exit, readFlags, UsageError } from './args'
import { openAndMigrate } from './open'

const usage = `Usage: npm run db:migrate [-- --help]

Applies every pending migration (server/db/migrations) in one transaction: all of them or none.

${environmentVariables}`

async function main() {
  if (readFlags(process.argv.slice(2), ['help']).has('help')) exit(0, usage)
  const { db, applied } = await openAndMigrate(readConfig())
  await db.close()
  console.log(applied.length > 0 ? `Applied ${applied.join(', ')} to ${db.location}` : `${db.location} is up to date`)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) exit(2, `${error.message}\n\n${usage}`)
  exit(1, error instanceof Error ? error.message : String(error))
})
