// Weaknesses found on eval/forms-fresh (kinds of form the extractor had not been tuned on until a newer held-out
// set, eval/forms-sealed, took its place): one-row tables under mixed-case headings, a word of the field's name
// inside a sentence, descriptions offering one word or another.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { candidatesFor } from '../../../src/engine/offline/fields.ts';
import { linesOf } from '../../../src/engine/offline/lines.ts';
import { describedLabels } from '../../../src/engine/offline/vocabulary.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef } from '../../../src/engine/types.ts';
import { extract, pageOf, run, type Row } from './pages.ts';

const field = (name: string, type: FieldDef['type'], description?: string): FieldDef => ({ name, type, ...(description ? { description } : {}) });

describe('one-row tables under headings in mixed case', () => {
  // A meter reading notice: seven headings over one row of cells, a note and a sentence around them.
  const reading: Row[] = [
    [60, [40, 'We read your meter on 17 January 2024. The table shows how much you used since the last reading.']],
    [90, [40, 'Meter serial no.', 9], [150, 'Previous reading', 9], [247, 'Date', 9], [286, 'Current reading', 9], [397, 'Date', 9], [434, 'Read type', 9], [516, 'Used (m³)', 9]],
    [105, [40, '08S264464'], [175, '01526'], [220, '18/07/2023'], [325, '01556'], [370, '17/01/2024'], [469, 'A'], [545, '30']],
    [125, [40, 'Read type: A = actual reading taken by us, E = estimated, C = reading you gave us.', 8]],
    [145, [40, 'Water used this period:'], [220, '30 m³']],
  ];

  it('reads each reading under its own heading, not the amount under a sentence that ends with the word "reading"', async () => {
    const schema = [field('current_reading', 'integer', 'Current meter reading'), field('previous_reading', 'integer', 'Previous meter reading')];
    expect(await extract(schema, pageOf(reading))).toEqual({ current_reading: 1556, previous_reading: 1526 });
  });

  // An exam result: a heading with an aside ("Mark (%)"), and a note under the table that mentions a number.
  const exam: Row[] = [
    [90, [40, 'Module code', 9], [110, 'Module title', 9], [301, 'Credits', 9], [367, 'Exam date', 9], [445, 'Mark (%)', 9], [518, 'Outcome', 9]],
    [105, [40, 'BM2210'], [110, 'Cell Biology and Genetics'], [320, '15'], [365, '21/06/2025'], [470, '31'], [541, 'Fail']],
    [125, [40, 'The pass mark for undergraduate modules is 40%. Marks are provisional until confirmed.', 8]],
  ];

  it('reads the number under a heading with an aside, though a note under the table mentions a number', async () => {
    const schema = [field('mark', 'number', 'Mark obtained in the exam'), field('credits', 'number', 'Credits for the subject')];
    expect(await extract(schema, pageOf(exam))).toEqual({ mark: 31, credits: 15 });
  });

  it('reads the text under its heading in a row of six headings, not the next heading beside it', async () => {
    expect(await extract([field('subject', 'string', 'Subject or module of the exam')], pageOf(exam))).toEqual({ subject: 'Cell Biology and Genetics' });
  });
});

describe('labels', () => {
  it('reads a description offering one word or another as each word in the rest of the phrase', () => {
    expect(describedLabels('Subject or module of the exam')).toEqual(['exam subject', 'subject', 'exam module', 'module']);
    // The "or" after "of": the company's or the store's address, never the bare word "store".
    expect(describedLabels('Address of the company or store')).toEqual(['company address', 'address', 'store address']);
  });

  it('takes a word of the name inside a label of a few words ending at a colon ("Años de experiencia en el puesto:")', async () => {
    const rows: Row[] = [[60, [40, 'Años de experiencia en el puesto:'], [250, '19']]];
    expect(await extract([field('years_experience', 'integer', 'Years of relevant experience')], pageOf(rows))).toEqual({ years_experience: 19 });
  });
});

describe('a period printed in two cells of a row', () => {
  it("gives its first day and its last to fields asking for the start and the end, not the document's own date", async () => {
    const rows: Row[] = [
      [180, [40, 'I assessed your case on:'], [256, '12/05/2025']],
      [480, [40, 'This will be the case for'], [190, '14 days'], [250, 'or from 11/05/2025'], [374, 'to 24/05/2025']],
      [615, [322, '12/05/2025']],
      [629, [320, 'Date of statement', 7]],
    ];
    const schema = [field('unfit_from', 'date', 'First day the patient is unfit for work'), field('unfit_until', 'date', 'Until when is the patient signed off?')];
    expect(await extract(schema, pageOf(rows))).toEqual({ unfit_from: '2025-05-11', unfit_until: '2025-05-24' });
  });
});

