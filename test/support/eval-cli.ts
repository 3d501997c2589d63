// `npm run eval -- <args> --json` as a user runs it: the CLI in a child process, the real reader, no OCR cache.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const evalJson = async (...args: string[]) => JSON.parse((await run(process.execPath, ['bin/docsift.mjs', 'eval', ...args, '--json', '--no-cache'])).stdout);
