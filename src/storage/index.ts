// File storage behind a small interface: local filesystem now; an object store can implement the same.
// Keys are content addresses (sha256 hex), never built from user input.
import type { Readable } from 'node:stream';

export interface StoredFile {
  key: string;
  sha256: string;
  size: number;
  /** The first bytes, for sniffing without reading the file again. */
  head: Buffer;
}

export interface Storage {
  /** Streams `body` in; rejects (storing nothing) if it errors or exceeds `maxBytes`. */
  put(body: Readable, options: { maxBytes: number; onTooLarge: () => Error }): Promise<StoredFile>;
  read(key: string): Promise<Buffer>;
  stream(key: string): Readable;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}