describe('blocks printed side by side', () => {
  it('reads the date under each block\'s heading for the field its heading names ("PICK-UP" | "RETURN DUE")', async () => {
    const rows: Row[] = [
      [120, [46, 'PICK-UP', 9], [306, 'RETURN DUE', 9]],
      [136, [46, 'Branch:'], [115, 'Manchester Airport T2'], [306, 'Branch:'], [375, 'Manchester Airport T2']],
      [152, [46, 'Date / time:'], [115, '03/01/2023 16:45'], [306, 'Date / time:'], [375, '06/01/2023 16:45']],
    ];
    const schema = [field('pickup_date', 'date', 'Pick-up date'), field('return_date', 'date', 'Date the car is due back')];
    expect(await extract(schema, pageOf(rows))).toEqual({ pickup_date: '2023-01-03', return_date: '2023-01-06' });
  });
});

describe('choices ticked after a label', () => {
  it('reads a box ticked before an option that the field names ("X Accepted") as yes, the unticked option beside it as no answer', async () => {
    const rows: Row[] = [[400, [40, 'Collision Damage Waiver (reduces your excess to £0): X Accepted'], [356, 'Declined']]];
    expect(await extract([field('cdw_accepted', 'boolean', 'Did the renter take the collision damage waiver?')], pageOf(rows))).toEqual({ cdw_accepted: true });
  });
});

describe('rates', () => {
  it('reads a rate printed with its unit ("$54.99/DAY") under its heading, and no total from it', async () => {
    const rows: Row[] = [
      [127, [28, 'RATE'], [148, 'RENTAL DAYS'], [282, 'MILES OUT']],
      [135, [28, '$54.99/DAY'], [148, '4'], [282, '35,605']],
      [172, [28, 'TIME & MILEAGE'], [267, '4 @ 54.99'], [365, '219.96']],
      [212, [28, 'TOTAL ESTIMATED CHARGES'], [362, '$262.55']],
    ];
    const schema = [field('daily_rate', 'number', 'Daily rate'), field('total_charge', 'number', 'Total charged')];
    const out = await run(schema, pageOf(rows));
    expect(out.results).toEqual({ daily_rate: 54.99, total_charge: 262.55 });
    expect(out.confidenceScores.total_charge).toBeGreaterThanOrEqual(85);
  });
});

describe('numbers printed short', () => {
  it('reads a number its description names ("job number") under the label printed short ("JOB NO")', async () => {
    const rows: Row[] = [
      [56, [27, 'JOB SHEET', 14]],
      [76, [28, 'JOB NO'], [114, 'DATE BOOKED IN'], [208, 'ENGINEER']],
      [85, [27, 'JS60630'], [114, '03/10/2025'], [208, 'Paul Hendry']],
    ];
    expect(await extract([field('order_number', 'string', 'Repair order / job number')], pageOf(rows))).toEqual({ order_number: 'JS60630' });
  });
});

describe('dates in boxed cells', () => {
  it('reads a date under its heading, the heading of the next cell under it being no caption of it', async () => {
    const rows: Row[] = [
      [37, [40, 'Lakeshore Auto Finance', 16], [383, 'STATEMENT DATE', 7], [481, 'ACCOUNT NUMBER', 7]],
      [48, [384, '02/19/2024'], [482, '7479-259535-25']],
      [72, [383, 'PAYMENT DUE DATE', 7], [481, 'AMOUNT DUE', 7]],
      [83, [384, '03/09/2024'], [482, '$723.77']],
      [293, [40, 'Maturity date:'], [230, '12/09/2026']],
    ];
    const schema = [field('statement_date', 'date', 'Date of the statement'), field('payment_due_date', 'date', 'Date the next payment is due')];
    expect(await extract(schema, pageOf(rows))).toEqual({ statement_date: '2024-02-19', payment_due_date: '2024-03-09' });
  });
});

