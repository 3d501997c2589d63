// POST /upload: multipart `files` (repeatable) → 200 with the new document ids, in order.
import { uploadDocuments } from '../../resolvers/documents.ts';
import { json, type Route } from '../http.ts';
import { parseMultipart } from '../multipart.ts';

export const uploadRoute: Route = {
  method: 'POST',
  path: '/upload',
  scope: 'extractions:write', // as Documind documents it
  async handle({ request, actor, services }) {
    const body = parseMultipart(request, { fileField: 'files', maxFileBytes: services.settings.maxFileBytes });
    try {
      const documents = await uploadDocuments(actor, body.files);
      return json(200, documents.map((d) => d.id));
    } catch (error) {
      body.discard();
      throw body.failure ?? error;
    }
  },
};
