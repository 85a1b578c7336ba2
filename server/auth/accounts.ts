// What the `users` command does, as functions over a database, so tests call them without a process.
import type { Kysely } from 'kysely'
import { roles, type Role } from '../../src/api/schemas-v1-1'
import { writeAudit } from '../db/audit'
import type { Schema } from '../db/schema'
import { deleteSessionsOf } from '../db/sessions'
import { findUserByEmail, insertUser, listUsers, normalizeEmail, toUser, type UserRow } from '../db/users'
import { hashPassword, minPasswordLength } from './passwords'

export class AccountError extends Error {}

function checkPassword(password: string) {
  if (password.length < minPasswordLength)
    throw new AccountError(`The password needs at least ${minPasswordLength} characters`)
}

async function existing(db: Kysely<Schema>, email: string): Promise<UserRow> {
  const user = await findUserByEmail(db, email)
  if (!user) throw new AccountError(`No account with the email ${normalizeEmail(email)}`)
  return user
}

export interface AddAccount {
  email: string
  name: string
  role: string
  ownerId?: string
  password: string
}

export async function addAccount(db: Kysely<Schema>, input: AddAccount, now: Date) {
  const email = normalizeEmail(input.email)
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new AccountError(`"${input.email}" is not an email address`)
  if (!input.name.trim()) throw new AccountError('The name is empty')
  if (!(roles as readonly string[]).includes(input.role))
    throw new AccountError(`The role must be one of: ${roles.join(', ')}`)
  const role = input.role as Role
  if (role === 'reporter' && !input.ownerId) throw new AccountError('A reporter needs --owner <ownerId>')
  if (role !== 'reporter' && input.ownerId) throw new AccountError('Only a reporter has an organisation (--owner)')
  if (input.ownerId) {
    const owner = await db.selectFrom('owners').select('id').where('id', '=', input.ownerId).executeTakeFirst()
    if (!owner) throw new AccountError(`No organisation with the id ${input.ownerId}`)
  }
  checkPassword(input.password)
  if (await findUserByEmail(db, email)) throw new AccountError(`An account with the email ${email} exists already`)
  const passwordHash = await hashPassword(input.password)
  return db.transaction().execute(async (tx) => {
    const row = await insertUser(tx, { email, name: input.name, role, ownerId: input.ownerId, passwordHash }, now)
    await writeAudit(tx, { actor: null, action: 'user.add', target: `user:${row.id}`, after: toUser(row) }, now)
    return toUser(row)
  })
}

/** A new password ends every session of that user. */
export async function resetPassword(db: Kysely<Schema>, email: string, password: string, now: Date) {
  checkPassword(password)
  const user = await existing(db, email)
  const passwordHash = await hashPassword(password)
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', user.id).execute()
    await deleteSessionsOf(tx, user.id)
    await writeAudit(tx, { actor: null, action: 'user.reset_password', target: `user:${user.id}` }, now)
  })
}

/** A disabled account cannot sign in, and its sessions end now. */
export async function disableAccount(db: Kysely<Schema>, email: string, now: Date) {
  const user = await existing(db, email)
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ disabled: 1 }).where('id', '=', user.id).execute()
    await deleteSessionsOf(tx, user.id)
    await writeAudit(
      tx,
      {
        actor: null,
        action: 'user.disable',
        target: `user:${user.id}`,
        before: { disabled: false },
        after: { disabled: true },
      },
      now,
    )
  })
}

export async function listAccounts(db: Kysely<Schema>) {
  return (await listUsers(db)).map((row) => ({ ...toUser(row), disabled: row.disabled === 1 }))
}