describe('statements', () => {
  const statement: Row[] = [
    [37, [40, 'Lakeshore Auto Finance', 16], [383, 'STATEMENT DATE', 7], [481, 'ACCOUNT NUMBER', 7]],
    [48, [384, '02/19/2024'], [482, '7479-259535-25']],
    [72, [383, 'PAYMENT DUE DATE', 7], [481, 'AMOUNT DUE', 7]],
    [83, [384, '03/09/2024'], [482, '$723.77']],
    [206, [40, 'LOAN SUMMARY', 12]],
    [229, [40, 'Original loan amount:'], [230, '$37,000.00']],
    [245, [40, 'Outstanding principal balance:'], [230, '$22,423.26']],
    [261, [40, 'Interest rate (APR):'], [230, '6.49%']],
    [277, [40, 'Regular monthly payment:'], [230, '$723.77']],
    [362, [40, 'DATE'], [120, 'DESCRIPTION'], [315, 'PRINCIPAL'], [408, 'INTEREST'], [545, 'TOTAL']],
    [381, [40, '02/06/2024'], [120, 'Payment — thank you'], [332, '599.26'], [422, '124.51'], [544, '723.77']],
    [425, [40, 'Payments received after 5:00 p.m. ET are credited the next business day. A late fee of $25.00 applies 10 days after the due date.', 8]],
  ];

  it("reads the balance its whole name labels, a loan's summary being no tax summary", async () => {
    const schema = [field('outstanding_balance', 'number', 'Principal balance still owed'), field('installment_amount', 'number', 'Regular monthly payment')];
    expect(await extract(schema, pageOf(statement))).toEqual({ outstanding_balance: 22423.26, installment_amount: 723.77 });
  });

  it('is sure of an amount whose label prints the whole name asked ("Net total" for net_total), though its words are the vocabulary\'s', async () => {
    const rows: Row[] = [
      [333, [390, 'Sub-total'], [500, '29,596.40']],
      [349, [390, 'Discount 10%'], [500, '-2,959.64']],
      [365, [390, 'Net total'], [500, '26,636.76']],
      [381, [390, 'VAT 20%'], [500, '5,327.35']],
      [397, [372, 'Invoice total'], [500, '31,964.11']],
    ];
    const out = await run([field('net_total', 'number', 'Net total: the amount after discounts, before tax')], pageOf(rows));
    expect(out.results).toEqual({ net_total: 26636.76 });
    expect(out.confidenceScores.net_total).toBeGreaterThanOrEqual(95);
  });

  it('reads the balance under a heading printing its name\'s words in another order ("BALANCE OUTSTANDING"), not the largest amount', async () => {
    const rows: Row[] = [
      [78, [28, 'ACCOUNT HOLDER', 7], [221, 'LOAN ACCOUNT NUMBER', 7], [308, 'STATEMENT DATE', 7]],
      [87, [28, 'Jamie Docherty'], [221, '66624533'], [308, '11/06/2023']],
      [105, [28, 'BALANCE OUTSTANDING', 7], [128, 'MONTHLY REPAYMENT', 7], [221, 'NEXT PAYMENT DUE', 7]],
      [114, [28, '£13,232.31'], [128, '£385.93'], [221, '5 July 2023']],
      [141, [28, 'Amount borrowed:'], [108, '£17,000.00']],
      [152, [28, 'Loan term:'], [108, '60 months']],
    ];
    expect(await extract([field('outstanding_balance', 'number', 'Principal balance still owed')], pageOf(rows))).toEqual({ outstanding_balance: 13232.31 });
  });

  it('takes no payment from an amount far on in a sentence that opens with "Payments received"', async () => {
    const rows: Row[] = [
      [600, [380, 'Total'], [500, '100.00']],
      [640, [40, 'Payments received after 5:00 p.m. ET are credited the next business day. A late fee of $25.00 applies after the due date.', 8]],
    ];
    expect(await extract([field('balance_due', 'number', 'Amount left to pay')], pageOf(rows))).toEqual({ balance_due: 100 });
  });
});

describe('a registration card', () => {
  // Sentences that hold label words, a choice row with a label word among its options, cells under headings.
  const card: Row[] = [
    [37, [40, 'Brightline Kitchenware', 16]],
    [86, [40, 'PRODUCT REGISTRATION CARD', 14]],
    [112, [40, 'Thank you for choosing Brightline. Your product is covered by our 24-month limited warranty from the']],
    [124, [40, 'date of original purchase. Please keep your sales receipt as proof of purchase.']],
    [170, [43, 'PRODUCT', 7], [298, 'MODEL NO.', 7], [413, 'SERIAL NO.', 7]],
    [181, [44, 'SteamPress 3000 Iron'], [299, 'SP-3000'], [414, 'SP30001274312']],
    [205, [43, 'DATE OF PURCHASE', 7], [178, 'PRICE PAID', 7], [283, 'STORE NAME', 7]],
    [216, [44, '06/28/2024'], [179, '$59.99'], [284, 'Kitchen Depot']],
    [384, [40, 'Where did you hear about us?'], [215, 'In store'], [275, 'Online'], [324, 'X TV'], [395, 'A friend']],
  ];

  it('reads the product under its heading, not the rest of a sentence that holds the word', async () => {
    expect(await extract([field('product', 'string', 'Product name and model')], pageOf(card))).toEqual({ product: 'SteamPress 3000 Iron' });
  });

  it('reads the shop under "STORE NAME", not the small words ending a sentence ("from the") nor an option beside a ticked box', async () => {
    expect(await extract([field('retailer', 'string', 'Shop it was bought from')], pageOf(card))).toEqual({ retailer: 'Kitchen Depot' });
  });

  it('takes no value after a label word inside a sentence ("… warranty from the") nor beside an option of a ticked choice ("In store")', () => {
    const { candidates } = candidatesFor(linesOf([pageOf(card)]), field('retailer', 'string', 'Shop it was bought from'), {});
    const read = candidates.map((c) => c.literal);
    expect(read).toContain('Kitchen Depot');
    expect(read).not.toContain('the');
    expect(read).not.toContain('Online');
  });

  it('reads a number of months printed with its unit joined by a hyphen ("24-month")', async () => {
    expect(await extract([field('warranty_months', 'integer', 'Length of the standard warranty in months')], pageOf(card))).toEqual({ warranty_months: 24 });
  });
});

describe('places', () => {
  it("reads the place under the field's own label, not the issuer's address heading the page", async () => {
    const rows: Row[] = [
      [24, [30, 'CITY OF RIVERTON', 14]],
      [36, [30, 'Parking & Traffic Enforcement - 250 Civic Center Dr, Riverton, CA 92501', 8]],
      [53, [30, 'NOTICE OF VIOLATION', 14]],
      [77, [29, 'CITATION NO.', 7], [136, 'DATE OF VIOLATION', 7]],
      [85, [29, '240000997'], [136, '04/08/2025']],
      [130, [29, 'LOCATION OF VIOLATION', 7]],
      [139, [29, 'Main St & 4th Ave']],
    ];
    expect(await extract([field('location', 'string', 'Where the offence took place')], pageOf(rows))).toEqual({ location: 'Main St & 4th Ave' });
  });
});

