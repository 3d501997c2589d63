// Weaknesses found on eval/forms-extra and eval/forms-novel (forms of kinds written blind, with varied layouts and
// label wording): options printed in other words than the schema's, values whose shape fails its check, the person a
// letter is addressed to, yes/no written out, deadlines in sentences, dates of other kinds, words printed for the name's.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/engine/types.ts';
import { extract, pageOf, run, type Row } from './pages.ts';

describe('options', () => {
  const result: FieldDef = { name: 'result', type: 'enum', description: 'Outcome of the inspection', values: ['Pass', 'Pass with minor defects', 'Fail'] };
  const certificate = (outcome: string): Row[] => [
    [40, [40, 'Vehicle inspection certificate', 14]],
    [80, [40, 'Odometer reading history', 9], [320, 'Result', 9]],
    [95, [40, '1 June 2025: 54,531 miles'], [320, outcome]],
    [110, [40, '23 May 2024: 44,885 miles']],
  ];

  it('reads the option of several words spelled out with others between ("PASS – minor defects recorded"), not the shorter one inside it', async () => {
    expect(await extract([result], pageOf(certificate('PASS – minor defects recorded')))).toEqual({ result: 'Pass with minor defects' });
    expect(await extract([result], pageOf(certificate('PASS')))).toEqual({ result: 'Pass' });
  });

  it('reads the option a marked box spells out with other words between ("X Transfer to another NHS hospital")', async () => {
    const destination: FieldDef = { name: 'discharge_destination', type: 'enum', description: 'Where the patient went on discharge', values: ['Home', 'Care home', 'Another hospital', 'Rehabilitation unit'] };
    const summary: Row[] = [
      [40, [40, 'DISCHARGE ARRANGEMENTS', 12]],
      [60, [40, 'Discharged to:'], [144, 'Usual place of residence (home)']],
      [76, [144, 'Nursing or residential care home']],
      [92, [132, 'X'], [144, 'Transfer to another NHS hospital']],
      [108, [144, 'Intermediate care / rehabilitation unit']],
    ];
    expect(await extract([destination], pageOf(summary))).toEqual({ discharge_destination: 'Another hospital' });
  });
});

describe('options ending in a sign', () => {
  const group: FieldDef = { name: 'blood_group', type: 'enum', description: 'Blood group', values: ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] };
  const card = (printed: string): Row[] => [
    [40, [40, 'HEARTLAND BLOOD CENTERS', 14]],
    [70, [40, 'DONOR CARD'], [300, 'Donor no. HBC5125439']],
    [90, [40, printed]],
  ];

  it('reads the sign printed as a word ("ABO / Rh O NEG", "Blood group: AB positive") or as itself ("O-")', async () => {
    expect(await extract([group], pageOf(card('ABO / Rh O NEG')))).toEqual({ blood_group: 'O-' });
    expect(await extract([group], pageOf(card('Blood group: AB positive')))).toEqual({ blood_group: 'AB+' });
    expect(await extract([group], pageOf(card('Blood group: O-')))).toEqual({ blood_group: 'O-' });
  });
});

describe('values of a shape the field would have', () => {
  it('reads the labelled value when the only value of the shape fails its check (capitals read as an IBAN, "BILL THIS MONTH")', async () => {
    const bill: Row[] = [
      [70, [50, 'Vireo Mobile Ltd, PO Box 4410, Leeds LS1 4BT'], [340, 'Account number'], [430, '897022249']],
      [84, [340, 'Bill date'], [430, '17 October 2024']],
      [220, [55, 'YOUR BILL THIS MONTH', 12]],
      [250, [50, 'Total to pay'], [200, '£50.29']],
    ];
    expect(await extract([{ name: 'account_number', type: 'string', description: 'Customer account number' }], pageOf(bill))).toEqual({ account_number: '897022249' });
  });
});

describe('the person a letter is addressed to', () => {
  const holder: FieldDef = { name: 'account_holder', type: 'string', description: 'Name of the account holder' };
  const letter = (address: string[]): Row[] => [
    [40, [50, 'Vireo Mobile Ltd', 16]],
    [70, [50, 'PO Box 4410, Leeds LS1 4BT'], [340, 'Account number'], [430, '897022249']],
    ...address.map((text, k): Row => [120 + 13 * k, [50, text]]),
    [220, [50, 'YOUR BILL THIS MONTH', 12]],
    [250, [50, 'Total to pay'], [200, '£50.29']],
  ];

  it('reads an "account holder" as someone: the addressee, without the courtesy title, over a British address (town and postcode apart)', async () => {
    expect(await extract([holder], pageOf(letter(['Ms Aisha Rahman', '19 Beech Grove', 'Wakefield', 'WF1 9HC'])))).toEqual({ account_holder: 'Aisha Rahman' });
  });

  it('reads the addressee over a street whose number follows its name', async () => {
    expect(await extract([holder], pageOf(letter(['Frau', 'Sabine Keller', 'Lindenstraße 12', '50674 Köln'])))).toEqual({ account_holder: 'Sabine Keller' });
  });

  it('takes no heading over a row of dates for an addressee', async () => {
    const report: Row[] = [
      [40, [40, 'Centro Diagnostico Lombardo', 16]],
      [60, [40, 'Via Garibaldi 41, 20121 Milano']],
      [112, [43, 'DATA PRELIEVO', 8]],
      [123, [44, '25/06/2024'], [140, '27/06/2024'], [240, '80/731056']],
    ];
    expect(await extract([{ name: 'patient_name', type: 'string', description: 'Name of the patient' }], pageOf(report))).toEqual({ patient_name: null });
  });

  it("takes no box's caption in small capitals over an address for an addressee", async () => {
    const form: Row[] = [
      [40, [40, 'Bibliotheek Lingestroom', 16]],
      [60, [40, 'Westluidensestraat 6, 4001 NE Tiel']],
      [100, [40, 'Vul het formulier in met blokletters en lever het in bij de balie.']],
      [187, [43, 'STRAAT EN HUISNUMMER', 7]],
      [198, [44, 'Molenweg 58']],
      [211, [44, '4028 FB Tiel']],
    ];
    expect(await extract([{ name: 'applicant_name', type: 'string', description: 'Full name of the applicant' }], pageOf(form))).toEqual({ applicant_name: null });
  });
});

describe('yes/no answers written after a label', () => {
  const page = (answer: string) => pageOf([
    [40, [40, 'DISCHARGE ARRANGEMENTS', 12]],
    [60, [40, 'Discharged to: Usual place of residence (home)']],
    [80, [40, answer]],
  ]);

  it('reads "No" after a colon as the answer, not as a number word qualifying the label ("Employee No.")', async () => {
    expect(await extract([{ name: 'smoker', type: 'boolean' }], page('Smoker: No'))).toEqual({ smoker: false });
  });

  it('reads a hyphenated label as the name\'s words ("Follow-up:" for follow_up_arranged) and a sentence opening with "no" as no', async () => {
    const field: FieldDef = { name: 'follow_up_arranged', type: 'boolean', description: 'Has a follow-up appointment been arranged?' };
    expect(await extract([field], page('Follow-up: no hospital follow-up is needed. The patient has been advised to see the GP if symptoms return.'))).toEqual({ follow_up_arranged: false });
  });
});

