// Weaknesses found on eval/forms-heldout, kinds of form the extractor was not written for: a date the field
// names by its kind (a birth date, a departure), labels that are the field's short description, and codes
// of capital letters alone.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

async function extract(fields: FieldDef[], page: Page) {
  const out = await runExtraction(createOfflineProvider(), { schema: { fields }, pages: [page], text: textOf(page), mode: 'advanced' });
  return out.results;
}
const field = (name: string, type: FieldDef['type'], description?: string): FieldDef => ({ name, type, ...(description ? { description } : {}) });

describe('a date of a named kind', () => {
  it('takes the date labelled by its kind over one labelled by a bare "Date", even decades back', async () => {
    const rows: Row[] = [[60, [40, 'Patient name'], [140, 'Thomas Brennan']], [76, [40, 'Date of birth'], [140, '1 June 1988']], [92, [40, 'Date'], [140, '22 January 2025']]];
    expect(await extract([field('date_of_birth', 'date', "Patient's date of birth"), field('issue_date', 'date', 'Date the prescription was written')], pageOf(rows)))
      .toEqual({ date_of_birth: '1988-06-01', issue_date: '2025-01-22' });
  });

  it('reads "DOB", the standard abbreviation, as the date of birth', async () => {
    const rows: Row[] = [[60, [40, 'Patient:'], [110, 'Eleanor Whitfield'], [420, 'Date:'], [455, '03/23/2023']], [76, [40, 'DOB:'], [110, '09/25/1975']]];
    expect(await extract([field('date_of_birth', 'date')], pageOf(rows))).toEqual({ date_of_birth: '1975-09-25' });
  });

  it('does not count the word naming the kind the field asks for against its date ("Delivery date" for deliveryDate)', async () => {
    const rows: Row[] = [[60, [40, 'DATE'], [120, '08/08/2023']], [100, [40, 'REQUISITIONER'], [200, 'SHIP VIA'], [450, 'DELIVERY DATE']], [116, [40, 'J. Alvarez'], [200, 'UPS Ground'], [450, '08/18/2023']]];
    expect(await extract([field('deliveryDate', 'date', 'Requested delivery date')], pageOf(rows))).toEqual({ deliveryDate: '2023-08-18' });
  });
});

describe('labels a short description gives', () => {
  it('tells arrival from departure by the words of the description ("Arrival date", "Departure date")', async () => {
    const rows: Row[] = [[60, [40, 'Guest'], [120, 'Mr Daniel Okafor'], [330, 'Arrival'], [400, '09/01/2023']], [76, [40, 'Room'], [120, '732'], [330, 'Departure'], [400, '11/01/2023']]];
    const schema = [field('checkIn', 'date', 'Arrival date'), field('checkOut', 'date', 'Departure date')];
    expect(await extract(schema, pageOf(rows))).toEqual({ checkIn: '2023-01-09', checkOut: '2023-01-11' });
  });
});

describe('what follows a label', () => {
  it('takes an aside in parentheses for the caption\'s own qualifier, the value over the line ("Prescriber (print name)")', async () => {
    const rows: Row[] = [[248, [42, 'Dr Fiona McLeod']], [260, [40, 'Prescriber (print name)', 7], [300, 'Signature', 7]]];
    expect(await extract([field('prescriber', 'string', 'Doctor who wrote the prescription')], pageOf(rows))).toEqual({ prescriber: 'Dr Fiona McLeod' });
  });

  it('reads a code of capitals alone where the field\'s own name labels it ("Booking reference: MMLSCA")', async () => {
    const rows: Row[] = [[60, [40, 'Passenger name:'], [160, 'Sofia Lindqvist']], [76, [40, 'Booking reference:'], [160, 'MMLSCA']], [92, [40, 'Ticket number:'], [160, '220-6675449012']]];
    expect(await extract([field('booking_reference', 'string', 'Booking reference / PNR')], pageOf(rows))).toEqual({ booking_reference: 'MMLSCA' });
  });
});

