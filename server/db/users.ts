// Accounts. Emails are stored lower-cased; the password hash never leaves this module's callers in a response.
import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Role, User } from '../../src/api/schemas-v1-1'
import type { Schema, UserTable } from './schema'

export type UserRow = Selectable<UserTable>

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    ...(row.owner_id !== null ? { ownerId: row.owner_id } : {}),
  }
}

export function findUserByEmail(db: Kysely<Schema>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst()
}

export function findUserById(db: Kysely<Schema>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
}

export interface NewUser {
  email: string
  name: string
  role: Role
  ownerId?: string
  passwordHash: string
}

export async function insertUser(db: Kysely<Schema>, user: NewUser, now: Date): Promise<UserRow> {
  const row: UserRow = {
    id: randomUUID(),
    email: normalizeEmail(user.email),
    name: user.name.trim(),
    role: user.role,
    owner_id: user.ownerId ?? null,
    password_hash: user.passwordHash,
    disabled: 0,
    created_at: now.toISOString(),
  }
  await db.insertInto('users').values(row).execute()
  return row
}

export function listUsers(db: Kysely<Schema>): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('email').execute()
}