describe('people a form names', () => {
  it("takes no sentence for someone's name ('Information given to patient: verbal and written advice; copy of this summary.')", async () => {
    const rows: Row[] = [
      [71, [40, 'INPATIENT DISCHARGE SUMMARY', 14]],
      [114, [48, 'Name:'], [110, 'Margaret Doyle']],
      [311, [40, 'Information given to patient: verbal and written advice; copy of this summary.']],
    ];
    expect(await extract([field('patient_name', 'string', 'Name of the patient')], pageOf(rows))).toEqual({ patient_name: 'Margaret Doyle' });
  });

  it("reads the doctor over the caption that calls them the provider, not the patient's name; sure of it where the schema asks the patient's too", async () => {
    const rows: Row[] = [
      [23, [30, 'Northgate Family Medicine', 14]],
      [54, [29, 'WORK / SCHOOL EXCUSE', 12]],
      [76, [29, 'Patient name:'], [95, 'Tyler Brooks']],
      [87, [29, 'Date of birth:'], [95, '02/24/1947']],
      [116, [28, 'This patient was seen and treated in our clinic on the date above.']],
      [227, [202, 'David Okafor, DO']],
      [236, [28, 'Provider signature', 7], [201, 'Provider name (print)', 7]],
    ];
    const schema = [field('patient_name', 'string', 'Name of the patient'), field('doctor_name', 'string', 'Doctor who signed the certificate')];
    const out = await run(schema, pageOf(rows));
    expect(out.results).toEqual({ patient_name: 'Tyler Brooks', doctor_name: 'David Okafor, DO' });
    expect(out.confidenceScores.doctor_name).toBeGreaterThanOrEqual(80);
  });
});

describe('text that asks no time', () => {
  it('is no date alone: who issued a licence is not the date printed beside "Issued"', async () => {
    const rows: Row[] = [
      [60, [40, 'ROD FISHING LICENCE', 14]],
      [90, [40, 'Licence number:'], [160, 'EA-4471203']],
      [104, [40, 'Issued:'], [160, '3 March 2023']],
    ];
    expect(await extract([field('issuing_authority', 'string', 'Who issued the licence?')], pageOf(rows))).toEqual({ issuing_authority: null });
  });
});

describe('quantities in a unit the name carries', () => {
  const dataUsed = field('data_used_gb', 'number', 'How much mobile data was used, in GB?');

  it('reads gigabytes, not the bill\'s total its description\'s "how much" would ask for', async () => {
    const rows: Row[] = [
      [420, [62, 'Rechnungsbetrag'], [499, '33,74 €']],
      [501, [57, 'Datenvolumen:'], [180, '21,19 GB']],
    ];
    expect(await extract([dataUsed], pageOf(rows))).toEqual({ data_used_gb: 21.19 });
  });

  it('reads the quantity in the column its label heads ("Used"), not the allowance beside it', async () => {
    const rows: Row[] = [
      [479, [55, 'Service'], [245, 'Used'], [350, 'Allowance'], [527, 'Charge']],
      [497, [55, 'UK calls'], [245, '874 mins'], [350, 'Unlimited'], [532, '0.00']],
      [515, [55, 'UK texts'], [245, '24'], [350, 'Unlimited'], [532, '0.00']],
      [533, [55, 'UK & EU data'], [245, '16.51 GB'], [350, '100 GB'], [532, '0.00']],
      [600, [380, 'Total to pay'], [520, '£50.29']],
    ];
    expect(await extract([dataUsed], pageOf(rows))).toEqual({ data_used_gb: 16.51 });
  });
});

describe('words printed short', () => {
  it('reads a reference its label prints cut short with a stop ("Our ref.: AH/2026/2938")', async () => {
    const rows: Row[] = [
      [116, [452, '18 September 2025']],
      [131, [60, 'Mr Daniel Ashworth']],
      [202, [60, 'Our ref.: AH/2026/2938']],
      [231, [60, 'Dear Mr Ashworth,']],
    ];
    expect(await extract([field('booking_reference', 'string', 'Booking reference')], pageOf(rows))).toEqual({ booking_reference: 'AH/2026/2938' });
  });
});

describe('blanks to fill in', () => {
  it('takes no value from the caption of the blank beside the label ("Name (capitals) | Signature | Date")', async () => {
    const rows: Row[] = [
      [536, [60, 'ACCEPTANCE SLIP - please detach and return']],
      [612, [60, 'Name (capitals)', 7], [290, 'Signature', 7], [450, 'Date', 7]],
    ];
    expect(await extract([field('recipient_name', 'string', 'Full name of the student receiving the award')], pageOf(rows))).toEqual({ recipient_name: null });
  });
});

