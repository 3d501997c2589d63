// DocParse (seed 004) at /docparse/v1: `Authorization: Bearer <key>`, errors are `{"error": "..."}`.
import type { Dialect } from '../http.ts';
import { batchRoutes } from './batches.ts';
import { createExtractionRoute } from './extractions.ts';
import { fileRoutes } from './files.ts';

export const docparse: Dialect = {
  name: 'docparse',
  prefix: '/docparse/v1',
  routes: [createExtractionRoute, ...batchRoutes, ...fileRoutes],
  errorBody: (_status, message) => ({ error: message }),
  // Its table: "403 Key revoked or out of pages".
  revokedKeyStatus: 403,
};
