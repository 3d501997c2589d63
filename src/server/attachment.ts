// The original file as a download, shared by every door that serves it (GraphQL's download route, Docmind).
import { Readable } from 'node:stream';

/** RFC 6266 attachment header that keeps non-ASCII filenames. */
export function attachment(filename: string) {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The stored bytes streamed with their sniffed type, size and original name. */
export function downloadResponse(document: { mimeType: string; size: number; filename: string }, stream: Readable) {
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: { 'content-type': document.mimeType, 'content-length': String(document.size), 'content-disposition': attachment(document.filename) },
  });
}