describe('answers of their own type asked in words of another\'s', () => {
  it('reads "None" printed for a yes/no question as no, the question asked with a date\'s word ("Was it issued at a reduced rate?")', async () => {
    const licence: Row[] = [
      [40, [40, 'Rod fishing licence', 14]],
      [70, [40, 'Licence number: 3749-7764-650093']],
      [85, [40, 'Date of birth: 04/12/2002']],
      [100, [40, 'Concession: None']],
    ];
    const concession: FieldDef = { name: 'concession', type: 'boolean', description: 'Was it issued at a reduced (concession) rate?' };
    expect(await extract([concession], pageOf(licence))).toEqual({ concession: false });
  });

  it('reads a choice asked with an amount\'s word ("payable at destination") among the options printed, not an amount', async () => {
    const terms: FieldDef = { name: 'freight_terms', type: 'enum', description: 'Is the freight prepaid or payable at destination (collect)?', values: ['Prepaid', 'Collect'] };
    const bill: Row[] = [
      [40, [40, 'BILL OF LADING', 14]],
      [70, [40, '75 CRATES'], [300, 'TOTAL 38,831.600']],
      [85, [40, 'SAID TO CONTAIN: CENTRIFUGAL PUMPS AND SPARE PARTS. FREIGHT COLLECT']],
      [100, [40, 'Freight payable at'], [300, 'Place and date of issue']],
      [115, [40, 'Southampton'], [300, 'Southampton, 5 October 2025']],
    ];
    expect(await extract([terms], pageOf(bill))).toEqual({ freight_terms: 'Collect' });
  });
});

describe('the issuer', () => {
  it('takes no title naming only the kind of document ("CERTIFICATE OF COMPLETION") for the organisation over it', async () => {
    const certificate: Row[] = [
      [40, [150, 'MERIDIAN PROFESSIONAL ACADEMY', 12]],
      [70, [120, 'CERTIFICATE OF COMPLETION', 22]],
      [110, [200, 'This is to certify that']],
      [130, [210, 'Daniel Kim', 16]],
      [160, [160, 'has successfully completed the online course']],
      [190, [40, 'Certificate ID: MPA-2023-34955']],
    ];
    const issuer: FieldDef = { name: 'issuer', type: 'string', description: 'Organisation that issued the certificate' };
    expect(await extract([issuer], pageOf(certificate))).toEqual({ issuer: 'MERIDIAN PROFESSIONAL ACADEMY' });
  });
});

describe('names of people', () => {
  it('takes no street ("1762 Maple Ave") nor a store\'s name ("STORE NAME") for a customer\'s name', async () => {
    const card: Row[] = [
      [40, [40, 'PRODUCT REGISTRATION CARD', 14]],
      [70, [40, 'DATE OF PURCHASE', 7], [140, 'PRICE PAID', 7], [220, 'STORE NAME', 7], [320, 'CITY / STATE', 7]],
      [80, [40, '06/28/2024'], [140, '$59.99'], [220, 'Kitchen Depot'], [320, 'Dayton, OH']],
      [100, [40, 'OWNER INFORMATION', 9]],
      [115, [40, 'Rosa Delgado'], [220, 'rosa13@gmail.com']],
      [125, [40, 'Full name', 7], [220, 'Email address', 7]],
      [140, [40, '1762 Maple Ave'], [220, 'Dayton, OH 45402']],
      [150, [40, 'Street address', 7], [220, 'City, State, ZIP', 7]],
    ];
    const customer: FieldDef = { name: 'customer_name', type: 'string', description: 'Name of the customer who registered the product' };
    expect(await extract([customer], pageOf(card))).toEqual({ customer_name: 'Rosa Delgado' });
  });

  it('takes no column heading ("NAME") under a block\'s heading for the person the block names', async () => {
    const form: Row[] = [
      [40, [40, 'MEMBERSHIP APPLICATION', 14]],
      [70, [40, 'Member name: Callum Reeves']],
      [100, [40, '3. EMERGENCY CONTACT', 9]],
      [115, [40, 'NAME', 7], [200, 'RELATIONSHIP', 7], [320, 'TELEPHONE', 7]],
      [125, [40, 'Susan Reeves'], [200, 'Mother'], [320, '07913 507352']],
    ];
    const contact: FieldDef = { name: 'emergency_contact', type: 'string', description: 'Name of the emergency contact' };
    expect(await extract([contact], pageOf(form))).toEqual({ emergency_contact: 'Susan Reeves' });
  });
});

describe('headings of other fields', () => {
  it('takes no heading that is another field\'s name or its last word ("Reference range" beside "Units", "Flag") for a value', async () => {
    const fields: FieldDef[] = [
      { name: 'unit', type: 'string', description: 'Unit of the result' },
      { name: 'reference_range', type: 'string', description: 'Reference range' },
      { name: 'result_flag', type: 'enum', description: 'Is the result low, normal or high?', values: ['Low', 'Normal', 'High'] },
    ];
    const report: Row[] = [
      [40, [40, 'Westgate Pathology Laboratory', 14]],
      [80, [40, 'Test'], [120, 'Result'], [180, 'Units'], [240, 'Reference range'], [340, 'Flag']],
      [95, [40, 'Potassium 4.5 mmol/L (3.5-5.3)']],
    ];
    const { unit, reference_range } = await extract(fields, pageOf(report));
    expect([unit, reference_range]).not.toContain('Reference range');
    expect([unit, reference_range]).not.toContain('Flag');
  });
});

describe('a yes/no question whether the document says a thing', () => {
  const stated: FieldDef = { name: 'diagnosis_given', type: 'boolean', description: 'Does the certificate state a diagnosis?' };
  const certificate = (rows: Row[]): Row[] => [
    [40, [40, 'Riverside Medical Practice', 14]],
    [70, [40, 'FIT NOTE', 12]],
    [90, [40, 'Patient: Mark Ellison']],
    ...rows,
    [160, [40, 'Dr Helen Park'], [300, '14 March 2025']],
  ];

  it('answers yes where the thing is printed under its label ("Diagnosis: Acute gastroenteritis")', async () => {
    expect(await extract([stated], pageOf(certificate([[110, [40, 'Diagnosis: Acute gastroenteritis']], [125, [40, 'Not fit for work from 10/03/2025 to 17/03/2025']]])))).toEqual({ diagnosis_given: true });
  });

  it('answers no, unsure, where nothing of the kind is printed', async () => {
    const out = await run([stated], pageOf(certificate([[125, [40, 'Not fit for work from 10/03/2025 to 17/03/2025']]])));
    expect(out.results).toEqual({ diagnosis_given: false });
    expect(out.confidenceScores.diagnosis_given).toBeLessThan(80);
  });
});

