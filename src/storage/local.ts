import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { once } from 'node:events';
import type { Storage, StoredFile } from './index.ts';

const HEAD_BYTES = 64 * 1024;
const KEY = /^[0-9a-f]{64}$/;

/** Content-addressed files under `<root>/<ab>/<cd>/<sha256>`; uploads land in `<root>/tmp` first. */
export class LocalStorage implements Storage {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    if (!KEY.test(key)) throw new Error('Invalid storage key');
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(body: Readable, { maxBytes, onTooLarge }: { maxBytes: number; onTooLarge: () => Error }): Promise<StoredFile> {
    const tmpDir = path.join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let size = 0;
    let headSize = 0;
    let tooLarge = false;
    const out = createWriteStream(tmp);
    const closed = new Promise<void>((resolve, reject) => {
      out.on('close', resolve);
      out.on('error', reject);
    });
    try {
      // Past the limit the rest is read and dropped rather than the source destroyed: a multipart
      // source must be consumed for the request to go on (and the parser cuts it off soon after).
      for await (const chunk of body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) tooLarge = true;
        if (tooLarge) continue;
        hash.update(chunk);
        if (headSize < HEAD_BYTES) {
          headChunks.push(chunk);
          headSize += chunk.length;
        }
        if (!out.write(chunk)) await once(out, 'drain');
      }
    } catch (error) {
      if (!tooLarge) {
        out.destroy();
        await closed.catch(() => {});
        await rm(tmp, { force: true });
        throw error;
      }
    }
    out.end();
    await closed;
    if (tooLarge) {
      await rm(tmp, { force: true });
      throw onTooLarge();
    }
    const sha256 = hash.digest('hex');
    const final = this.pathOf(sha256);
    await mkdir(path.dirname(final), { recursive: true });
    await rename(tmp, final);
    return { key: sha256, sha256, size, head: Buffer.concat(headChunks).subarray(0, HEAD_BYTES) };
  }

  read(key: string) {
    return readFile(this.pathOf(key));
  }

  stream(key: string) {
    return createReadStream(this.pathOf(key));
  }

  async delete(key: string) {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string) {
    return stat(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }
}
