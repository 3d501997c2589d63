// Offline schema proposals: from a document's label/value pairs and tables, and from a sentence. A proposal is
// judged as a user meets it: the document extracted with the proposed schema gives back the printed values.
import { describe, expect, it } from 'vitest';
import { typeFromValue } from '../../../src/engine/offline/field-types.ts';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { MAX_PROPOSED_FIELDS, proposeSchemaFromDescription, proposeSchemaFromDocument } from '../../../src/engine/offline/propose.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

/** The schema proposed from a page, and what extracting the page with it gives: `name:type` → value. */
async function proposeAndExtract(rows: Row[]): Promise<Record<string, unknown>> {
  const page: Page = pageOf(rows);
  const schema = proposeSchemaFromDocument([page]);
  const out = await runExtraction(createOfflineProvider(), { schema, pages: [page], text: textOf(page), mode: 'advanced' });
  return Object.fromEntries(schema.fields.map((f) => [`${f.name}:${f.type}`, out.results[f.name]]));
}

describe('proposeSchemaFromDocument', () => {
  it('proposes typed fields from label/value pairs and a line-item list from the table', () => {
    const page = pageOf([
      [40, [60, 'Invoice number: INV-001']],
      [56, [60, 'Invoice date: 15/06/2024']],
      [72, [60, 'Total due: 1,200.00']],
      [100, [60, 'Description'], [300, 'Qty'], [360, 'Unit price'], [460, 'Amount']],
      [118, [60, 'Chairs'], [300, '2'], [360, '600.00'], [460, '1,200.00']],
    ]);
    const schema = proposeSchemaFromDocument([page]);
    const byName = Object.fromEntries(schema.fields.map((f) => [f.name, f]));
    expect(byName.invoice_number.type).toBe('string');
    expect(byName.invoice_date.type).toBe('date');
    expect(byName.total_due.type).toBe('number');
    expect(byName.line_items.type).toBe('list');
    expect(byName.line_items.items?.fields?.map((f) => [f.name, f.type])).toEqual([
      ['description', 'string'],
      ['qty', 'integer'],
      ['unit_price', 'number'],
      ['amount', 'number'],
    ]);
  });
});