describe('dates of birth', () => {
  it('reads no date of birth in the year the form is signed: a "Date" caption nearer the signature date is no birth', async () => {
    const rows: Row[] = [
      [82, [40, 'Library Card Application', 14]],
      [153, [42, 'Sophia Ramirez'], [372, '04/20/2012']],
      [570, [322, '07/26/2025']],
      [584, [40, 'Signature of applicant or parent', 7], [320, 'Date', 7]],
    ];
    expect(await extract([field('date_of_birth', 'date', "Applicant's date of birth")], pageOf(rows))).toEqual({ date_of_birth: '2012-04-20' });
  });
});

describe('scraps', () => {
  it('takes no short word in small letters alone for text ("Diagnosis | we")', async () => {
    const rows: Row[] = [[277, [40, 'Primary diagnosis'], [150, 'we']]];
    expect(await extract([field('primary_diagnosis', 'string', 'Main diagnosis')], pageOf(rows))).toEqual({ primary_diagnosis: null });
  });
});

describe('options of an enum', () => {
  const enumField = (name: string, description: string, values: string[]): FieldDef => ({ name, type: 'enum', description, values });
  const carClass = enumField('vehicle_class', 'Car category booked', ['Economy', 'Compact', 'Intermediate', 'Full-size', 'SUV', 'Van']);

  it('reads the option marked in a table of options, one to a row, with a column to mark the choice', async () => {
    const rows: Row[] = [
      [280, [40, 'Plan'], [130, 'Access'], [388, 'Per month'], [507, 'Your choice']],
      [300, [40, 'Off-peak'], [130, 'Mon–Fri before 4pm'], [402, '£22.99']],
      [315, [40, 'Standard'], [130, 'Any time, home club only'], [402, '£34.99']],
      [330, [40, 'Premium'], [130, 'Any time, all clubs'], [402, '£49.99'], [549, 'X']],
      [345, [40, 'Student'], [130, 'Any time, home club'], [402, '£19.99']],
    ];
    expect(await extract([enumField('plan', 'Which membership plan was chosen?', ['Off-peak', 'Standard', 'Premium', 'Student'])], pageOf(rows))).toEqual({ plan: 'Premium' });
  });

  it("reads the option in the field's labelled cell, not one printed in the company's name", async () => {
    const rows: Row[] = [
      [37, [40, 'Northway Car & Van Rental', 16]],
      [297, [40, 'VEHICLE']],
      [317, [40, 'Vehicle group:'], [150, 'D — Intermediate']],
      [332, [40, 'Make / model:'], [150, 'Skoda Octavia 1.5']],
    ];
    expect(await extract([carClass], pageOf(rows))).toEqual({ vehicle_class: 'Intermediate' });
  });

  it('reads no option left unmarked on a row where a box is marked, though the marked word is no option the schema names', async () => {
    const rows: Row[] = [[292, [40, 'Tarifa:'], [89, 'Valle'], [163, 'X General'], [259, 'Premium'], [344, 'Estudiante']]];
    expect(await extract([enumField('plan', 'Which membership plan was chosen?', ['Off-peak', 'Standard', 'Premium', 'Student'])], pageOf(rows))).toEqual({ plan: null });
  });

  it('reads an option printed with its words run together ("FULLSIZE" for "Full-size")', async () => {
    const rows: Row[] = [
      [71, [28, 'RENTAL AGREEMENT NO'], [148, 'RENTER'], [281, 'CAR CLASS']],
      [80, [28, '994851427'], [148, 'JASON MILLER'], [281, 'FULLSIZE']],
    ];
    expect(await extract([carClass], pageOf(rows))).toEqual({ vehicle_class: 'Full-size' });
  });
});

