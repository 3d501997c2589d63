// Rows as the extractor sees them when the reader's own lines are wrong: a skewed scan read two
// printed lines as one, their words interleaved left to right.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { linesOf } from '../../../src/engine/offline/lines.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { Page } from '../../../src/engine/types.ts';
import { pageOf, textOf } from './pages.ts';

const SCHEMA = {
  fields: [
    { name: 'company', type: 'string' as const, description: 'Name of the company or store that issued the receipt' },
    { name: 'address', type: 'string' as const, description: 'Address of the company or store' },
  ],
};

/** A name printed large over its street line, the page tilted, and the reader's first line holding both. */
function skewedHead(): Page {
  const page = pageOf([
    [20, [60, 'NORTHWIND TRADING LTD']],
    [33, [75, 'UNIT 4, 12 HARBOUR ROAD,']],
    [46, [70, 'LS1 4DY LEEDS']],
    [70, [60, 'TEL: 0113 496 0000']],
    [90, [60, 'DATE: 02/01/2019']],
    [110, [40, 'TOTAL'], [200, '9.90']],
  ], 90);
  for (const w of page.words) {
    // The name is printed half as large again as the rest, and the page rises to the right.
    if (w.line === 0) w.box = [w.box[0] * 1.2 - 12, w.box[1] - 4, w.box[2] * 1.2 - 12, w.box[3]];
    const tilt = 0.08 * (w.box[0] - 60);
    w.box = [w.box[0], w.box[1] - tilt, w.box[2], w.box[3] - tilt];
    if (w.line === 1) w.line = 0;
  }
  return page;
}

describe('rows of a skewed scan', () => {
  it('splits a reader line holding two interleaved printed lines back into both', () => {
    const rows = linesOf([skewedHead()]).map((l) => l.text);
    expect(rows).toContain('NORTHWIND TRADING LTD');
    expect(rows).toContain('UNIT 4, 12 HARBOUR ROAD,');
  });

  it('keeps one line whose word boxes merely overlap at one height', () => {
    const page = pageOf([[20, [60, 'ACME INTERNATIONAL. SDN BHD']]], 90);
    // The reader drew one box too wide, over its neighbour.
    page.words[1].box[2] = page.words[2].box[2] - 2;
    expect(linesOf([page]).map((l) => l.text)).toEqual(['ACME INTERNATIONAL. SDN BHD']);
  });

  it('finds the issuer and its address there', async () => {
    const page = skewedHead();
    const out = await runExtraction(createOfflineProvider(), { schema: SCHEMA, pages: [page], text: textOf(page), mode: 'advanced' });
    expect(out.results).toMatchObject({ company: 'NORTHWIND TRADING LTD', address: 'UNIT 4, 12 HARBOUR ROAD, LS1 4DY LEEDS' });
  });
});
