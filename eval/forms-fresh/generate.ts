// Generates eval/forms-fresh: six kinds of form no other set has, written without reading the offline extractor
// (nothing under src/engine/offline was opened), to measure how it does on kinds nobody tuned it for. Each kind
// has a folder of its own with the schema a user would write (eval/forms-fresh/<kind>/{docs,key,schema.json}):
// warranty cards, car hire agreements, gym memberships, meter readings, medical certificates and exam results,
// three of each — one English, one in French, Italian, Spanish, German or Portuguese (English field names), one
// rendered to a degraded image the reader OCRs. Labels as real forms print them, values as printed; the keys hold
// what a user expects back (ISO dates, plain numbers, one of the enum's options, true/false).
// Run: npx tsx eval/forms-fresh/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rng } from '../support/random.ts';
import { cents, group, pad, plusDays } from '../support/formats.ts';
import { birthDate, DATES, MONEY, someDate } from '../support/form-values.ts';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, headed, table, tick, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Helpers -----------------------------------------------------------------------------------------------

/** `k` capital letters for serials and plates (no I, O or Q, which are read as digits). */
const letters = (g: Rng, k: number) => Array.from({ length: k }, () => g.p([...'ABCDEFGHJKLMNPRSTUVWXYZ'])).join('');
/** A time of day on the quarter hour in office hours: "09:45". */
const clock = (g: Rng) => `${pad(g.int(8, 17))}:${pad(g.int(0, 3) * 15)}`;
/** "09:45" as US forms print it: "9:45 AM". */
const usClock = (t: string) => { const [h, m] = t.split(':').map(Number); return `${((h + 11) % 12) + 1}:${pad(m)} ${h < 12 ? 'AM' : 'PM'}`; };
/** A meter reading as the dials show it, with leading zeros. */
const dials = (v: number, digits = 5) => String(v).padStart(digits, '0');
/** Italian amounts: "€ 1.234,56". */
const eurIt = (v: number) => `€ ${group(v, '.', ',')}`;
/** `t` centred on the page, as certificates set their titles. */
const centre = (c: Canvas, t: string, y: number, size: number, f = c.font) => c.text(t, (c.page.getWidth() - f.widthOfTextAtSize(t, size)) / 2, y, size, f);
/** A label on the left and its value in an entry box from `vx`, as official statements print them. */
const boxed = (c: Canvas, label: string, value: string, x: number, vx: number, y: number, w: number) => {
  c.text(label, x, y, 9);
  c.box(vx, y - 13, w, 18);
  c.text(value, vx + 6, y, 10);
};
/** A number written one digit to a box, as reading cards ask for meter readings. */
const comb = (c: Canvas, digits: string, x: number, y: number) => {
  [...digits].forEach((d, k) => { c.box(x + k * 22, y, 20, 24); c.text(d, x + k * 22 + 6, y + 18, 13); });
};

// ---- Kinds -------------------------------------------------------------------------------------------------

/** 1. Product warranty cards. */
const warranty: Kind = {
  name: 'warranty-card',
  fields: [
    ['product', 'string', 'Product name and model'],
    ['serial_number', 'string', 'Serial number of the product'],
    ['purchase_date', 'date', 'When was the product bought?'],
    ['retailer', 'string', 'Shop it was bought from'],
    ['warranty_months', 'integer', 'Length of the standard warranty in months'],
    ['customer_name', 'string', 'Name of the customer who registered the product'],
    ['extended_warranty', 'boolean', 'Was an extended warranty bought as well?'],
  ],
  documents: [
    {
      // A US manufacturer's registration card: letterhead, the warranty length only in the opening sentence, product cells, owner on filled lines.
      make: async (g) => {
        const c = await canvas([612, 520]);
        const brand = g.p(['Halvorsen Home Appliances', 'Brightline Kitchenware']);
        const [product, model, price] = g.p<[string, string, number]>([['ProBlend 900 Blender', 'PB-900', 129.99], ['AirCrisp XL Air Fryer', 'AC-55XL', 149.95], ['SteamPress 3000 Iron', 'SP-3000', 59.99]]);
        const serial = `${model.replace('-', '')}${g.n(7)}`;
        const date = someDate(g);
        const retailer = g.p(['Harmon Home Center', 'ValueMart Superstore', 'Kitchen Depot']);
        const months = g.p([12, 24]);
        const name = g.p(['Jennifer Collins', 'Marcus Bell', 'Rosa Delgado']);
        const extended = g.r() < 0.5;
        c.text(brand, 40, 50, 14, c.bold);
        c.text('Consumer Care Center · 800 Riverside Pkwy, Louisville, KY 40202 · 1-800-555-0117', 40, 64, 8, c.font, true);
        c.text('PRODUCT REGISTRATION CARD', 40, 100, 15, c.bold);
        c.text(`Thank you for choosing ${brand.split(' ')[0]}. Your product is covered by our ${months}-month limited warranty from the`, 40, 120, 9);
        c.text('date of original purchase. Please keep your sales receipt as proof of purchase.', 40, 132, 9);
        c.text('PRODUCT INFORMATION', 40, 160, 9, c.bold);
        cell(c, 'PRODUCT', product, 40, 168, 250);
        cell(c, 'MODEL NO.', model, 295, 168, 110);
        cell(c, 'SERIAL NO.', serial, 410, 168, 162);
        cell(c, 'DATE OF PURCHASE', DATES.usSlashed(date), 40, 203, 130);
        cell(c, 'PRICE PAID', MONEY.usd(price), 175, 203, 100);
        cell(c, 'STORE NAME', retailer, 280, 203, 170);
        cell(c, 'CITY / STATE', g.p(['Dayton, OH', 'Lexington, KY', 'Nashville, TN']), 455, 203, 117);
        c.text('OWNER INFORMATION', 40, 262, 9, c.bold);
        underLine(c, 'Full name', name, 40, 292, 250);
        underLine(c, 'Email address', `${name.split(' ')[0].toLowerCase()}${g.n(2)}@${g.p(['gmail.com', 'yahoo.com'])}`, 320, 292, 252);
        underLine(c, 'Street address', `${g.int(100, 9800)} ${g.p(['Maple Ave', 'Oak Ridge Dr', 'Walnut St'])}`, 40, 327, 250);
        underLine(c, 'City, State, ZIP', g.p(['Dayton, OH 45402', 'Lexington, KY 40502', 'Nashville, TN 37203']), 320, 327, 252);
        checkboxes(c, 'Did you buy an extended protection plan with this product?', ['Yes', 'No'], extended ? 'Yes' : 'No', 40, 372, 50);
        checkboxes(c, 'Where did you hear about us?', ['In store', 'Online', 'TV', 'A friend'], g.p(['In store', 'Online', 'TV', 'A friend']), 40, 392, 70);
        c.text('Registration is not required for warranty coverage. Mail this card in the envelope provided or register at', 40, 430, 7.5, c.font, true);
        c.text(`www.${brand.split(' ')[0].toLowerCase()}.com/register within 30 days of purchase.`, 40, 440, 7.5, c.font, true);
        return { c, key: { product, serial_number: serial, purchase_date: date, retailer, warranty_months: months, customer_name: name, extended_warranty: extended } };
      },
    },
    {
      // A French shop's guarantee certificate (certificat de garantie): "Label : value" rows, the appliance in a one-row table, an Oui/Non extension row.
      make: async (g) => {
        const c = await canvas([595, 700]);
        const [retailer, address, city] = g.p([['Électroménager Lefort', '38 cours Gambetta, 69007 Lyon', 'Lyon'], ['Maison Garnier Électro', '12 rue Nationale, 37000 Tours', 'Tours']]);
        const name = g.p(['Sophie Marchand', 'Thierry Dubois', 'Nathalie Girard']);
        const [product, price] = g.p<[string, number]>([['Lave-linge Vedette LF814', 549], ['Réfrigérateur Frigéa RC360', 729], ['Lave-vaisselle Orion LV12', 469]]);
        const serial = `${letters(g, 2)}${g.n(4)}${letters(g, 1)}${g.n(5)}`;
        const date = someDate(g);
        const months = g.p([24, 36]);
        const extended = g.r() < 0.5;
        c.text(retailer, 40, 50, 14, c.bold);
        c.text(`${address} · Tél. 04 ${g.n(2)} ${g.n(2)} ${g.n(2)} ${g.n(2)} · SIRET ${g.n(14)}`, 40, 64, 8, c.font, true);
        grid(c, [['Facture n° :', `F${date.slice(0, 4)}-${g.n(5)}`], ['Vendeur :', g.p(['M. Perrin', 'Mme Roche'])]], 380, 450, 95, 14);
        c.text('CERTIFICAT DE GARANTIE', 40, 140, 15, c.bold);
        c.text(`Le magasin ${retailer} garantit l'appareil désigné ci-dessous contre tout défaut de fabrication,`, 40, 162, 9);
        c.text("pièces et main-d'œuvre, pendant la durée indiquée à compter de la date d'achat.", 40, 174, 9);
        c.text('CLIENT', 40, 205, 9, c.bold);
        c.rule(40, 555, 209);
        grid(c, [['Nom :', name], ['Adresse :', g.p(['14 rue des Lilas', '5 place Bellecour', '27 avenue de Grammont'])], ['Téléphone :', `06 ${g.n(2)} ${g.n(2)} ${g.n(2)} ${g.n(2)}`]], 40, 120, 226, 15);
        c.text('APPAREIL', 40, 290, 9, c.bold);
        const y = table(c, 310, [[40, 'Désignation', false], [250, 'N° de série', false], [370, "Date d'achat", false], [555, 'Prix TTC', true]],
          [[product, serial, DATES.slashed(date), MONEY.eurSpace(price)]]);
        grid(c, [['Durée de la garantie :', `${months} mois`], ['Point de départ :', "date d'achat figurant sur la facture"]], 40, 170, y + 15, 15);
        checkboxes(c, 'Extension de garantie Sérénité+ (3 ans supplémentaires) :', ['Oui', 'Non'], extended ? 'Oui' : 'Non', 40, y + 60, 50);
        c.text(`Fait à ${city}, le ${DATES.frLong(date)}`, 40, y + 100, 10);
        underLine(c, 'Cachet et signature du magasin', '', 330, y + 150, 225);
        c.text('Conservez ce certificat avec votre facture : il vous sera demandé pour toute intervention sous garantie.', 40, y + 190, 7.5, c.font, true);
        return { c, key: { product, serial_number: serial, purchase_date: date, retailer, warranty_months: months, customer_name: name, extended_warranty: extended } };
      },
    },
    {
      // A UK power-tool guarantee card (scanned): small grey headings over values in three rows, a Yes/No row for the extended cover.
      image: 0.45,
      make: async (g) => {
        const c = await canvas([595, 360]);
        const [product, model] = g.p([['18V Cordless Combi Drill', 'KT18-CD'], ['Compact Mitre Saw 210 mm', 'KT-MS210'], ['Electric Pressure Washer', 'KT-PW150']]);
        const serial = `${g.n(2)}${letters(g, 1)}${g.n(6)}`;
        const date = someDate(g);
        const retailer = g.p(['Fenwick Tool Centre', 'Ridgeway DIY Supplies']);
        const months = g.p([24, 36]);
        const name = g.p(['Gareth Lloyd', 'Shona McIntyre', 'Patrick Doyle']);
        const extended = g.r() < 0.5;
        c.text('Keswick Power Tools Ltd', 40, 45, 15, c.bold);
        c.text('Customer Service · Unit 3, Derwent Park, Workington CA14 3YW · 01900 555 214', 40, 59, 8, c.font, true);
        c.text('GUARANTEE CARD', 40, 90, 13, c.bold);
        headed(c, [[40, 'PRODUCT'], [250, 'MODEL NO.'], [420, 'SERIAL NO.']], [product, model, serial], 120);
        headed(c, [[40, 'DATE OF PURCHASE'], [250, 'PURCHASED FROM'], [420, 'GUARANTEE PERIOD']], [DATES.ukLong(date), retailer, `${months} months`], 160);
        headed(c, [[40, 'CUSTOMER NAME'], [250, 'POSTCODE'], [420, 'TELEPHONE']], [name, g.p(['CA14 2BN', 'LA9 4QT', 'CA1 1HP']), `07${g.n(3)} ${g.n(6)}`], 200);
        checkboxes(c, 'Extended 5-year cover purchased:', ['Yes', 'No'], extended ? 'Yes' : 'No', 40, 252, 50);
        c.text('Keep this card with your receipt. The guarantee covers faults in materials and workmanship only.', 40, 285, 8, c.font, true);
        c.text('Register online within 28 days at keswicktools.co.uk/register to activate any extended cover.', 40, 297, 8, c.font, true);
        return { c, key: { product, serial_number: serial, purchase_date: date, retailer, warranty_months: months, customer_name: name, extended_warranty: extended } };
      },
    },
  ],
};

