import { http, HttpResponse } from 'msw'
import { db } from '../data/db'
import { apiPath } from './api-path'

export const ownerHandlers = [http.get(`${apiPath}/owners`, () => HttpResponse.json({ items: db.owners }))]
