// The server's whole configuration comes from the environment (README: "Environment variables").
import { resolve } from 'node:path'
import type { DatabaseTarget } from './db/database'
import { logLevels, type LogLevel } from './logger'

export interface ServerConfig {
  port: number
  host: string
  /** The embedded database's folder; unused when `databaseUrl` is set. */
  dataDir: string
  databaseUrl?: string
  logLevel: LogLevel
  /** `signed-in` requires a session for reads too (all but /health and /session). */
  readAccess: 'public' | 'signed-in'
  /** Behind a reverse proxy: the client's address comes from X-Forwarded-For. */
  trustProxy: boolean
  /** The built app to serve; empty for an API-only process (static files on a CDN). */
  staticDir?: string
}

export class ConfigError extends Error {}

export const environmentVariables = `Environment:
  PORT          port to listen on (default 8080)
  HOST          address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  DATA_DIR      folder of the embedded SQLite database (default ./data)
  DATABASE_URL  postgres://user:password@host:5432/db to use PostgreSQL instead of the embedded database
  LOG_LEVEL     debug | info | warn | error | silent (default info)
  STATIC_DIR    the built app to serve (default ./dist; empty: serve only /api/v1)
  READ_ACCESS   public (default): anyone may read; signed-in: reads need a session too
  TRUST_PROXY   1 behind a reverse proxy: sign-in throttling by the address in X-Forwarded-For (default 0)`

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new ConfigError(`${name}=${value} is not one of: ${allowed.join(', ')}`)
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const port = Number(env.PORT || 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT=${env.PORT} is not a port number`)
  const staticDir = env.STATIC_DIR ?? 'dist'
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(cwd, env.DATA_DIR || 'data'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    logLevel: oneOf('LOG_LEVEL', env.LOG_LEVEL || 'info', logLevels),
    readAccess: oneOf('READ_ACCESS', env.READ_ACCESS || 'public', ['public', 'signed-in'] as const),
    trustProxy: oneOf('TRUST_PROXY', env.TRUST_PROXY || '0', ['0', '1'] as const) === '1',
    ...(staticDir ? { staticDir: resolve(cwd, staticDir) } : {}),
  }
}

export function databaseTarget(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): DatabaseTarget {
  return config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir }
}