/** 2. Car hire agreements. */
const CLASSES = ['Economy', 'Compact', 'Intermediate', 'Full-size', 'SUV', 'Van'];
const rental: Kind = {
  name: 'rental-car-agreement',
  fields: [
    ['agreement_number', 'string', 'Rental agreement number'],
    ['renter_name', 'string', 'Name of the renter'],
    ['pickup_date', 'date', 'Pick-up date'],
    ['return_date', 'date', 'Date the car is due back'],
    ['vehicle_class', 'enum', 'Car category booked', CLASSES],
    ['daily_rate', 'number', 'Daily rate'],
    ['total_charge', 'number', 'What is the total charge for the rental?'],
    ['cdw_accepted', 'boolean', 'Did the renter take the collision damage waiver?'],
  ],
  documents: [
    {
      // A UK airport hire agreement: number boxed at the right, pick-up and return side by side in boxes, "Label: value" driver and vehicle, a charges table, VAT on top.
      make: async (g) => {
        const c = await canvas();
        const [cls, grp, car, rate] = g.p<[string, string, string, number]>([['Economy', 'A', 'Kia Picanto 1.0', 29.5], ['Compact', 'C', 'Vauxhall Astra 1.2', 38.5], ['Intermediate', 'D', 'Skoda Octavia 1.5', 46], ['SUV', 'F', 'Nissan Qashqai 1.3', 62]]);
        const num = `NW${g.n(7)}`;
        const renter = g.p(['Daniel Hargreaves', 'Emma Sutcliffe', 'Rajesh Patel']);
        const out = someDate(g);
        const days = g.int(2, 9);
        const back = plusDays(out, days);
        const time = clock(g);
        // The other two draw it; here the waiver is taken, so the kind has both answers whatever they draw.
        const cdw = true;
        const hire = cents(days * rate);
        const cover = cents(days * 14.95);
        const fee = 36;
        const net = cents(hire + cover + fee);
        const vat = cents(net * 0.2);
        const total = cents(net + vat);
        c.text('Northway Car & Van Rental', 40, 50, 14, c.bold);
        c.text('Manchester Airport · Car Rental Centre, Terminal 2 · M90 3NZ · 0161 555 0148', 40, 64, 8, c.font, true);
        cell(c, 'RENTAL AGREEMENT NO.', num, 395, 80, 160);
        c.text('RENTAL AGREEMENT', 40, 105, 15, c.bold);
        for (const [x, head, date] of [[40, 'PICK-UP', out], [300, 'RETURN DUE', back]] as [number, string, string][]) {
          c.box(x, 125, 255, 52);
          c.text(head, x + 6, 138, 8.5, c.bold);
          grid(c, [['Branch:', 'Manchester Airport T2'], ['Date / time:', `${DATES.slashed(date)}  ${time}`]], x + 6, x + 75, 154, 14);
        }
        c.text('MAIN DRIVER', 40, 205, 9, c.bold);
        c.rule(40, 555, 209);
        grid(c, [['Name:', renter], ['Address:', `${g.int(2, 90)} ${g.p(['Moss Lane', 'Derby Road', 'Wilmslow Road'])}, ${g.p(['Stockport SK4 2LT', 'Sale M33 7PA'])}`], ['Driving licence no.:', `${renter.split(' ')[1].slice(0, 5).toUpperCase().padEnd(5, '9')}${g.n(6)}${letters(g, 2)}${g.n(1)}${letters(g, 2)}`], ['Date of birth:', DATES.slashed(birthDate(g))]], 40, 150, 225, 15);
        c.text('VEHICLE', 40, 305, 9, c.bold);
        c.rule(40, 555, 309);
        grid(c, [['Vehicle group:', `${grp} — ${cls}`], ['Make / model:', car], ['Registration:', `${letters(g, 2)}${g.int(20, 74)} ${letters(g, 3)}`], ['Fuel out:', 'Full'], ['Mileage out:', group(g.int(3000, 38000), ',', '.', 0)]], 40, 150, 325, 15);
        c.text('CHARGES', 40, 420, 9, c.bold);
        const y = table(c, 440, [[40, 'Description', false], [330, 'Days', true], [430, 'Rate per day (£)', true], [555, 'Amount (£)', true]], [
          ['Time and mileage (unlimited miles)', String(days), MONEY.plain(rate), MONEY.plain(hire)],
          ['Collision Damage Waiver', String(days), '14.95', MONEY.plain(cover)],
          ['Airport location fee', '', '', MONEY.plain(fee)],
        ]);
        grid(c, [['Subtotal', MONEY.gbp(net)], ['VAT 20%', MONEY.gbp(vat)]], 380, 480, y + 10, 15);
        c.text('Total charge', 380, y + 40, 10, c.bold);
        c.right(MONEY.gbp(total), 555, y + 40, 10, c.bold);
        checkboxes(c, 'Collision Damage Waiver (reduces your excess to £0):', ['Accepted', 'Declined'], 'Accepted', 40, y + 75, 75);
        c.text('Without CDW you are liable for the first £1,250 of the cost of any damage to the vehicle.', 40, y + 92, 8, c.font, true);
        underLine(c, 'Renter signature', '', 40, y + 135, 240);
        underLine(c, 'Date', DATES.slashed(out), 320, y + 135, 120);
        return { c, key: { agreement_number: num, renter_name: renter, pickup_date: out, return_date: back, vehicle_class: cls, daily_rate: rate, total_charge: total, cdw_accepted: cdw } };
      },
    },
    {
      // An Italian hire contract (contratto di noleggio): a grid of boxed cells, the charges VAT-inclusive in a table, a Sì/No row for the damage waiver.
      make: async (g) => {
        const c = await canvas([595, 640]);
        const [cls, printed, grp, car, rate] = g.p<[string, string, string, string, number]>([['Economy', 'Economica', 'B', 'Fiat Panda 1.0 Hybrid', 32], ['Compact', 'Compatta', 'C', 'Volkswagen Polo 1.0 TSI', 41.5], ['Intermediate', 'Intermedia', 'D', 'Toyota Corolla 1.8 Hybrid', 54], ['Van', 'Furgone', 'K', 'Fiat Ducato 2.3', 89]]);
        const num = `CT${g.n(8)}`;
        const renter = g.p(['Giuseppe Russo', 'Chiara Colombo', 'Alessandro Ricci']);
        const out = someDate(g);
        const days = g.int(3, 10);
        const back = plusDays(out, days);
        const time = clock(g);
        const cdw = g.r() < 0.5;
        const hire = cents(days * rate);
        const cover = cdw ? cents(days * 18) : 0;
        const fee = 24.5;
        // Italian hire prices include VAT; the contract shows the share of it.
        const total = cents(hire + cover + fee);
        const vat = cents(total - total / 1.22);
        c.text('Sicilia Autonoleggi S.r.l.', 40, 50, 14, c.bold);
        c.text(`Aeroporto di Catania Fontanarossa · 95121 Catania · P. IVA ${g.n(11)}`, 40, 64, 8, c.font, true);
        c.text('CONTRATTO DI NOLEGGIO', 40, 100, 15, c.bold);
        c.right(`N. ${num}`, 555, 100, 11, c.bold);
        cell(c, 'CLIENTE / CONDUCENTE', renter, 40, 115, 260);
        cell(c, 'PATENTE N.', `U1${letters(g, 1)}${g.n(6)}${letters(g, 1)}`, 305, 115, 120);
        cell(c, 'DATA DI NASCITA', DATES.slashed(birthDate(g)), 430, 115, 125);
        cell(c, 'DATA E ORA DI RITIRO', `${DATES.slashed(out)} ore ${time}`, 40, 150, 170);
        cell(c, 'DATA E ORA DI RICONSEGNA', `${DATES.slashed(back)} ore ${time}`, 215, 150, 170);
        cell(c, 'LUOGO RITIRO / RICONSEGNA', 'Catania Aeroporto', 390, 150, 165);
        cell(c, 'GRUPPO / CATEGORIA', `${grp} - ${printed}`, 40, 185, 170);
        cell(c, 'VEICOLO', car, 215, 185, 170);
        cell(c, 'TARGA', `${letters(g, 2)}${g.n(3)}${letters(g, 2)}`, 390, 185, 80);
        cell(c, 'KM USCITA', group(g.int(4000, 60000), '.', ',', 0), 475, 185, 80);
        c.text('DETTAGLIO ADDEBITI', 40, 245, 9, c.bold);
        const rows = [['Noleggio — tariffa giornaliera', String(days), eurIt(rate), eurIt(hire)]];
        if (cdw) rows.push(['Riduzione franchigia (Super Kasko)', String(days), eurIt(18), eurIt(cover)]);
        rows.push(['Oneri aeroportuali', '', '', eurIt(fee)], ['TOTALE (IVA inclusa)', '', '', eurIt(total)]);
        const y = table(c, 265, [[40, 'Voce', false], [330, 'Giorni', true], [440, 'Tariffa', true], [555, 'Importo', true]], rows, 15, true);
        grid(c, [['di cui IVA 22%:', eurIt(vat)], ['Deposito cauzionale (carta di credito):', eurIt(300)]], 40, 240, y + 10, 15);
        checkboxes(c, 'Riduzione franchigia danni (CDW):', ['Sì', 'No'], cdw ? 'Sì' : 'No', 40, y + 60, 50);
        c.text('Il veicolo va riconsegnato con il pieno di carburante. Ogni giorno di ritardo è addebitato alla tariffa in vigore.', 40, y + 80, 7.5, c.font, true);
        underLine(c, 'Firma del cliente', '', 40, y + 125, 220);
        underLine(c, 'Luogo e data', `Catania, ${DATES.slashed(out)}`, 320, y + 125, 180);
        return { c, key: { agreement_number: num, renter_name: renter, pickup_date: out, return_date: back, vehicle_class: cls, daily_rate: rate, total_charge: total, cdw_accepted: cdw } };
      },
    },
    {
      // A US airport rental record (scanned), in capitals: grey headings over values, the class as the counter prints it, estimated charges in a table.
      image: -0.5,
      make: async (g) => {
        const c = await canvas([612, 480]);
        const [cls, printed, car, rate] = g.p<[string, string, string, number]>([['Full-size', 'FULLSIZE', 'CHEVROLET MALIBU', 54.99], ['SUV', 'STANDARD SUV', 'FORD EXPLORER', 71.49], ['Intermediate', 'INTERMEDIATE', 'TOYOTA COROLLA', 46.99], ['Van', 'MINIVAN', 'CHRYSLER PACIFICA', 84.99]]);
        const num = g.n(9);
        const renter = g.p(['JASON MILLER', 'ANGELA TORRES', 'KEVIN NGUYEN']);
        const out = someDate(g);
        const days = g.int(1, 7);
        const back = plusDays(out, days);
        const time = usClock(clock(g));
        const cdw = g.r() < 0.5;
        const hire = cents(days * rate);
        const ldw = cdw ? cents(days * 29.99) : 0;
        const concession = cents(hire * 0.1111);
        const tax = cents((hire + ldw) * 0.0825);
        const total = cents(hire + ldw + concession + tax);
        c.text('SUNCOAST RENT A CAR', 40, 45, 15, c.bold);
        c.text('TAMPA INTL AIRPORT · 4100 GEORGE J BEAN PKWY, TAMPA, FL 33607 · (813) 555-0190', 40, 59, 8, c.font, true);
        c.text('RENTAL AGREEMENT', 40, 85, 13, c.bold);
        headed(c, [[40, 'RENTAL AGREEMENT NO.'], [220, 'RENTER'], [420, 'CAR CLASS']], [num, renter, printed], 110, 572);
        headed(c, [[40, 'PICKUP DATE/TIME'], [220, 'RETURN DUE DATE/TIME'], [420, 'VEHICLE']], [`${DATES.usSlashed(out)} ${time}`, `${DATES.usSlashed(back)} ${time}`, car], 150, 572);
        headed(c, [[40, 'RATE'], [220, 'RENTAL DAYS'], [420, 'MILES OUT']], [`$${rate}/DAY`, String(days), group(g.int(2000, 41000), ',', '.', 0)], 190, 572);
        table(c, 240, [[40, 'ESTIMATED CHARGES', false], [440, 'QTY @ RATE', true], [572, 'AMOUNT', true]], [
          ['TIME & MILEAGE', `${days} @ ${rate}`, MONEY.plain(hire)],
          ['LDW (LOSS DAMAGE WAIVER)', cdw ? `${days} @ 29.99` : 'DECLINED', MONEY.plain(ldw)],
          ['CONCESSION RECOVERY FEE 11.11%', '', MONEY.plain(concession)],
          ['SALES TAX 8.25%', '', MONEY.plain(tax)],
          ['TOTAL ESTIMATED CHARGES', '', MONEY.usd(total)],
        ], 15, true);
        checkboxes(c, 'CDW/LDW:', ['ACCEPT', 'DECLINE'], cdw ? 'ACCEPT' : 'DECLINE', 40, 370, 80);
        underLine(c, 'RENTER INITIALS', renter.split(' ').map((w) => w[0]).join(''), 300, 370, 80);
        c.text('BY SIGNING BELOW YOU AGREE TO THE TERMS ON THE BACK. FUEL NOT REPLACED IS CHARGED AT $9.99/GAL.', 40, 400, 7.5, c.font, true);
        underLine(c, 'RENTER SIGNATURE', '', 40, 440, 240);
        return { c, key: { agreement_number: num, renter_name: renter, pickup_date: out, return_date: back, vehicle_class: cls, daily_rate: rate, total_charge: total, cdw_accepted: cdw } };
      },
    },
  ],
};

