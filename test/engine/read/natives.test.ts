// pdfjs's legacy build replaces JSON.parse, JSON.stringify, Array.prototype.push and
// Function.prototype.toString process-wide with core-js polyfills on Node 20; the reader puts the natives
// back. Checked in a fresh process, the only place the natives can be known for sure.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('reading a PDF', () => {
  it('leaves JSON.parse, JSON.stringify, Array.prototype.push and Function.prototype.toString native', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'natives-probe.ts')]);
    const probe = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(probe.words).toBeGreaterThan(5);
    expect(probe.replaced).toEqual([]);
  });
});
