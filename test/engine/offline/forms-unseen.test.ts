// Weaknesses found on eval/forms-unseen (kinds of form the extractor had not been tuned on): descriptions of
// the form "X of the Y", a name asked whole but printed in two boxes, labels in the plural, and who did
// something printed as what they did ("Approved by").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/engine/eval/dataset.ts';
import { readDocument } from '../../../src/engine/read/index.ts';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { asksPersonName } from '../../../src/engine/offline/person.ts';
import { describedLabels } from '../../../src/engine/offline/vocabulary.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef } from '../../../src/engine/types.ts';
import { extract, pageOf, run, type Row } from './pages.ts';

const field = (name: string, type: FieldDef['type'], description?: string): FieldDef => ({ name, type, ...(description ? { description } : {}) });

describe('labels a description "X of the Y" gives', () => {
  it('reads "Result of the test" as "Test result" or "Result", "Name of the patient" as "Patient name" or "Patient"', () => {
    expect(describedLabels('Result of the test')).toEqual(['test result', 'result']);
    expect(describedLabels('Name of the patient')).toEqual(['patient name', 'patient']);
    expect(describedLabels('Beneficiary of the transfer')).toEqual(['transfer beneficiary', 'beneficiary']);
    // Each alternative on its own; a relative clause says whose, not what.
    expect(describedLabels('Section / block of the seat')).toEqual(['section', 'seat block', 'block']);
    expect(describedLabels('Name of the employer who withheld the tax')).toEqual(['employer name', 'employer']);
    // A sentence is still no label.
    expect(describedLabels('Length of the course in hours')).toEqual([]);
  });

  it('finds each value of a one-row table under the heading its description names, headings in the plural too', async () => {
    const rows: Row[] = [
      [40, [40, 'Patient Name:'], [140, 'Raman, Priya']],
      // Headings as large as the cells: the capitals say they head columns.
      [90, [40, 'TEST'], [217, 'RESULT'], [270, 'FLAG'], [320, 'UNITS'], [420, 'REFERENCE RANGE']],
      [105, [40, 'Glucose, Fasting'], [235, '122'], [270, 'H'], [320, 'mg/dL'], [420, '70-99']],
    ];
    const schema = [field('test_name', 'string', 'Name of the test'), field('result_value', 'number', 'Result of the test'), field('unit', 'string', 'Unit of the result')];
    expect(await extract(schema, pageOf(rows))).toEqual({ test_name: 'Glucose, Fasting', result_value: 122, unit: 'mg/dL' });
    // A column of many rows is a list: its first row is no value of the document.
    const list: Row[] = [...rows, [120, [40, 'Glucose, Random'], [235, '140'], [270, 'H'], [320, 'mg/dL'], [420, '70-140']]];
    expect((await extract([field('result_value', 'number', 'Result of the test')], pageOf(list))).result_value).toBeNull();
  });

  it('reads a heading joined by a conjunction as one heading, not a label and its value ("POSITION AND AVAILABILITY")', async () => {
    const rows: Row[] = [[60, [40, 'POSITION AND AVAILABILITY']], [80, [40, 'Position sought:'], [160, 'Junior accountant']]];
    expect(await extract([field('position', 'string')], pageOf(rows))).toEqual({ position: 'Junior accountant' });
  });

  it('takes the IBAN a label saying the field\'s own words gives over one a bare "IBAN" label gives', async () => {
    const rows: Row[] = [
      [60, [40, 'Account IBAN:'], [180, 'IE29 AIBK 9311 5212 3456 78']],
      [76, [40, 'Beneficiary IBAN:'], [180, 'FR76 3000 6000 0112 3456 7890 189']],
    ];
    expect(await extract([field('payee_iban', 'string', "Beneficiary's IBAN")], pageOf(rows))).toEqual({ payee_iban: 'FR76 3000 6000 0112 3456 7890 189' });
  });

  it('takes the beneficiary\'s name, not its IBAN, for a payee described "Beneficiary of the transfer"', async () => {
    const rows: Row[] = [
      [60, [40, 'Beneficiary name:'], [180, 'Atelier Dubois SARL']],
      [76, [40, 'Beneficiary IBAN:'], [180, 'FR76 3000 6000 0112 3456 7890 189']],
    ];
    expect(await extract([field('payee', 'string', 'Beneficiary of the transfer')], pageOf(rows))).toEqual({ payee: 'Atelier Dubois SARL' });
  });
});

