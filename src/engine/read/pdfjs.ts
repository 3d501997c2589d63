// pdfjs-dist 5, legacy build (the main build needs DOMMatrix; 6.x needs Node 22), with its standard fonts
// and CMaps from the package so rendering never falls back to wrong fonts.
import { createRequire } from 'node:module';
import path from 'node:path';
import { restoreNatives } from './pdfjs-natives.ts';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
// The worker runs in this process: loaded now rather than at the first document, so its polyfills
// land before the natives are put back, not after.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { ReadError } from '../types.ts';

restoreNatives();
export { Util, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('pdfjs-dist/package.json'));

export async function openPdf(data: Buffer): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data: new Uint8Array(data),
    standardFontDataUrl: `${root}/standard_fonts/`,
    cMapUrl: `${root}/cmaps/`,
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (error) {
    const e = error as Error;
    if (e.name === 'PasswordException') throw new ReadError('ENCRYPTED', 'The PDF is encrypted with a password; upload it without one');
    if (e.name === 'InvalidPDFException') throw new ReadError('CORRUPT_FILE', `The PDF cannot be read: ${e.message}`);
    throw new ReadError('CORRUPT_FILE', `The PDF cannot be read: ${e.message}`);
  }
}
