// A scanned page: the reader's OCR words, a model that answers with the true values, and grounding that
// finds them in OCR output anyway; confidence carries the OCR engine's doubt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutdownOcr } from '../../../src/engine/ocr/pool.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import { createOpenAIProvider } from '../../../src/engine/providers/openai.ts';
import { readDocument } from '../../../src/engine/read/index.ts';
import { toCanonical } from '../../../src/engine/schema/index.ts';
import type { ReadResult } from '../../../src/engine/types.ts';
import { pdfOf } from '../../support/fixtures.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai-server.ts';

let fake: FakeOpenAI;
let doc: ReadResult;

beforeAll(async () => {
  doc = await readDocument(await pdfOf([{ scan: ['Invoice INV-2024-001', 'Date 15/06/2024', 'Total 1,250.00'] }]), { mode: 'ocr_only', language: 'eng' });
  fake = await startFakeOpenAI(() => ({ invoice_number: 'INV-2024-001', date: '15/06/2024', total: '1,250.00' }));
});
afterAll(async () => {
  await fake.close();
  await shutdownOcr();
});

describe('extraction from a scanned page', () => {
  it('grounds the true values in the OCR words, scored below text-layer certainty', async () => {
    expect(doc.pages[0].source).toBe('ocr');
    const schema = toCanonical({ named_entities: { invoice_number: { type: 'string' }, date: { type: 'date' }, total: { type: 'number' } }, required: ['invoice_number', 'total'] });
    const out = await runExtraction(createOpenAIProvider({ baseURL: fake.url, model: 'm' }), { schema, pages: doc.pages, text: doc.text, mode: 'advanced' });
    expect(out.results).toEqual({ invoice_number: 'INV-2024-001', date: '2024-06-15', total: 1250 });
    const words = doc.pages[0].words;
    for (const f of out.fields) {
      expect(f.grounded, f.path).toBe(true);
      const line = words.find((w) => w.id === f.wordIds[0])!.line;
      // Each value sits on the line of its label, boxes in points on the page.
      expect(words.find((w) => w.line === line)!.text.toLowerCase()).toMatch({ invoice_number: /^invoice/, date: /^date/, total: /^total/ }[f.path]!);
      expect(f.box![0]).toBeGreaterThan(30);
      expect(f.box![2]).toBeLessThan(595);
      expect(f.confidence).toBeGreaterThan(50);
      expect(f.confidence).toBeLessThan(100);
    }
  });
});