describe('a name asked whole, printed in two boxes', () => {
  it('joins the first names and the surname printed under their labels', async () => {
    const rows: Row[] = [
      [100, [43, 'Title', 7], [108, 'Surname', 7], [313, 'First name(s)', 7]],
      [111, [44, 'Ms'], [109, 'Nwosu'], [314, 'Amara']],
      [135, [43, 'Email address', 7], [313, 'Telephone (mobile)', 7]],
      [146, [44, 'amara.nwosu@outlook.com'], [314, '07661 261135']],
    ];
    expect(await extract([field('applicant_name', 'string', 'Full name of the applicant')], pageOf(rows))).toEqual({ applicant_name: 'Amara Nwosu' });
  });

  it('keeps a whole name its own label gives ("Nombre y apellidos")', async () => {
    const rows: Row[] = [[60, [40, 'Nombre y apellidos:'], [190, 'Javier Morales Pardo']], [76, [40, 'DNI/NIE:'], [190, '01869453R']]];
    expect(await extract([field('applicant_name', 'string', 'Full name of the applicant')], pageOf(rows))).toEqual({ applicant_name: 'Javier Morales Pardo' });
  });
});

describe('who did it, printed as what they did', () => {
  it('reads "Approved by" for an approver and "Issued by" for an issuer', async () => {
    const rows: Row[] = [[60, [40, 'Week ending:'], [150, '14/03/2025']], [76, [40, 'Approved by:'], [150, 'Dana Whitfield']], [92, [40, 'Issued by:'], [150, 'Harbour Training Ltd']]];
    expect(await extract([field('approver', 'string'), field('issuer', 'string')], pageOf(rows))).toEqual({ approver: 'Dana Whitfield', issuer: 'Harbour Training Ltd' });
  });
});

describe('the number of something the vocabulary does not know', () => {
  it('reads a seat and a ticket number under their headings, not an invoice\'s labels, a "No" of a sentence nor a heading going on ("TICKET HOLDER")', async () => {
    const rows: Row[] = [
      [109, [35, 'SECTION', 7], [130, 'ROW', 7], [210, 'SEAT', 7], [290, 'PRICE', 7], [400, 'GATE', 7]],
      [121, [35, '294'], [130, 'K'], [210, '16'], [290, '$74.25'], [400, '2']],
      [159, [35, 'TICKET HOLDER', 7], [290, 'TICKET #', 7]],
      [169, [35, 'DANIEL OKAFOR'], [290, '7474 1874 9259']],
      [209, [35, 'No refunds or exchanges. Doors open 1 hour before show.', 7]],
      [225, [35, 'Ref: ORD-3803479', 7]],
    ];
    const schema = [field('seat', 'string', 'Seat number'), field('ticket_number', 'string', 'Ticket number')];
    expect(await extract(schema, pageOf(rows))).toEqual({ seat: '16', ticket_number: '7474 1874 9259' });
  });

  it('keeps an invoice\'s labels for a name that says nothing ("field_a") described by the vocabulary\'s words', async () => {
    const rows: Row[] = [[60, [40, 'Invoice No.:'], [140, 'A-2024-6877']], [76, [40, 'PO Number:'], [140, 'PO-55424']]];
    const schema = [field('field_a', 'string', 'Invoice number'), field('field_b', 'string', 'Purchase order number of the customer')];
    expect(await extract(schema, pageOf(rows))).toEqual({ field_a: 'A-2024-6877', field_b: 'PO-55424' });
  });
});