describe('a yes/no question answered by the box of its own option', () => {
  it('reads an option\'s box left empty as no, marked as yes, boxes before their options ("[ ] Email  [X] Text message")', async () => {
    const email: FieldDef = { name: 'email_notices', type: 'boolean', description: 'Does the member want notices sent by email?' };
    const form = (row: string): Row[] => [
      [40, [40, 'LIBRARY CARD APPLICATION', 14]],
      [80, [40, 'Send me notices about holds and due dates by (check one):']],
      [95, [40, row]],
    ];
    expect(await extract([email], pageOf(form('[ ] Email [X] Text message [ ] Phone call [ ] Mail')))).toEqual({ email_notices: false });
    expect(await extract([email], pageOf(form('[X] Email [ ] Text message [ ] Phone call [ ] Mail')))).toEqual({ email_notices: true });
  });

  it('reads a marked box OCR glued to the dash before it ("Course result: —[X] Passed [ ] Not passed")', async () => {
    const passed: FieldDef = { name: 'passed', type: 'boolean', description: 'Did the student pass?' };
    const report: Row[] = [
      [40, [40, 'FINAL EXAMINATION GRADE REPORT', 14]],
      [80, [40, 'Course result: —[X] Passed [ ] Not passed']],
      [95, [40, 'A final exam score of 70 or higher is required to pass this course.']],
    ];
    expect(await extract([passed], pageOf(report))).toEqual({ passed: true });
  });

  it('reads the box after the option where the row\'s boxes follow their options ("CUSTOMER PICKUP [X]  DELIVERY [_]")', async () => {
    const delivery: FieldDef = { name: 'delivery_to_site', type: 'boolean', description: 'Is the equipment delivered to site?' };
    const contract = (pickup: string, deliver: string): Row[] => [
      [40, [40, 'RENTAL CONTRACT NO. 6518680', 14]],
      [80, [40, 'DEPOSIT (CARD PRE-AUTH): $150.00'], [300, `CUSTOMER PICKUP ${pickup}`], [420, `DELIVERY ${deliver}`]],
    ];
    expect(await extract([delivery], pageOf(contract('[X]', '[_]')))).toEqual({ delivery_to_site: false });
    expect(await extract([delivery], pageOf(contract('[_]', '[X]')))).toEqual({ delivery_to_site: true });
  });
});

describe('a deadline in a letter', () => {
  it('reads the date a sentence sets for what the name says ("To accept the award, … by 31 July 2026"), not the letter\'s date', async () => {
    const letter: Row[] = [
      [46, [60, 'The Whitcombe Foundation', 16]],
      [111, [481, '10 July 2026']],
      [237, [60, 'Whitcombe Engineering Scholarship 2026/27', 12]],
      [260, [60, 'I am very pleased to tell you that the Trustees have awarded you the Whitcombe Engineering Scholarship.']],
      [390, [60, 'To accept the award, please complete and return the slip below by 31 July 2026. If we have not heard from']],
      [404, [60, 'you by then, the award may be offered to another candidate.']],
      [554, [60, "I accept the Whitcombe Engineering Scholarship on the terms set out in the Trust's letter of 10 July 2026."]],
    ];
    const field: FieldDef = { name: 'acceptance_deadline', type: 'date', description: 'Deadline to accept the award' };
    expect(await extract([field], pageOf(letter))).toEqual({ acceptance_deadline: '2026-07-31' });
  });
});

describe('dates of other kinds', () => {
  it('reads the date captioned as what its description says happened on it ("Date the equipment is due back": "DUE BACK:")', async () => {
    const contract: Row[] = [
      [26, [27, 'GRANITE RIDGE RENTAL & SUPPLY', 12]],
      [39, [27, '1450 INDUSTRIAL PKWY - SPRINGFIELD, MO 65803']],
      [56, [27, 'RENTAL CONTRACT NO. 6518680']],
      [77, [27, 'CUSTOMER: DELGADO CONCRETE LLC'], [300, 'DATE OUT: 10/01/2025 10:15 AM']],
      [90, [27, 'PHONE: (417) 555-4173'], [300, 'DUE BACK: 10/05/2025 10:15 AM']],
      [279, [224, '10/01/2025']],
      [290, [29, 'CUSTOMER SIGNATURE'], [224, 'DATE']],
    ];
    expect(await extract([{ name: 'hire_end_date', type: 'date', description: 'Date the equipment is due back' }], pageOf(contract))).toEqual({ hire_end_date: '2025-10-05' });
  });

  it('takes no date the page says it was printed on for the event\'s ("EVENT CONFIRMATION … Printed 08/24/2025")', async () => {
    const confirmation: Row[] = [
      [25, [27, 'LAKEVIEW CONFERENCE CENTER', 12]],
      [57, [28, 'EVENT CONFIRMATION', 12], [334, 'Printed 08/24/2025']],
      [76, [28, 'CONFIRMATION NO', 7], [134, 'ORGANIZATION', 7]],
      [85, [28, 'LCC-174065'], [135, 'Midwest Dental Association']],
      [103, [28, 'EVENT DATE', 7], [135, 'FUNCTION ROOM', 7]],
      [111, [28, 'Oct 26, 2025'], [135, 'Prairie Hall']],
      [301, [29, 'Deposit of $1,000.00 received 08/24/2025 - thank you.']],
    ];
    expect(await extract([{ name: 'event_date', type: 'date', description: 'Date of the event' }], pageOf(confirmation))).toEqual({ event_date: '2025-10-26' });
  });

  it('takes no date another field\'s label gives ("Previous reading: … on 13/07/2025" for the current reading\'s date)', async () => {
    const card: Row[] = [
      [40, [40, 'Brightwell Energy', 14]],
      [60, [40, 'GAS METER READING CARD', 12]],
      [80, [40, 'Account number: 3728992952']],
      [95, [40, 'Previous reading: 05462 (read by us on 13/07/2025)']],
      [130, [40, '17/10/2025'], [200, '124']],
      [142, [40, 'Date you read the meter', 7], [200, 'Units used since last reading', 7]],
    ];
    const fields: FieldDef[] = [
      { name: 'reading_date', type: 'date', description: 'Date of the current reading' },
      { name: 'previous_reading', type: 'integer', description: 'Previous meter reading' },
    ];
    expect((await extract(fields, pageOf(card))).reading_date).toBe('2025-10-17');
  });

  it('breaks a tie of dates labelled alike by the period\'s order: the end is the later ("On hire" | "Expected off hire")', async () => {
    const contract: Row[] = [
      [40, [40, 'Brennan Plant & Tool Hire Ltd', 14]],
      [55, [40, 'HIRE CONTRACT', 12]],
      [70, [40, 'HC231350 FEN137 PO-78286'], [300, '03/04/2024']],
      [90, [40, 'On hire', 7], [140, 'Expected off hire', 7], [260, 'Minimum hire period', 7]],
      [100, [40, '07/04/2024 08:00'], [140, '10/04/2024 17:00'], [260, '1 day']],
    ];
    const out = await run([{ name: 'hire_end_date', type: 'date', description: 'Date the equipment is due back' }], pageOf(contract));
    expect(out.results).toEqual({ hire_end_date: '2024-04-10' });
    // A tie broken by order alone stays for review.
    expect(out.confidenceScores.hire_end_date).toBeLessThan(80);
  });

  it('reads a period\'s sides when its hours or an article stand between the joiner and the second date', async () => {
    const fields: FieldDef[] = [
      { name: 'valid_from', type: 'date', description: 'First day the licence is valid' },
      { name: 'valid_until', type: 'date', description: 'Expiry date of the licence' },
    ];
    const licence = (sentence: string): Row[] => [
      [40, [40, 'Rod fishing licence', 14]],
      [70, [40, 'Licence number: 3749-7764-650093']],
      [85, [40, sentence]],
    ];
    const expected = { valid_from: '2023-03-10', valid_until: '2024-03-09' };
    expect(await extract(fields, pageOf(licence('This licence is valid from 00:01 on 10 March 2023 until 23:59 on 9 March 2024.')))).toEqual(expected);
    expect(await extract(fields, pageOf(licence('Period of insurance From 00:01 hours on 10/03/2023 to 23:59 hours on 09/03/2024')))).toEqual(expected);
    expect(await extract(fields, pageOf(licence('Desde el 10/03/2023 hasta el 09/03/2024')))).toEqual(expected);
  });
});

