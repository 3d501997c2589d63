// Totals blocks that take something back: a credit note, whose amounts are printed negative, and Italy's
// split payment, where the public buyer pays the VAT to the state and the seller is paid the net.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

const money = (name: string): FieldDef => ({ name, type: 'number' });
const FIELDS = [money('subtotal'), money('tax_amount'), money('total_amount'), money('balance_due')];

async function extract(fields: FieldDef[], page: Page) {
  const out = await runExtraction(createOfflineProvider(), { schema: { fields }, pages: [page], text: textOf(page), mode: 'advanced' });
  return { values: out.results, confidence: out.confidenceScores };
}

const HEAD: Row[] = [
  [50, [50, 'Harbour Stationers Ltd']],
  [64, [50, '12 Quay Street, Bristol BS1 4DJ']],
];

describe('a credit note', () => {
  const items: Row[] = [
    [200, [50, 'Description'], [330, 'Qty'], [400, 'Unit price'], [520, 'Net']],
    [216, [50, 'Desk lamp'], [330, '-4'], [400, '£120.00'], [500, '£-480.00']],
    [232, [50, 'Paper, A4 box'], [330, '-2'], [400, '£35.50'], [500, '£-71.00']],
  ];

  it('gives its negative amounts: net, VAT and total credit, the sum proving each', async () => {
    const rows: Row[] = [...HEAD, [150, [50, 'CREDIT NOTE']], ...items, [280, [360, 'Net'], [500, '£-551.00']], [296, [360, 'VAT 20%'], [500, '£-110.20']], [312, [360, 'Total credit'], [500, '£-661.20']]];
    const { values, confidence } = await extract(FIELDS, pageOf(rows));
    expect(values).toEqual({ subtotal: -551, tax_amount: -110.2, total_amount: -661.2, balance_due: -661.2 });
    expect(confidence.total_amount).toBeGreaterThanOrEqual(90);
    expect(confidence.subtotal).toBeGreaterThanOrEqual(90);
  });

  it('in French, its minus signs printed before the amounts ("Total avoir TTC -661,20 €")', async () => {
    const rows: Row[] = [
      ...HEAD,
      [150, [50, 'AVOIR']],
      [200, [50, 'Désignation'], [330, 'Qté'], [400, 'Prix unitaire'], [520, 'Montant HT']],
      [216, [50, 'Lampe de bureau'], [330, '-4'], [400, '120,00 €'], [500, '-480,00 €']],
      [232, [50, 'Papier A4, carton'], [330, '-2'], [400, '35,50 €'], [500, '-71,00 €']],
      [280, [360, 'Total HT'], [500, '-551,00 €']],
      [296, [360, 'Total TVA'], [500, '-110,20 €']],
      [312, [360, 'Total avoir TTC'], [500, '-661,20 €']],
    ];
    const { values, confidence } = await extract([money('subtotal'), money('tax_amount'), money('total_amount')], pageOf(rows));
    expect(values).toEqual({ subtotal: -551, tax_amount: -110.2, total_amount: -661.2 });
    expect(confidence.total_amount).toBeGreaterThanOrEqual(90);
  });

  it('is not made of an invoice that prints a negative discount before its positive total', async () => {
    const rows: Row[] = [...HEAD, [280, [360, 'Subtotal'], [500, '600.00']], [296, [360, 'Total discount'], [500, '-48.00']], [312, [360, 'Total'], [500, '552.00']]];
    expect((await extract([money('total_amount')], pageOf(rows))).values.total_amount).toBe(552);
  });
});

describe('a row that says only "Net"', () => {
  it('is the amount before tax (a UK invoice: Net, VAT, Total)', async () => {
    const rows: Row[] = [...HEAD, [280, [360, 'Net'], [500, '£551.00']], [296, [360, 'VAT 20%'], [500, '£110.20']], [312, [360, 'Total'], [500, '£661.20']]];
    const { values, confidence } = await extract([money('subtotal'), money('total_amount')], pageOf(rows));
    expect(values).toEqual({ subtotal: 551, total_amount: 661.2 });
    expect(confidence.subtotal).toBeGreaterThanOrEqual(90);
  });

  it('but "Nett Total" is still the total', async () => {
    const rows: Row[] = [...HEAD, [280, [360, 'Sub Total'], [500, '50.00']], [296, [360, 'GST 6%'], [500, '3.00']], [312, [360, 'Nett Total'], [500, '53.00']]];
    expect((await extract([money('total_amount')], pageOf(rows))).values.total_amount).toBe(53);
  });
});

describe("Italy's split payment (scissione dei pagamenti)", () => {
  const rows: Row[] = [
    ...HEAD,
    [280, [320, 'Imponibile'], [500, '€ 6.081,11']],
    [296, [320, 'IVA 22%'], [500, '€ 1.337,84']],
    [312, [320, 'Totale documento'], [500, '€ 7.418,95']],
    [328, [320, 'IVA in scissione dei pagamenti'], [500, '- € 1.337,84']],
    [344, [320, 'Netto a pagare'], [500, '€ 6.081,11']],
  ];

  it('leaves the document total as the total, and the net to pay as what is left to pay', async () => {
    const { values, confidence } = await extract([money('total_amount'), money('balance_due'), money('amount_paid')], pageOf(rows));
    expect(values.total_amount).toBe(7418.95);
    expect(values.balance_due).toBe(6081.11);
    expect(confidence.balance_due).toBeGreaterThanOrEqual(90);
  });

  it('an invoice without it has the total left to pay', async () => {
    const plain = rows.slice(0, 5);
    expect((await extract([money('total_amount'), money('balance_due')], pageOf(plain))).values).toEqual({ total_amount: 7418.95, balance_due: 7418.95 });
  });
});
