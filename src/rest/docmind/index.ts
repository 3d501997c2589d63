// Docmind by Devol (seed 003) at /docmind/v1: Spanish vocabulary, `x-api-key`, FastAPI-style
// `{"detail": "..."}` errors with the documented codes (400, 401, 404, 500).
import type { Dialect } from '../http.ts';
import { extractionRoutes } from './extractions.ts';

export const docmind: Dialect = {
  name: 'docmind',
  prefix: '/docmind/v1',
  routes: extractionRoutes,
  errorBody: (_status, message) => ({ detail: message }),
  messages: { 401: 'Falta o es inválido el x-api-key', 404: 'No se encontró la extracción solicitada' },
};