describe('the words banks print for the two parties of a transfer', () => {
  it('reads the payer under "ORDERING CUSTOMER" or "ORDENANTE", the payee under "BENEFICIARY"', async () => {
    const rows: Row[] = [[64, [29, 'ORDERING CUSTOMER', 7]], [72, [29, 'Lindqvist Design AB']], [90, [29, 'BENEFICIARY', 7]], [99, [29, 'Brightwater Ceramics Ltd']]];
    const schema = [field('payer', 'string', 'Who sent the money'), field('payee', 'string', 'Who received the money')];
    expect(await extract(schema, pageOf(rows))).toEqual({ payer: 'Lindqvist Design AB', payee: 'Brightwater Ceramics Ltd' });
    const pt: Row[] = [[117, [43, 'ORDENANTE', 7]], [128, [44, 'Ana Sofia Ribeiro']], [152, [43, 'BENEFICIÁRIO', 7]], [163, [44, 'Imobiliária Tejo, Lda.']]];
    expect(await extract(schema, pageOf(pt))).toEqual({ payer: 'Ana Sofia Ribeiro', payee: 'Imobiliária Tejo, Lda.' });
  });
});

describe('an organisation issuing a document of its own kind', () => {
  it('reads a laboratory\'s or a clinic\'s name in the letterhead, not the patient\'s name a bare "Name" labels', async () => {
    const rows: Row[] = [
      [37, [40, 'Northfield Clinical Laboratories', 14]],
      [57, [40, '1450 Commerce Way, Columbus, OH 43215']],
      [83, [40, 'LABORATORY REPORT', 12]],
      [107, [40, 'Patient Name:'], [135, 'Raman, Priya'], [320, 'Collected:'], [420, '03/10/2025']],
    ];
    const schema = [field('lab_name', 'string', 'Laboratory that did the test'), field('collection_date', 'date', 'Date the sample was collected')];
    expect(await extract(schema, pageOf(rows))).toEqual({ lab_name: 'Northfield Clinical Laboratories', collection_date: '2025-03-10' });
  });
});

describe('the words tickets print', () => {
  it('reads a Spanish ticket\'s venue, block, seat and number (Recinto, Zona, Butaca, Nº de entrada)', async () => {
    const rows: Row[] = [
      [87, [30, 'Recinto:'], [110, 'Teatro Real'], [360, 'Zona:'], [460, 'Anfiteatro']],
      [121, [30, 'Hora:'], [110, '21:30'], [360, 'Butaca:'], [460, '11']],
      [155, [30, 'Nº de entrada:'], [110, '6752232123'], [360, 'Gastos de gestión:'], [460, '1,50 €']],
    ];
    const schema = [field('venue', 'string', 'Venue of the event'), field('section', 'string', 'Section / block of the seat'), field('seat', 'string', 'Seat number'), field('ticket_number', 'string', 'Ticket number')];
    expect(await extract(schema, pageOf(rows))).toEqual({ venue: 'Teatro Real', section: 'Anfiteatro', seat: '11', ticket_number: '6752232123' });
  });
});

describe('the title of the thing a document is about', () => {
  it('reads the show\'s name printed large at the top, under no label, only for a field asking a title', async () => {
    const rows: Row[] = [
      [26, [30, 'Ticketmasters Ltd', 16]],
      [36, [30, 'ENTRADA', 9]],
      [50, [30, 'La casa de Bernarda Alba', 18]],
      [87, [30, 'Recinto:'], [110, 'Teatro Real']],
      [104, [30, 'Fecha:'], [110, 'viernes, 2 de mayo de 2025']],
    ];
    const schema = [field('event_name', 'string', 'Name of the event'), field('venue', 'string', 'Venue of the event'), field('holder', 'string', 'Name of the ticket holder')];
    expect(await extract(schema, pageOf(rows))).toEqual({ event_name: 'La casa de Bernarda Alba', venue: 'Teatro Real', holder: null });
  });
});