describe('a calendar year', () => {
  it('reads the year a field names ("tax_year") after a year label, not a duration nor an amount', async () => {
    const rows: Row[] = [[50, [40, 'DECLARAÇÃO DE RENDIMENTOS E RETENÇÕES']], [66, [40, 'Ano: 2023']], [100, [40, 'Rendimentos'], [300, '40.474,70']]];
    expect(await extract([field('tax_year', 'integer', 'Tax year the certificate covers')], pageOf(rows))).toEqual({ tax_year: 2023 });
  });

  it('takes the year printed alone in the title over a yearly amount or the year of a later date', async () => {
    const rows: Row[] = [[30, [30, 'Wage and Tax Statement 2023', 13]], [60, [40, 'Total for year: Tax'], [300, '£3,847.29']], [300, [40, 'Signed 20 January 2024']]];
    expect(await extract([field('tax_year', 'integer')], pageOf(rows))).toEqual({ tax_year: 2023 });
  });
});

describe('a heading', () => {
  it('does not take a title in large print opening with the name\'s word ("GUEST FOLIO") for a label', async () => {
    const rows: Row[] = [[40, [40, 'GUEST FOLIO', 13]], [70, [40, 'Guest'], [120, 'Mr Daniel Okafor']], [86, [40, 'Room'], [120, '732']]];
    expect(await extract([field('guestName', 'string', 'Name of the guest')], pageOf(rows))).toEqual({ guestName: 'Mr Daniel Okafor' });
  });
});

describe('labels of forms in boxes', () => {
  it('reads a text field under the label its description gives ("Vehicle identification number (chassis number)")', async () => {
    const rows: Row[] = [[108, [40, 'A. Registration number'], [230, 'KX79MVP']], [180, [40, 'E. Vehicle identification number'], [230, 'UPY5G7A6EPT9LSHRS']]];
    const schema = [field('vin', 'string', 'Vehicle identification number (chassis number)'), field('plateNumber', 'string', 'Registration / licence plate number')];
    expect(await extract(schema, pageOf(rows))).toEqual({ vin: 'UPY5G7A6EPT9LSHRS', plateNumber: 'KX79MVP' });
  });

  it("passes over a table's border read by OCR between its header and its values", async () => {
    const rows: Row[] = [
      [110, [30, 'Flight', 6], [76, 'Date', 6], [136, 'From', 6], [176, 'To', 6], [263, 'Class', 6], [315, 'Seat', 6]],
      [117, [30, 'sg D——————]—]—[—]o]]—————]', 2]],
      [122, [30, 'LH1288', 6], [76, '25 MAY 2023', 6], [136, 'MUC', 6], [176, 'LIS', 6], [263, 'Economy', 6], [315, '28D', 6]],
    ];
    expect(await extract([field('flight_number', 'string', 'Flight number'), field('seat', 'string', 'Seat number')], pageOf(rows))).toEqual({ flight_number: 'LH1288', seat: '28D' });
  });

  it("reads a wage statement's boxes: a box code before the label, a possessive, a name not taken from another person's box", async () => {
    const rows: Row[] = [
      [24, [30, 'Wage and Tax Statement 2023']],
      [48, [33, 'a Employee\'s social security number', 7]],
      [66, [34, '998-59-0766']],
      [120, [33, 'c Employer\'s name, address, and ZIP code', 7]],
      [132, [34, 'Cobalt Ridge Analytics Inc']],
      [150, [34, '400 Market Street, Denver, CO 80202']],
      [174, [33, 'e Employee\'s first name and last name', 7]],
      [186, [34, 'Daniel Okafor']],
      [210, [318, '2 Federal income tax withheld', 7]],
      [222, [319, '14,162.96']],
    ];
    const schema = [field('taxpayer_name', 'string', 'Employee name'), field('employer_name', 'string', 'Name of the employer who withheld the tax')];
    expect(await extract(schema, pageOf(rows))).toEqual({ taxpayer_name: 'Daniel Okafor', employer_name: 'Cobalt Ridge Analytics Inc' });
  });

  it("tells the employer's box from the employee's (one letter apart, no OCR slip)", async () => {
    const rows: Row[] = [
      [60, [30, "Employee's surname and forenames", 6], [177, 'Sofia Lindqvist', 6]],
      [72, [30, 'National Insurance number', 6], [177, 'QQ 10 46 73 A', 6]],
      [84, [30, 'Employer name', 6], [177, 'Fenwick & Dale Solicitors LLP', 6]],
    ];
    expect(await extract([field('employer_name', 'string', 'Name of the employer who withheld the tax')], pageOf(rows))).toEqual({ employer_name: 'Fenwick & Dale Solicitors LLP' });
  });
});

