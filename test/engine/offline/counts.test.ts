// Counts asked for ("How many guests are expected?", "donation_count"): the number printed before what it counts,
// not a price on the row of the counted word, nor a group of a phone number after it.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/engine/types.ts';
import { extract, pageOf, run, type Row } from './pages.ts';

describe('a count asked for', () => {
  const letter: Row[] = [
    [40, [40, 'Elmstead Manor', 14]],
    [90, [40, 'We are pleased to confirm your booking of the Orangery for your wedding reception on 3 May 2026, for 86 guests.']],
    [120, [40, 'Item'], [480, 'Amount']],
    [136, [40, 'Wedding breakfast, 86 guests @ £62.00'], [480, '£5,332.00']],
    [152, [40, 'Evening drinks, 86 guests @ £18.50'], [480, '£1,591.00']],
    [168, [40, 'Total'], [480, '£6,923.00']],
  ];

  it('is the number printed before the thing counted ("for 86 guests"), not the price after it ("@ £62.00")', async () => {
    const fields: FieldDef[] = [{ name: 'guest_count', type: 'integer', description: 'How many guests are expected?' }];
    const out = await run(fields, pageOf(letter));
    expect(out.results).toEqual({ guest_count: 86 });
    expect(out.confidenceScores.guest_count).toBeGreaterThanOrEqual(80);
  });

  it('takes the counted thing from a name ("box_count") or a description ("Number of boxes") in singular or plural', async () => {
    const rows: Row[] = [
      [40, [40, 'DELIVERY NOTE', 14]],
      [80, [40, 'Consignment shipped in 1 box by road; collected with 12 pallets of returns at £40.00 each.']],
    ];
    expect(await extract([{ name: 'box_count', type: 'integer' }], pageOf(rows))).toEqual({ box_count: 1 });
    expect(await extract([{ name: 'returns', type: 'integer', description: 'Number of pallets collected' }], pageOf(rows))).toEqual({ returns: 12 });
  });
});

describe('money beside a count', () => {
  it('is no count: "95,00 €" on the row of the nights is their price ("Number of nights stayed")', async () => {
    const rows: Row[] = [
      [40, [40, 'Hôtel du Pont', 14]],
      [80, [40, 'Désignation'], [300, 'Qté'], [400, 'P.U.'], [500, 'Montant']],
      [96, [40, 'Nuitée chambre double'], [305, '2'], [400, '88,00 €'], [500, '176,00 €']],
      [112, [40, 'Taxe de séjour'], [305, '2'], [400, '1,50 €'], [500, '3,00 €']],
      [140, [380, 'Total TTC :'], [500, '179,00 €']],
    ];
    expect(await extract([{ name: 'nights', type: 'integer', description: 'Number of nights stayed' }], pageOf(rows))).toEqual({ nights: 2 });
  });
});

describe('a number printed in groups', () => {
  it('gives no count: the groups of a phone number after a label word are no value ("donation. Information: 900 555 303")', async () => {
    const rows: Row[] = [
      [40, [40, 'BLOOD DONOR CARD', 14]],
      [80, [40, 'DONATIONS MADE', 7], [200, 'LAST DONATION', 7]],
      [91, [40, '17'], [200, '4 March 2025']],
      [140, [40, 'Bring this card to every donation. Information: 900 555 303']],
    ];
    expect(await extract([{ name: 'donation_count', type: 'integer', description: 'Number of donations made so far' }], pageOf(rows))).toEqual({ donation_count: 17 });
  });
});

describe('a number in parentheses', () => {
  it('of one or two digits is a note\'s or a box\'s, no sum in brackets: "GROSS (1)" heads the gross weight, it is not -1', async () => {
    const rows: Row[] = [
      [40, [40, 'WEIGHBRIDGE TICKET', 14]],
      [80, [40, 'GROSS (1)', 7], [140, 'TARE (1)', 7], [240, 'NET (1)', 7]],
      [90, [40, '38,420'], [140, '14,960'], [240, '23,460']],
      [130, [40, '(1) Weights in kilograms, trade-approved weighbridge.']],
    ];
    expect(await extract([{ name: 'gross_weight', type: 'number', description: 'Gross weight' }], pageOf(rows))).toEqual({ gross_weight: 38420 });
  });
});

describe('a count of visits', () => {
  const field: FieldDef = { name: 'number_of_visits', type: 'number', description: 'How many study visits the participant will have' };

  it('is written in words ("seven study visits"), the thing counted said by the name or the description', async () => {
    const rows: Row[] = [
      [40, [50, 'PARTICIPANT INFORMATION AND CONSENT', 14]],
      [90, [50, 'Taking part means seven study visits to the Clinical Research Facility over 14 weeks and three telephone calls.']],
    ];
    expect(await extract([field], pageOf(rows))).toEqual({ number_of_visits: 7 });
  });

  it('is printed before the thing counted in another language ("9 visite": the stem of "visits")', async () => {
    const rows: Row[] = [
      [40, [50, 'CONSENSO INFORMATO', 14]],
      [90, [50, "Sono stato informato che lo studio prevede 9 visite presso il Centro nell'arco di 15 mesi, oltre a 3 contatti telefonici."]],
    ];
    expect(await extract([field], pageOf(rows))).toEqual({ number_of_visits: 9 });
  });

  it('leaves a time in words to its own unit: "one month\'s notice" is no term in months', async () => {
    const rows: Row[] = [
      [40, [50, 'MEMBERSHIP AGREEMENT', 14]],
      [80, [50, 'Minimum term:'], [160, '12 months']],
      [110, [50, 'After the minimum term you may cancel with one month\'s notice.']],
    ];
    const out = await run([{ name: 'minimum_term_months', type: 'integer', description: 'Minimum contract term in months' }], pageOf(rows));
    expect(out.results).toEqual({ minimum_term_months: 12 });
    expect(out.confidenceScores.minimum_term_months).toBeGreaterThanOrEqual(90);
  });
});
