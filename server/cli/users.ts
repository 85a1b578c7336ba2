// `npm run users -- add|reset-password|disable|list`: accounts are made by an operator, never by sign-up.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { AccountError, addAccount, disableAccount, listAccounts, resetPassword } from '../auth/accounts'
import { environmentVariables, readConfig, type ServerConfig } from '../config'
import { sqliteFileName } from '../db/database'
import { exit, UsageError } from './args'
import { openAndMigrate, StartupError } from './open'
import { promptHidden, readLineFromStdin } from './password-prompt'

const usage = `Usage: npm run users -- <command>

  add --email <email> --name <name> --role viewer|reporter|secretariat [--owner <ownerId>] [--password-stdin]
  reset-password --email <email> [--password-stdin]     (ends all that user's sessions)
  disable --email <email>                               (ends all that user's sessions)
  list

Without --password-stdin the password is asked for at the terminal, without echo.

${environmentVariables}`

type Options = Record<string, string | true>

function parseUsersArgs(argv: string[]): { command: string; options: Options } {
  const [command, ...rest] = argv
  if (!command || command.startsWith('--')) throw new UsageError('Which command?')
  const options: Options = {}
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}"`)
    const name = arg.slice(2)
    if (name === 'password-stdin' || name === 'help') options[name] = true
    else if (['email', 'name', 'role', 'owner'].includes(name) && rest[i + 1] !== undefined)
      options[name] = rest[++i] as string
    else throw new UsageError(`Unknown or incomplete option "${arg}"`)
  }
  return { command, options }
}

function required(options: Options, name: string): string {
  const value = options[name]
  if (typeof value !== 'string') throw new UsageError(`--${name} is required`)
  return value
}

async function readPassword(options: Options): Promise<string> {
  if (options['password-stdin']) return readLineFromStdin()
  const first = await promptHidden('Password: ')
  const again = await promptHidden('Again: ')
  if (first !== again) throw new AccountError('The two passwords differ')
  return first
}

/**
 * Accounts go into the server's own database. Opening the embedded one creates it, so a DATA_DIR left out would
 * put them into a new, empty database in ./data that the server never reads.
 */
function refuseNewEmbeddedDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>) {
  if (config.databaseUrl) return
  const file = join(config.dataDir, sqliteFileName)
  if (!existsSync(file))
    throw new StartupError(
      `Cannot open the embedded database at ${file}: it does not exist. Set DATA_DIR to the server's data folder ` +
        `(or DATABASE_URL), or create it with npm run db:migrate`,
    )
}

async function main() {
  const argv = process.argv.slice(2)
  if (argv.length === 0 || argv.includes('--help')) exit(argv.length === 0 ? 2 : 0, usage)
  const { command, options } = parseUsersArgs(argv)
  if (!['add', 'reset-password', 'disable', 'list'].includes(command))
    throw new UsageError(`Unknown command "${command}"`)
  const config = readConfig()
  refuseNewEmbeddedDatabase(config)
  const { db } = await openAndMigrate(config)
  try {
    const now = new Date()
    if (command === 'list') {
      for (const user of await listAccounts(db.kysely))
        console.log(
          [user.email, user.role, user.ownerId ?? '-', user.disabled ? 'disabled' : 'active', user.name].join('\t'),
        )
    } else if (command === 'add') {
      const input = {
        email: required(options, 'email'),
        name: required(options, 'name'),
        role: required(options, 'role'),
        ...(typeof options.owner === 'string' ? { ownerId: options.owner } : {}),
      }
      const user = await addAccount(db.kysely, { ...input, password: await readPassword(options) }, now)
      console.log(`Added ${user.email} (${user.role}${user.ownerId ? `, ${user.ownerId}` : ''})`)
    } else if (command === 'reset-password') {
      const email = required(options, 'email')
      await resetPassword(db.kysely, email, await readPassword(options), now)
      console.log(`New password set for ${email}; its sessions have ended`)
    } else {
      const email = required(options, 'email')
      await disableAccount(db.kysely, email, now)
      console.log(`Disabled ${email}; its sessions have ended`)
    }
  } finally {
    await db.close()
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) exit(2, `${error.message}\n\n${usage}`)
  exit(1, error instanceof Error ? error.message : String(error))
})
