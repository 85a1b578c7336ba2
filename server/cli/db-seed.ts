// `npm run db:seed`: loads the sample plan (the mock API's fixtures, dates moved to today) in one transaction.
import { readConfig } from '../config'
import { environmentVariables } from '../config'
import { largeTaskCount, sampleSeed } from '../db/sample-seed'
import { seedPlan } from '../db/seed'
import { exit, readFlags, UsageError } from './args'
import { openAndMigrate } from './open'

const usage = `Usage: npm run db:seed [-- --replace] [-- --large] [-- --help]

Loads the sample plan (mocks/data, dates moved to today) into the database, migrating it first. One transaction:
interrupted, it leaves the database as it was.
  --replace  replace the plan already there (accounts and the audit log stay; reports on the old plan go)
  --large    ${largeTaskCount.toLocaleString('en')} activities instead of the sample's 64, for performance work

${environmentVariables}`

async function main() {
  const flags = readFlags(process.argv.slice(2), ['help', 'replace', 'large'])
  if (flags.has('help')) exit(0, usage)
  const { db } = await openAndMigrate(readConfig())
  try {
    const data = sampleSeed(new Date(), { large: flags.has('large') })
    await seedPlan(db.kysely, data, { now: new Date(), replace: flags.has('replace') })
    console.log(`Loaded the sample plan (${data.tasks.length} activities) into ${db.location}`)
  } finally {
    await db.close()
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) exit(2, `${error.message}\n\n${usage}`)
  exit(1, error instanceof Error ? error.message : String(error))
})
