// Weaknesses found on eval/forms-unsought (six kinds of form written blind): a chemical formula read as a number, the
// words of a sentence, a date or a business taken for a person's name.
import { describe, expect, it } from 'vitest';
import { asksPersonName } from '../../../src/engine/offline/person.ts';
import type { FieldDef } from '../../../src/engine/types.ts';
import { extract, pageOf, run, type Row } from './pages.ts';

describe('a number glued to letters', () => {
  it('is a formula, not the result: "Nitrate (as NO3)   28.8 mg/l" gives 28.8', async () => {
    const rows: Row[] = [
      [40, [40, 'CERTIFICATE OF ANALYSIS', 14]],
      [80, [40, 'Parameter'], [220, 'Result'], [300, 'Limit']],
      [96, [40, 'Nitrate (as NO3)'], [220, '31.4 mg/l'], [300, '50']],
      [112, [40, 'Nitrite (as NO2)'], [220, '0.021 mg/l'], [300, '0.5']],
    ];
    const fields: FieldDef[] = [{ name: 'nitrate_result', type: 'number', description: 'Nitrate result in mg/l' }];
    expect(await extract(fields, pageOf(rows))).toEqual({ nitrate_result: 31.4 });
  });
});

describe('what is no person\'s name', () => {
  it('is the rest of a sentence after a word the label holds ("The student must complete…")', async () => {
    const rows: Row[] = [
      [40, [40, 'University of Eastmoor', 14]],
      [90, [40, 'This letter confirms an offer of a place. The fee is payable at enrolment. The']],
      [104, [40, 'student must complete online enrolment no later than 8 October 2024.']],
    ];
    const out = await run([{ name: 'student_name', type: 'string', description: "Student's full name" }], pageOf(rows));
    expect(out.confidenceScores.student_name ?? 0).toBeLessThan(80);
    expect(out.results.student_name ?? '').not.toMatch(/must complete/);
  });

  it('holds no date nor opens with an article: "July 2025" under a heading, "The Copper Kettle" beside the label', async () => {
    const rows: Row[] = [
      [40, [40, 'FOOD SAFETY VISIT', 14]],
      [80, [40, 'Name of father:'], [160, 'July 2025']],
      [96, [40, 'Officer:'], [160, 'The Copper Kettle Café']],
      [140, [40, 'Signed: Harriet Lowe, Inspecting Officer']],
    ];
    const fields: FieldDef[] = [
      { name: 'father_name', type: 'string', description: "Father's full name" },
      { name: 'officer_name', type: 'string', description: 'Officer who carried out the visit' },
    ];
    const out = await extract(fields, pageOf(rows));
    expect(out.father_name).toBeNull();
    expect(out.officer_name).not.toBe('The Copper Kettle Café');
  });

  it('is not asked by a field naming an establishment or a department, though "-ment" ends like "agent"', () => {
    expect(asksPersonName({ name: 'establishment_name', type: 'string', description: 'Name of the food business inspected' })).toBe(false);
    expect(asksPersonName({ name: 'department_name', type: 'string' })).toBe(false);
    expect(asksPersonName({ name: 'agent_name', type: 'string' })).toBe(true);
  });
});

describe('a percentage', () => {
  it('is read under a heading ending in "%", not from a limit a sentence states ("above 14.5%")', async () => {
    const rows: Row[] = [
      [40, [40, 'GRAIN RECEIVAL DOCKET', 14]],
      [80, [40, 'MOISTURE %', 7], [140, 'PROTEIN %', 7], [240, 'TEST WEIGHT kg/hL', 7]],
      [90, [40, '13.4'], [140, '11.8'], [240, '76.5']],
      [130, [40, 'Loads above 14.5% are dried at the grower\'s cost.']],
    ];
    expect(await extract([{ name: 'moisture_percent', type: 'number', description: 'Moisture %' }], pageOf(rows))).toEqual({ moisture_percent: 13.4 });
  });
});

describe('a letter confirming a student\'s place', () => {
  const letter: Row[] = [
    [40, [50, 'University of Eastmoor', 16]],
    [62, [50, 'International Admissions Office · Eastmoor EM4 7RL · United Kingdom']],
    [97, [50, 'Our ref: IA/2024/0777'], [485, '20 June 2024']],
    [109, [50, 'Student ID: 65163121']],
    [136, [50, 'Chidi Eze']],
    [149, [50, '14 Ogui Road']],
    [162, [50, 'Enugu']],
    [175, [50, 'Nigeria']],
    [225, [50, 'Confirmation of study for Student visa purposes']],
    [249, [50, 'This is to confirm that Chidi Eze (date of birth 2 May 1999, passport number A04417723) has accepted']],
    [263, [50, 'an unconditional offer of a place on the MSc Data Science at the University of Eastmoor.']],
  ];

  it('reads a number the field\'s whole name gives inside a sentence, without the parenthesis closing the aside', async () => {
    expect(await extract([{ name: 'passport_number', type: 'string', description: 'Passport number' }], pageOf(letter))).toEqual({ passport_number: 'A04417723' });
  });

  it('takes the addressee for the student (no postcode, but the letter names them again), not the student ID', async () => {
    expect(await extract([{ name: 'student_name', type: 'string', description: "Student's full name" }], pageOf(letter))).toEqual({ student_name: 'Chidi Eze' });
  });
});

