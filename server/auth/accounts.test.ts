// The `users` command's logic: adding, resetting, disabling and listing accounts.
import { engines, seededDatabase, type TestDatabase } from '../test/databases'
import { pinnedNow } from '../test/implementations'
import { AccountError, addAccount, disableAccount, listAccounts, resetPassword } from './accounts'
import { hashPassword, verifyPassword } from './passwords'

describe('passwords', () => {
  test('scrypt with a per-user salt and its parameters in the hash; verification', async () => {
    const one = await hashPassword('a long enough password')
    const two = await hashPassword('a long enough password')
    expect(one).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/)
    expect(one).not.toBe(two)
    expect(await verifyPassword('a long enough password', one)).toBe(true)
    expect(await verifyPassword('a long enough passworD', one)).toBe(false)
    expect(await verifyPassword('anything', 'plain-text')).toBe(false)
  })
})

describe.each(engines)('accounts on %s', (_name, open) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await seededDatabase(open, pinnedNow)
  })
  afterAll(() => db.dispose())

  const add = (fields: Partial<Parameters<typeof addAccount>[1]>) =>
    addAccount(
      db.db.kysely,
      { email: 'a@example.kz', name: 'A', role: 'viewer', password: 'long enough pw', ...fields },
      pinnedNow,
    )

  test('add stores a lower-cased email and a hash, never the password; audit says who was added', async () => {
    const user = await add({ email: 'Aigerim@Example.KZ', name: 'Aigerim', role: 'reporter', ownerId: 'moe' })
    expect(user).toMatchObject({ email: 'aigerim@example.kz', role: 'reporter', ownerId: 'moe' })
    const row = await db.db.kysely.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow()
    expect(row.password_hash).toMatch(/^scrypt\$/)
    expect(JSON.stringify(await db.db.kysely.selectFrom('audit').selectAll().execute())).not.toContain('long enough pw')
    expect(await listAccounts(db.db.kysely)).toContainEqual(
      expect.objectContaining({ email: 'aigerim@example.kz', disabled: false }),
    )
  })

  test.each([
    [{ email: 'aigerim@example.kz' }, /exists already/],
    [{ email: 'not an email' }, /not an email/],
    [{ role: 'admin' }, /role/],
    [{ role: 'reporter' }, /--owner/],
    [{ role: 'reporter', ownerId: 'nope' }, /No organisation/],
    [{ role: 'viewer', ownerId: 'moe' }, /Only a reporter/],
    [{ password: 'short' }, /at least/],
  ])('add refuses %j', async (fields, message) => {
    await expect(add(fields)).rejects.toThrow(AccountError)
    await expect(add(fields)).rejects.toThrow(message)
  })

  test('reset-password and disable need an existing account and mark it', async () => {
    await expect(resetPassword(db.db.kysely, 'ghost@example.kz', 'long enough pw', pinnedNow)).rejects.toThrow(
      /No account/,
    )
    await resetPassword(db.db.kysely, 'AIGERIM@example.kz', 'another long one', pinnedNow)
    const row = await db.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'aigerim@example.kz')
      .executeTakeFirstOrThrow()
    expect(await verifyPassword('another long one', row.password_hash)).toBe(true)
    await disableAccount(db.db.kysely, 'aigerim@example.kz', pinnedNow)
    expect(await listAccounts(db.db.kysely)).toContainEqual(
      expect.objectContaining({ email: 'aigerim@example.kz', disabled: true }),
    )
  })
})