/** 3. Gym membership forms. */
const PLANS = ['Off-peak', 'Standard', 'Premium', 'Student'];
const gym: Kind = {
  name: 'gym-membership',
  fields: [
    ['member_name', 'string', 'Full name of the member'],
    ['member_number', 'string', 'Membership number'],
    ['start_date', 'date', 'Date the membership starts'],
    ['plan', 'enum', 'Which membership plan was chosen?', PLANS],
    ['monthly_fee', 'number', 'Monthly fee'],
    ['date_of_birth', 'date', "Member's date of birth"],
    ['emergency_contact', 'string', 'Name of the emergency contact'],
    ['minimum_term_months', 'integer', 'Minimum contract term in months'],
  ],
  documents: [
    {
      // A UK gym application: letterhead, boxed cells, the plans as a small table with the chosen one crossed, the minimum term only in the declaration.
      make: async (g) => {
        const c = await canvas();
        const fees = g.p([[19.99, 29.99, 44.99, 17.99], [22.99, 34.99, 49.99, 19.99]]);
        const plan = g.p(['Off-peak', 'Standard', 'Premium']);
        const fee = fees[PLANS.indexOf(plan)];
        const member = `PF${g.n(7)}`;
        const [name, gender, contact, relation] = g.p([['Hannah Whitfield', 'Female', 'Mark Whitfield', 'Husband'], ['Callum Reeves', 'Male', 'Susan Reeves', 'Mother'], ['Priya Sharma', 'Female', 'Anjali Sharma', 'Sister']]);
        const dob = birthDate(g);
        const start = someDate(g);
        const term = g.p([3, 12]);
        c.text('Pulse Fitness Clubs', 40, 50, 14, c.bold);
        c.text('Kingsway Club · 210 Kingsway, Manchester M19 2LL · 0161 555 0182', 40, 64, 8, c.font, true);
        cell(c, 'MEMBERSHIP NO.', member, 395, 80, 160);
        c.text('MEMBERSHIP APPLICATION', 40, 100, 15, c.bold);
        c.text('1. YOUR DETAILS', 40, 135, 10, c.bold);
        cell(c, 'FULL NAME', name, 40, 143, 260);
        cell(c, 'DATE OF BIRTH', DATES.slashed(dob), 305, 143, 120);
        cell(c, 'GENDER', gender, 430, 143, 125);
        cell(c, 'ADDRESS', `${g.int(2, 140)} ${g.p(['Burton Road', 'Mauldeth Road', 'Parrs Wood Lane'])}, Manchester ${g.p(['M20 3ED', 'M19 1AB'])}`, 40, 178, 515);
        cell(c, 'MOBILE', `07${g.n(3)} ${g.n(6)}`, 40, 213, 170);
        cell(c, 'EMAIL', `${name.split(' ')[0].toLowerCase()}.${name.split(' ')[1].toLowerCase()}@${g.p(['gmail.com', 'outlook.com'])}`, 215, 213, 340);
        c.text('2. YOUR MEMBERSHIP', 40, 270, 10, c.bold);
        const access = ['Mon–Fri before 4pm, weekends all day', 'Any time, home club only', 'Any time, all clubs, classes and spa', 'Any time, home club (valid NUS card)'];
        const y = table(c, 290, [[40, 'Plan', false], [130, 'Access', false], [430, 'Per month', true], [555, 'Your choice', true]],
          PLANS.map((p, k) => [p, access[k], MONEY.gbp(fees[k]), p === plan ? 'X' : '']));
        cell(c, 'MEMBERSHIP START DATE', DATES.slashed(start), 40, y + 5, 170);
        cell(c, 'MONTHLY DIRECT DEBIT', MONEY.gbp(fee), 215, y + 5, 140);
        cell(c, 'JOINING FEE', MONEY.gbp(g.p([0, 15, 25])), 360, y + 5, 195);
        c.text('3. EMERGENCY CONTACT', 40, y + 65, 10, c.bold);
        cell(c, 'NAME', contact, 40, y + 73, 260);
        cell(c, 'RELATIONSHIP', relation, 305, y + 73, 120);
        cell(c, 'TELEPHONE', `07${g.n(3)} ${g.n(6)}`, 430, y + 73, 125);
        c.text('4. DECLARATION', 40, y + 135, 10, c.bold);
        c.text(`I understand that my membership has a minimum term of ${term} months, after which it continues month to month`, 40, y + 152, 9);
        c.text("until I give one full month's notice in writing. I confirm I know of no medical reason that stops me exercising.", 40, y + 164, 9);
        underLine(c, 'Member signature', '', 40, y + 210, 240);
        underLine(c, 'Date', DATES.slashed(plusDays(start, -g.int(0, 6))), 320, y + 210, 120);
        return { c, key: { member_name: name, member_number: member, start_date: start, plan, monthly_fee: fee, date_of_birth: dob, emergency_contact: contact, minimum_term_months: term } };
      },
    },
    {
      // A Spanish gym enrolment form (ficha de inscripción): "Label: value" rows, the fee band as a checkbox row in Spanish, the term as "12 meses".
      make: async (g) => {
        const c = await canvas([595, 720]);
        const [club, address, city, area] = g.p([['Centro Deportivo Aqua Sport', 'C/ Doctor Zamenhof 18, 28015 Madrid', 'Madrid', '91'], ['Gimnasio Olimpo Fitness', 'Av. del Puerto 112, 46023 Valencia', 'Valencia', '96']]);
        const [plan, printed, fee] = g.p<[string, string, number]>([['Off-peak', 'Valle', 24.9], ['Standard', 'General', 34.9], ['Premium', 'Premium', 49.9], ['Student', 'Estudiante', 22.9]]);
        const member = g.n(6);
        const [name, mailbox, contact, relation] = g.p([['Laura Jiménez Prieto', 'lauraj', 'Antonio Jiménez Ruiz', 'Hermano'], ['Daniel Serrano Gómez', 'dserrano', 'Elena Gómez Navarro', 'Madre'], ['Marina Vidal Rubio', 'mvidal', 'Pablo Ortiz Sanz', 'Pareja']]);
        // The student band is for people under 26, so its member is born later than the adults the others draw.
        const dob = plan === 'Student' ? `${g.int(2000, 2006)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}` : birthDate(g);
        const start = someDate(g);
        const term = g.p([6, 12]);
        c.text(club, 40, 50, 14, c.bold);
        c.text(`${address} · CIF B${g.n(8)} · Tel. ${area}${g.n(1)} ${g.n(3)} ${g.n(3)}`, 40, 64, 8, c.font, true);
        c.text('FICHA DE INSCRIPCIÓN', 40, 100, 15, c.bold);
        c.right(`Nº de socio: ${member}`, 555, 100, 10, c.bold);
        c.text('DATOS PERSONALES', 40, 135, 10, c.bold);
        c.rule(40, 555, 139);
        grid(c, [['Nombre y apellidos:', name], ['DNI / NIE:', `${g.n(8)}${letters(g, 1)}`], ['Fecha de nacimiento:', DATES.slashed(dob)], ['Domicilio:', `C/ ${g.p(['Mayor', 'de la Paz', 'San Vicente'])} ${g.int(2, 90)}, ${g.int(1, 6)}º ${g.p(['A', 'B', 'C'])}`], ['Teléfono móvil:', `6${g.n(2)} ${g.n(3)} ${g.n(3)}`], ['Correo electrónico:', `${mailbox}${g.n(2)}@gmail.com`]], 40, 175, 157, 16);
        c.text('MODALIDAD DE ABONO', 40, 275, 10, c.bold);
        c.rule(40, 555, 279);
        checkboxes(c, 'Tarifa:', ['Valle', 'General', 'Premium', 'Estudiante'], printed, 40, 300, 85);
        grid(c, [['Cuota mensual:', MONEY.eurSuffix(fee)], ['Matrícula:', MONEY.eurSuffix(g.p([0, 25]))], ['Fecha de alta:', DATES.slashed(start)], ['Permanencia mínima:', `${term} meses`], ['Forma de pago:', 'Domiciliación bancaria']], 40, 175, 325, 16);
        c.text('CONTACTO EN CASO DE EMERGENCIA', 40, 425, 10, c.bold);
        c.rule(40, 555, 429);
        grid(c, [['Nombre:', contact], ['Parentesco:', relation], ['Teléfono:', `6${g.n(2)} ${g.n(3)} ${g.n(3)}`]], 40, 175, 447, 16);
        c.text('El/la socio/a declara encontrarse en condiciones físicas adecuadas para la práctica deportiva y acepta', 40, 515, 8, c.font, true);
        c.text('las normas de uso de la instalación. Las bajas deben comunicarse por escrito antes del día 20 del mes anterior.', 40, 526, 8, c.font, true);
        c.text(`En ${city}, a ${DATES.esLong(start)}`, 40, 560, 10);
        underLine(c, 'Firma del socio/a', '', 330, 610, 225);
        return { c, key: { member_name: name, member_number: member, start_date: start, plan, monthly_fee: fee, date_of_birth: dob, emergency_contact: contact, minimum_term_months: term } };
      },
    },
    {
      // A US gym agreement (scanned): values on filled lines with labels under them, a plan checkbox row, the fees in a small table.
      image: 0.4,
      make: async (g) => {
        const c = await canvas([612, 520]);
        const [plan, printed, fee] = g.p<[string, string, number]>([['Off-peak', 'Off-Peak', 19.99], ['Standard', 'Standard', 29.99], ['Premium', 'Premium', 44.99], ['Student', 'Student', 24.99]]);
        const member = `${g.int(10, 99)}-${g.n(5)}`;
        const [name, contact] = g.p([['Brandon Hayes', 'Tina Hayes'], ['Courtney Wallace', 'Robert Wallace'], ['Luis Ortega', 'Carmen Ortega']]);
        const dob = plan === 'Student' ? `${g.int(2001, 2006)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}` : birthDate(g);
        const start = someDate(g);
        const term = g.p([12, 24]);
        c.text('IRON VALLEY FITNESS', 40, 45, 15, c.bold);
        c.text('1820 W Main St, Boise, ID 83702 · (208) 555-0136 · ironvalleyfit.com', 40, 59, 8, c.font, true);
        c.text('MEMBERSHIP AGREEMENT', 40, 85, 13, c.bold);
        c.right(`Member # ${member}`, 572, 85, 10, c.bold);
        underLine(c, 'Member name', name, 40, 120, 300);
        underLine(c, 'Date of birth', DATES.usSlashed(dob), 370, 120, 202);
        underLine(c, 'Address', `${g.int(100, 9900)} ${g.p(['N Cole Rd', 'W State St', 'E Park Blvd'])}, Boise, ID 837${g.n(2)}`, 40, 155, 300);
        underLine(c, 'Phone', `(208) 555-${g.n(4)}`, 370, 155, 202);
        underLine(c, 'Email', `${name.split(' ')[0].toLowerCase()}${g.n(2)}@gmail.com`, 40, 190, 300);
        underLine(c, 'Start date', DATES.usSlashed(start), 370, 190, 202);
        checkboxes(c, 'Membership type:', ['Off-Peak', 'Standard', 'Premium', 'Student'], printed, 40, 232, 85);
        const y = table(c, 262, [[40, 'Fee', false], [330, 'When charged', false], [572, 'Amount', true]],
          [['Enrollment fee', 'At signing', MONEY.usd(49)], ['Monthly dues', 'Monthly by EFT', MONEY.usd(fee)], ['Annual maintenance fee', 'Each January', MONEY.usd(39)]]);
        underLine(c, 'Initial term (months)', String(term), 40, y + 30, 150);
        underLine(c, 'Emergency contact (name)', contact, 220, y + 30, 200);
        underLine(c, 'Emergency phone', `(208) 555-${g.n(4)}`, 440, y + 30, 132);
        c.text('After the initial term this agreement renews month to month. Cancel in writing with 30 days notice.', 40, y + 62, 8, c.font, true);
        underLine(c, 'Member signature', '', 40, y + 105, 240);
        underLine(c, 'Date', DATES.usSlashed(start), 320, y + 105, 120);
        return { c, key: { member_name: name, member_number: member, start_date: start, plan, monthly_fee: fee, date_of_birth: dob, emergency_contact: contact, minimum_term_months: term } };
      },
    },
  ],
};