describe('words printed for the name\'s', () => {
  it('reads a contract\'s number for an agreement\'s', async () => {
    const hire: Row[] = [[40, [40, 'Alugueres Ribeiro, Lda.', 14]], [80, [40, 'Contract no.: AL-2023/3646']], [95, [40, 'Date: 24/03/2023']]];
    expect(await extract([{ name: 'agreement_number', type: 'string', description: 'Hire agreement number' }], pageOf(hire))).toEqual({ agreement_number: 'AL-2023/3646' });
  });

  it('reads the dates a stay\'s "Admitted" and "Discharged" head', async () => {
    const stay: Row[] = [
      [40, [40, 'INPATIENT DISCHARGE SUMMARY', 14]],
      [60, [40, 'Name: Margaret Doyle'], [250, 'Printed 23/04/2024']],
      [80, [44, 'Admitted', 8], [120, 'Discharged', 8], [200, 'Length of stay', 8]],
      [90, [44, '18/04/2024'], [120, '23/04/2024'], [200, '5 days']],
    ];
    const dates: FieldDef[] = [{ name: 'admission_date', type: 'date' }, { name: 'discharge_date', type: 'date' }];
    expect(await extract(dates, pageOf(stay))).toEqual({ admission_date: '2024-04-18', discharge_date: '2024-04-23' });
  });

  it('reads an "Engineer" for a technician', async () => {
    const repair: Row[] = [[40, [40, 'Hendry Appliance Repairs', 14]], [80, [40, 'Engineer: Paul Hendry']], [95, [40, 'Job no.: 4411']]];
    expect(await extract([{ name: 'technician', type: 'string', description: 'Technician who did the repair' }], pageOf(repair))).toEqual({ technician: 'Paul Hendry' });
  });

  it('reads Italian "riconsegna" in a longer heading ("DATA E ORA DI RICONSEGNA") for a return date', async () => {
    const hire: Row[] = [
      [40, [40, 'Autonoleggio Etna Srl', 14]],
      [80, [40, 'DATA E ORA DI RITIRO', 7], [180, 'DATA E ORA DI RICONSEGNA', 7], [330, 'LUOGO RITIRO / RICONSEGNA', 7]],
      [90, [40, '03/07/2024 ore 14:45'], [180, '09/07/2024 ore 14:45'], [330, 'Catania Aeroporto']],
      [200, [40, 'Catania, 03/07/2024']],
    ];
    expect(await extract([{ name: 'return_date', type: 'date', description: 'Date the car is due back' }], pageOf(hire))).toEqual({ return_date: '2024-07-09' });
  });
});

describe("a vehicle's registration", () => {
  it('is its plate, under the words forms print for one ("Licence plate", "Immatriculation"), no company’s registration number', async () => {
    const permit: Row[] = [
      [40, [40, 'RESIDENT PARKING PERMIT', 14]],
      [70, [40, 'Permit no: 956836'], [300, 'Issued by Harbour Parking Ltd, Company reg no: 04418827']],
      [90, [40, 'Licence plate: WU70 YKG']],
      [110, [40, 'Vehicle: 2019 Subaru Outback']],
    ];
    const plate: FieldDef = { name: 'vehicle_registration', type: 'string', description: 'Registration of the vehicle on the permit' };
    expect(await extract([plate], pageOf(permit))).toEqual({ vehicle_registration: 'WU70 YKG' });
    const certificate: Row[] = [
      [40, [40, 'PROCÈS-VERBAL DE CONTRÔLE TECHNIQUE', 14]],
      [70, [40, 'Immatriculation'], [200, 'JH-847-XX']],
      [90, [40, 'N° de série (VIN)'], [200, 'VF1RFB00X65432109']],
    ];
    const number: FieldDef = { name: 'registration_number', type: 'string', description: 'Vehicle registration number' };
    expect(await extract([number], pageOf(certificate))).toEqual({ registration_number: 'JH-847-XX' });
  });
});

describe('options printed in another language', () => {
  const species: FieldDef = { name: 'species', type: 'enum', values: ['Dog', 'Cat', 'Rabbit'] };
  const frequency: FieldDef = { name: 'payment_frequency', type: 'enum', description: 'How often the premium is paid', values: ['Annually', 'Monthly'] };
  const outcome: FieldDef = { name: 'result', type: 'enum', values: ['Pass', 'Fail'] };

  it('reads an option by its word in the document’s language, labelled or marked in a row of boxes', async () => {
    const card: Row[] = [
      [40, [40, 'BOLETIM DE VACINAÇÃO', 14]],
      [70, [40, 'Nome: Bobi'], [300, 'Data de nasc.: 13/06/2023']],
      [85, [40, 'Espécie: Cão'], [300, 'Microchip: 784819371897954']],
    ];
    expect(await extract([species], pageOf(card))).toEqual({ species: 'Dog' });
    const schedule: Row[] = [
      [40, [40, 'Versicherungsschein', 14]],
      [70, [40, 'Jahresbeitrag 110,15 €']],
      [85, [40, 'Zahlungsweise:'], [140, 'X'], [150, 'jährlich'], [200, 'halbjährlich'], [260, 'monatlich']],
    ];
    expect(await extract([frequency], pageOf(schedule))).toEqual({ payment_frequency: 'Annually' });
  });

  it('reads the longer option printed around a shorter one ("No apto" is a fail, not a pass)', async () => {
    const report = (verdict: string): Row[] => [
      [40, [40, 'INSPECCIÓN TÉCNICA DE VEHÍCULOS', 14]],
      [70, [40, `Resultado de la inspección: ${verdict}`]],
    ];
    expect(await extract([outcome], pageOf(report('NO APTO')))).toEqual({ result: 'Fail' });
    expect(await extract([outcome], pageOf(report('APTO')))).toEqual({ result: 'Pass' });
  });
});

