// Replays the seeds' printed examples as their users run them: the Python (`requests`) and curl
// snippets, verbatim but for the base URL, the key and the file paths, against a listening docsift.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs a Python snippet; the snippet prints JSON on its last line, which is returned parsed. */
export async function python<T = any>(code: string, cwd?: string): Promise<T> {
  const { stdout } = await run(process.env.DOCSIFT_TEST_PYTHON ?? 'python3', ['-c', code], { cwd, timeout: 120_000 });
  const last = stdout.trim().split('\n').pop()!;
  return JSON.parse(last) as T;
}

/** Runs curl with the given arguments; returns the HTTP status and the body (JSON when it parses). */
export async function curl(args: string[]): Promise<{ status: number; body: any; raw: string }> {
  const { stdout } = await run('curl', ['-sS', '-w', '\n%{http_code}', ...args], { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  const cut = stdout.lastIndexOf('\n');
  const raw = stdout.slice(0, cut);
  let body: any = raw;
  try {
    body = JSON.parse(raw);
  } catch {
    // not JSON (a download): raw text
  }
  return { status: Number(stdout.slice(cut + 1)), body, raw };
}