describe('a word of the name in an item\'s description', () => {
  it('reads the packing slip\'s number, not a number in "Packing tape 48mm" (eval/forms-unseen\'s packing slip)', async () => {
    const dir = 'eval/forms-unseen/delivery-note';
    const { pages, text } = await readDocument(readFileSync(`${dir}/docs/000.pdf`));
    const out = await runExtraction(createOfflineProvider(), { schema: loadDataset(dir).schema, pages, text, mode: 'advanced' });
    expect(out.results.delivery_note_number).toBe('PS-213781');
  });
});

describe('a laboratory report\'s row of results', () => {
  it('reads an Italian row (Esame, Risultato, Valori di riferimento), the range whole, and a flag printed by its initial', async () => {
    const it_: Row[] = [
      [217, [40, 'ESAME', 8], [224, 'RISULTATO', 8], [400, 'VALORI DI RIFERIMENTO', 8]],
      [236, [40, 'Glicemia'], [250, '43'], [400, '70 - 110']],
    ];
    const schema = [field('test_name', 'string', 'Name of the test'), field('result_value', 'number', 'Result of the test'), field('reference_range', 'string', 'Reference range printed for the test')];
    expect(await extract(schema, pageOf(it_))).toEqual({ test_name: 'Glicemia', result_value: 43, reference_range: '70 - 110' });
    const en: Row[] = [[192, [40, 'TEST', 8], [217, 'RESULT', 8], [270, 'FLAG', 8], [320, 'UNITS', 8]], [211, [40, 'Glucose, Fasting'], [235, '122'], [270, 'H'], [320, 'mg/dL']]];
    const flag: FieldDef = { name: 'result_flag', type: 'enum', description: 'Whether the result is normal, high or low', values: ['Normal', 'High', 'Low'] };
    expect(await extract([flag], pageOf(en))).toEqual({ result_flag: 'High' });
  });
});

describe('a percentage', () => {
  it('reads a rate of interest as the number printed with "%", not an amount beside it, and "1,850 %" as 1.85', async () => {
    const en: Row[] = [[60, [40, 'Monthly payment:'], [160, '$252.25']], [76, [40, 'Interest rate (APR):'], [160, '6.49%']], [92, [40, 'Principal balance:'], [160, '$22,423.26']]];
    const rate = field('interest_rate', 'number', 'Annual interest rate in percent');
    expect(await extract([rate], pageOf(en))).toEqual({ interest_rate: 6.49 });
    const de: Row[] = [[60, [40, 'Monatliche Rate:'], [160, '1.162,29 EUR']], [76, [40, 'Sollzinssatz p.a.:'], [160, '1,850 %']]];
    expect(await extract([rate], pageOf(de))).toEqual({ interest_rate: 1.85 });
  });
});

describe('a name is no amount nor date', () => {
  it('does not take an amount beside the borrower\'s label for the borrower, nor a date for the issuer', async () => {
    const rows: Row[] = [[40, [40, 'CERTIFICATE OF COMPLETION', 16]], [80, [40, 'Issued by:'], [140, 'March 27, 2023']], [100, [40, 'Borrower'], [140, '£17,000.00']]];
    const schema = [field('borrower', 'string', 'Name of the borrower'), field('issuer', 'string', 'Organisation that issued the certificate')];
    const out = await extract(schema, pageOf(rows));
    expect(out.borrower).toBeNull();
    expect(out.issuer).not.toBe('March 27, 2023');
  });

  it('tells someone\'s name from a thing\'s (test_name, event_name are no people)', () => {
    const asks = (name: string, description = '') => asksPersonName({ name, type: 'string', description });
    expect([asks('applicant_name'), asks('borrower', 'Name of the borrower'), asks('holder_name', 'Name of the ticket holder'), asks('name')]).toEqual([true, true, true, true]);
    // Of a compound, the last word says what it is: an account holder is someone, though an account is a thing.
    expect([asks('account_holder', 'Name of the account holder'), asks('lab_technician_name'), asks('account_name', 'Name of the account')]).toEqual([true, true, false]);
    expect([asks('test_name', 'Name of the test'), asks('event_name'), asks('product_name'), asks('pet_name')]).toEqual([false, false, false, false]);
  });
});

