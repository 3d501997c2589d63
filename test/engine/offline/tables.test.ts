// Item tables as real documents print them (eval/tables): descriptions longer than their header, wrapped
// over lines, with note and section rows among the items, page footers, abbreviated headers in six
// languages, a code column headed like the description.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

/** A second page: its own number and word ids. */
const secondPage = (rows: Row[]): Page => {
  const page = pageOf(rows);
  return { ...page, number: 2, words: page.words.map((w) => ({ ...w, id: w.id.replace(/^p1-/, 'p2-') })) };
};

const ITEMS = {
  name: 'line_items',
  type: 'list',
  items: { name: 'item', type: 'object', fields: [{ name: 'description', type: 'string' }, { name: 'quantity', type: 'number' }, { name: 'unit_price', type: 'number' }, { name: 'amount', type: 'number' }] },
} as FieldDef;

const extract = (pages: Page[]) => runExtraction(createOfflineProvider(), { schema: { fields: [ITEMS] }, pages, text: pages.map(textOf).join('\n'), mode: 'advanced' });
const lineItems = async (...pages: Page[]) => (await extract(pages)).results.line_items;

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

  it('joins wrapped lines to their item, but not a section heading a row apart nor a note printed as label and value', async () => {
    const page = pageOf([
      [100, [50, 'Description'], [330, 'Qty'], [400, 'Unit price'], [500, 'Amount']],
      [118, [50, 'Hardware']],
      [136, [50, 'Docking station'], [335, '2'], [410, '120.00'], [500, '240.00']],
      [147, [58, 'Serial: SN-8107-K262']],
      [172, [50, 'Services']],
      [190, [50, 'Network installation and'], [335, '3'], [410, '90.00'], [500, '270.00']],
      [201, [50, 'configuration']],
      [240, [400, 'Total'], [500, '510.00']],
    ]);
    expect(await lineItems(page)).toEqual([
      { description: 'Docking station', quantity: 2, unit_price: 120, amount: 240 },
      { description: 'Network installation and configuration', quantity: 3, unit_price: 90, amount: 270 },
    ]);
  });

  it('reads no item from a page number under the rows of a table that runs onto the next page', async () => {
    const first = pageOf([
      [700, [50, 'Description'], [330, 'Qty'], [400, 'Unit price'], [500, 'Amount']],
      [718, [50, 'Desk lamps'], [335, '2'], [410, '10.00'], [500, '20.00']],
      [736, [50, 'Toner cartridge'], [335, '1'], [410, '35.50'], [500, '35.50']],
      [764, [500, 'Page 1 of 2']],
    ]);
    const second = secondPage([[60, [50, 'Delivery'], [335, '3'], [410, '5.00'], [500, '15.00']], [100, [400, 'Total'], [500, '70.50']]]);
    expect(await lineItems(first, second)).toEqual([
      { description: 'Desk lamps', quantity: 2, unit_price: 10, amount: 20 },
      { description: 'Toner cartridge', quantity: 1, unit_price: 35.5, amount: 35.5 },
      { description: 'Delivery', quantity: 3, unit_price: 5, amount: 15 },
    ]);
  });

  it.each([
    ['German "Anz." and "Einzelpreis"', ['Leistung', 'Anz.', 'Einzelpreis', 'Betrag'], ['Arbeitszeit Monteur', '3', '72,50', '217,50']],
    ['Spanish "Uds."', ['Concepto', 'Uds.', 'Precio', 'Importe'], ['Desplazamiento', '3', '72,50', '217,50']],
    ['Italian "Pr. unitario"', ['Articolo', 'Q.tà', 'Pr. unitario', 'Importo'], ['Manodopera idraulico', '3', '72,50', '217,50']],
    ['Portuguese "Designação", "P. unitário" and "Montante"', ['Designação', 'Qtd.', 'P. unitário', 'Montante'], ['Deslocação', '3', '72,50', '217,50']],
  ])('reads abbreviated column headers: %s', async (_, headers, cells) => {
    const xs = [50, 300, 380, 480];
    const page = pageOf([[100, ...headers.map((h, i): [number, string] => [xs[i], h])] as Row, [118, ...cells.map((c, i): [number, string] => [xs[i], c])] as Row]);
    expect(await lineItems(page)).toEqual([{ description: cells[0], quantity: 3, unit_price: 72.5, amount: 217.5 }]);
  });

  it('takes a code column headed "Item #" for no description when the description has a header of its own', async () => {
    const page = pageOf([
      [100, [50, 'Item #'], [120, 'Item'], [330, 'Unit price'], [420, 'Quantity'], [500, 'Total']],
      [118, [50, 'M25-5042'], [120, 'Annual software support'], [340, '302.57'], [430, '3'], [500, '907.71']],
    ]);
    expect(await lineItems(page)).toEqual([{ description: 'Annual software support', quantity: 3, unit_price: 302.57, amount: 907.71 }]);
  });

  it('doubts a row whose quantity × unit price is far from its amount (a decimal comma the reader lost), not one a discount lowered', async () => {
    const table = (quantity: string) =>
      pageOf([
        [100, [50, 'Descrizione'], [300, 'Q.tà'], [380, 'Prezzo'], [440, 'Sconto'], [500, 'Importo']],
        [118, [50, 'Olio extravergine di oliva'], [300, quantity], [380, '10,34'], [440, '10%'], [500, '23,27']],
      ]);
    expect((await extract([table('25')])).confidenceScores.line_items).toBeLessThan(80);
    expect((await extract([table('2,5')])).confidenceScores.line_items).toBeGreaterThanOrEqual(80);
  });

  it('reads on past an item named with a totals word ("Tax return preparation"), ending at the totals row', async () => {
    const page = pageOf([
      [100, [50, 'Description'], [330, 'Qty'], [400, 'Unit price'], [500, 'Amount']],
      [118, [50, 'Bookkeeping'], [335, '4'], [410, '60.00'], [500, '240.00']],
      [136, [50, 'Tax return preparation'], [335, '1'], [410, '350.00'], [500, '350.00']],
      [154, [50, 'VAT advisory'], [335, '2'], [410, '90.00'], [500, '180.00']],
      [180, [400, 'Subtotal'], [500, '770.00']],
      [196, [400, 'VAT 20%'], [500, '154.00']],
    ]);
    expect(((await lineItems(page)) as { description: string }[]).map((i) => i.description)).toEqual(['Bookkeeping', 'Tax return preparation', 'VAT advisory']);
  });

  it('ends at a totals row that fills the number columns but names no item ("Total items 3 … 1,234.00")', async () => {
    for (const label of ['Total', 'Total items', 'TOTAL QTY']) {
      const page = pageOf([
        [100, [50, 'Description'], [330, 'Qty'], [400, 'Unit price'], [500, 'Amount']],
        [118, [50, 'Bookkeeping'], [335, '2'], [410, '60.00'], [500, '120.00']],
        [136, [50, 'VAT advisory'], [335, '1'], [410, '90.00'], [500, '90.00']],
        [154, [50, label], [335, '3'], [410, '70.00'], [500, '210.00']],
      ]);
      expect(((await lineItems(page)) as { description: string }[]).map((i) => i.description), label).toEqual(['Bookkeeping', 'VAT advisory']);
    }
  });
});