describe('forms in other languages', () => {
  it('reads a German loan statement: the borrower, the instalment, what is still owed, the next due date, the loan account', async () => {
    const rows: Row[] = [
      [110, [340, 'Datum:'], [440, '19.10.2024']],
      [124, [340, 'Darlehenskonto:'], [440, '4882244419']],
      [270, [40, 'Darlehensnehmer:'], [270, 'Andreas Keller']],
      [286, [40, 'Ursprünglicher Darlehensbetrag:'], [270, '279.000,00 EUR']],
      [302, [40, 'Monatliche Rate (Zins und Tilgung):'], [270, '1.162,29 EUR']],
      [318, [40, 'Nächste Fälligkeit:'], [270, '11.11.2024']],
      [334, [40, 'Restschuld per 19.10.2024:'], [270, '224.109,21 EUR']],
    ];
    const schema = [
      field('borrower', 'string', 'Name of the borrower'),
      field('account_number', 'string', 'Loan account number'),
      field('outstanding_balance', 'number', 'Principal balance still owed'),
      field('installment_amount', 'number', 'Regular monthly payment'),
      field('payment_due_date', 'date', 'Date the next payment is due'),
    ];
    expect(await extract(schema, pageOf(rows))).toEqual({ borrower: 'Andreas Keller', account_number: '4882244419', outstanding_balance: 224109.21, installment_amount: 1162.29, payment_due_date: '2024-11-11' });
  });

  it('reads a Spanish exam certificate: the mark under its heading beside an aside, not the number over that heading; the subject, not a phrase ending at a colon', async () => {
    const rows: Row[] = [
      [280, [40, 'Que D. Álvaro Medina Ruiz, con DNI 29128344Y y n.º de expediente 5225823, ha obtenido en la']],
      [296, [40, 'asignatura que se indica la siguiente calificación:']],
      [330, [43, 'ASIGNATURA', 7], [308, 'CÓDIGO', 7], [403, 'CRÉDITOS ECTS', 7]],
      [340, [44, 'Microeconomía Intermedia'], [309, '12052'], [404, '6,0']],
      [372, [43, 'CONVOCATORIA', 7], [223, 'FECHA DEL EXAMEN', 7], [378, 'CALIFICACIÓN', 7]],
      [382, [44, 'Ordinaria de enero 2025'], [224, '09/01/2025'], [379, '6,3 (Aprobado)']],
    ];
    const schema = [field('student_id', 'string', 'Student ID number'), field('subject', 'string', 'Subject or module of the exam'), field('mark', 'number', 'Mark obtained in the exam'), field('credits', 'number', 'Credits for the subject')];
    expect(await extract(schema, pageOf(rows))).toEqual({ student_id: '5225823', subject: 'Microeconomía Intermedia', mark: 6.3, credits: 6 });
  });

  it("takes no sentence under a title printed large for a name (a doctor's statement under 'STATEMENT FROM YOUR DOCTOR')", async () => {
    const rows: Row[] = [
      [170, [150, 'STATEMENT FROM YOUR DOCTOR', 20]],
      [215, [40, 'Dr. Anil Mehta, registered medical practitioner no. 34736, states on his honour']],
      [231, [40, 'that Rui Miguel Fonseca is unfit for work for the period below.']],
    ];
    const out = await extract([field('doctor_name', 'string', 'Doctor who signed the certificate')], pageOf(rows));
    expect(String(out.doctor_name ?? '')).not.toMatch(/states/);
  });
});

describe('numbers inside labels', () => {
  it("takes no number printed in a label's aside before its colon ('Extension de garantie (3 ans supplémentaires) :')", async () => {
    const rows: Row[] = [
      [420, [40, 'Durée de la garantie :'], [170, '24 mois']],
      [480, [40, 'Extension de garantie Sérénité+ (3 ans supplémentaires) :'], [360, 'Oui'], [400, 'X Non']],
    ];
    expect(await extract([field('warranty_months', 'integer', 'Length of the standard warranty in months')], pageOf(rows))).toEqual({ warranty_months: 24 });
    const opening: Row[] = [[420, [40, 'Warranty (parts and labour, 2 years):'], [260, '24 months']]];
    expect(await extract([field('warranty_months', 'integer', 'Length of the standard warranty in months')], pageOf(opening))).toEqual({ warranty_months: 24 });
  });
});

describe('a Spanish membership form', () => {
  const rows: Row[] = [
    [140, [40, 'DATOS PERSONALES']],
    [170, [40, 'Nombre y apellidos:'], [175, 'Laura Jiménez Prieto']],
    [186, [40, 'Fecha de nacimiento:'], [175, '02/02/1962']],
    [250, [40, 'Fecha de alta:'], [175, '14/11/2024']],
    [300, [40, 'Puesto solicitado:'], [230, 'Monitor de sala']],
    [316, [40, 'Años de experiencia en el puesto:'], [230, '19']],
    [480, [40, 'CONTACTO EN CASO DE EMERGENCIA']],
    [505, [40, 'Nombre:'], [175, 'Antonio Jiménez Ruiz']],
    [521, [40, 'Parentesco:'], [175, 'Hermano']],
  ];

  it('reads the date of birth its Spanish label names, not the date a bare "Fecha" labels', async () => {
    expect(await extract([field('date_of_birth', 'date', "Member's date of birth")], pageOf(rows))).toEqual({ date_of_birth: '1962-02-02' });
  });

  it("reads the name under the heading that says whose, in Spanish, not the member's full name", async () => {
    expect(await extract([field('emergency_contact', 'string', 'Name of the emergency contact')], pageOf(rows))).toEqual({ emergency_contact: 'Antonio Jiménez Ruiz' });
  });

  it('reads the position its own label gives, not the number a longer label ending in the same word gives', async () => {
    expect(await extract([field('position', 'string', 'Position applied for')], pageOf(rows))).toEqual({ position: 'Monitor de sala' });
  });
});

describe('parties', () => {
  it('ends a person\'s name at a dash set apart ("Siobhan Murphy — Current Account")', async () => {
    const rows: Row[] = [[160, [40, 'From account:'], [180, 'Siobhan Murphy — Current Account']], [176, [40, 'Beneficiary name:'], [180, 'Atelier Dubois SARL']]];
    expect(await extract([field('payer', 'string', 'Who sent the money')], pageOf(rows))).toEqual({ payer: 'Siobhan Murphy' });
  });

  it('takes the shop printed under "PURCHASED FROM" for a retailer, not the maker heading the card', async () => {
    const rows: Row[] = [
      [80, [29, 'Keswick Power Tools Ltd', 16]],
      [110, [29, 'Customer Service - Unit 3, Derwent Park, Workington CA14 3YW - 01900 555 214', 8]],
      [360, [28, 'DATE OF PURCHASE', 7], [168, 'PURCHASED FROM', 7], [300, 'GUARANTEE PERIOD', 7]],
      [372, [28, '17 January 2023'], [168, 'Fenwick Tool Centre'], [300, '24 months']],
    ];
    expect(await extract([field('retailer', 'string', 'Shop it was bought from')], pageOf(rows))).toEqual({ retailer: 'Fenwick Tool Centre' });
  });
});

