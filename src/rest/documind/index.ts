// Documind (seeds 000–002) at /documind/api/v1: errors are FastAPI's `{"detail": "..."}`.
import type { Dialect } from '../http.ts';
import { deleteDocumentRoute } from './documents.ts';
import { extractRoute } from './extract.ts';
import { listExtractionsRoute } from './extractions.ts';
import { schemaRoutes } from './schema.ts';
import { uploadRoute } from './upload.ts';

export const documind: Dialect = {
  name: 'documind',
  prefix: '/documind/api/v1',
  routes: [uploadRoute, extractRoute, ...schemaRoutes, listExtractionsRoute, deleteDocumentRoute],
  errorBody: (_status, message) => ({ detail: message }),
  // Where the docs print a fixed body, clients may compare against it.
  messages: { 401: 'Invalid or missing API key', 413: 'Request Entity Too Large' },
};