/** 4. Water and gas meter readings. */
const READ_TYPES = ['Actual', 'Estimated', 'Customer'];
const meter: Kind = {
  name: 'utility-meter-reading',
  fields: [
    ['account_number', 'string', 'Customer account number'],
    ['meter_serial', 'string', 'Serial number of the meter'],
    ['reading_date', 'date', 'Date of the current reading'],
    ['current_reading', 'integer', 'Current meter reading'],
    ['previous_reading', 'integer', 'Previous meter reading'],
    ['consumption', 'number', 'How much was used between the two readings?'],
    ['reading_type', 'enum', 'Was the reading actual, estimated or given by the customer?', READ_TYPES],
  ],
  documents: [
    {
      // A UK water company's reading notice: letterhead, address window, account at the right, the readings in a table with a one-letter read type and its legend.
      make: async (g) => {
        const c = await canvas([595, 640]);
        const account = `${g.n(4)} ${g.n(4)} ${g.n(2)}`;
        const serial = `${g.n(2)}${letters(g, 1)}${g.n(6)}`;
        // The current reading falls where the other sets' dates do; the previous one half a year before it.
        const date = someDate(g);
        const prevDate = plusDays(date, -g.int(175, 190));
        const prev = g.int(150, 2400);
        const used = g.int(28, 95);
        const cur = prev + used;
        const type = g.p(['Actual', 'Estimated']);
        const name = g.p(['Mrs Joan Pritchard', 'Mr David Hollis', 'Ms Kerry Bates']);
        c.text('Severn Vale Water', 40, 50, 16, c.bold);
        c.text('PO Box 412, Gloucester GL1 9WW · 0345 555 0162 · severnvalewater.co.uk', 40, 64, 8, c.font, true);
        [name, `${g.int(2, 80)} ${g.p(['Kingsholm Road', 'Tewkesbury Road', 'London Road'])}`, 'Gloucester', g.p(['GL1 3BB', 'GL2 0RE'])].forEach((t, k) => c.text(t, 40, 115 + k * 13, 10));
        grid(c, [['Account number:', account], ['Date of notice:', DATES.ukLong(plusDays(date, 3))], ['Property type:', 'Domestic, metered']], 330, 430, 115, 15);
        c.text('Your water meter reading', 40, 205, 14, c.bold);
        c.text(type === 'Actual' ? `We read your meter on ${DATES.ukLong(date)}. The table shows how much water you have used since the last reading.`
          : `We could not get to your meter on ${DATES.ukLong(date)}, so we have estimated the reading from your past use.`, 40, 225, 9);
        const y = table(c, 255, [[40, 'Meter serial no.', false], [200, 'Previous reading', true], [265, 'Date', true], [350, 'Current reading', true], [415, 'Date', true], [475, 'Read type', true], [555, 'Used (m³)', true]],
          [[serial, dials(prev), DATES.slashed(prevDate), dials(cur), DATES.slashed(date), type[0], String(used)]]);
        c.text('Read type: A = actual reading taken by us, E = estimated, C = reading you gave us.', 40, y + 5, 8, c.font, true);
        grid(c, [['Water used this period:', `${used} m³`], ['Average daily use:', `${Math.round((used * 1000) / (Date.parse(date) - Date.parse(prevDate)) * 86_400_000)} litres`], ['Next reading due:', DATES.ukLong(plusDays(date, 182))]], 40, 180, y + 35, 15);
        c.text('Your next bill will use this reading. If you think it is wrong, send us your own reading at', 40, y + 95, 8, c.font, true);
        c.text('severnvalewater.co.uk/meter or call us on the number above.', 40, y + 106, 8, c.font, true);
        return { c, key: { account_number: account, meter_serial: serial, reading_date: date, current_reading: cur, previous_reading: prev, consumption: used, reading_type: type } };
      },
    },
    {
      // A German public utility's water-meter notice (Zählerstandsmitteilung): a letter with the readings in boxed cells and the way it was read as a checkbox row.
      make: async (g) => {
        const c = await canvas([595, 640]);
        const [utility, address] = g.p([['Stadtwerke Lindau GmbH', 'Reutiner Straße 12 · 88131 Lindau'], ['Stadtwerke Ammersee GmbH', 'Seestraße 4 · 86911 Dießen']]);
        const [type, printed] = g.p([['Actual', 'Ablesung durch Stadtwerke'], ['Customer', 'Selbstablesung'], ['Estimated', 'Schätzung']]);
        const account = g.n(9);
        const serial = g.n(8);
        const date = someDate(g);
        const prevDate = plusDays(date, -g.int(360, 370));
        const prev = g.int(200, 4000);
        const used = g.int(60, 180);
        const cur = prev + used;
        const name = g.p(['Herrn Klaus Berger', 'Frau Monika Haas', 'Familie Wagner']);
        c.text(utility, 40, 50, 14, c.bold);
        c.text(`${address} · Kundenservice 0800 555 ${g.n(4)}`, 40, 64, 8, c.font, true);
        c.text(`${utility} · ${address}`, 40, 110, 6.5, c.font, true);
        [name, `${g.p(['Bregenzer Straße', 'Kemptener Straße', 'Schachener Straße'])} ${g.int(1, 60)}`, address.split(' · ')[1]].forEach((t, k) => c.text(t, 40, 125 + k * 13, 10));
        grid(c, [['Kundennummer:', account], ['Datum:', DATES.dotted(plusDays(date, 5))], ['Ansprechpartner:', g.p(['Frau Maier', 'Herr Huber'])]], 340, 440, 125, 15);
        c.text('Zählerstandsmitteilung Wasser', 40, 215, 13, c.bold);
        c.text('Sehr geehrte Kundin, sehr geehrter Kunde,', 40, 240, 10);
        c.text('für Ihre Jahresverbrauchsabrechnung haben wir folgenden Zählerstand erfasst:', 40, 254, 10);
        cell(c, 'Zählernummer', serial, 40, 270, 170);
        cell(c, 'Zählerstand neu (m³)', String(cur), 215, 270, 170);
        cell(c, 'Ablesedatum', DATES.dotted(date), 390, 270, 165);
        cell(c, 'Zählerstand alt (m³)', String(prev), 40, 305, 170);
        cell(c, 'Datum Vorablesung', DATES.dotted(prevDate), 215, 305, 170);
        cell(c, 'Verbrauch (m³)', String(used), 390, 305, 165);
        checkboxes(c, 'Ableseart:', ['Ablesung durch Stadtwerke', 'Selbstablesung', 'Schätzung'], printed, 40, 365, 150);
        c.text('Die Abrechnung folgt mit separatem Schreiben. Ihre neuen Abschlagszahlungen werden nach dem', 40, 395, 9);
        c.text('Verbrauch dieses Jahres berechnet. Bei Fragen erreichen Sie uns montags bis freitags von 8 bis 18 Uhr.', 40, 408, 9);
        c.text('Mit freundlichen Grüßen', 40, 440, 10);
        c.text(utility, 40, 454, 10);
        return { c, key: { account_number: account, meter_serial: serial, reading_date: date, current_reading: cur, previous_reading: prev, consumption: used, reading_type: type } };
      },
    },
    {
      // A UK gas supplier's reading card filled in by the customer (scanned): the reading one digit to a box, date and units on filled lines.
      image: -0.4,
      make: async (g) => {
        const c = await canvas([595, 380]);
        const account = g.n(10);
        const serial = `E6S${g.n(8)}${g.n(2)}`;
        const date = someDate(g);
        const prevDate = plusDays(date, -g.int(85, 100));
        const prev = g.int(1000, 9000);
        const used = g.int(120, 420);
        const cur = prev + used;
        c.text('Brightwell Energy', 40, 45, 15, c.bold);
        c.text('Customer Services · PO Box 88, Leeds LS1 4BR · 0330 555 0123', 40, 59, 8, c.font, true);
        c.text('GAS METER READING CARD', 40, 85, 13, c.bold);
        grid(c, [['Account number:', account], ['Meter serial number:', serial], ['Previous reading:', `${dials(prev)} (read by us on ${DATES.slashed(prevDate)})`]], 40, 170, 110, 15, c.bold);
        c.text('Please read your meter and write the black numbers, ignoring any red ones, in the boxes below.', 40, 175, 9);
        c.text('Your reading', 40, 210, 10, c.bold);
        comb(c, dials(cur), 130, 193);
        c.text('cubic metres (m³)', 250, 210, 9);
        underLine(c, 'Date you read the meter', DATES.slashed(date), 40, 255, 180);
        underLine(c, 'Units used since last reading', String(used), 260, 255, 180);
        checkboxes(c, 'Reading taken by:', ['Customer', 'Meter reader'], 'Customer', 40, 295, 90);
        c.text('Return this card in the prepaid envelope or give us your reading at brightwell.co.uk/read.', 40, 325, 8, c.font, true);
        return { c, key: { account_number: account, meter_serial: serial, reading_date: date, current_reading: cur, previous_reading: prev, consumption: used, reading_type: 'Customer' } };
      },
    },
  ],
};

