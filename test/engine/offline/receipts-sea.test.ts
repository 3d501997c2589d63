// Malaysian and Singaporean shop receipts beyond the SROIE dev ones: a brand printed over the registered
// name, a registration number read with stray brackets, and Singapore's six-digit postcodes.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import { SROIE_SCHEMA } from '../../../src/engine/eval/dataset.ts';
import { pageOf, textOf, type Row } from './pages.ts';

async function receiptOf(rows: Row[]) {
  const page = pageOf(rows, 90);
  const out = await runExtraction(createOfflineProvider(), { schema: SROIE_SCHEMA, pages: [page], text: textOf(page), mode: 'advanced' });
  return out.results as { company?: string; address?: string; date?: string; total?: number };
}

const TAIL: Row[] = [
  [120, [40, 'TAX INVOICE']],
  [134, [40, 'DATE : 14/05/2018 10:21:44']],
  [160, [40, 'FLOOR TILE 30X30'], [200, '45.00']],
  [174, [40, 'TILE GROUT 1KG'], [200, '8.50']],
  [200, [40, 'TOTAL (INCLUSIVE GST)'], [200, '53.50']],
  [214, [40, 'CASH'], [200, '60.00']],
  [228, [40, 'CHANGE'], [200, '6.50']],
];

describe('the registered name under a brand', () => {
  it('takes the legal name, not the brand over it joined to it, when the brand repeats its words', async () => {
    const out = await receiptOf([
      [20, [70, 'SENG FATT HARDWARE']],
      [34, [30, 'SENG FATT HARDWARE TRADING SDN BHD (998877-X)']],
      [48, [40, 'NO. 12, JALAN KENANGA 4,']],
      [62, [40, '70200 SEREMBAN, NEGERI SEMBILAN']],
      [76, [40, 'TEL : 06-761 2230']],
      [90, [40, 'GST REG NO : 000712345678']],
      ...TAIL,
    ]);
    expect(out.company).toBe('SENG FATT HARDWARE TRADING SDN BHD');
  });

  it('takes the name that carries the registration number below it over a brand above it', async () => {
    const out = await receiptOf([
      [20, [60, 'RESTORAN MUTIARA SELERA']],
      [34, [60, 'MUTIARA SELERA ENTERPRISE']],
      [48, [80, '(001122334-W)']],
      [62, [40, 'NO. 3, JALAN MELATI 2,']],
      [76, [40, '31400 IPOH, PERAK']],
      [90, [40, 'TEL: 05-545 1120']],
      ...TAIL,
    ]);
    expect(out.company).toBe('MUTIARA SELERA ENTERPRISE');
  });
});

describe('the address', () => {
  it('leaves out a registration number read with stray brackets', async () => {
    const out = await receiptOf([
      [20, [40, 'KEDAI BATU BATA JAYA SDN BHD']],
      [34, [70, '({778899-K}']],
      [48, [40, 'LOT 7, JALAN PERUSAHAAN 2,']],
      [62, [40, '08000 SUNGAI PETANI, KEDAH']],
      [76, [40, 'TEL: 04-421 7788']],
      ...TAIL,
    ]);
    expect(out.address).toBe('LOT 7, JALAN PERUSAHAAN 2, 08000 SUNGAI PETANI, KEDAH');
  });

  it('ends with a Singapore postcode', async () => {
    const out = await receiptOf([
      [20, [40, 'ORCHID LANE PTE. LTD.']],
      [34, [40, '391 ORCHARD ROAD #03-12']],
      [48, [40, 'NGEE ANN CITY']],
      [62, [40, 'Singapore 238872']],
      [76, [40, 'TEL: 6735 0012']],
      [90, [40, 'GST REG NO: 200512345M']],
      ...TAIL,
    ]);
    expect(out.address).toBe('391 ORCHARD ROAD #03-12 NGEE ANN CITY Singapore 238872');
  });
});
