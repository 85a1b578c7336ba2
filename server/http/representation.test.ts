import { jsonRepresentation, matchesIfNoneMatch, negotiateEncoding } from './representation'

test.each([
  [undefined, undefined],
  ['', undefined],
  ['identity', undefined],
  ['gzip', 'gzip'],
  ['gzip, deflate, br', 'br'],
  ['br;q=0, gzip', 'gzip'],
  ['BR;Q=0.5', 'br'],
  ['gzip;q=0', undefined],
  ['deflate', undefined],
  ['br;q=0.0, gzip;q=0', undefined],
])('Accept-Encoding %j → %s', (header, expected) => {
  expect(negotiateEncoding(header)).toBe(expected)
})

const etag = jsonRepresentation({ items: [] }).etag

test.each([
  [undefined, false],
  ['', false],
  ['*', true],
  [etag, true],
  [etag.replace(/^W\//, ''), true], // weak comparison: a strong tag with the same opaque value matches
  [`"other", ${etag}`, true],
  ['W/"other"', false],
])('If-None-Match %j matches: %s', (header, expected) => {
  expect(matchesIfNoneMatch(header, etag)).toBe(expected)
})

test('the ETag follows the bytes: same body, same tag; another body, another tag', () => {
  expect(jsonRepresentation({ items: [] }).etag).toBe(etag)
  expect(jsonRepresentation({ items: [1] }).etag).not.toBe(etag)
})

test('bodies under 1 KiB are never compressed', () => {
  expect(jsonRepresentation({ items: [] }).compressible).toBe(false)
  expect(jsonRepresentation({ text: 'x'.repeat(2000) }).compressible).toBe(true)
})