/** 5. Medical certificates (sick notes). */
const medical: Kind = {
  name: 'medical-certificate',
  fields: [
    ['patient_name', 'string', 'Name of the patient'],
    ['doctor_name', 'string', 'Doctor who signed the certificate'],
    ['issue_date', 'date', 'Date of issue'],
    ['unfit_from', 'date', 'First day the patient is unfit for work'],
    ['unfit_until', 'date', 'Until when is the patient signed off?'],
    ['diagnosis_given', 'boolean', 'Does the certificate state a diagnosis?'],
    ['clinic', 'string', 'Practice or hospital that issued it'],
  ],
  documents: [
    {
      // A UK fit note: labels on the left with values in entry boxes, the advice as ticked lines, the period as "for … or from … to …", the doctor's stamp.
      make: async (g) => {
        const c = await canvas([595, 640]);
        const name = g.p(['James Whitworth', 'Laura Kennedy', 'Michael Osei']);
        const [doctor, clinic, address] = g.p([['Dr Anil Mehta', 'Riverside Medical Practice', '14 Quay Street, Bristol BS1 4DB'], ['Dr Helen Carmichael', 'Abbeyfield Surgery', '2 Abbey Road, Paisley PA1 1JS']]);
        const condition = g.p(['Lower back pain', 'Influenza', 'Sprained right ankle', 'Acute bronchitis']);
        const assessed = someDate(g);
        // A fit note may cover days before the assessment, when the patient was already off.
        const from = plusDays(assessed, -g.int(0, 3));
        const days = g.p([7, 10, 14]);
        const until = plusDays(from, days - 1);
        c.text('Statement of Fitness for Work', 40, 55, 18, c.bold);
        c.text('For social security or Statutory Sick Pay', 40, 72, 9, c.font, true);
        boxed(c, "Patient's name", name, 40, 250, 115, 305);
        boxed(c, 'I assessed your case on:', DATES.slashed(assessed), 40, 250, 145, 120);
        boxed(c, 'and, because of the following condition(s):', condition, 40, 250, 175, 305);
        c.text('I advise you that:', 40, 210, 9, c.bold);
        tick(c, 'you are not fit for work.', true, 60, 230);
        tick(c, 'you may be fit for work taking account of the following advice:', false, 60, 250);
        c.box(60, 260, 495, 36);
        c.text("If available, and with your employer's agreement, you may benefit from:", 60, 315, 8.5, c.font, true);
        checkboxes(c, '', ['a phased return to work', 'altered hours', 'amended duties', 'workplace adaptations'], '', 60, 333, 120);
        c.text('This will be the case for', 40, 375, 9);
        c.box(150, 362, 70, 18); c.text(`${days} days`, 156, 375, 10);
        c.text('or from', 230, 375, 9);
        c.box(266, 362, 80, 18); c.text(DATES.slashed(from), 272, 375, 10);
        c.text('to', 354, 375, 9);
        c.box(368, 362, 80, 18); c.text(DATES.slashed(until), 374, 375, 10);
        tick(c, 'I will not need to assess your fitness for work again at the end of this period.', true, 40, 405);
        tick(c, 'I will need to assess your fitness for work again at the end of this period.', false, 40, 423);
        underLine(c, "Doctor's signature", '', 40, 475, 240);
        underLine(c, 'Date of statement', DATES.slashed(assessed), 320, 475, 150);
        c.text("Doctor's address", 40, 500, 8, c.font, true);
        c.box(40, 505, 260, 52);
        [doctor, clinic, address].forEach((t, k) => c.text(t, 46, 520 + k * 13, 9));
        c.text("Patient's copy. You can use this statement as evidence for your employer or for benefit purposes.", 40, 590, 7.5, c.font, true);
        return { c, key: { patient_name: name, doctor_name: doctor, issue_date: assessed, unfit_from: from, unfit_until: until, diagnosis_given: true, clinic } };
      },
    },
    {
      // A Portuguese medical certificate (atestado médico): a centred title, the patient and period only in the attesting sentences, place and date, no diagnosis.
      make: async (g) => {
        const c = await canvas([595, 600]);
        const [clinic, city, address, area] = g.p([['Clínica Médica do Bonfim', 'Porto', 'Rua do Heroísmo 211, 4300-259 Porto', '22'], ['Centro Médico da Estrela', 'Lisboa', 'Rua de São Bento 402, 1200-822 Lisboa', '21']]);
        const [doctor, who] = g.p([['Dr.ª Ana Ribeiro', 'médica'], ['Dr. João Pereira Lopes', 'médico']]);
        const [name, ending] = g.p([['Rui Miguel Fonseca', 'o'], ['Catarina Sousa Martins', 'a'], ['Pedro Almeida Costa', 'o']]);
        const issue = someDate(g);
        const from = plusDays(issue, -g.int(0, 2));
        const until = plusDays(from, g.int(2, 6));
        c.text(clinic, 40, 50, 14, c.bold);
        c.text(`${address} · Tel. ${area}${g.n(1)} ${g.n(3)} ${g.n(3)}`, 40, 64, 8, c.font, true);
        centre(c, 'ATESTADO MÉDICO', 140, 18, c.bold);
        c.text(`${doctor}, ${who} com a cédula profissional n.º ${g.n(5)} da Ordem dos Médicos, atesta,`, 40, 190, 10);
        c.text(`por sua honra, que ${name}, portador${ending === 'a' ? 'a' : ''} do Cartão de Cidadão n.º ${g.n(8)},`, 40, 206, 10);
        c.text(`se encontra impossibilitad${ending} de exercer a sua atividade profissional, por motivo de doença,`, 40, 222, 10);
        c.text(`no período de ${DATES.slashed(from)} a ${DATES.slashed(until)}, inclusive.`, 40, 238, 10);
        c.text('Por ser verdade e me ter sido solicitado, passo o presente atestado, que assino.', 40, 262, 10);
        c.text(`${city}, ${DATES.ptLong(issue)}`, 40, 300, 10);
        underLine(c, 'O(A) Médico(a) — assinatura e vinheta', doctor, 330, 360, 225);
        c.text('Atestado emitido para justificação de faltas ao trabalho, nos termos do Código do Trabalho.', 40, 420, 7.5, c.font, true);
        return { c, key: { patient_name: name, doctor_name: doctor, issue_date: issue, unfit_from: from, unfit_until: until, diagnosis_given: false, clinic } };
      },
    },
    {
      // A US urgent-care work excuse (scanned): "Label: value" rows, the excused period in a ticked sentence, a diagnosis line that is filled in or withheld.
      image: 0.5,
      make: async (g) => {
        const c = await canvas([612, 440]);
        const clinic = g.p(['Lakeside Urgent Care', 'Northgate Family Medicine']);
        const doctor = g.p(['Megan Foster, MD', 'David Okafor, DO']);
        const name = g.p(['Tyler Brooks', 'Ashley Grant', 'Marcus Reed']);
        const visit = someDate(g);
        const until = plusDays(visit, g.int(1, 4));
        const diagnosis = g.r() < 0.5;
        const condition = g.p(['Acute gastroenteritis', 'Strep throat', 'Migraine']);
        c.text(clinic, 40, 45, 15, c.bold);
        c.text('3120 Lakeshore Dr, Madison, WI 53705 · (608) 555-0177 · Open 7 days 8am–8pm', 40, 59, 8, c.font, true);
        c.text('WORK / SCHOOL EXCUSE', 40, 90, 14, c.bold);
        grid(c, [['Patient name:', name], ['Date of birth:', DATES.usSlashed(birthDate(g))], ['Date of visit:', DATES.usSlashed(visit)]], 40, 140, 120, 16, c.bold);
        c.text('This patient was seen and treated in our clinic on the date above.', 40, 180, 9);
        tick(c, `Please excuse from work / school from ${DATES.usSlashed(visit)} through ${DATES.usSlashed(until)}.`, true, 40, 205);
        tick(c, `May return to work / school with no restrictions on ${DATES.usSlashed(plusDays(until, 1))}.`, true, 40, 225);
        tick(c, 'May return with the following restrictions:', false, 40, 245);
        c.rule(260, 572, 248);
        grid(c, [['Diagnosis:', diagnosis ? condition : 'Not disclosed (patient did not consent to release)']], 40, 140, 280, 16, c.bold);
        underLine(c, 'Provider signature', '', 40, 345, 220);
        underLine(c, 'Provider name (print)', doctor, 300, 345, 220);
        underLine(c, 'Date', DATES.usSlashed(visit), 40, 385, 120);
        return { c, key: { patient_name: name, doctor_name: doctor, issue_date: visit, unfit_from: visit, unfit_until: until, diagnosis_given: diagnosis, clinic } };
      },
    },
  ],
};

