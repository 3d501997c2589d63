// `npm run eval -- <args> --json` as a user runs it: the CLI in a child process, the real reader, no OCR cache.
import { execFile } from 'node:child_process';
import { expect } from 'vitest';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const evalJson = async (...args: string[]) => JSON.parse((await run(process.execPath, ['bin/docsift.mjs', 'eval', ...args, '--json', '--no-cache'])).stdout);

/**
 * Each kind of a form set (three documents each, a folder per kind with its own schema) scores at least its floor:
 * the whole set in one run, as `npm run eval -- <set>` scores it, and no kind of the set left without a floor.
 */
export async function aboveFloors(set: string, floors: Record<string, number>) {
  const report = await evalJson(set, '--lang', 'spa+eng');
  expect(Object.keys(report.kinds)).toEqual(Object.keys(floors).sort());
  for (const [kind, floor] of Object.entries(floors)) {
    expect(report.kinds[kind].n, kind).toBe(3);
    expect(report.kinds[kind].overall, kind).toBeGreaterThanOrEqual(floor);
  }
}