describe('a licence', () => {
  it('names its holder "Licensee" and its issuing authority at the head of the page', async () => {
    const holder: FieldDef = { name: 'holder_name', type: 'string', description: 'Name of the licence holder' };
    const authority: FieldDef = { name: 'issuing_authority', type: 'string', description: 'Authority that issued the licence' };
    const licence: Row[] = [
      [40, [40, 'JUNTA DE EXTREMADURA', 14]],
      [60, [40, 'Consejería de Gestión Forestal y Mundo Rural']],
      [90, [40, 'LICENCIA DE CAZA Nº EX-4107-309035']],
      [110, [40, 'LICENSEE: DALE R HENDRICKS'], [300, 'SEX: M']],
    ];
    expect(await extract([holder, authority], pageOf(licence))).toEqual({ holder_name: 'DALE R HENDRICKS', issuing_authority: 'JUNTA DE EXTREMADURA' });
  });
});

describe('form words in other languages', () => {
  it('reads a repair order’s number, labour and mechanic in German, and overtime hours in Spanish', async () => {
    const order: Row[] = [
      [40, [40, 'REPARATURAUFTRAG', 14]],
      [70, [40, 'Auftrags-Nr.'], [140, 'Annahmedatum'], [240, 'Monteur']],
      [82, [40, 'RA-322234'], [140, '08.10.2023'], [240, 'T. Yilmaz']],
      [110, [40, 'Arbeitslohn'], [300, '306,80 €']],
      [122, [40, 'Ersatzteile'], [300, '145,40 €']],
    ];
    const fields: FieldDef[] = [
      { name: 'order_number', type: 'string', description: 'Repair order number' },
      { name: 'labour_cost', type: 'number', description: 'Cost of labour' },
      { name: 'technician', type: 'string', description: 'Technician who did the work' },
    ];
    expect(await extract(fields, pageOf(order))).toEqual({ order_number: 'RA-322234', labour_cost: 306.8, technician: 'T. Yilmaz' });
    const timesheet: Row[] = [
      [40, [40, 'REGISTRO SEMANAL DE JORNADA', 14]],
      [70, [40, 'Horas ordinarias'], [200, '40,0']],
      [82, [40, 'Horas extraordinarias'], [200, '5,5']],
      [94, [40, 'Total horas semana'], [200, '45,5']],
    ];
    expect(await extract([{ name: 'overtime_hours', type: 'number', description: 'Overtime hours worked' }], pageOf(timesheet))).toEqual({ overtime_hours: 5.5 });
  });

  it('reads an odometer in French, its thousands grouped with a space before the unit ("109 092 km")', async () => {
    const report: Row[] = [
      [40, [40, 'PROCÈS-VERBAL DE CONTRÔLE TECHNIQUE', 14]],
      [70, [40, 'Immatriculation'], [200, 'JH-847-XX']],
      [85, [40, 'Kilométrage relevé'], [200, '109 092 km']],
      [100, [40, 'Kilométrage lors du précédent contrôle : 88 643 km']],
    ];
    const odometer: FieldDef = { name: 'odometer_reading', type: 'integer', description: 'Odometer reading at the inspection' };
    expect(await extract([odometer], pageOf(report))).toEqual({ odometer_reading: 109092 });
  });
});

describe('a yes/no only the text answers', () => {
  const deposit: FieldDef = { name: 'deposit_paid', type: 'boolean', description: 'Has the deposit already been paid?' };
  const debit: FieldDef = { name: 'direct_debit', type: 'boolean', description: 'Is the bill paid by direct debit?' };
  const letter = (sentence: string): Row[] => [
    [40, [40, 'BOOKING CONFIRMATION', 14]],
    [70, [40, 'Event date: 14 February 2026']],
    [90, [40, sentence]],
  ];

  it('is yes where a line says the thing asked, no where it denies or offers it, and stays for review', async () => {
    const received = await run([deposit], pageOf(letter('We acknowledge with thanks your deposit of £2,000.00, received on 15 September 2025.')));
    expect(received.results).toEqual({ deposit_paid: true });
    expect(received.confidenceScores.deposit_paid).toBeLessThan(80);
    expect(await extract([deposit], pageOf(letter('A deposit of 30 % is pending until 22 December 2023.')))).toEqual({ deposit_paid: false });
    expect(await extract([debit], pageOf(letter('Set up a Direct Debit and never miss a payment.')))).toEqual({ direct_debit: false });
    expect(await extract([debit], pageOf(letter('Your bill is collected by Direct Debit on 15 January.')))).toEqual({ direct_debit: true });
  });

  it('leaves it unanswered where nothing mentions the thing', async () => {
    expect(await extract([debit], pageOf(letter('Thank you for your booking.')))).toEqual({ direct_debit: null });
  });
});

describe('numbers of things, by the words forms print for them', () => {
  const field = (name: string, description: string): FieldDef => ({ name, type: 'string', description });
  const page = (label: string, value: string): Row[] => [
    [40, [40, 'FORM', 14]],
    [70, [40, 'Issued: 02/03/2024']],
    [90, [40, label], [200, value]],
  ];

  it('reads a number printed as an ID or in another language ("Donor ID", "Verbale n.", "MRN", "Versicherungsschein-Nr.")', async () => {
    expect(await extract([field('donor_number', 'Donor ID number')], pageOf(page('Donor ID', 'HBC5125439')))).toEqual({ donor_number: 'HBC5125439' });
    expect(await extract([field('notice_number', 'Penalty notice / citation number')], pageOf(page('Verbale n.:', '813483/2025/V')))).toEqual({ notice_number: '813483/2025/V' });
    expect(await extract([field('hospital_number', "Patient's hospital or medical record number")], pageOf(page('MRN', '43691175')))).toEqual({ hospital_number: '43691175' });
    expect(await extract([field('policy_number', 'Policy number')], pageOf(page('Versicherungsschein-Nr.', '13-3199754-1')))).toEqual({ policy_number: '13-3199754-1' });
  });
});