describe('options of an enum', () => {
  it('reads the longer option printed ("PREMIUM ECONOMY" is not "Economy")', async () => {
    const rows: Row[] = [[42, [35, 'BOARDING PASS'], [430, 'PREMIUM ECONOMY']], [66, [35, 'NAME OF PASSENGER'], [260, 'FLIGHT']], [84, [35, 'ELLISON/MARGARET MS'], [260, 'BA 843']]];
    const cabin: FieldDef = { name: 'cabin', type: 'enum', description: 'Travel class', values: ['Economy', 'Premium Economy', 'Business'] };
    expect(await extract([cabin], pageOf(rows))).toEqual({ cabin: 'Premium Economy' });
  });
});

describe('the words forms of other kinds print, in each language', () => {
  it('reads a Spanish boarding pass for an English schema (Pasajero, Vuelo, Asiento, Origen, Destino, Localizador)', async () => {
    const rows: Row[] = [
      [36, [30, 'TARJETA DE EMBARQUE']],
      [72, [30, 'Pasajero:'], [110, 'RUIZ ORTEGA/CARMEN'], [340, 'Asiento:'], [420, '19A']],
      [90, [30, 'Vuelo:'], [110, 'UX6080'], [340, 'Puerta:'], [420, 'J2']],
      [120, [30, 'Origen:'], [110, 'BCN'], [340, 'Clase:'], [420, 'Turista']],
      [138, [30, 'Destino:'], [110, 'SVQ'], [340, 'Localizador:'], [420, 'W4QWJK']],
    ];
    const schema = [field('passenger', 'string', 'Passenger name as printed'), field('flight_number', 'string', 'Flight number'), field('seat', 'string', 'Seat number'),
      field('departure_airport', 'string', 'IATA code of the departure airport'), field('arrival_airport', 'string', 'IATA code of the destination airport'), field('booking_reference', 'string', 'Booking reference / PNR')];
    expect(await extract(schema, pageOf(rows))).toEqual({ passenger: 'RUIZ ORTEGA/CARMEN', flight_number: 'UX6080', seat: '19A', departure_airport: 'BCN', arrival_airport: 'SVQ', booking_reference: 'W4QWJK' });
  });

  it("reads a prescription's abbreviations (Rx, Sig, Disp) and a Portuguese tax statement's words (NIF, Entidade pagadora)", async () => {
    const rx: Row[] = [[180, [40, 'Rx'], [90, 'Lisinopril 10 mg tablets']], [204, [90, 'Sig:'], [120, 'Take 1 tablet by mouth once daily']], [216, [90, 'Disp:'], [125, '#90']]];
    const schema = [field('medication', 'string', 'Name of the drug prescribed, with strength'), field('dosage', 'string', 'How much to take and how often'), field('quantity', 'integer', 'Number of units to dispense')];
    expect(await extract(schema, pageOf(rx))).toEqual({ medication: 'Lisinopril 10 mg tablets', dosage: 'Take 1 tablet by mouth once daily', quantity: 90 });
    const pt: Row[] = [[48, [40, 'Construções Douro, Lda.']], [138, [40, 'Nome do sujeito passivo:'], [190, 'João Pedro Almeida']], [150, [40, 'NIF:'], [190, '997 465 164']], [168, [40, 'Entidade pagadora:'], [190, 'Construções Douro, Lda.']]];
    const tax = [field('taxpayer_id', 'string', 'Taxpayer identification number of the employee'), field('taxpayer_name', 'string', 'Employee name'), field('employer_name', 'string', 'Name of the employer who withheld the tax')];
    expect(await extract(tax, pageOf(pt))).toEqual({ taxpayer_id: '997 465 164', taxpayer_name: 'João Pedro Almeida', employer_name: 'Construções Douro, Lda.' });
  });

  it("takes a table's value under its heading, not the next heading beside it; a label's value beside it where labels pair with values", async () => {
    const table: Row[] = [[48, [21, 'PLATE'], [81, 'VIN'], [201, 'MAKE'], [281, 'MODEL'], [357, 'FUEL']], [60, [21, '6KRT920'], [81, 'W68Z9Y09J8P0TYU60'], [201, 'CHEVROLET'], [281, 'OUTBACK'], [357, 'GAS']]];
    expect(await extract([field('make', 'string', 'Manufacturer'), field('model', 'string', 'Model name')], pageOf(table))).toEqual({ make: 'CHEVROLET', model: 'OUTBACK' });
    const pairs: Row[] = [[72, [31, 'Patient name', 6], [98, 'Thomas Brennan', 6], [224, 'Clinic', 6], [271, 'Respiratory', 6]], [84, [31, 'Date of birth', 6], [98, '1 June 1988', 6], [224, 'Date', 6], [271, '22 January 2025', 6]]];
    expect(await extract([field('patient_name', 'string', 'Full name of the patient')], pageOf(pairs))).toEqual({ patient_name: 'Thomas Brennan' });
  });
});

