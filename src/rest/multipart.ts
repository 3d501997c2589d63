// Streams a multipart/form-data body into the domain's upload as it arrives (busboy), one file at a time:
// nothing is buffered whole, so a 30 × 25 MB batch costs no more memory than one small file.
import { Readable } from 'node:stream';
import busboy from 'busboy';
import type { IncomingFile } from '../resolvers/documents.ts';
import { RestError } from './http.ts';

type Item = { filename: string; stream: Readable } | Error | null;

export interface MultipartBody {
  /** The parts named `fileField`, in order; each must be read to its end before the next arrives. */
  files: AsyncIterable<IncomingFile>;
  /** Text fields; complete once `files` has been iterated to its end. */
  fields: Record<string, string>;
  /** Set when the body itself was malformed: what a failed upload should report instead of its own error. */
  readonly failure: RestError | null;
  /** Stops parsing and discards the rest of the body (after an error), so the client gets its answer. */
  discard(): void;
}

export function parseMultipart(request: Request, options: { fileField: string; maxFileBytes: number }): MultipartBody {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type) || !request.body) throw new RestError(400, 'There was an error parsing the body');
  let parser: busboy.Busboy;
  try {
    // +1 byte: the upload reports the exact limit with the file's name.
    parser = busboy({ headers: { 'content-type': type }, limits: { fileSize: options.maxFileBytes + 1, fields: 100, fieldSize: 64 * 1024 } });
  } catch {
    throw new RestError(400, 'There was an error parsing the body');
  }
  // Async iteration works for Node's web streams and for the server adapter's ponyfill alike.
  const source = Readable.from(request.body as unknown as AsyncIterable<Uint8Array>, { objectMode: false });
  const fields: Record<string, string> = {};
  const queue: Item[] = [];
  let wake: (() => void) | null = null;
  const push = (item: Item) => {
    queue.push(item);
    wake?.();
  };
  let failure: RestError | null = null;
  const malformed = () => (failure ??= new RestError(400, 'There was an error parsing the body'));
  parser.on('file', (name, stream, info) => {
    // A body cut short errors the open file's stream; the upload reading it fails, and reports `failure`.
    stream.on('error', malformed);
    if (name === options.fileField) push({ filename: info.filename ?? '', stream });
    else stream.resume();
  });
  parser.on('field', (name, value) => {
    fields[name] = value;
  });
  parser.on('error', () => push(malformed()));
  parser.on('close', () => push(null));
  source.on('error', (error) => push(error));
  source.pipe(parser);

  async function* files(): AsyncGenerator<IncomingFile> {
    for (;;) {
      while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
      const item = queue.shift()!;
      if (item === null) return;
      if (item instanceof Error) throw item;
      yield { open: async () => item };
    }
  }

  return {
    files: files(),
    fields,
    get failure() {
      return failure;
    },
    discard() {
      source.unpipe(parser);
      parser.removeAllListeners('file');
      for (const item of queue) if (item && !(item instanceof Error)) item.stream.resume();
      source.resume();
    },
  };
}