describe('a penalty notice (eval/forms-blind)', () => {
  const rows: Row[] = [
    [30, [40, 'London Borough of Hartwell', 16]],
    [55, [40, 'Parking Services · PO Box 0240 · Hartwell HW1 2ZZ', 9]],
    [150, [40, 'Date of contravention:'], [180, '15/05/2023']],
    [170, [40, 'Location:'], [180, 'London Road (northbound), Hartwell']],
    [350, [43, 'AMOUNT DUE', 7], [298, 'PAY BY', 7]],
    [360, [44, '£70.00'], [299, '15 June 2023']],
  ];

  it('reads the date under "PAY BY" as the date to pay by', async () => {
    expect(await extract([field('pay_by_date', 'date', 'Date by which the fine must be paid')], pageOf(rows))).toEqual({ pay_by_date: '2023-06-15' });
  });

  it('reads a place its own label names, though it has no number', async () => {
    expect(await extract([field('location', 'string', 'Where the offence took place')], pageOf(rows))).toEqual({ location: 'London Road (northbound), Hartwell' });
  });
});

describe('headings', () => {
  it('reads a section heading with its number ("3. EMERGENCY CONTACT") as the heading of the block under it', async () => {
    const rows: Row[] = [
      [100, [40, '2. YOUR DETAILS']],
      [120, [40, 'Full name:'], [150, 'Callum Reeves']],
      [200, [40, '3. EMERGENCY CONTACT']],
      [220, [40, 'Name:'], [150, 'Susan Reeves']],
    ];
    expect(await extract([field('emergency_contact', 'string', 'Name of the emergency contact')], pageOf(rows))).toEqual({ emergency_contact: 'Susan Reeves' });
  });

  it('reads no name in a heading going on in capitals ("CUSTOMER CONCERN" over what the customer says)', async () => {
    const rows: Row[] = [
      [100, [43, 'CUSTOMER', 7], [308, 'PHONE', 7]],
      [110, [44, 'Brian Kowalski'], [309, '(916) 555-8585']],
      [160, [40, 'CUSTOMER CONCERN', 9]],
      [172, [40, 'Customer states: grinding noise when braking.']],
    ];
    expect(await extract([field('customer_name', 'string', 'Name of the customer')], pageOf(rows))).toEqual({ customer_name: 'Brian Kowalski' });
  });
});

describe('boxed cells under block headings (eval/forms-blind)', () => {
  const rows: Row[] = [
    [150, [40, 'OWNER', 10]],
    [175, [43, 'OWNER NAME', 7], [248, 'ADDRESS', 7], [460, 'PHONE', 7]],
    [185, [44, 'Amanda Foster'], [249, '8038 Cypress St, Tampa, FL'], [461, '(813) 555-7203']],
    [240, [40, 'ANIMAL', 10]],
    [265, [43, 'ANIMAL NAME', 7], [198, 'BREED', 7], [353, 'SEX', 7]],
    [275, [44, 'Luna'], [199, 'Border Collie'], [354, 'FS']],
  ];

  it('reads the value under a cell label, not the block heading over it, and a pet by the words "animal"', async () => {
    expect(await extract([field('pet_name', 'string', "Pet's name"), field('owner_name', 'string', "Owner's name")], pageOf(rows))).toEqual({ pet_name: 'Luna', owner_name: 'Amanda Foster' });
  });

  it('is less sure of a kind\'s label ("DESCRIPTION") when the description says in other words what is asked', async () => {
    const order: Row[] = [
      [100, [40, 'TYPE', 9], [90, 'DESCRIPTION', 9], [357, 'HRS / QTY', 9], [535, 'AMOUNT', 9]],
      [112, [40, 'LABOR'], [90, 'Replace front brake pads and rotors'], [387, '1.8'], [544, '261.00']],
    ];
    const out = await runExtraction(createOfflineProvider(), { schema: { fields: [field('item', 'string', 'Vehicle or device being repaired')] }, pages: [pageOf(order)], text: '', mode: 'advanced' });
    expect(out.confidenceScores.item ?? 0).toBeLessThan(90);
  });
});

describe('the stems of long words', () => {
  it('reads a label printing a long word of the name in another language by its stem ("Diagnóstico" for diagnosis, "Importador" for importer)', async () => {
    const rows: Row[] = [
      [100, [40, 'Exportador:'], [200, 'Fromagerie des Alpes SARL']],
      [116, [40, 'Importador:'], [200, 'Delikatessen Huber AG']],
      [132, [40, 'Diagnóstico:'], [200, 'Gripe']],
    ];
    expect(await extract([field('importer', 'string'), field('diagnosis', 'string')], pageOf(rows))).toEqual({ importer: 'Delikatessen Huber AG', diagnosis: 'Gripe' });
  });
});

