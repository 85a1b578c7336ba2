// First start on an empty database: accounts for the sample plan (a secretariat, a viewer, and a reporter for each
// organisation that owns an activity or an indicator), with random passwords printed once by the caller. Never
// logged: the operator copies them from the terminal, or resets them with `npm run users -- reset-password`.
import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Schema } from '../db/schema'
import { addAccount } from './accounts'

export interface SampleAccount {
  email: string
  role: string
  ownerId?: string
  password: string
}

export async function createSampleAccounts(db: Kysely<Schema>, now: Date): Promise<SampleAccount[]> {
  const anyone = await db.selectFrom('users').select('id').limit(1).executeTakeFirst()
  if (anyone) return []
  const owners = await db
    .selectFrom('owners')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('tasks').select('owner_id')),
        eb(
          'id',
          'in',
          eb
            .selectFrom('indicators')
            .select('owner_id')
            .where('owner_id', 'is not', null)
            .$narrowType<{ owner_id: string }>(),
        ),
      ]),
    )
    .orderBy('position')
    .execute()
  const accounts: (Omit<SampleAccount, 'password'> & { name: string })[] = [
    { email: 'secretariat@example.kz', name: 'Secretariat', role: 'secretariat' },
    { email: 'viewer@example.kz', name: 'Viewer', role: 'viewer' },
    ...owners.map((o) => ({
      email: `${o.id}@example.kz`,
      name: `Reporter (${o.id})`,
      role: 'reporter',
      ownerId: o.id,
    })),
  ]
  const made: SampleAccount[] = []
  for (const account of accounts) {
    const password = randomBytes(12).toString('base64url')
    await addAccount(db, { ...account, password }, now)
    made.push({
      email: account.email,
      role: account.role,
      ...(account.ownerId ? { ownerId: account.ownerId } : {}),
      password,
    })
  }
  return made
}

export function formatSampleAccounts(accounts: SampleAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.email.length))
  return [
    'Sign-in accounts for the sample plan (shown once; reset with npm run users -- reset-password --email …):',
    ...accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.password}  ${a.role}${a.ownerId ? ` (${a.ownerId})` : ''}`),
    '',
  ].join('\n')
}