describe('a table of days', () => {
  it('takes the end of the period printed "del … al …" for the week ending, not the first day under the table\'s "Fecha"', async () => {
    const rows: Row[] = [
      [167, [298, 'PERIODO', 7]],
      [178, [299, 'del 24/07/2023 al 30/07/2023']],
      [217, [40, 'Día', 8], [120, 'Fecha', 8], [238, 'Entrada', 8], [531, 'Horas', 8]],
      [236, [40, 'Lunes'], [120, '24/07/2023'], [247, '08:15'], [542, '7,5']],
      [253, [40, 'Martes'], [120, '25/07/2023'], [247, '07:00'], [542, '8,5']],
    ];
    expect(await extract([field('week_ending', 'date', 'Last day of the week the timesheet covers')], pageOf(rows))).toEqual({ week_ending: '2023-07-30' });
  });
});

describe('a label printed by its initials, a label that asks a question', () => {
  it('reads "R.O. NUMBER" for a repair order\'s number, and no customer from "Return old parts to customer? X Yes"', async () => {
    const rows: Row[] = [
      [40, [383, 'R.O. NUMBER', 7]],
      [51, [384, 'RO-148040']],
      [132, [43, 'CUSTOMER', 7]],
      [143, [44, 'Brian Kowalski']],
      [431, [40, 'Return old parts to customer?'], [173, 'X Yes']],
    ];
    const schema = [field('order_number', 'string', 'Repair order / job number'), field('customer_name', 'string', 'Name of the customer')];
    expect(await extract(schema, pageOf(rows))).toEqual({ order_number: 'RO-148040', customer_name: 'Brian Kowalski' });
  });
});

describe('the person a statement is addressed to', () => {
  it('reads the borrower from the address block under no label, not the issuer\'s name over its own address', async () => {
    const rows: Row[] = [
      [37, [40, 'Lakeshore Auto Finance', 14]],
      [57, [40, '12 Harbour Street, Grand Rapids, MI 49510']],
      [96, [40, 'AUTO LOAN STATEMENT', 12]],
      [136, [40, 'Christopher Lane']],
      [149, [40, '5811 Maple Ave']],
      [162, [40, 'Grand Rapids, MI 49503']],
      [229, [40, 'Original loan amount:'], [230, '$37,000.00']],
    ];
    expect(await extract([field('borrower', 'string', 'Name of the borrower')], pageOf(rows))).toEqual({ borrower: 'Christopher Lane' });
  });
});

describe('a sentence under a heading', () => {
  it('takes no identifier from a sentence printed under a heading that names the number ("PENALTY CHARGE NOTICE")', async () => {
    const rows: Row[] = [
      [111, [40, 'PENALTY CHARGE NOTICE', 12]],
      [132, [40, 'Traffic Management Act 2004 — detected by an approved camera device']],
      [288, [40, 'Camera reference:'], [180, 'CCTV-899']],
    ];
    const out = await extract([field('notice_number', 'string', 'Penalty notice / citation number')], pageOf(rows));
    expect(out.notice_number).not.toBe('2004');
  });
});

