// Passwords are kept as scrypt hashes (node:crypto, memory-hard) with a per-user salt. The parameters travel in the
// hash string, `scrypt$N$r$p$salt$hash` (base64url), so they can be raised later without breaking old hashes.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

const defaults = { N: 2 ** 15, r: 8, p: 1 }
const keyLength = 32

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: N=2^15, r=8 needs 32 MiB, just above Node's 32 MiB default.
    scrypt(password.normalize('NFC'), salt, keyLength, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

export async function hashPassword(password: string, options = defaults): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, options)
  return ['scrypt', options.N, options.r, options.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** Verified against when the email is unknown, so that an unknown email takes as long as a wrong password. */
export const dummyHash = hashPassword(randomBytes(16).toString('hex'))

/** At least this long; no other rule (NIST SP 800-63B). */
export const minPasswordLength = 10