describe('a period a sentence states', () => {
  it('starts and ends on the dates the sentence says it begins and ends, not on another period\'s range', async () => {
    const rows: Row[] = [
      [40, [50, 'Universidad de Levante', 16]],
      [90, [50, 'Que las clases del curso comenzarán el 11 de septiembre de 2025 y finalizarán el 28 de junio de 2026. El plazo']],
      [104, [50, 'de matrícula para estudiantes admitidos está abierto del 2 de julio de 2025 al 24 de julio de 2025.']],
    ];
    const fields: FieldDef[] = [
      { name: 'course_start_date', type: 'date', description: 'Course start date' },
      { name: 'course_end_date', type: 'date', description: 'Course end date' },
    ];
    expect(await extract(fields, pageOf(rows))).toEqual({ course_start_date: '2025-09-11', course_end_date: '2026-06-28' });
  });
});

describe('a water analysis report', () => {
  it('reads when the sample was taken under the words laboratories print ("DATE COLLECTED", "Prélevé le")', async () => {
    const field: FieldDef = { name: 'sample_date', type: 'date', description: 'Date the sample was taken' };
    const english: Row[] = [
      [40, [30, 'WATER ANALYSIS REPORT', 12]],
      [70, [30, 'LAB SAMPLE ID', 7], [120, 'DATE REPORTED', 7], [210, 'DATE RECEIVED', 7], [300, 'DATE COLLECTED', 7]],
      [80, [30, '81K20931'], [120, '04/17/2024'], [210, '04/12/2024'], [300, '04/11/2024 09:40']],
    ];
    expect(await extract([field], pageOf(english))).toEqual({ sample_date: '2024-04-11' });
    const french: Row[] = [
      [40, [50, "RAPPORT D'ESSAI N° 24-501377", 12]],
      [80, [50, 'Prélevé le :'], [190, '14/03/2024 à 09h10']],
      [96, [50, 'Reçu au laboratoire le :'], [190, '15/03/2024']],
      [112, [50, 'Rapport édité le :'], [190, '21/03/2024']],
    ];
    expect(await extract([field, { name: 'report_number', type: 'string', description: 'Lab report number' }], pageOf(french))).toEqual({ sample_date: '2024-03-14', report_number: '24-501377' });
  });
});

describe('whether a bill is paid in full', () => {
  const bill = (balance: string): Row[] => [
    [40, [50, 'Harbour Vets', 14]],
    [90, [340, 'Invoice total'], [511, '£504.00']],
    [105, [340, 'Paid by card 23/02/2025'], [511, '£252.00']],
    [120, [340, 'Balance due'], [511, balance]],
  ];
  const field: FieldDef = { name: 'paid_in_full', type: 'boolean', description: 'Has the invoice been paid in full?' };

  it('is no where a balance is left to pay, yes where the balance is nil', async () => {
    expect(await extract([field], pageOf(bill('£252.00')))).toEqual({ paid_in_full: false });
    expect(await extract([field], pageOf([...bill('£0.00').slice(0, 1), [90, [340, 'Invoice total'], [511, '£504.00']], [105, [340, 'Paid by card 23/02/2025'], [511, '£504.00']], [120, [340, 'Balance due'], [511, '£0.00']]]))).toEqual({ paid_in_full: true });
  });
});

describe('a German weighbridge ticket', () => {
  it('names the crop and says the load was accepted in German ("Fruchtart: Körnermais", "Ware angenommen: [X] ja")', async () => {
    const crop: FieldDef = { name: 'crop', type: 'enum', description: 'Crop delivered', values: ['Wheat', 'Barley', 'Oilseed rape', 'Maize', 'Oats'] };
    const accepted: FieldDef = { name: 'load_accepted', type: 'boolean', description: 'Was the load accepted?' };
    const ticket = pageOf([
      [34, [28, 'Getreidelager Haselünne']],
      [115, [28, 'WIEGESCHEIN'], [157, 'Nr. 24-864634']],
      [142, [28, 'Datum ........: 20.01.2024']],
      [196, [28, 'Fruchtart ....: Körnermais']],
      [290, [28, 'Netto'], [168, '23.040 kg']],
      [331, [28, 'Feuchtigkeit ...........'], [168, '14,5 %']],
      [412, [28, 'Ware angenommen:'], [130, '[X] ja'], [179, '[ ] nein']],
    ]);
    const values = await extract([crop, accepted], ticket);
    expect(values.crop).toBe('Maize');
    expect(values.load_accepted).toBe(true);
  });
});

describe('a number a Spanish sentence names', () => {
  it('is the passport number "con pasaporte n.º RH6661385" gives', async () => {
    const passport: FieldDef = { name: 'passport_number', type: 'string', description: "Student's passport number" };
    const certificado = pageOf([
      [40, [50, 'UNIVERSIDAD DEL DUERO', 14]],
      [90, [50, 'Ref.: RRII/2025/4717']],
      [120, [200, 'CERTIFICADO DE ADMISIÓN', 12]],
      [218, [50, 'Que D. Mateo Fernández Ruiz, de nacionalidad argentina, con pasaporte n.º RH6661385 y fecha de nacimiento']],
      [232, [50, '2 de agosto de 1998, ha sido admitido en el Máster Universitario en Gestión del Patrimonio Cultural']],
    ]);
    expect((await extract([passport], certificado)).passport_number).toBe('RH6661385');
  });
});
