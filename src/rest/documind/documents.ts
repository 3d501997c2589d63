// DELETE /documents/{document_id}: not in the seeds' pages, but documents must be erasable through
// every door before their retention ends. The file, its pages and every extraction of it go; 204.
import { deleteDocument } from '../../resolvers/documents.ts';
import type { Route } from '../http.ts';

export const deleteDocumentRoute: Route = {
  method: 'DELETE',
  path: '/documents/:documentId',
  scope: 'documents:write',
  async handle({ params, actor }) {
    await deleteDocument(actor, params.documentId);
    return new Response(null, { status: 204 });
  },
};