describe('a person’s name in a cell', () => {
  it('is read under "COGNOME E NOME", and under "STUDENT NAME" for a name described as the student’s beside a student_id', async () => {
    const report: Row[] = [
      [40, [40, 'REFERTO DI LABORATORIO', 14]],
      [70, [40, 'COGNOME E NOME', 7], [240, 'DATA DI NASCITA', 7]],
      [80, [40, 'Giulia Bianchi'], [240, '17/01/1946']],
    ];
    expect(await extract([{ name: 'patient_name', type: 'string', description: 'Name of the patient' }], pageOf(report))).toEqual({ patient_name: 'Giulia Bianchi' });
    const letter: Row[] = [
      [40, [40, 'SCHOLARSHIP AWARD NOTIFICATION', 14]],
      [70, [30, 'STUDENT NAME', 6], [186, 'STUDENT ID', 6], [300, 'AID YEAR', 6]],
      [80, [30, 'Emily Novak'], [186, 'W78462375'], [300, '2025-2026']],
    ];
    const fields: FieldDef[] = [
      { name: 'recipient_name', type: 'string', description: 'Name of the student receiving the award' },
      { name: 'student_id', type: 'string', description: 'Student ID or registration number' },
    ];
    expect(await extract(fields, pageOf(letter))).toEqual({ recipient_name: 'Emily Novak', student_id: 'W78462375' });
  });
});

describe('deadlines in sentences of other languages', () => {
  it('reads the next inspection in French and the deadline to accept in Italian', async () => {
    const pv: Row[] = [
      [40, [40, 'PROCÈS-VERBAL DE CONTRÔLE TECHNIQUE', 14]],
      [70, [40, 'Date du contrôle : 10/09/2024']],
      [90, [40, 'Le prochain contrôle technique périodique devra être effectué au plus tard le 09/09/2026.']],
    ];
    const due: FieldDef = { name: 'next_inspection_due', type: 'date', description: 'When must the vehicle next be inspected?' };
    expect(await extract([due], pageOf(pv))).toEqual({ next_inspection_due: '2026-09-09' });
    const letter: Row[] = [
      [40, [40, 'Parma, 2 agosto 2026']],
      [70, [40, 'La preghiamo di restituire la dichiarazione di accettazione, firmata, entro il 17 agosto 2026.']],
    ];
    const deadline: FieldDef = { name: 'acceptance_deadline', type: 'date', description: 'Deadline to accept the award' };
    expect(await extract([deadline], pageOf(letter))).toEqual({ acceptance_deadline: '2026-08-17' });
  });
});

describe('a meter reading in German', () => {
  it('reads the meter, both readings and the reading date from the cells under their headings', async () => {
    const notice: Row[] = [
      [40, [40, 'Stadtwerke Lindau GmbH', 14]],
      [70, [300, 'Datum: 25.12.2025']],
      [100, [40, 'Zählerstandsmitteilung Wasser']],
      [130, [40, 'Zählernummer', 8], [160, 'Zählerstand neu (m³)', 8], [300, 'Ablesedatum', 8]],
      [142, [40, '26895163'], [160, '3126'], [300, '20.12.2025']],
      [170, [40, 'Zählerstand alt (m³)', 8], [160, 'Datum Vorablesung', 8], [300, 'Verbrauch (m³)', 8]],
      [182, [40, '3052'], [160, '17.12.2024'], [300, '74']],
    ];
    const fields: FieldDef[] = [
      { name: 'meter_serial', type: 'string', description: 'Serial number of the meter' },
      { name: 'reading_date', type: 'date', description: 'Date of the current reading' },
      { name: 'current_reading', type: 'integer', description: 'Current meter reading' },
      { name: 'previous_reading', type: 'integer', description: 'Previous meter reading' },
    ];
    expect(await extract(fields, pageOf(notice))).toEqual({ meter_serial: '26895163', reading_date: '2025-12-20', current_reading: 3126, previous_reading: 3052 });
  });
});

describe("a permit's fee", () => {
  it('is the amount paid for it, or its fee in another language ("Taxa")', async () => {
    const fee: FieldDef = { name: 'fee', type: 'number', description: 'Price paid for the permit' };
    const receipt: Row[] = [
      [40, [40, 'BUSINESS PARKING PERMIT', 14]],
      [70, [40, 'Permit holder: Erin McAllister']],
      [90, [40, 'Amount Paid'], [200, '$150.00']],
    ];
    expect(await extract([fee], pageOf(receipt))).toEqual({ fee: 150 });
    const dístico: Row[] = [
      [40, [40, 'Comprovativo de emissão de dístico', 14]],
      [70, [40, 'Titular: João Pedro Santos']],
      [90, [40, 'Taxa:'], [200, '60,00 €']],
    ];
    expect(await extract([fee], pageOf(dístico))).toEqual({ fee: 60 });
  });
});

describe('a patterned value under the label of its cell', () => {
  it('reads the IBAN under the heading that names whose it is ("IBAN DO BENEFICIÁRIO"), not the one under the payer’s', async () => {
    const transfer: Row[] = [
      [40, [40, 'COMPROVATIVO DE TRANSFERÊNCIA', 14]],
      [117, [44, 'ORDENANTE', 7], [298, 'IBAN DO ORDENANTE', 7]],
      [128, [44, 'Ana Sofia Ribeiro'], [298, 'PT40 0033 2231 4631 3432 6318 3']],
      [152, [44, 'BENEFICIÁRIO', 7], [298, 'IBAN DO BENEFICIÁRIO', 7]],
      [163, [44, 'Imobiliária Tejo, Lda.'], [298, 'PT79 0035 9089 9410 7847 6579 8']],
    ];
    const iban: FieldDef = { name: 'payee_iban', type: 'string', description: "Beneficiary's IBAN" };
    expect(await extract([iban], pageOf(transfer))).toEqual({ payee_iban: 'PT79 0035 9089 9410 7847 6579 8' });
  });

  it('is not headed by a label holding its own value ("Phone: …" over "Tax ID: …" leaves the phone sure)', async () => {
    const footer: Row[] = [
      [40, [40, 'INVOICE', 14]],
      [70, [40, 'Amount due: 1,073.09 EUR']],
      [90, [40, 'Phone: +1 416 924 3662'], [250, 'Email: info@northwind.ca']],
      [102, [40, 'Tax ID: 160277435RT0001']],
    ];
    const out = await run([{ name: 'vendor_phone', type: 'string', description: 'Phone number of the vendor' }], pageOf(footer));
    expect(out.results).toEqual({ vendor_phone: '+1 416 924 3662' });
    expect(out.confidenceScores.vendor_phone).toBeGreaterThanOrEqual(90);
  });
});