describe('counts and people are not money and organisations', () => {
  it('reads no labour charge from "Labour (1 hr)", and no clinic from the vet signing for it', async () => {
    const rows: Row[] = [
      [20, [40, 'Dr. Rui Tavares, DVM', 14]],
      [40, [40, 'Parkside Veterinary Centre', 12]],
      [225, [29, 'Labour (1 hr)']],
      [260, [29, 'Total'], [357, '153.60']],
    ];
    const out = await extract([field('labour_cost', 'number', 'Labour charge'), field('clinic', 'string', 'Veterinary clinic')], pageOf(rows));
    expect(out.labour_cost).not.toBe(1);
    expect(out.clinic ?? '').not.toMatch(/^Dr\./);
  });

  it('keeps a company whose name opens like a title when its legal form says it is one', async () => {
    const rows: Row[] = [[20, [40, 'MR D.I.Y. (JOHOR) SDN BHD', 12]], [40, [40, 'NO 12, JALAN BESAR, 81100 JOHOR BAHRU']], [80, [40, 'TOTAL'], [200, '10.95']]];
    expect((await extract([field('company', 'string', 'Name of the company that issued the receipt')], pageOf(rows))).company).toBe('MR D.I.Y. (JOHOR) SDN BHD');
  });
});

describe('the recipient of a German delivery note', () => {
  it('is the addressee under the return address, where the schema asks no issuer and a signature caption names the recipient', async () => {
    const recipient: FieldDef = { name: 'recipient', type: 'string', description: 'Company receiving the goods' };
    const lieferschein = pageOf([
      [38, [40, 'Brandt Bürotechnik GmbH', 16]],
      [57, [40, 'Gewerbering 7 · 86167 Augsburg · Tel. 0821 4471-0']],
      [101, [40, 'Brandt Bürotechnik GmbH · Gewerbering 7 · 86167 Augsburg', 7], [340, 'Lieferschein-Nr.:'], [440, 'LS-2025-68021']],
      [116, [40, 'Stadtwerke Rosenheim GmbH'], [340, 'Lieferdatum:'], [440, '07.01.2025']],
      [129, [40, 'Warenannahme']],
      [142, [40, 'Hauptstraße 12']],
      [155, [40, '83022 Rosenheim']],
      [201, [40, 'LIEFERSCHEIN', 14]],
      [405, [42, '07.01.2025 K. Hofmann']],
      [419, [40, 'Datum, Unterschrift des Empfängers', 8]],
    ]);
    expect((await extract([recipient], lieferschein)).recipient).toBe('Stadtwerke Rosenheim GmbH');
  });
});

describe('a venue no label names', () => {
  const venue: FieldDef = { name: 'venue', type: 'string', description: 'Venue of the event' };

  it('is the part of a line named as one ("HARBORVIEW ARENA · SEATTLE, WA"), sent to review', async () => {
    const ticket = pageOf([
      [36, [35, 'THE MIDNIGHT ECHOES — WORLD TOUR', 18]],
      [59, [35, 'HARBORVIEW ARENA · SEATTLE, WA']],
      [75, [35, 'SAT NOV 11, 2023 19:30']],
      [109, [35, 'SECTION'], [130, 'ROW'], [210, 'SEAT'], [290, 'PRICE']],
      [121, [35, '294'], [130, 'K'], [210, '16'], [290, '$74.25']],
    ]);
    const { results, confidenceScores } = await run([venue], ticket);
    expect(results.venue).toBe('HARBORVIEW ARENA');
    expect(confidenceScores.venue).toBeLessThan(80);
  });

  it('is no line of a bill whose last word is a kind of venue in small letters ("Location de la salle")', async () => {
    const facture = pageOf([
      [40, [40, 'Château de Vaux', 16]],
      [120, [40, 'Désignation'], [400, 'Montant']],
      [138, [40, 'Location de la salle'], [400, '1 200,00 €']],
    ]);
    const room: FieldDef = { name: 'venue_room', type: 'string', description: 'Which room or hall has been booked?' };
    expect((await extract([room], facture)).venue_room).not.toBe('Location de la salle');
  });
});
