// Streams multipart bodies with graphql-upload-minimal instead of yoga's parser, which would buffer whole
// files in memory. Needs the Node request, so it applies when served over node:http.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { processRequest } from 'graphql-upload-minimal';
import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';

export function useStreamedUploads(options: { maxFileBytes: number; maxFiles: number }): Plugin<{ req?: IncomingMessage; res?: ServerResponse }> {
  return {
    onRequestParse({ request, serverContext, setRequestParser }) {
      const type = request.headers.get('content-type') ?? '';
      if (!type.startsWith('multipart/form-data')) return;
      const { req, res } = serverContext as { req?: IncomingMessage; res?: ServerResponse };
      if (!req || !res) return; // not over node:http (yoga.fetch in tests): yoga's own parser applies
      setRequestParser(async () => {
        try {
          // +1 byte: the domain layer reports the exact limit with the file's name.
          return (await processRequest(req, res, { maxFileSize: options.maxFileBytes + 1, maxFiles: options.maxFiles + 1 })) as never;
        } catch (error) {
          const e = error as { message?: string; status?: number; expose?: boolean };
          throw new GraphQLError(e.message ?? 'Invalid multipart request', {
            extensions: { code: 'BAD_REQUEST', http: { status: e.status && e.status < 500 ? e.status : 400 } },
          });
        }
      });
    },
    // A rejected file leaves the rest of the body unread; drain it so the client gets the answer
    // instead of waiting to finish sending.
    onResponse({ request, serverContext }) {
      if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) return;
      const req = (serverContext as { req?: IncomingMessage }).req;
      if (req && !req.readableEnded) {
        req.unpipe();
        req.resume();
      }
    },
  };
}

/**
 * Request size: multipart uploads are limited per file while they stream (above), so yoga's whole-body
 * limit is off; other requests (JSON, including base64 uploads) may not exceed `maxBytes`.
 */
export function useJsonBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) return;
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > maxBytes) {
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: `Request body too large (limit ${maxBytes} bytes)`, extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] }), {
            status: 413,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
    },
  };
}
