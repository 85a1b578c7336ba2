import { http, HttpResponse } from 'msw'
import { db } from '../data/db'
import { apiPath } from './api-path'

export const planHandlers = [http.get(`${apiPath}/plan`, () => HttpResponse.json(db.plan))]
