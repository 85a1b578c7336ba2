// Session tokens: 256 random bits for the cookie; only their SHA-256 is stored, so a leaked database signs nobody in.
import { createHash, randomBytes } from 'node:crypto'

export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
