// Item tables as real documents print them (eval/tables): descriptions longer than their header, wrapped
// over lines, with note and section rows among the items, page footers, abbreviated headers in six
// languages, a code column headed like the description.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf } from './pages.ts';

const ITEMS = {
  name: 'line_items',
  type: 'list',
  items: { name: 'item', type: 'object', fields: [{ name: 'description', type: 'string' }, { name: 'quantity', type: 'number' }, { name: 'unit_price', type: 'number' }, { name: 'amount', type: 'number' }] },
} as FieldDef;

async function lineItems(...pages: Page[]) {
  return (await runExtraction(createOfflineProvider(), { schema: { fields: [ITEMS] }, pages, text: pages.map(textOf).join('\n'), mode: 'advanced' })).results.line_items;
}

describe('offline provider: item tables', () => {
  it('keeps a description that runs past its header in the description, nearer the next column than its own header', async () => {
    // "Description" ends at x=110; the description's last words sit nearer the quantity header.
    const page = pageOf([
      [100, [50, 'Description'], [330, 'Qty'], [400, 'Unit price'], [500, 'Amount']],
      [118, [50, 'Laptop 14 inch 16GB RAM 512GB SSD warranty'], [335, '1'], [410, '812.74'], [500, '812.74']],
      [136, [50, 'Coffee beans, medium roast'], [335, '4'], [410, '26.37'], [500, '105.48']],
      [170, [400, 'Total'], [500, '918.22']],
    ]);
    expect(await lineItems(page)).toEqual([
      { description: 'Laptop 14 inch 16GB RAM 512GB SSD warranty', quantity: 1, unit_price: 812.74, amount: 812.74 },
      { description: 'Coffee beans, medium roast', quantity: 4, unit_price: 26.37, amount: 105.48 },
    ]);
  });
});