describe('certificates', () => {
  it('reads the name printed large under the phrase presenting it ("This certificate is awarded to")', async () => {
    const rows: Row[] = [
      [90, [215, 'Redline Safety Training Ltd', 11]],
      [180, [218, 'CERTIFICATE', 15]],
      [260, [228, 'This certificate is awarded to', 8]],
      [285, [218, 'Fiona Gallagher', 17]],
      [330, [230, 'for successfully completing', 9]],
      [355, [192, 'Emergency First Aid at Work', 12]],
    ];
    expect(await extract([field('participant_name', 'string', 'Name of the person who completed the course')], pageOf(rows))).toEqual({ participant_name: 'Fiona Gallagher' });
  });
});

describe("the document's own number", () => {
  it('reads the number its title names by initials ("PCN number" under PENALTY CHARGE NOTICE), and no purchase order from a title', async () => {
    const rows: Row[] = [
      [40, [40, 'London Borough of Hartwell', 16], [373, 'PCN NUMBER', 7]],
      [52, [374, 'HA52704198']],
      [110, [40, 'PENALTY CHARGE NOTICE', 18]],
      [160, [40, 'Vehicle registration mark:'], [180, 'HW21 NEH']],
    ];
    expect(await extract([field('notice_number', 'string', 'Penalty notice / citation number'), field('po_number', 'string')], pageOf(rows))).toEqual({ notice_number: 'HA52704198', po_number: null });
  });

  it("reads a German delivery note's own number ('Lieferschein-Nr.')", async () => {
    const rows: Row[] = [
      [100, [340, 'Lieferschein-Nr.:'], [440, 'LS-2025-68021']],
      [116, [340, 'Kunden-Nr.:'], [440, '734025']],
      [200, [40, 'LIEFERSCHEIN', 17]],
    ];
    expect(await extract([field('delivery_note_number', 'string')], pageOf(rows))).toEqual({ delivery_note_number: 'LS-2025-68021' });
  });
});

describe('stems and other-language descriptions', () => {
  it('reads no stem inside an email ("accounts@…" is no label of an account)', async () => {
    const rows: Row[] = [
      [100, [40, 'Tel. +1 416 618 3361 Email: accounts@northwind.ca']],
      [116, [40, 'VAT Reg. No. 832645949RT0001']],
    ];
    expect(await extract([field('bank_account', 'string', 'IBAN de la cuenta para el pago')], pageOf(rows))).toEqual({ bank_account: null });
  });

  it('stays as sure of a customer described in French ("Client facturé") as of one described in English', async () => {
    const rows: Row[] = [[100, [40, 'Bill To:'], [120, 'Riverside Studio LLC']], [116, [120, '12 Harbour Road']]];
    const sure = async (description: string) => (await runExtraction(createOfflineProvider(), { schema: { fields: [field('client', 'string', description)] }, pages: [pageOf(rows)], text: '', mode: 'advanced' })).confidenceScores.client;
    expect(await sure('Client facturé')).toBe(await sure('Customer the invoice is billed to'));
  });
});

describe('labels again where values are looked for', () => {
  it('takes neither a cell opening with a label of its own ("Species: X Dog") nor a cell label opening with the heading\'s word ("ANIMAL NAME") for the value', async () => {
    const rows: Row[] = [
      [240, [40, 'ANIMAL', 10], [110, 'Species: X Dog', 10], [230, 'Cat', 10]],
      [265, [43, 'ANIMAL NAME', 7], [198, 'BREED', 7], [353, 'SEX', 7]],
      [275, [44, 'Luna'], [199, 'Border Collie'], [354, 'FS']],
    ];
    expect(await extract([field('pet_name', 'string', "Pet's name")], pageOf(rows))).toEqual({ pet_name: 'Luna' });
  });

  it("takes no label under a caption for a name (\"Doctor's address\" under \"Doctor's signature\")", async () => {
    const rows: Row[] = [
      [600, [322, '12/05/2025']],
      [614, [40, "Doctor's signature", 7], [320, 'Date of statement', 7]],
      [630, [40, "Doctor's address", 9]],
      [650, [46, 'Dr Anil Mehta']],
      [664, [46, 'Riverside Medical Practice']],
    ];
    expect(await extract([field('doctor_name', 'string', 'Doctor who signed the certificate')], pageOf(rows))).toEqual({ doctor_name: 'Dr Anil Mehta' });
  });
});

describe('stems of dates', () => {
  it('reads the date its whole label names over one a stem of the name labels ("DATE VACCINATED" beside "NEXT VACCINATION DUE BY")', async () => {
    const rows: Row[] = [
      [400, [43, 'DATE VACCINATED', 7], [218, 'NEXT VACCINATION DUE BY', 7], [393, 'RABIES TAG NO.', 7]],
      [410, [44, '03/13/2023'], [219, '03/13/2024'], [394, '2023-17153']],
    ];
    expect(await extract([field('next_vaccination_due_by', 'date', 'NEXT VACCINATION DUE BY, as labelled on the sample')], pageOf(rows))).toEqual({ next_vaccination_due_by: '2024-03-13' });
  });
});
