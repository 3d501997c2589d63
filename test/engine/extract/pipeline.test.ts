// The whole pipeline on generated text PDFs read by the real reader, with the OpenAI-compatible
// provider against the loopback model server: every schema dialect, grounding to the right words,
// confidence and review flags against the threshold, vision requests with page images, error classes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import { createOpenAIProvider } from '../../../src/engine/providers/openai.ts';
import { readDocument, renderPage } from '../../../src/engine/read/index.ts';
import { toCanonical, toDocmind, toDocParse, toDocumind, toJsonSchema } from '../../../src/engine/schema/index.ts';
import { ProviderError, type ProviderInput, type ReadResult, type SchemaDef } from '../../../src/engine/types.ts';
import { answerFromText, startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai-server.ts';
import { makeInvoice } from '../../support/invoice.ts';
import { wordsOf } from './pages.ts';

const SCHEMA: SchemaDef = {
  fields: [
    { name: 'invoice_number', type: 'string', required: true },
    { name: 'date', type: 'date', required: true },
    { name: 'total', type: 'number', required: true },
    { name: 'line_items', type: 'list', items: { name: 'item', type: 'object', fields: [{ name: 'description', type: 'string' }, { name: 'qty', type: 'integer' }, { name: 'price', type: 'number' }, { name: 'amount', type: 'number' }] } },
  ],
};
const EXPECTED = {
  invoice_number: 'INV-2024-001',
  date: '2024-06-15',
  total: 200,
  line_items: [
    { description: 'Bolts', qty: 2, price: 50, amount: 100 },
    { description: 'Nuts', qty: 2, price: 50, amount: 100 },
  ],
};

/** As a model reading the layout text would: labelled values, and table rows split at column gaps. */
function readsTheText(body: any) {
  const answer = answerFromText(body) as Record<string, unknown>;
  const text: string = body.messages.find((m: any) => m.role === 'user').content;
  const rows = text.split('\n').map((l) => l.trim().split(/\s{3,}/)).filter((cells) => cells.length === 4 && /^\d+$/.test(cells[1]));
  return { ...answer, line_items: rows.map(([description, qty, price, amount]) => ({ description, qty, price, amount })) };
}

let fake: FakeOpenAI;
let doc: ReadResult;
let pdf: Buffer;
let answer: (body: any) => unknown = readsTheText;
const input = (schema: SchemaDef, extra: Partial<ProviderInput> & { reviewThreshold?: number } = {}) => ({ schema, pages: doc.pages, text: doc.text, mode: 'advanced' as const, ...extra });

beforeAll(async () => {
  // Two rows with the same quantity and price: grounding must tell the rows apart.
  pdf = await makeInvoice({
    total: '200.00',
    lines: [
      { description: 'Bolts', qty: '2', price: '50.00', amount: '100.00' },
      { description: 'Nuts', qty: '2', price: '50.00', amount: '100.00' },
    ],
  });
  doc = await readDocument(pdf, { mode: 'pdf_only' });
  fake = await startFakeOpenAI({ answer: (body) => answer(body), models: ['text-model', 'other-model', 'vision-model'], visionModels: ['vision-model'] });
});
afterAll(() => fake.close());

describe('runExtraction with the OpenAI-compatible provider', () => {
  const provider = () => createOpenAIProvider({ baseURL: fake.url, model: 'text-model', visionModel: 'vision-model' });

  it.each([
    ['canonical', SCHEMA],
    ['Documind named_entities', toDocumind(SCHEMA)],
    ['DocParse fields', toDocParse(SCHEMA)],
    ['Docmind skill fields', toDocmind(SCHEMA)],
    ['JSON Schema', toJsonSchema(SCHEMA)],
  ])('extracts with a %s schema', async (_name, dialect) => {
    answer = readsTheText;
    const sent = fake.requests.length;
    const out = await runExtraction(provider(), input(toCanonical(dialect)));
    expect(out.results).toEqual(EXPECTED);
    const request = fake.requests[sent];
    expect(request.problems).toEqual([]);
    expect(request.body).toMatchObject({ model: 'text-model', logprobs: true, response_format: { type: 'json_schema', json_schema: { strict: true } } });
    expect(Object.keys(request.body.response_format.json_schema.schema.properties)).toEqual(['invoice_number', 'date', 'total', 'line_items']);
    expect(out.fields.map((f) => f.path)).toEqual(['invoice_number', 'date', 'total', ...[0, 1].flatMap((i) => ['description', 'qty', 'price', 'amount'].map((c) => `line_items[${i}].${c}`))]);
    expect(out.usage).toMatchObject({ pages: 1, provider: 'openai', model: 'text-model' });
    expect(out.usage.promptTokens).toBeGreaterThan(0);
    expect(out.usage.completionTokens).toBeGreaterThan(0);
    expect(out.needsReview).toBe(false);
  });

  it('grounds every value to the words it was printed as, each row on its own line', async () => {
    answer = readsTheText;
    const out = await runExtraction(provider(), input(SCHEMA));
    const field = (path: string) => out.fields.find((f) => f.path === path)!;
    for (const f of out.fields) {
      expect(f.grounded, f.path).toBe(true);
      expect(wordsOf(doc.pages, f.wordIds), f.path).toBe(f.literal);
      expect(f.page).toBe(1);
    }
    expect(field('date').literal).toBe('15/06/2024');
    const word = (id: string) => doc.pages[0].words.find((w) => w.id === id)!;
    for (const i of [0, 1]) {
      const row = word(field(`line_items[${i}].description`).wordIds[0]).line;
      for (const c of ['qty', 'price', 'amount']) expect(word(field(`line_items[${i}].${c}`).wordIds[0]).line, `row ${i} ${c}`).toBe(row);
    }
    expect(word(field('line_items[0].qty').wordIds[0]).line).not.toBe(word(field('line_items[1].qty').wordIds[0]).line);
    // The total's box is where the PDF drew it: x 380, 40 pt under the last row (top 305), in points.
    const [x0, y0, x1, y1] = field('total').box!;
    expect(x0).toBeGreaterThan(400);
    expect(x1).toBeLessThan(500);
    expect(y0).toBeGreaterThan(290);
    expect(y1).toBeLessThan(310);
  });

  it('scores from logprobs and grounding, and flags required fields below the threshold in advanced mode', async () => {
    // The model is unsure of the invoice number, invents a total and misses the date.
    answer = (body) => ({ ...readsTheText(body), total: '999.99', date: null });
    const unsure = (token: string) => (token === 'INV' ? -3 : -0.001);
    fake.options.logprob = unsure;
    try {
      const out = await runExtraction(provider(), input(SCHEMA, { reviewThreshold: 80 }));
      const field = (path: string) => out.fields.find((f) => f.path === path)!;
      expect(field('invoice_number')).toMatchObject({ grounded: true, flagged: true });
      expect(field('invoice_number').confidence).toBeLessThan(80);
      expect(field('total')).toMatchObject({ literal: '999.99', parsed: 999.99, grounded: false, wordIds: [], page: null, box: null, flagged: true });
      expect(field('total').confidence).toBeLessThan(60);
      expect(field('date')).toMatchObject({ literal: null, parsed: null, confidence: 0, flagged: true });
      expect(field('line_items[0].description').confidence).toBeGreaterThan(95);
      expect(out.reviewFlags).toEqual({ invoice_number: true, date: true, total: true, line_items: false });
      expect(out.confidenceScores.date).toBe(0);
      expect(out.needsReview).toBe(true);

      const lenient = await runExtraction(provider(), input(SCHEMA, { reviewThreshold: 40 }));
      expect(lenient.reviewFlags).toEqual({ invoice_number: false, date: true, total: false, line_items: false });

      const basic = await runExtraction(provider(), input(SCHEMA, { mode: 'basic', reviewThreshold: 100 }));
      expect(basic.needsReview).toBe(false);
      expect(Object.values(basic.reviewFlags).some(Boolean)).toBe(false);
      expect(basic.fields.some((f) => f.flagged)).toBe(false);
    } finally {
      fake.options.logprob = undefined;
    }
  });

  it('takes a model\'s placeholder ("N/A", "-") for a missing value', async () => {
    answer = (body) => ({ ...readsTheText(body), invoice_number: 'N/A', total: '-' });
    const out = await runExtraction(provider(), input(SCHEMA));
    expect(out.results).toMatchObject({ invoice_number: null, total: null });
    expect(out.fields.find((f) => f.path === 'invoice_number')).toMatchObject({ literal: null, confidence: 0, flagged: true });
    expect(out.reviewFlags).toMatchObject({ invoice_number: true, total: true });
  });

  it('keeps an unparsable literal with parsed null and lowered confidence', async () => {
    answer = (body) => ({ ...readsTheText(body), date: 'Date' });
    const out = await runExtraction(provider(), input(SCHEMA));
    const date = out.fields.find((f) => f.path === 'date')!;
    expect(date).toMatchObject({ literal: 'Date', parsed: null, grounded: true, flagged: true });
    expect(date.confidence).toBeLessThan(60);
    expect(out.results.date).toBeNull();
  });

  it('sends page images to the vision model in vlm mode, and a per-request model overrides it', async () => {
    answer = () => ({ invoice_number: 'INV-2024-001', date: '15/06/2024', total: '200.00', line_items: [] });
    const sent = fake.requests.length;
    const vlm = { mode: 'vlm' as const, renderPage: async (n: number, dpi: number) => ({ mimeType: 'image/jpeg', data: await renderPage(pdf, n, { dpi, format: 'jpeg' }) }) };
    const out = await runExtraction(provider(), input(SCHEMA, vlm));
    const request = fake.requests[sent];
    expect(request.problems).toEqual([]);
    expect(request.body.model).toBe('vision-model');
    expect(request.images).toBe(1);
    expect(out.results).toMatchObject({ invoice_number: 'INV-2024-001', date: '2024-06-15', total: 200 });
    // Values read from the image are still grounded in the document's words.
    expect(out.fields.find((f) => f.path === 'total')!.grounded).toBe(true);

    // A model that does not read images is refused by the server: a permanent error.
    const refused = await runExtraction(provider(), input(SCHEMA, { ...vlm, model: 'other-model' })).catch((e) => e);
    expect(refused).toBeInstanceOf(ProviderError);
    expect(refused).toMatchObject({ transient: false, status: 400 });
    expect(fake.requests.at(-1)!.body.model).toBe('other-model');

    answer = readsTheText;
    await runExtraction(provider(), input(SCHEMA, { model: 'other-model' }));
    expect(fake.requests.at(-1)!.body.model).toBe('other-model');
    expect(fake.requests.at(-1)!.images).toBe(0);
  });

  it('maps 429, 500, dropped connections and timeouts to transient errors, unknown models to permanent ones', async () => {
    answer = readsTheText;
    for (const status of [429, 500, 0]) {
      fake.failNext(status, 1);
      const error = await runExtraction(provider(), input(SCHEMA)).catch((e) => e);
      expect(error, `status ${status}`).toBeInstanceOf(ProviderError);
      expect(error.transient, `status ${status}`).toBe(true);
      if (status) expect(error.status).toBe(status);
      // The server's retry-after (1 s on its 429s) travels with the error for the queue's backoff.
      expect(error.retryAfterMs, `status ${status}`).toBe(status === 429 ? 1000 : undefined);
    }
    fake.slowNext(1_000, 1);
    const slow = await runExtraction(createOpenAIProvider({ baseURL: fake.url, model: 'text-model', timeoutMs: 200 }), input(SCHEMA)).catch((e) => e);
    expect(slow).toMatchObject({ transient: true, message: expect.stringMatching(/timed out/) });
    const unknown = await runExtraction(createOpenAIProvider({ baseURL: fake.url, model: 'no-such-model' }), input(SCHEMA)).catch((e) => e);
    expect(unknown).toMatchObject({ transient: false, status: 404 });
    // The server lists what it serves, as GET /v1/models does.
    const models = await (await fetch(`${fake.url}/models`)).json();
    expect(models.data.map((m: { id: string }) => m.id)).toEqual(['text-model', 'other-model', 'vision-model']);
    // Retries belong to the queue: one failed call is one request.
    const before = fake.requests.length;
    fake.failNext(500, 1);
    await runExtraction(provider(), input(SCHEMA)).catch(() => undefined);
    expect(fake.requests.length - before).toBe(1);
  });
});