describe('proposeSchemaFromDocument: labels and values wherever the layout puts them', () => {
  it('takes a label ending in a colon with its value in the next cell, named by the label and typed by the value', async () => {
    const got = await proposeAndExtract([
      [36, [40, 'Harp Bank', 18]],
      [117, [40, 'Beneficiary name:'], [180, 'Atelier Dubois SARL']],
      [135, [40, 'Beneficiary IBAN:'], [180, 'FR72 4929 4294 4966 7915 7442 850']],
      [153, [40, 'Beneficiary BIC:'], [180, 'BNPAFRPP']],
      [171, [40, 'Amount:'], [180, '€2,046.06']],
      [189, [40, 'Execution date:'], [180, '8 June 2023']],
      [207, [40, 'Payment reference:'], [180, 'INV-91328']],
    ]);
    expect(got).toMatchObject({
      'beneficiary_name:string': 'Atelier Dubois SARL',
      'beneficiary_iban:string': 'FR72 4929 4294 4966 7915 7442 850',
      'beneficiary_bic:string': 'BNPAFRPP',
      'amount:number': 2046.06,
      'execution_date:date': '2023-06-08',
      'payment_reference:string': 'INV-91328',
    });
    // A full-width colon ends a label as a colon does.
    expect(await proposeAndExtract([[40, [40, 'Order ID：'], [140, 'A-55012']]])).toEqual({ 'order_id:string': 'A-55012' });
    // A value in capitals beside its label ("BNPAFRPP") labels nothing of its own.
    expect(Object.keys(got)).not.toContain('bnpafrpp:number');
  });

  it('takes headings in capitals or small print over their cells, and captions in small print under their values', async () => {
    const got = await proposeAndExtract([
      [40, [35, 'TICKET HOLDER', 8], [290, 'TICKET #', 8]],
      [50, [35, 'DANIEL OKAFOR'], [290, '7474 1874 9259']],
      [80, [35, 'EXPORTER / SHIPPER', 8]],
      [90, [35, 'Cascade Outdoor Gear Inc']],
      [102, [35, '4100 Industrial Ave']],
      [140, [50, 'FAC-2025-3132', 12], [220, '02.06.2021', 12]],
      [157, [50, 'Invoice #', 8], [220, 'Invoice date', 8]],
    ]);
    expect(got).toMatchObject({
      'ticket_holder:string': 'DANIEL OKAFOR',
      'ticket_number:string': '7474 1874 9259',
      'exporter_shipper:string': 'Cascade Outdoor Gear Inc',
      'invoice_number:string': 'FAC-2025-3132',
      'invoice_date:date': '2021-06-02',
    });
    // An organisation's name over its street is no label of the street.
    expect(Object.keys(got).some((k) => k.startsWith('cascade'))).toBe(false);
    // A label's initials are one word of its name, as the extractor reads them.
    expect(await proposeAndExtract([[40, [383, 'R.O. NUMBER', 7]], [51, [384, 'RO-148040', 11]]])).toEqual({ 'ro_number:string': 'RO-148040' });
  });

  it('reads a rate printed in a label as the label\'s, and a phone or email after a label word without a colon', async () => {
    const got = await proposeAndExtract([
      [40, [50, 'Northwind Supplies Inc', 18]],
      [72, [50, 'Tel. +1 416 259 6589']],
      [85, [50, 'Email info@northwind.ca']],
      [250, [360, 'Subtotal'], [500, '1,498.56']],
      [266, [360, 'VAT 20%'], [500, '299.71']],
      [282, [360, 'TOTAL'], [500, '1,798.27']],
    ]);
    expect(got).toMatchObject({ 'tel:string': '+1 416 259 6589', 'email:string': 'info@northwind.ca', 'subtotal:number': 1498.56, 'vat:number': 299.71, 'total:number': 1798.27 });
    // A rate printed apart from its sign before a colon cell, and a currency's code before an amount, which labels nothing.
    const french = await proposeAndExtract([
      [341, [360, 'Total HT :'], [480, 'EUR 18 220,14']],
      [356, [360, 'TVA 20 % :'], [485, 'EUR 3 644,03']],
      [371, [360, 'Net à payer :'], [480, 'EUR 21 864,17']],
    ]);
    expect(french).toEqual({ 'total_ht:number': 18220.14, 'tva:number': 3644.03, 'net_a_payer:number': 21864.17 });
  });

  it('reads several labels in one segment, and a label beside its value right of another block', async () => {
    const got = await proposeAndExtract([
      [37, [360, 'Hollybrook Joinery Ltd', 16]],
      [132, [50, 'Bright Path Consulting LLC'], [360, 'Invoice No.'], [460, 'INV-88741']],
      [145, [50, '900 Lakeshore Drive'], [360, 'Invoice date'], [460, '4 October 2023']],
      [763, [50, 'Tel. +1 416 618 3361 Email: accounts@northwind.ca']],
      [776, [50, 'VAT Reg No: GB 113 6928 39 Company Reg No: 18659638']],
    ]);
    expect(got).toMatchObject({
      'invoice_no:string': 'INV-88741',
      'invoice_date:date': '2023-10-04',
      'tel:string': '+1 416 618 3361',
      'email:string': 'accounts@northwind.ca',
      'vat_reg_no:string': 'GB 113 6928 39',
      'company_reg_no:string': '18659638',
    });
    // An address beside a label is no label of its own.
    expect(Object.keys(got).some((k) => k.startsWith('bright') || k.startsWith('900'))).toBe(false);
  });

  it('proposes the date and email a document prints under no label', async () => {
    const got = await proposeAndExtract([
      [40, [60, 'GREEN VALLEY MARKET', 14]],
      [60, [60, '1847 W Jefferson Ave']],
      [72, [60, 'Springfield, IL 62702']],
      [84, [60, 'hello@greenvalley.com']],
      [110, [60, '03/14/2024'], [200, '14:22']],
      [200, [60, 'TOTAL'], [200, '23.40']],
    ]);
    expect(got).toMatchObject({ 'date:date': '2024-03-14', 'email:string': 'hello@greenvalley.com', 'total:number': 23.4 });
  });

  it('takes a label of the vocabulary right of another block ("Bill to" over the customer); a title at the head is no label', async () => {
    const got = await proposeAndExtract([
      [40, [50, 'Invoice', 25], [415, 'Cloudberry Analytics, Inc.', 13]],
      [87, [50, 'Invoice number'], [150, '7282F043-0020']],
      [101, [50, 'Date of issue'], [150, 'March 28, 2023']],
      [115, [50, 'Date due'], [150, 'April 27, 2023']],
      [162, [50, 'Cloudberry Analytics, Inc.'], [240, 'Bill to']],
      [174, [50, '548 Market Street, Suite 210'], [240, 'Hôtel du Parc SAS']],
      [186, [50, 'San Francisco, CA 94104'], [240, '8 place Bellecour']],
    ]);
    expect(got).toMatchObject({ 'invoice_number:string': '7282F043-0020', 'date_of_issue:date': '2023-03-28', 'date_due:date': '2023-04-27', 'bill_to:string': 'Hôtel du Parc SAS' });
    expect(Object.keys(got)).not.toContain('invoice:string');
  });

  it('reads captions under their values on a form of rows of value and caption, each caption with the value nearer it', async () => {
    const got = await proposeAndExtract([
      [41, [40, 'Brightline Mutual Insurance', 11]],
      [131, [42, 'AU-4391496', 11], [272, 'Sofia Lindqvist', 11]],
      [145, [40, 'Policy number', 7], [270, 'Full name of claimant', 7]],
      [166, [42, '58 Queen Street, Bristol BS1 4LN', 11]],
      [180, [40, 'Address', 7]],
      [201, [42, '07462 862235', 11]],
      [215, [40, 'Telephone', 7]],
      [451, [42, 'Sofia Lindqvist', 11], [302, '06/08/2023', 11]],
      [465, [40, 'Signature', 7], [300, 'Date', 7]],
    ]);
    expect(got).toMatchObject({
      'policy_number:string': 'AU-4391496',
      'full_name_of_claimant:string': 'Sofia Lindqvist',
      'telephone:string': '07462 862235',
      'date:date': '2023-08-06',
    });
    // (The address reader runs on into the caption under the address: the field is proposed, its value is the reader's.)
    expect(Object.keys(got)).toContain('address:string');
    // A name over its caption is a value, not the label of the date beside it.
    expect(Object.keys(got).some((k) => k.startsWith('sofia'))).toBe(false);
  });

  it('proposes a choice printed as boxes to tick as an enum of its options, a yes/no question as a boolean', async () => {
    const got = await proposeAndExtract([
      [40, [40, 'Evergreen Insurance Company', 12]],
      [117, [30, 'CLAIM TYPE', 6], [90, '[] Auto'], [140, '[X] Home'], [190, '[] Travel'], [240, '[] Health']],
      [140, [30, 'Type of cover:'], [120, 'Basic'], [195, 'X Comprehensive'], [300, 'Third party']],
      [160, [30, 'Was the incident reported to the police?'], [260, '[X] Yes'], [300, '[ ] No']],
    ]);
    expect(got).toMatchObject({ 'claim_type:enum': 'Home', 'type_of_cover:enum': 'Comprehensive', 'was_the_incident_reported_to_the_police:boolean': true });
    const schema = proposeSchemaFromDocument([pageOf([[117, [30, 'CLAIM TYPE', 6], [90, '[] Auto'], [140, '[X] Home'], [190, '[] Travel'], [240, '[] Health']]])]);
    expect(schema.fields.find((f) => f.name === 'claim_type')?.values).toEqual(['Auto', 'Home', 'Travel', 'Health']);
  });

  it('takes captions under a row of values for captions, not for the headings of a table', () => {
    const schema = proposeSchemaFromDocument([
      pageOf([
        [301, [42, '03/08/2023', 11], [232, '£8,019.38', 11], [422, 'Hotel in Lisbon', 11]],
        [315, [40, 'Date of loss', 7], [230, 'Estimated amount claimed', 7], [420, 'Place of loss', 7]],
        [337, [40, 'Was the incident reported to the police?'], [260, 'X Yes'], [320, 'No']],
      ]),
    ]);
    expect(schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(['date_of_loss:date', 'estimated_amount_claimed:number', 'place_of_loss:string', 'was_the_incident_reported_to_the_police:boolean']);
  });

  it('reads a block of labels with box codes ("D.1 Make") beside values in capitals, the codes left out of the names', () => {
    const schema = proposeSchemaFromDocument([
      pageOf([
        [41, [40, 'VEHICLE REGISTRATION CERTIFICATE', 17]],
        [102, [40, 'A. Registration number'], [230, 'KX79 MVP', 11]],
        [120, [40, 'B. Date of first registration'], [230, '09.04.2025', 11]],
        [138, [40, 'D.1 Make'], [230, 'VAUXHALL', 11]],
        [156, [40, 'D.3 Model'], [230, 'YARIS', 11]],
        [174, [40, 'P.3 Type of fuel'], [230, 'DIESEL', 11]],
      ]),
    ]);
    expect(schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(['registration_number:string', 'date_of_first_registration:date', 'make:string', 'model:string', 'type_of_fuel:string']);
  });

  it('tells a label printed twice apart by the heading of its block', async () => {
    const got = await proposeAndExtract([
      [40, [40, 'Sender']],
      [56, [40, 'Name:'], [120, 'Ana Ribeiro']],
      [72, [40, 'Phone:'], [120, '+351 912 345 678']],
      [110, [40, 'Recipient']],
      [126, [40, 'Name:'], [120, 'Tomás Silva']],
      [142, [40, 'Phone:'], [120, '+351 933 222 111']],
    ]);
    expect(got).toMatchObject({ 'name:string': 'Ana Ribeiro', 'recipient_name:string': 'Tomás Silva', 'phone:string': '+351 912 345 678', 'recipient_phone:string': '+351 933 222 111' });
  });

  it('makes a table of several rows a list, its columns typed by their cells; one row under plain headings is labelled cells', () => {
    const schema = proposeSchemaFromDocument([
      pageOf([
        [40, [40, 'Date'], [140, 'Activity'], [300, 'Hours'], [400, 'Rate']],
        [58, [40, '03/02/2025'], [140, 'Site survey'], [300, '6'], [400, '45.00']],
        [74, [40, '04/02/2025'], [140, 'Drafting'], [300, '7'], [400, '45.00']],
        [140, [40, 'SECTION', 8], [130, 'ROW', 8], [210, 'SEAT', 8], [290, 'PRICE', 8]],
        [152, [40, '294', 14], [130, 'K', 14], [210, '16', 14], [290, '$74.25', 14]],
      ]),
    ]);
    const list = schema.fields.find((f) => f.type === 'list');
    expect(list?.items?.fields?.map((f) => `${f.name}:${f.type}`)).toEqual(['date:date', 'activity:string', 'hours:integer', 'rate:number']);
    expect(schema.fields.filter((f) => f.type !== 'list').map((f) => `${f.name}:${f.type}`)).toEqual(['section:string', 'row:string', 'seat:string', 'price:number']);
  });

  it('takes abbreviated headings and an abbreviation in capitals among words; a box border read by OCR is no row', () => {
    const items = proposeSchemaFromDocument([
      pageOf([
        [152, [44, 'Código'], [106, 'Concepto'], [317, 'QTY'], [390, 'P. unit.'], [460, 'Dto.'], [531, 'Total']],
        [170, [44, 'D39-4567'], [106, 'Cemento gris CEM II 25 kg'], [348, '1'], [407, '5,12'], [462, '0%'], [533, '5,12']],
        [186, [44, 'K20-1180'], [106, 'Arena fina 25 kg'], [348, '4'], [407, '2,80'], [462, '0%'], [533, '11,20']],
      ]),
    ]).fields.find((f) => f.type === 'list');
    expect(items?.items?.fields?.map((f) => f.name)).toEqual(['codigo', 'concepto', 'qty', 'p_unit', 'dto', 'total']);
    const cells = proposeSchemaFromDocument([
      pageOf([
        [79, [27, 'WORKER NAME', 6], [154, 'PAYROLL NO.', 6], [254, 'WEEK ENDING (SUNDAY)', 6]],
        [87, [28, 'Liam Fletcher', 9], [154, 'AP 149805', 9], [254, '15/06/2025', 9]],
        [98, [27, 'ee', 9], [230, 'o—.—]—————o———dÑ—]d——ÑÑ_—[:——', 9]],
      ]),
    ]);
    expect(cells.fields.map((f) => `${f.name}:${f.type}`)).toEqual(['worker_name:string', 'payroll_no:string', 'week_ending_sunday:date']);
  });

  it('splits a heading of two things ("Shipper\'s name and address") in two fields; a title is no heading of the line under it', async () => {
    const got = await proposeAndExtract([
      [39, [40, 'AIR WAYBILL', 20], [383, 'AWB NUMBER', 7]],
      [53, [384, '084-7289 8822', 11]],
      [63, [40, 'Not negotiable', 9]],
      [92, [43, "SHIPPER'S NAME AND ADDRESS", 7], [303, "CONSIGNEE'S NAME AND ADDRESS", 7]],
      [103, [44, 'Northgate Textiles Ltd', 11], [304, 'Harbor Medical Supply Co', 11]],
      [118, [44, 'Unit 9, Riverside Works, Sheffield S3 8DG', 9], [304, '1450 Commerce Way, Denver, CO 80216', 9]],
      [152, [43, 'NO. OF PIECES', 7]],
      [163, [44, '2', 11]],
    ]);
    expect(got).toMatchObject({ 'awb_number:string': '084-7289 8822', 'shipper_name:string': 'Northgate Textiles Ltd', 'consignee_name:string': 'Harbor Medical Supply Co', 'no_of_pieces:integer': 2 });
    // The address under the name, not the name: words printed once answer one field.
    expect(got).toMatchObject({ 'shipper_address:string': 'Unit 9, Riverside Works, Sheffield S3 8DG', 'consignee_address:string': '1450 Commerce Way, Denver, CO 80216' });
    expect(Object.keys(got).some((k) => k.startsWith('air_waybill'))).toBe(false);
  });

  it('ends a table at another row of headings printed like its own, each row under its headings a row of cells', () => {
    const schema = proposeSchemaFromDocument([
      pageOf([
        [64, [35, 'NAME OF PASSENGER', 8], [260, 'FLIGHT', 8], [360, 'DATE', 8], [460, 'BOOKING REF', 8]],
        [75, [35, 'ELLISON/MARGARET MS', 12], [260, 'BA 843', 12], [360, '25 DEC 2023', 12], [460, 'TRAMRD', 12]],
        [104, [35, 'FROM', 8], [160, 'TO', 8], [260, 'GATE', 8], [330, 'BOARDING TIME', 8], [460, 'SEAT', 8]],
        [115, [35, 'LHR', 16], [160, 'JFK', 16], [260, 'C25', 16], [330, '12:30', 16], [460, '37C', 16]],
      ]),
    ]);
    expect(schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'name_of_passenger:string', 'flight:string', 'date:date', 'booking_ref:string', 'from:string', 'to:string', 'gate:string', 'boarding_time:string', 'seat:string',
    ]);
  });

  it('reads a block of labels without colons beside their values by its alignment, beside an address in capitals', async () => {
    const got = await proposeAndExtract([
      [36, [40, 'Thornbury Bank', 18]],
      [97, [40, 'MARGARET ELLISON'], [300, 'Account name'], [410, 'Margaret Ellison']],
      [111, [40, '14 ORCHARD ROAD'], [300, 'Sort code'], [410, '03-57-99']],
      [125, [40, 'LEEDS'], [300, 'IBAN'], [410, 'GB11 NWBK 5535 7433 3504 28']],
      [139, [40, 'LS6 2QA'], [300, 'Statement period'], [410, '1 February 2024 to 29 February 2024']],
      [200, [40, 'Date'], [120, 'Description'], [400, 'Paid out'], [480, 'Balance']],
      [216, [40, '01 FEB'], [120, 'BALANCE BROUGHT FORWARD'], [480, '3,846.15']],
      [232, [40, '03 FEB'], [120, 'CARD PAYMENT TESCO'], [400, '96.55'], [480, '3,749.60']],
    ]);
    expect(got).toMatchObject({ 'account_name:string': 'Margaret Ellison', 'iban:string': 'GB11 NWBK 5535 7433 3504 28', 'statement_period:string': '1 February 2024 to 29 February 2024' });
    expect(got['sort_code:string']).toBe('03-57-99');
    const list = Object.entries(got).find(([k]) => k.endsWith(':list'));
    expect(list?.[0]).toBe('line_items:list');
    expect(list?.[1]).toHaveLength(2);
  });

  it('proposes the issuer\'s name and address printed under no label at the head of the document', async () => {
    const got = await proposeAndExtract([
      [46, [50, 'Northwind Supplies Inc', 18], [340, 'INVOICE', 16]],
      [72, [50, '88 King Street West']],
      [85, [50, 'Toronto ON M5H 1J9'], [340, 'Invoice No:'], [450, 'A-2024-6877']],
      [98, [340, 'Issue date:'], [450, '05/07/2023']],
    ]);
    expect(got).toMatchObject({ 'issuer_name:string': 'Northwind Supplies Inc', 'issuer_address:string': '88 King Street West Toronto ON M5H 1J9', 'invoice_no:string': 'A-2024-6877', 'issue_date:date': '2023-07-05' });
  });
});

describe('proposeSchemaFromDocument: long documents', () => {
  it('proposes a label printed again on every page once, and never more than MAX_PROPOSED_FIELDS fields', () => {
    const page = (n: number, rows: Row[]): Page => {
      const p = pageOf(rows);
      return { ...p, number: n, words: p.words.map((w) => ({ ...w, id: `p${n}-${w.id}` })) };
    };
    const statement = [1, 2, 3].map((n) => page(n, [[40, [40, 'Account number:'], [200, '33544923']], [56, [40, 'Page:'], [200, `${n} of 3`]]]));
    expect(proposeSchemaFromDocument(statement).fields.map((f) => f.name)).toEqual(['account_number', 'page']);
    const many = page(1, Array.from({ length: 70 }, (_, i): Row => [20 + i * 11, [40, `Box ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) ? String.fromCharCode(65 + Math.floor(i / 26)) : ''}:`], [200, `${i}.50`]]));
    const two = page(2, Array.from({ length: 70 }, (_, i): Row => [20 + i * 11, [40, `Line ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) ? String.fromCharCode(65 + Math.floor(i / 26)) : ''}:`], [200, `${i}.75`]]));
    expect(proposeSchemaFromDocument([many, two]).fields).toHaveLength(MAX_PROPOSED_FIELDS);
  });
});

describe('typeFromValue', () => {
  it('tells counts from codes, amounts from identifiers, dates and yes/no answers', () => {
    expect(typeFromValue('8', 'Number of packages')).toBe('integer');
    expect(typeFromValue('294', 'Section')).toBe('string');
    expect(typeFromValue('06292957', 'Patient ID')).toBe('string');
    expect(typeFromValue('7321.11', 'HS code')).toBe('string');
    expect(typeFromValue('USD 12,229.30', 'Total invoice value')).toBe('number');
    expect(typeFromValue('114.8 kg', 'Total net weight')).toBe('number');
    // Capitals before digits are a tax number's prefix, not a currency.
    expect(typeFromValue('ATU71397745', 'UID-Nr')).toBe('string');
    expect(typeFromValue('8 June 2023', 'Execution date')).toBe('date');
    // A statement's day and month without the year.
    expect(typeFromValue('01 FEB', 'Date')).toBe('date');
    expect(typeFromValue('Yes', 'Willing to relocate')).toBe('boolean');
    expect(typeFromValue('info@northwind.ca', 'E-mail')).toBe('string');
  });
});

describe('proposeSchemaFromDescription', () => {
  it('splits a sentence into named fields with types from their names', () => {
    const schema = proposeSchemaFromDescription('contract', 'Extract the supplier name, the contract date, the total amount and the payment due date');
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['supplier_name', 'string'],
      ['contract_date', 'date'],
      ['total_amount', 'number'],
      ['payment_due_date', 'date'],
    ]);
  });

  it('understands Spanish', () => {
    const schema = proposeSchemaFromDescription('factura', 'Extraer el número de factura, la fecha, el proveedor y el importe total');
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['numero_de_factura', 'string'],
      ['fecha', 'date'],
      ['proveedor', 'string'],
      ['importe_total', 'number'],
    ]);
  });
});