describe('a yes/no answered by a ticked "None"', () => {
  it('is no ("Refills: X None 1 2 3")', async () => {
    const rx: Row[] = [
      [40, [40, 'Dr. Samuel Ortiz, MD', 14]],
      [70, [40, 'Rx Lisinopril 10 mg tablets']],
      [85, [40, 'Refills:'], [90, 'X'], [100, 'None'], [140, '1'], [160, '2'], [180, '3']],
    ];
    expect(await extract([{ name: 'refills_allowed', type: 'boolean', description: 'Whether refills are allowed' }], pageOf(rx))).toEqual({ refills_allowed: false });
  });
});

describe("a course's title in French", () => {
  it('is what "a suivi la formation :" gives, not the certificate\'s title', async () => {
    const attestation: Row[] = [
      [40, [40, 'ATTESTATION DE FIN DE FORMATION', 14]],
      [70, [40, 'Nom et prénom du stagiaire : Élodie Lefèvre']],
      [85, [40, 'a suivi la formation :'], [215, "Management d'équipe — niveau 1"]],
      [100, [40, 'Dates de la formation :'], [215, 'du 10/03/2024 au 12/03/2024']],
    ];
    expect(await extract([{ name: 'course_title', type: 'string', description: 'Title of the course' }], pageOf(attestation))).toEqual({ course_title: "Management d'équipe — niveau 1" });
  });
});

describe('an identifier with a check letter printed apart', () => {
  it('keeps the letter ("M206856 W"), as it keeps the groups of a code', async () => {
    const rows: Row[] = [
      [40, [50, 'NHS BLOOD AND TRANSPLANT', 14]],
      [80, [50, 'Donor number:'], [160, 'K481203 T']],
      [96, [50, 'Blood group:'], [160, 'O RhD negative']],
    ];
    expect(await extract([{ name: 'donor_number', type: 'string', description: 'Donor number' }], pageOf(rows))).toEqual({ donor_number: 'K481203 T' });
  });
});

describe("a vague name's description in the document's language", () => {
  const item: FieldDef = { name: 'item', type: 'string', description: 'Vehicle or device being repaired' };
  const plate: FieldDef = { name: 'vehicle_plate', type: 'string', description: 'Licence plate of the vehicle' };

  it('finds what "Fahrzeug" or "APPLIANCE" heads, not the first line of the work done', async () => {
    const werkstatt = pageOf([
      [40, [40, 'REPARATURAUFTRAG', 14]],
      [80, [40, 'Kunde', 8], [300, 'Telefon', 8]],
      [92, [40, 'Markus Weber'], [300, '0465 565075']],
      [120, [40, 'Fahrzeug', 8], [250, 'Amtl. Kennzeichen', 8], [400, 'Km-Stand', 8]],
      [132, [40, 'BMW 320d Touring'], [250, 'WÜ-CA 857'], [400, '59.625']],
      [170, [40, 'Pos.'], [75, 'Bezeichnung'], [330, 'Menge'], [520, 'Betrag']],
      [188, [40, '1'], [75, 'Inspektion nach Herstellervorgabe'], [330, '1,5 Std.'], [520, '177,00 €']],
      [203, [40, '2'], [75, 'Bremsbeläge vorne erneuern'], [330, '1,1 Std.'], [520, '129,80 €']],
    ]);
    expect((await extract([item], werkstatt)).item).toBe('BMW 320d Touring');
    const jobSheet = pageOf([
      [40, [40, 'JOB SHEET', 14]],
      [80, [40, 'CUSTOMER', 8], [200, 'TELEPHONE', 8]],
      [92, [40, 'Graham Doyle'], [200, '07181 316858']],
      [120, [40, 'APPLIANCE', 8], [200, 'MODEL NO', 8], [300, 'SERIAL NO', 8]],
      [132, [40, 'Bosch washing machine'], [200, 'NUT5288'], [300, '326949108']],
      [170, [40, 'Description'], [260, 'Qty'], [350, 'Amount']],
      [188, [40, 'Labour (1 hr)'], [260, '1'], [350, '70.00']],
      [203, [40, 'Drain pump'], [260, '1'], [350, '48.60']],
    ]);
    expect((await extract([item], jobSheet)).item).toBe('Bosch washing machine');
  });

  it('gives a name the translations know its own words only ("Licence plate of the vehicle" is no "Veicolo")', async () => {
    const verbale = pageOf([
      [40, [40, 'VERBALE DI CONTESTAZIONE', 14]],
      [80, [40, 'Veicolo:'], [160, 'Fiat Panda']],
      [95, [40, 'Targa:'], [160, 'NX768CP']],
    ]);
    expect((await extract([plate], verbale)).vehicle_plate).toBe('NX768CP');
  });
});

describe('who approved, as a form prints it', () => {
  it('is the name over "Authorised by (print name)" for an approver', async () => {
    const approver: FieldDef = { name: 'approver', type: 'string', description: 'Supervisor who approved the timesheet' };
    // As eval/forms-blind's timesheet prints it: a name over a caption in small print, another caption beside.
    const timesheet = pageOf([
      [40, [40, 'WEEKLY TIMESHEET', 14]],
      [80, [40, 'Total hours'], [200, '44.50']],
      [312, [30, 'Dave Harrington', 6]],
      [321, [28, 'Authorised by (print name)', 4], [202, 'Client signature', 4]],
    ]);
    expect((await extract([approver], timesheet)).approver).toBe('Dave Harrington');
  });
});

describe('a mobile number on a phone bill', () => {
  const phone: FieldDef = { name: 'phone_number', type: 'string', description: 'Mobile number the bill is for' };

  it('is what "Ihre Rufnummer" gives, not the service line', async () => {
    const rechnung = pageOf([
      [40, [57, 'Funkwelt Mobil GmbH · Postfach 10 20 30 · 40212 Düsseldorf'], [350, 'Kundennummer:'], [450, '1034 9361 70']],
      [60, [57, 'Lindenstraße 12'], [350, 'Ihre Rufnummer:'], [450, '0151 1644 6975']],
      [800, [57, 'Kundenservice: 0800 555 1234 (kostenlos)']],
    ]);
    expect((await extract([phone], rechnung)).phone_number).toBe('0151 1644 6975');
  });

  it("takes no word of a company's name for its label, nor a period's dates for a number", async () => {
    const bill = pageOf([
      [40, [50, 'Vireo Mobile Ltd, PO Box 4410, Leeds LS1 4BT'], [340, 'Account number'], [430, '897022249']],
      [60, [340, 'Bill period'], [430, '14 Sep 2024 - 14 Oct 2024']],
      [400, [50, 'Usage for 07767 945 963']],
      [800, [50, 'Vireo Mobile Ltd. Registered in England and Wales No. 09812275. VAT No. GB 226 4190 57.']],
    ]);
    const { results, confidenceScores } = await run([phone], bill);
    expect(results.phone_number).toBe('07767 945 963');
    expect(confidenceScores.phone_number).toBeLessThan(80);
  });
});

