// The OpenAI-compatible provider against the loopback server: chunking long documents by pages and
// merging, token logprobs per value, and error classification for the queue's retries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import { attachLogprobs } from '../../../src/engine/providers/logprobs.ts';
import { mergeChunks } from '../../../src/engine/providers/merge.ts';
import { createOpenAIProvider } from '../../../src/engine/providers/openai.ts';
import { pageText } from '../../../src/engine/providers/page-text.ts';
import { selectProvider } from '../../../src/engine/providers/select.ts';
import { ProviderError, type Page } from '../../../src/engine/types.ts';
import { promptOf, startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai-server.ts';

/** A page of text lines, words laid out left to right. */
function page(number: number, lines: string[]): Page {
  let i = 0;
  return {
    number, width: 595, height: 842, unit: 'pt', rotation: 0, source: 'text',
    words: lines.flatMap((line, l) => line.split(' ').map((text, k) => ({ id: `p${number}-w${i++}`, text, box: [50 + k * 60, 50 + l * 20, 100 + k * 60, 62 + l * 20] as [number, number, number, number], confidence: 100, line: l, block: 0 }))),
  };
}

const pages = [
  page(1, ['Invoice INV-77', 'Widget 2 10.00']),
  page(2, ['Gadget 1 5.50', 'Gizmo 3 1.25']),
  page(3, ['Total 28.25']),
];
const schema = {
  fields: [
    { name: 'invoice_number', type: 'string' as const, required: true },
    { name: 'total', type: 'number' as const, required: true },
    { name: 'items', type: 'list' as const, items: { name: 'item', type: 'object' as const, fields: [{ name: 'name', type: 'string' as const }, { name: 'qty', type: 'integer' as const }] } },
  ],
};

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI((body) => {
    const { text } = promptOf(body);
    return {
      invoice_number: text.match(/INV-\d+/)?.[0] ?? null,
      total: text.match(/Total ([\d.]+)/)?.[1] ?? null,
      items: [...text.matchAll(/^(Widget|Gadget|Gizmo) (\d+)/gm)].map((m) => ({ name: m[1], qty: m[2] })),
    };
  });
});
afterAll(() => fake.close());

