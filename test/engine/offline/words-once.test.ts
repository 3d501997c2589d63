// Words printed once answer one field: two fields whose best values read the same words settle who keeps
// them, and the other takes its next candidate. Amounts may share (a total that is also the balance due).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/engine/types.ts';
import { pageOf, run, type Row } from './pages.ts';

describe('words printed once answer one field', () => {
  it('a date labelled for one field is not also the unlabelled other date of another', async () => {
    const fields: FieldDef[] = [{ name: 'issue_date', type: 'date' }, { name: 'expiry_date', type: 'date' }];
    const permit: Row[] = [
      [40, [40, 'PERMIT', 14]],
      [70, [40, 'Date: 03/28/2023']],
      [85, [40, 'Holder: Dale Hendricks'], [300, '03/27/2024']],
    ];
    const out = await run(fields, pageOf(permit));
    expect(out.results).toEqual({ issue_date: '2023-03-28', expiry_date: '2024-03-27' });
    // Read off no label of its own, the other date stays for review.
    expect(out.confidenceScores.expiry_date).toBeLessThan(80);
  });

  it('two fields no label tells apart take the document’s values in the order the schema asks them', async () => {
    const fields: FieldDef[] = [
      { name: 'arrival', type: 'date', description: 'Date of arrival' },
      { name: 'departure', type: 'date', description: 'Date of departure' },
    ];
    const stay: Row[] = [
      [40, [40, 'HOTEL STAY', 14]],
      [70, [40, 'Guest: Dale Hendricks']],
      [90, [40, 'Stay'], [240, '03/28/2023'], [330, '04/02/2023']],
    ];
    expect((await run(fields, pageOf(stay))).results).toEqual({ arrival: '2023-03-28', departure: '2023-04-02' });
  });

  it('one printed amount answers two amounts asked', async () => {
    const fields: FieldDef[] = [
      { name: 'total_amount', type: 'number' },
      { name: 'balance_due', type: 'number' },
    ];
    const bill: Row[] = [
      [40, [40, 'INVOICE', 14]],
      [70, [40, 'Consulting, March'], [400, '250.00']],
      [90, [300, 'Total due'], [400, '250.00']],
    ];
    expect((await run(fields, pageOf(bill))).results).toEqual({ total_amount: 250, balance_due: 250 });
  });
});
