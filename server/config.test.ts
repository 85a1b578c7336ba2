import { resolve } from 'node:path'
import { ConfigError, databaseTarget, readConfig } from './config'

test('defaults: 127.0.0.1:8080, ./data, ./dist, info, public, no proxy', () => {
  expect(readConfig({}, '/srv/app')).toEqual({
    port: 8080,
    host: '127.0.0.1',
    dataDir: resolve('/srv/app/data'),
    logLevel: 'info',
    readAccess: 'public',
    trustProxy: false,
    staticDir: resolve('/srv/app/dist'),
  })
})

test('every variable is read', () => {
  const env = {
    PORT: '9000',
    HOST: '0.0.0.0',
    DATA_DIR: '/var/lib/sdg4',
    DATABASE_URL: 'postgres://app@db/sdg4',
    LOG_LEVEL: 'warn',
    STATIC_DIR: '',
    READ_ACCESS: 'signed-in',
    TRUST_PROXY: '1',
  }
  const config = readConfig(env, '/srv/app')
  expect(config).toEqual({
    port: 9000,
    host: '0.0.0.0',
    dataDir: '/var/lib/sdg4',
    databaseUrl: 'postgres://app@db/sdg4',
    logLevel: 'warn',
    readAccess: 'signed-in',
    trustProxy: true,
  })
  expect(databaseTarget(config)).toEqual({ databaseUrl: 'postgres://app@db/sdg4' })
  expect(databaseTarget(readConfig({}, '/srv/app'))).toEqual({ dataDir: resolve('/srv/app/data') })
})

test.each([
  [{ PORT: 'eighty' }, /PORT/],
  [{ PORT: '70000' }, /PORT/],
  [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL=loud is not one of/],
  [{ READ_ACCESS: 'private' }, /READ_ACCESS/],
  [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY/],
])('%j is refused with a message', (env, message) => {
  expect(() => readConfig(env)).toThrow(ConfigError)
  expect(() => readConfig(env)).toThrow(message)
})