describe('OpenAI-compatible provider', () => {
  it('chunks a long document by pages within the context budget and merges the answers', async () => {
    const sent = fake.requests.length;
    const provider = createOpenAIProvider({ baseURL: fake.url, model: 'm', maxContextTokens: 12 });
    const out = await runExtraction(provider, { schema, pages, text: '', mode: 'advanced' });
    expect(fake.requests.length - sent).toBe(3);
    expect(out.results).toEqual({ invoice_number: 'INV-77', total: 28.25, items: [{ name: 'Widget', qty: 2 }, { name: 'Gadget', qty: 1 }, { name: 'Gizmo', qty: 3 }] });
    expect(out.fields.find((f) => f.path === 'total')).toMatchObject({ grounded: true, page: 3, wordIds: ['p3-w1'] });
    expect(out.usage.promptTokens).toBeGreaterThan(0);
  });

  it('sends the whole document at once when it fits, and scores values with their token logprobs', async () => {
    const sent = fake.requests.length;
    const out = await runExtraction(createOpenAIProvider({ baseURL: fake.url, model: 'm' }), { schema, pages, text: '', mode: 'advanced' });
    expect(fake.requests.length - sent).toBe(1);
    const total = out.fields.find((f) => f.path === 'total')!;
    // Logprob -0.02 per digit token → exp ≈ 0.98, grounded exactly, text-layer words.
    expect(total.confidence).toBeGreaterThan(85);
    expect(total.confidence).toBeLessThan(100);
  });

  it('marks 429, 5xx and unreachable servers transient, other statuses permanent', async () => {
    const provider = createOpenAIProvider({ baseURL: fake.url, model: 'm' });
    const input = { schema, pages, text: '', mode: 'advanced' as const };
    for (const [status, transient] of [[429, true], [503, true], [400, false], [401, false]] as const) {
      fake.failNext(status, 1);
      const error = await provider.extract(input).catch((e) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ transient, status });
    }
    const down = await createOpenAIProvider({ baseURL: 'http://127.0.0.1:1/v1', model: 'm' }).extract(input).catch((e) => e);
    expect(down).toMatchObject({ transient: true });
  });

  it('is refused by the server when its schema is not strict, or it sends images that are not images', async () => {
    const base = { model: 'm', messages: [{ role: 'user', content: 'x' }] };
    const post = (body: unknown) => fetch(`${fake.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const loose = await post({ ...base, response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true, schema: { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'string' } } } }, required: ['a'], additionalProperties: false } } } });
    expect(loose.status).toBe(400);
    expect((await loose.json()).error.message).toMatch(/schema\.a: additionalProperties must be false/);
    const image = await post({ ...base, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] }], response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true, schema: { type: 'object', properties: {}, required: [], additionalProperties: false } } } });
    expect(image.status).toBe(400);
  });

  it('names a missing model clearly, and selects the offline provider only without a model server', async () => {
    const noModel = await createOpenAIProvider({ baseURL: fake.url, model: '' }).extract({ schema, pages, text: '', mode: 'advanced' }).catch((e) => e);
    expect(noModel).toMatchObject({ transient: false, message: expect.stringMatching(/no model configured/) });
    const noVision = await createOpenAIProvider({ baseURL: fake.url, model: '' }).extract({ schema, pages, text: '', mode: 'vlm' }).catch((e) => e);
    expect(noVision.message).toMatch(/^no vision model configured/);
    expect(selectProvider({ baseURL: fake.url, model: 'm' }, 'vlm').name).toBe('openai');
    expect(selectProvider({}, 'advanced').name).toBe('offline');
    expect(() => selectProvider({}, 'vlm')).toThrow(/no vision model configured/);
  });
});

describe('provider helpers', () => {
  it('maps token logprobs to the values they spell, never to a key with the same text', () => {
    const content = '{"a":null,"b":"a","c":["7","7"]}';
    const tokens = ['{"', 'a', '":', 'null', ',"', 'b', '":"', 'a', '","', 'c', '":["', '7', '","', '7', '"]}'].map((token) => ({ token, logprob: token === 'a' ? -1 : token === '7' ? -0.5 : 0 }));
    const values = attachLogprobs(content, JSON.parse(content), tokens) as any;
    expect(values.a).toEqual({ literal: null });
    // The value "a" covers the tokens '":"', 'a', '","' (mean of 0, -1, 0); the key "a" is not it.
    expect(values.b.literal).toBe('a');
    expect(values.b.logprob).toBeCloseTo(-1 / 3);
    expect(values.c.map((v: any) => v.logprob)).toEqual([-0.5 / 3, -0.5 / 3]);
    // Tokens that do not spell the content are ignored rather than misattributed.
    expect(attachLogprobs(content, JSON.parse(content), [{ token: 'zz', logprob: -1 }])).toMatchObject({ b: { literal: 'a' } });
    expect((attachLogprobs(content, JSON.parse(content), [{ token: 'zz', logprob: -1 }]) as any).b.logprob).toBeUndefined();
  });

  it('keeps the layout in page text: indentation, column gaps, blank lines between blocks', () => {
    const p = page(1, ['Description Qty', 'Bolts 2']);
    p.words[0].box = [50, 100, 110, 112];
    p.words[1].box = [300, 100, 320, 112];
    p.words[2].box = [50, 120, 80, 132];
    p.words[3].box = [300, 120, 306, 132];
    const text = pageText({ ...p, words: [...p.words, { id: 'p1-w4', text: 'Total', box: [380, 200, 410, 212], confidence: 100, line: 2, block: 1 }] });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Description {3,}Qty$/);
    expect(lines[1].indexOf('2')).toBeGreaterThan(lines[1].indexOf('Bolts') + 10);
    expect(lines[2]).toBe('');
    expect(lines[3]).toMatch(/^ {20,}Total$/);
  });

  it('merges chunk answers: lists concatenate, a scalar keeps the best-grounded value', () => {
    const merged = mergeChunks(
      schema.fields,
      [
        { invoice_number: { literal: 'INV-99', logprob: -0.01 }, total: { literal: null }, items: [{ name: { literal: 'Widget' }, qty: { literal: '2' } }] },
        { invoice_number: { literal: 'INV-77', logprob: -0.5 }, total: { literal: '28.25' }, items: [{ name: { literal: 'Gizmo' }, qty: { literal: '3' } }] },
      ],
      pages,
    );
    expect(merged).toEqual({
      invoice_number: { literal: 'INV-77', logprob: -0.5 },
      total: { literal: '28.25' },
      items: [{ name: { literal: 'Widget' }, qty: { literal: '2' } }, { name: { literal: 'Gizmo' }, qty: { literal: '3' } }],
    });
  });
});