describe('a Dutch bill of lading', () => {
  it('reads its number and ports by their Dutch words, not a sentence that names a port in passing', async () => {
    const fields: FieldDef[] = [
      { name: 'bl_number', type: 'string', description: 'Bill of lading number' },
      { name: 'port_of_loading', type: 'string', description: 'Port of loading' },
      { name: 'port_of_discharge', type: 'string', description: 'Port where the goods are discharged' },
    ];
    const cognossement = pageOf([
      [31, [36, 'Noordzee Rederij B.V.', 14]],
      [82, [220, 'COGNOSSEMENT', 12]],
      [130, [41, 'Cognossementnummer'], [202, 'NZR31B693014']],
      [148, [41, 'Boekingsnummer'], [202, 'BK-6270244']],
      [274, [41, 'Plaats van ontvangst'], [202, 'Nijmegen']],
      [292, [41, 'Laadhaven'], [202, 'Rotterdam, Nederland']],
      [310, [41, 'Loshaven'], [202, 'New York, Verenigde Staten']],
      [495, [36, 'Ontvangen door de vervoerder in ogenschijnlijk goede staat, de hierboven omschreven goederen ter vervoer naar de']],
      [506, [36, 'loshaven, onderworpen aan de voorwaarden op de achterzijde. Eén origineel cognossement moet worden ingeleverd']],
    ]);
    expect(await extract(fields, cognossement)).toEqual({ bl_number: 'NZR31B693014', port_of_loading: 'Rotterdam, Nederland', port_of_discharge: 'New York, Verenigde Staten' });
  });
});

describe('an Italian discharge letter', () => {
  it('names the consultant by the caption under the signature ("Il Medico referente"), not the head of the unit', async () => {
    const consultant: FieldDef = { name: 'responsible_consultant', type: 'string', description: 'Consultant or attending physician in charge' };
    const lettera = pageOf([
      [36, [40, 'Azienda Sanitaria Locale Valle del Tanaro'], [430, 'U.O.C. Chirurgia Generale']],
      [136, [40, 'LETTERA DI DIMISSIONE', 12]],
      [166, [40, 'Paziente:'], [135, 'Luca Moretti']],
      [580, [40, 'Alba, 9 maggio 2023']],
      [630, [42, 'Dott.ssa Giulia Neri'], [332, 'Dott. Franco Rinaldi']],
      [644, [40, 'Il Medico referente', 8], [330, 'Il Direttore della U.O.C.', 8]],
    ]);
    expect((await extract([consultant], lettera)).responsible_consultant).toBe('Dott.ssa Giulia Neri');
  });
});

describe('an issuing authority', () => {
  it('is the body heading the licence, not what "valid from 00:01 on …" says in a sentence', async () => {
    const authority: FieldDef = { name: 'issuing_authority', type: 'string', description: 'Authority that issued the licence' };
    const licence = pageOf([
      [34, [40, 'Environment Agency', 16]],
      [55, [40, 'Licensing Team · PO Box 432, Richard Fairclough House, Warrington WA4 1HT · 0344 555 0172']],
      [159, [50, 'ROD FISHING LICENCE · ENGLAND', 12]],
      [189, [58, 'Licence number:'], [170, '3749-7764-650093-RKH6602']],
      [206, [58, 'Licensee:'], [170, 'Nicola Brent']],
      [283, [58, 'This licence is valid from 00:01 on 10 March 2023 until 23:59 on 9 March 2024.']],
      [498, [40, 'The coarse fish close season on rivers runs from 15 March to 15 June inclusive. You also need permission']],
    ]);
    expect((await extract([authority], licence)).issuing_authority).toBe('Environment Agency');
  });
});

describe("a vehicle's registration as a British permit prints it", () => {
  it('is what "VRM" (vehicle registration mark) gives', async () => {
    const registration: FieldDef = { name: 'vehicle_registration', type: 'string', description: 'Registration of the vehicle on the permit' };
    const permit = pageOf([
      [630, [128, 'ASHCOMBE BOROUGH COUNCIL · RESIDENT PERMIT', 12]],
      [660, [135, 'ZONE D', 20]],
      [667, [255, 'Permit no.'], [320, 'RP856442']],
      [687, [255, 'VRM'], [320, 'WU70 YKG']],
    ]);
    expect((await extract([registration], permit)).vehicle_registration).toBe('WU70 YKG');
  });
});

describe('a word of the name opening a line item', () => {
  it('labels nothing when small words go on after it, an aside between ("Room hire (exclusive use, 12.00 noon to midnight)")', async () => {
    const room: FieldDef = { name: 'venue_room', type: 'string', description: 'Which room or hall has been booked?' };
    const letter = pageOf([
      [42, [60, 'Ashcombe Hall', 16]],
      [252, [60, 'Confirmation of your 50th birthday celebration']],
      [350, [60, 'Item'], [503, 'Amount']],
      [369, [60, 'Room hire (exclusive use, 12.00 noon to midnight)'], [495, '£1,850.00']],
      [385, [60, 'Dining, 140 guests @ £54.00'], [495, '£7,560.00']],
      [433, [60, 'Total'], [490, '£13,690.00']],
    ]);
    const { results, confidenceScores } = await run([room], letter);
    expect(results.venue_room).not.toBe('hire (exclusive use, 12.00 noon to midnight)');
    expect(confidenceScores.venue_room ?? 0).toBeLessThan(80);
  });
});

describe('a word of the name before a word of another kind of value', () => {
  it('labels that value where it follows ("Home address 54 Victoria Terrace" is no home branch)', async () => {
    const branch: FieldDef = { name: 'branch', type: 'string', description: 'Home branch' };
    const form = pageOf([
      [22, [29, 'Abbotsmoor University Library', 12]],
      [53, [29, 'EXTERNAL BORROWER APPLICATION', 11]],
      [70, [32, 'Name'], [119, 'Yusuf Adeyemi']],
      [96, [32, 'Home address'], [119, '54 Victoria Terrace, Lancaster LA1 5QT']],
    ]);
    const { results } = await run([branch], form);
    expect(results.branch).not.toBe('54 Victoria Terrace, Lancaster LA1 5QT');
  });

  it('still heads a cell whose value is printed under it ("Testing location" over the centre, another column beside)', async () => {
    const station: FieldDef = { name: 'testing_station', type: 'string', description: 'Name of the test centre' };
    const certificate = pageOf([
      [40, [40, 'MOT TEST CERTIFICATE', 14]],
      [255, [40, 'Testing location', 8], [320, 'Inspector name', 8]],
      [266, [40, 'Riverside MOT Centre'], [320, 'S. Kaur']],
      [282, [40, '2 Wharf Road, Newark NG24 1HT']],
    ]);
    expect((await extract([station], certificate)).testing_station).toBe('Riverside MOT Centre');
  });
});
