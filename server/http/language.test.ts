// The interface language of a request: the app's `lang` first, then the browser's preferences, then Kazakh.
import { Hono } from 'hono'
import { fromAcceptLanguage, requestLanguage } from './language'
import { handleErrors } from './api-error'
import { silentLogger } from '../logger'

test.each([
  [undefined, undefined],
  ['', undefined],
  ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
  ['en-GB, kk;q=0.9', 'en'],
  ['de-DE, ru;q=0.5, kk;q=0.7', 'kk'],
  ['de, fr;q=0.9', undefined],
  ['kk;q=0, en;q=0.1', 'en'],
  ['*', undefined],
  ['RU', 'ru'],
])('Accept-Language %j → %j', (header, expected) => {
  expect(fromAcceptLanguage(header)).toBe(expected)
})

describe('requestLanguage', () => {
  const app = new Hono().get('/', (c) => c.text(requestLanguage(c)))
  app.onError(handleErrors(silentLogger))
  const ask = async (query: string, acceptLanguage?: string) => {
    const response = await app.request(
      `/${query}`,
      acceptLanguage ? { headers: { 'accept-language': acceptLanguage } } : {},
    )
    return [response.status, await response.text()]
  }

  test('?lang= wins over Accept-Language, which wins over the default, Kazakh', async () => {
    expect(await ask('?lang=en', 'ru')).toEqual([200, 'en'])
    expect(await ask('', 'ru-RU,en;q=0.5')).toEqual([200, 'ru'])
    expect(await ask('')).toEqual([200, 'kk'])
  })

  test('a language the product does not speak is 400', async () => {
    expect((await ask('?lang=de'))[0]).toBe(400)
  })
})