/** 6. Exam results. */
/** An exam sitting in the January, May/June or summer session of 2023–2025. */
const examDate = (g: Rng) => `${g.int(2023, 2025)}-${g.p(['01', '05', '06'])}-${pad(g.int(8, 26))}`;
const exam: Kind = {
  name: 'exam-results',
  fields: [
    ['student_name', 'string', 'Name of the student'],
    ['student_id', 'string', 'Student ID number'],
    ['institution', 'string', 'School or university that issued the results'],
    ['subject', 'string', 'Subject or module of the exam'],
    ['exam_date', 'date', 'When was the exam taken?'],
    ['mark', 'number', 'Mark obtained in the exam'],
    ['credits', 'number', 'Credits for the subject'],
    ['passed', 'boolean', 'Did the student pass?'],
  ],
  documents: [
    {
      // A UK university's result notification: letterhead, "Label: value" student rows, the module in a one-row table with the outcome, the pass mark in a note.
      make: async (g) => {
        const c = await canvas([595, 600]);
        const [institution, office] = g.p([['University of Eastmoor', 'Academic Registry · Eastmoor Campus, York YO10 5DD'], ['Kingsbridge University', 'Student Records Office · Park Road, Exeter EX4 4QJ']]);
        const name = g.p(['Olivia Hartley', 'Samuel Adeyemi', 'Chloe Brennan']);
        const id = g.n(8);
        const [code, subject, programme] = g.p([['CS2041', 'Database Systems', 'BSc (Hons) Computer Science'], ['EC1203', 'Principles of Macroeconomics', 'BSc (Hons) Economics'], ['BM2210', 'Cell Biology and Genetics', 'BSc (Hons) Biomedical Science']]);
        const credits = g.p([15, 20]);
        // The other two draw it; here the module is failed (under the 40% pass mark), so the kind has both answers.
        const mark = g.int(28, 39);
        const passed = false;
        const date = examDate(g);
        c.text(institution, 40, 50, 15, c.bold);
        c.text(office, 40, 64, 8, c.font, true);
        c.text('NOTIFICATION OF EXAMINATION RESULT', 40, 105, 13, c.bold);
        grid(c, [['Student name:', name], ['Student number:', id], ['Programme:', programme], ['Year of study:', code[2]], ['Session:', `${date.slice(5, 7) === '01' ? 'January' : 'Summer'} ${date.slice(0, 4)}`]], 40, 150, 135, 16, c.bold);
        const y = table(c, 240, [[40, 'Module code', false], [110, 'Module title', false], [330, 'Credits', true], [410, 'Exam date', true], [480, 'Mark (%)', true], [555, 'Outcome', true]],
          [[code, subject, String(credits), DATES.slashed(date), String(mark), 'Fail']]);
        c.text('The pass mark for undergraduate modules is 40%. Marks are provisional until confirmed by the Board of Examiners.', 40, y + 5, 7.5, c.font, true);
        c.text('You are entitled to one resit attempt in the August reassessment period.', 40, y + 30, 9);
        underLine(c, 'Academic Registrar', g.p(['Dr Fiona Walsh', 'Mr Graham Pearce']), 40, y + 85, 200);
        underLine(c, 'Date of issue', DATES.ukLong(plusDays(date, 21)), 320, y + 85, 150);
        return { c, key: { student_name: name, student_id: id, institution, subject, exam_date: date, mark, credits, passed } };
      },
    },
    {
      // A Spanish faculty's grade certificate (certificado de calificación): the student only in the certifying sentence, the exam in boxed cells, decimal commas.
      make: async (g) => {
        const c = await canvas([595, 620]);
        const [institution, faculty, city] = g.p([['Universidad de Valdeluz', 'Facultad de Ciencias Económicas y Empresariales', 'Valencia'], ['Universidad del Alto Tajo', 'Facultad de Ciencias Sociales y Jurídicas', 'Toledo']]);
        const [title, name] = g.p([['D.ª', 'Lucía Herrero Campos'], ['D.', 'Álvaro Medina Ruiz'], ['D.ª', 'Irene Castillo Vega']]);
        const id = g.n(7);
        const [subject, code] = g.p([['Contabilidad Financiera II', '12045'], ['Estadística Empresarial', '12031'], ['Microeconomía Intermedia', '12052']]);
        const credits = g.p([6, 4.5, 7.5]);
        const mark = g.int(30, 95) / 10;
        const passed = mark >= 5;
        const band = mark < 5 ? 'Suspenso' : mark < 7 ? 'Aprobado' : mark < 9 ? 'Notable' : 'Sobresaliente';
        const date = examDate(g);
        const secretary = g.p(['D.ª Marta Soler Ibáñez', 'D.ª Rosa Llorente Gil']);
        c.text(institution, 40, 50, 15, c.bold);
        c.text(faculty, 40, 65, 9, c.font, true);
        c.text('Secretaría de la Facultad', 40, 77, 8, c.font, true);
        centre(c, 'CERTIFICADO DE CALIFICACIÓN', 130, 15, c.bold);
        c.text(`${secretary}, Secretaria de la ${faculty},`, 40, 170, 10);
        c.text('CERTIFICA:', 40, 192, 10, c.bold);
        c.text(`Que ${title} ${name}, con DNI ${g.n(8)}${letters(g, 1)} y n.º de expediente ${id}, ha obtenido en la`, 40, 214, 10);
        c.text('asignatura que se indica la siguiente calificación:', 40, 229, 10);
        cell(c, 'ASIGNATURA', subject, 40, 245, 260);
        cell(c, 'CÓDIGO', code, 305, 245, 90);
        cell(c, 'CRÉDITOS ECTS', group(credits, '.', ',', 1), 400, 245, 155);
        cell(c, 'CONVOCATORIA', `${date.slice(5, 7) === '01' ? 'Ordinaria de enero' : 'Ordinaria de junio'} ${date.slice(0, 4)}`, 40, 280, 175);
        cell(c, 'FECHA DEL EXAMEN', DATES.slashed(date), 220, 280, 150);
        cell(c, 'CALIFICACIÓN', `${group(mark, '.', ',', 1)} (${band})`, 375, 280, 180);
        c.text('Escala: 0-4,9 Suspenso; 5,0-6,9 Aprobado; 7,0-8,9 Notable; 9,0-10 Sobresaliente.', 40, 335, 8, c.font, true);
        c.text(`Y para que conste a petición de la persona interesada, expido el presente certificado en ${city},`, 40, 370, 10);
        c.text(`a ${DATES.esLong(plusDays(date, g.int(20, 40)))}.`, 40, 385, 10);
        underLine(c, 'La Secretaria', secretary, 330, 450, 225);
        return { c, key: { student_name: name, student_id: id, institution, subject, exam_date: date, mark, credits, passed } };
      },
    },
    {
      // A US community college grade report (scanned): values on filled lines with labels under them, the result as a Passed / Not passed row.
      image: -0.35,
      make: async (g) => {
        const c = await canvas([612, 400]);
        const institution = g.p(['Cedar Hills Community College', 'Riverbend Technical College']);
        const name = g.p(['Tyler Brooks', 'Maria Gonzalez', 'Kevin Tran']);
        const id = `${g.int(1, 9)}${g.n(7)}`;
        const [course, subject] = g.p([['ENG 101', 'College Composition I'], ['MAT 121', 'College Algebra'], ['BIO 110', 'Principles of Biology']]);
        const credits = g.p([3, 4]);
        const score = g.int(52, 98);
        const passed = score >= 70;
        const letter = score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
        const date = examDate(g);
        c.text(institution, 40, 45, 15, c.bold);
        c.text('Office of the Registrar · 500 College Dr · registrar@college.edu', 40, 59, 8, c.font, true);
        c.text('FINAL EXAMINATION GRADE REPORT', 40, 88, 13, c.bold);
        underLine(c, 'Student name', name, 40, 125, 260);
        underLine(c, 'Student ID', id, 330, 125, 242);
        underLine(c, 'Course number', course, 40, 160, 120);
        underLine(c, 'Course title', subject, 180, 160, 220);
        underLine(c, 'Credit hours', String(credits), 420, 160, 152);
        underLine(c, 'Final exam date', DATES.usSlashed(date), 40, 195, 120);
        underLine(c, 'Final exam score (out of 100)', String(score), 180, 195, 220);
        underLine(c, 'Course letter grade', letter, 420, 195, 152);
        checkboxes(c, 'Course result:', ['Passed', 'Not passed'], passed ? 'Passed' : 'Not passed', 40, 240, 80);
        c.text('A final exam score of 70 or higher is required to pass this course.', 40, 262, 8, c.font, true);
        underLine(c, 'Instructor', g.p(['Prof. Linda Carter', 'Prof. James Whitaker']), 40, 310, 220);
        underLine(c, 'Date submitted', DATES.usSlashed(plusDays(date, 3)), 320, 310, 150);
        return { c, key: { student_name: name, student_id: id, institution, subject, exam_date: date, mark: score, credits, passed } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [warranty, rental, gym, meter, medical, exam];
await writeKinds(here, KINDS, 6151, 173);