describe('registration plates', () => {
  it('reads a plate printed in two groups whole ("KX79 MVP", "K-LK 7181")', async () => {
    const plate = field('plateNumber', 'string', 'Registration / licence plate number');
    expect(await extract([plate], pageOf([[108, [40, 'A. Registration number'], [230, 'KX79 MVP']]]))).toEqual({ plateNumber: 'KX79 MVP' });
    expect(await extract([plate], pageOf([[102, [43, 'Amtliches Kennzeichen', 7]], [114, [44, 'K-LK 7181']]]))).toEqual({ plateNumber: 'K-LK 7181' });
  });
});

describe('a hotel folio in French for an English schema', () => {
  it('reads Client, Chambre n°, Arrivée and Départ', async () => {
    const rows: Row[] = [
      [48, [40, 'Hôtel des Remparts']],
      [90, [40, 'FACTURE']],
      [114, [40, 'Client :'], [130, 'Mme Claire Dubois']],
      [132, [40, 'Chambre n° :'], [130, '28']],
      [144, [40, 'Arrivée :'], [130, '15 mai 2023']],
      [162, [40, 'Départ :'], [130, '16 mai 2023']],
    ];
    const schema = [field('guestName', 'string', 'Name of the guest'), field('roomNumber', 'string', 'Room number'), field('checkIn', 'date', 'Arrival date'), field('checkOut', 'date', 'Departure date')];
    expect(await extract(schema, pageOf(rows))).toEqual({ guestName: 'Mme Claire Dubois', roomNumber: '28', checkIn: '2023-05-15', checkOut: '2023-05-16' });
  });
});

describe('a symbol for a label', () => {
  it('reads the words after a large "Rx" as the medication, though printed larger than the body', async () => {
    const rows: Row[] = [[48, [40, 'Dr. Samuel Ortiz, MD']], [108, [40, 'Patient:'], [110, 'Eleanor Whitfield']], [166, [40, 'Rx', 30], [90, 'Lisinopril 10 mg tablets', 14]], [200, [90, 'Sig:'], [120, 'Take 1 tablet by mouth once daily']]];
    expect(await extract([field('medication', 'string', 'Name of the drug prescribed, with strength')], pageOf(rows))).toEqual({ medication: 'Lisinopril 10 mg tablets' });
  });
});

describe('the parties of a purchase order', () => {
  it('reads the supplier from its "VENDOR" block, not the buyer whose order it is at the top', async () => {
    const rows: Row[] = [
      [38, [40, 'Lakeside Dental Group', 15], [380, 'PURCHASE ORDER', 17]],
      [56, [40, '2200 Industrial Pkwy, Boise, ID 83705']],
      [67, [383, 'P.O. NUMBER', 7]],
      [78, [384, 'PO-2025-5281', 11]],
      [142, [40, 'VENDOR'], [320, 'SHIP TO']],
      [159, [40, 'Precision Office Products LLC', 11], [320, 'Lakeside Dental Group', 11]],
      [171, [40, '77 Harbor Rd', 11], [320, 'Receiving Dock B', 11]],
    ];
    expect(await extract([field('supplier', 'string', 'Vendor / supplier the order is sent to')], pageOf(rows))).toEqual({ supplier: 'Precision Office Products LLC' });
  });

  it('does not take "Supplies" in a company\'s name for the label "Supplier" (a field named supplier on an invoice)', async () => {
    const rows: Row[] = [[40, [40, 'Northwind Supplies Inc', 14], [400, 'INVOICE', 16]], [62, [40, '88 King Street West']], [74, [40, 'Toronto ON M5H 1J9']], [120, [40, 'Bill To'], [300, 'Invoice No:'], [380, 'INV-2041']], [132, [40, 'Harbour Lights Cafe'], [300, 'Date:'], [380, '2024-03-02']]];
    expect(await extract([field('supplier', 'string', 'Company that issued the invoice')], pageOf(rows))).toEqual({ supplier: 'Northwind Supplies Inc' });
  });
});
