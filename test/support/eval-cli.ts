// `npm run eval -- <args> --json` as a user runs it: the CLI in a child process, the real reader, no OCR cache.
import { execFile } from 'node:child_process';
import { expect } from 'vitest';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const evalJson = async (...args: string[]) => JSON.parse((await run(process.execPath, ['bin/docsift.mjs', 'eval', ...args, '--json', '--no-cache'])).stdout);

/** Each kind of a form set (three documents each, a folder per kind with its own schema) scores at least its floor. */
export async function aboveFloors(set: string, floors: Record<string, number>) {
  for (const [kind, floor] of Object.entries(floors)) {
    const report = await evalJson(`${set}/${kind}`, '--lang', 'spa+eng');
    expect(report.n).toBe(3);
    expect(report.overall, kind).toBeGreaterThanOrEqual(floor);
  }
}
