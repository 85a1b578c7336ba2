// `npm start`: read the environment, open and migrate the database, seed it when empty, listen. Everything the
// server does per request is in app.ts.
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { exit, readFlags, UsageError } from './cli/args'
import { openAndMigrate, StartupError } from './cli/open'
import { ConfigError, environmentVariables, readConfig } from './config'
import { sampleSeed } from './db/sample-seed'
import { hasPlan, seedPlan } from './db/seed'
import { createSampleAccounts, formatSampleAccounts } from './auth/sample-accounts'
import { createLogger, type Logger } from './logger'
import type { Database } from './db/database'

const usage = `Usage: npm start [-- --help]

Serves the dashboard (the built app in dist/) and API contract v1 (/api/v1) from one process. The database is
created and migrated at start, and seeded with the sample plan when it holds no plan yet.

${environmentVariables}`

/** The sample plan when the database has none. Two processes starting together on one empty database both try;
 * the loser's transaction rolls back and it finds the winner's plan. */
async function seedWhenEmpty(db: Database, logger: Logger) {
  if (await hasPlan(db.kysely)) return
  try {
    await seedPlan(db.kysely, sampleSeed(new Date()), { now: new Date() })
    logger.info('seeded the sample plan', { database: db.location })
  } catch (error) {
    if (!(await hasPlan(db.kysely))) throw error
    return
  }
  // The winner of the seeding makes the sample accounts and prints their passwords once, straight to the terminal
  // (not through the logger, whose lines may be collected and kept).
  const accounts = await createSampleAccounts(db.kysely, new Date())
  if (accounts.length > 0) process.stdout.write(formatSampleAccounts(accounts))
}

/** SIGTERM: stop accepting, let requests in flight finish (10 s at most), close the database, exit 0. */
function closeGracefully(server: ReturnType<typeof serve>, db: Database, logger: Logger) {
  let closing = false
  const close = (signal: string) => {
    if (closing) return
    closing = true
    logger.info('shutting down', { signal })
    const force = setTimeout(() => {
      logger.warn('requests still open after 10 s; closing them')
      if ('closeAllConnections' in server) server.closeAllConnections()
    }, 10_000)
    force.unref()
    server.close(() => {
      void db.close().finally(() => {
        logger.info('stopped')
        process.exit(0)
      })
    })
  }
  process.on('SIGTERM', () => close('SIGTERM'))
  process.on('SIGINT', () => close('SIGINT'))
}

async function main() {
  if (readFlags(process.argv.slice(2), ['help']).has('help')) exit(0, usage)
  const config = readConfig()
  const logger = createLogger(config.logLevel)
  const { db, applied } = await openAndMigrate(config)
  if (applied.length > 0) logger.info('migrated', { database: db.location, applied: applied.join(', ') })
  await seedWhenEmpty(db, logger)

  const app = createApp({
    db,
    clock: () => new Date(),
    config: { distDir: config.staticDir, readAccess: config.readAccess, trustProxy: config.trustProxy },
    logger,
  })
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info('listening', {
      url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}/`,
      database: db.location,
      engine: db.engine,
      app: config.staticDir ?? '(API only)',
    })
  })
  server.on('error', (error) => exit(1, `Cannot listen on ${config.host}:${config.port}: ${error.message}`))
  closeGracefully(server, db, logger)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) exit(2, `${error.message}\n\n${usage}`)
  if (error instanceof ConfigError || error instanceof StartupError) exit(1, error.message)
  exit(1, `The server failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
})
