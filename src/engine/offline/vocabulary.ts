// What a field is about, from its name and description alone, and the labels that announce it in
// English, Spanish, French, German, Italian and Portuguese (on folded text: accents and umlauts dropped,
// German compounds read by the noun they end in: "rechnungsnummer" is a number, "nettobetrag" an amount). General vocabulary of business documents: nothing here names a vendor or document.
import { NAME_TRANSLATIONS } from './translations.ts';

/** Names of the amount after a discount (and before tax): a net total. */
export const AFTER_DISCOUNT = /\b((after|less|net of) discounts?|discounted|(apres|avec) remises?|(nach|abzuglich|mit) rabatt|scontato|(com|apos) desconto|(con|tras) descuentos?)\b/;

export type Role =
  | 'total' | 'balance' | 'paid' | 'subtotal' | 'tax' | 'date' | 'dueDate' | 'company' | 'customer' | 'address' | 'documentNumber' | 'orderNumber'
  | 'email' | 'phone' | 'iban' | 'taxId' | 'currency' | 'quantity' | 'unitPrice' | 'amount' | 'description' | 'generic';

const ROLE_WORDS: [Role, RegExp][] = [
  // A line's total is a line amount, not the document's total.
  ['amount', /\b(line total|line amount|row total|item total|total line)\b/],
  // The amount after a discount and before tax is a net total too ("total_after_discount").
  ['subtotal', /\b(sub ?total|subtotal|base imponible|net amount|importe neto|total neto|net(?! a pa)|(before|pre|excl|excluding|without|sin|antes de) (tax|taxes|vat|iva|impuestos?)|(after|less|net of) discounts?|discounted|total (net|ht)|hors taxes?|ht|(apres|avec) remise|netto\w*|(nach|abzuglich) rabatt|vor steuern|imponibile|(totale )?scontato|(sem|senza|antes de) (iva|impost[oia]s?)|(com|apos) desconto)\b/],
  // Not the tax's registration number ("vat_number", "numero_tva", "partita_iva", "ust_idnr").
  ['tax', /(?<!\b(numero|num|number|no|partita)( d[eia])? )\b(tax|taxes|vat|gst|hst|pst|qst|iva|igic|impuestos?|sales tax|tva|taxe|mwst|ust|mehrwertsteuer\w*|umsatzsteuer\w*|imposta|imposto)\b(?!.*\b(id|number|no|nif|cif|idnr|\w*nummer|identifi\w*)\b)/],
  // A payment already made, and what is left to pay after it: amounts of their own, not the total
  // ("total paid" is still the total).
  ['paid', /\b(amount paid|paid amount|already paid|paid to date|payments? (made|received)|deposit|prepaid|prepayment|anticipo|importe pagado|pagado a cuenta|entregado a cuenta|acompte|deja (paye|verse)|anzahlung|bereits (bezahlt|gezahlt)|acconto|gia (pagato|versato)|valor pago|sinal)\b/],
  // The amount due or payable is what is left to pay: the total less any payment printed (the total when none is).
  ['balance', /\b(balance|outstanding|remaining|left to pay|saldo|pendiente|amount due|due amount|amount payable|payable|reste a payer|restant du|restbetrag|offene[rn]? betrag|em divida|da pagare)\b/],
  // Before dueDate: "total due" is money, "due date" is a date.
  // "Gesamtbetrag" before the bare "betrag" of line amounts; TTC is the French total with taxes.
  ['total', /\b(total|grand total|amount paid|amount to pay|to pay|how much|importe total|total a pagar|a pagar|monto total|sum|totale|ttc|toutes taxes comprises|net a payer|a payer|gesamt\w*|endbetrag|rechnungsbetrag|zu zahlen\w*|valor total)\b/],
  ['dueDate', /\b(due|vencimiento|payment date|pay by|payment deadline|deadline|vencimento|scadenza|echeance|f(a|ae)lligkeit\w*|zahlbar bis|zahlungsziel)\b/],
  // Italian and Portuguese "data" only where it is a date's ("data_fattura", "data de emissao"): in English it is data.
  ['date', /\b(date|dated|fecha|issued|emision|emitted|day|\w*datum|data(?= (de|di|da|do|del\w*|fattura|fatura|emissao|emissione|compra|acquisto|documento))|emissao|emissione)\b/],
  ['email', /\b(e ?-?mail|correo|courriel)\b/],
  ['phone', /\b(phone|tel|telephone|telefono|mobile|fax|tlf|tfno|movil|telefon\w*|telefone)\b/],
  ['iban', /\b(iban|bank account|cuenta bancaria|bankverbindung|kontonummer)\b/],
  ['taxId', /\b(vat (id|number|no)|(number|numero|num|no) (de )?(tva|iva|vat)|tax id|nif|cif|gst (id|reg)|registration|ruc|rfc|tin|dni|numero (de )?tva|tva intra\w*|siret|siren|ust ?id\w*|steuernummer|steuer ?id\w*|umsatzsteuer\W?identifikations\w*|partita iva|codice fiscale|nipc|cnpj)\b/],
  // The customer's order, not the document's own number.
  ['orderNumber', /\b(po|p o|purchase order|(your|votre|vos|su|sus|ihre?|vostr[oa]|sua) ref\w*|order (number|no|id|num|ref)|order|pedido|orden de compra|numero de pedido|(numero (du |de )?)?(bon de )?commande|bestell\w*|(numero )?ordine|(numero (da )?)?encomenda)\b/],
  // A German compound ending in "nummer" is a number ("rechnungsnummer", "belegnummer").
  ['documentNumber', /\b(invoice (number|no|id|num)|receipt (number|no|id)|number|no|numero|num|id|reference|ref|folio|factura|document|facture|fattura|fatura|nota fiscal|\w*nummer|rechnungs?nr)\b/],
  ['address', /\b(address|addr|direccion|domicilio|location|street|\w*anschrift|\w*adresse|indirizzo|endereco|morada)\b/],
  ['customer', /\b(customer|client|cliente|bill to|billed to|invoice to|buyer|comprador|sold to|receptor|destinatario|destinataire|acheteur|kunde\w*|\w*empf(a|ae)nger|auftraggeber)\b/],
  // Organisations that issue a document of their own kind (a lab's report, a clinic's record, a school's certificate).
  ['company', /\b(company|vendor|supplier|merchant|store|shop|seller|issuer|authority|business|lab|laboratory|clinic|hospital|school|university|college|institute|organi[sz]ation|institution|agency|insurer|proveedor|empresa|emisor|tienda|comercio|razon social|fournisseur|vendeur|emetteur|enseigne|commerce|societe|entreprise|lieferant\w*|firma|gesch(a|ae)ft\w*|verk(a|ae)ufer|h(a|ae)ndler|aussteller|fornitore|esercente|negozio|azienda|ditta|fornecedor|estabelecimento|loja)\b/],
  ['currency', /\b(currency|moneda|divisa|devise|w(a|ae)hrung|valuta|moeda)\b/],
  ['quantity', /\b(qty|quantity|cantidad|units|cant|count|pcs|pieces|quantite|qte|menge|anzahl|quantita|qta|quantidade|qtd)\b/],
  ['unitPrice', /\b(unit price|price|precio|rate|unit cost|prix|\w*preis|prezzo|preco)\b/],
  ['amount', /\b(amount|importe|line total|monto|montant|\w*betrag|importo|valor)\b/],
  ['description', /\b(description|desc|descripcion|item|product|producto|concepto|article|articulo|detail|designation|libelle|produit|beschreibung|bezeichnung|artikel|leistung|descrizione|articolo|descricao|artigo)\b/],
];

/** Headings naming the seller who issued an invoice printed under a marketplace's name: the issuer, whatever is printed bigger. */
export const SOLD_BY = ['sold by', 'verkauft von', 'vendido por', 'vendu par', 'venduto da'];

/** Labels of the party goods are shipped to: the customer's when no Bill-to is printed. */
export const SHIP_TO = ['ship to', 'shipped to', 'deliver to', 'delivery to', 'enviar a', 'entregar a', 'livrer a', 'lieferadresse', 'shipping address', 'delivery address', 'direccion de envio', 'adresse de livraison'];

/** Labels printed on documents before each kind of value. */
export const LABELS: Record<Role, string[]> = {
  total: ['total', 'grand total', 'total amount', 'amount due', 'total due', 'balance due', 'nett total', 'net total', 'total incl', 'rounded total', 'total payable', 'importe total', 'total a pagar', 'total factura', 'monto total', 'amount',
    'total ttc', 'montant ttc', 'montant total', 'net a payer', 'total a payer', 'gesamtbetrag', 'gesamtsumme', 'gesamt', 'summe', 'summe eur', 'rechnungsbetrag', 'endbetrag', 'zu zahlen', 'totale', 'totale fattura', 'totale documento', 'importo totale', 'totale da pagare', 'totale a pagare', 'valor total', 'total da fatura', 'valor a pagar',
    'jumlah', 'jumlah besar', 'jumlah keseluruhan', 'jumlah bersih', 'totaal', 'totaalbedrag', 'te betalen', 'totaal te betalen', 'eindtotaal', 'totaal incl btw'],
  // What is left to pay after a payment; with none printed, the amount due is the total.
  balance: ['balance due', 'balance', 'outstanding', 'outstanding balance', 'amount outstanding', 'balance to pay', 'remaining', 'amount due', 'total due', 'saldo', 'saldo pendiente', 'pendiente', 'pendiente de pago', 'importe pendiente', 'amount payable', 'payable',
    'reste a payer', 'restant du', 'restbetrag', 'offener betrag', 'noch zu zahlen', 'saldo da pagare', 'netto a pagare', 'em divida', 'valor em divida', 'openstaand', 'openstaand bedrag', 'nog te betalen', 'restbedrag'],
  paid: ['amount paid', 'paid', 'payments', 'payment received', 'payments received', 'less payment', 'less payment received', 'payment made', 'deposit', 'prepaid', 'pagado', 'importe pagado', 'pagado a cuenta', 'a cuenta', 'anticipo', 'anticipo recibido', 'entregado a cuenta',
    'acompte', 'acompte verse', 'deja paye', 'anzahlung', 'bereits bezahlt', 'acconto', 'acconto versato', 'gia pagato', 'valor pago', 'sinal', 'pagamento recebido', 'montante pago', 'valor recebido', 'recebido', 'betaald', 'reeds betaald', 'voldaan', 'aanbetaling', 'ontvangen'],
  subtotal: ['subtotal', 'sub total', 'sub-total', 'base imponible', 'net', 'net amount', 'net total', 'before tax', 'pre-tax', 'excluding tax', 'total excl', 'total neto', 'importe neto', 'total after discount', 'after discount', 'discounted total',
    'total ht', 'montant ht', 'sous-total', 'sous total', 'total hors taxes', 'nettobetrag', 'netto', 'summe netto', 'zwischensumme', 'gesamt netto', 'imponibile', 'totale imponibile', 'subtotale', 'valor sem iva', 'total sem iva', 'base tributavel', 'total iliquido', 'valor iliquido', 'subtotaal', 'totaal excl btw', 'excl btw', 'bedrag excl btw'],
  // Canadian sales taxes (GST/HST, PST, QST; in French TPS/TVH, TVQ) and the VAT of French, German invoices.
  tax: ['tax', 'vat', 'gst', 'iva', 'sales tax', 'impuesto', 'hst', 'gst/hst', 'pst', 'qst', 'tps', 'tvh', 'tvq', 'tva', 'mwst', 'ust', 'mehrwertsteuer', 'umsatzsteuer',
    'taxe', 'imposta', 'imposto', 'btw', 'omzetbelasting'],
  date: ['date', 'fecha', 'invoice date', 'issue date', 'date issued', 'fecha de emision', 'fecha factura', 'dated',
    'datum', 'rechnungsdatum', 'date de facture', 'date de la facture', 'data', 'data da fatura', 'data de emissao', 'data fattura', 'data emissione', 'factuurdatum', 'datum factuur'],
  dueDate: ['due date', 'payment due', 'pay by', 'payable by', 'to be paid by', 'payment by', 'fecha de vencimiento', 'vencimiento', 'due', 'next payment due', 'proximo vencimiento', 'falligkeit', 'nachste falligkeit', 'prochaine echeance', 'prossima scadenza', 'proximo vencimento',
    'falligkeitsdatum', 'fallig am', 'fallig bis', 'zahlung fallig bis', 'zahlbar bis', "date d'echeance", 'echeance', 'data de vencimento', 'vencimento', 'data di scadenza', 'data scadenza', 'scadenza', 'vervaldatum', 'uiterste betaaldatum', 'te betalen voor', 'betalen voor'],
  company: ['from', 'vendor', 'supplier', 'seller', 'proveedor', 'emisor',
    'fournisseur', 'vendeur', 'emetteur', 'lieferant', 'verkaufer', 'fornitore', 'cedente', 'fornecedor', 'leverancier', 'verkoper'],
  customer: ['bill to', 'billed to', 'customer', 'client', 'sold to', 'cliente', 'facturar a',
    'destinataire', 'facture a', 'facturer a', 'acheteur', 'kunde', 'rechnungsempfanger', 'empfanger', 'rechnung an', 'destinatario', 'spettabile', 'committente', 'cessionario', 'faturar a', 'adquirente',
    // British and letter-style headings of the customer's block.
    'invoice to', 'invoiced to', 'invoice address', "a l'attention de", 'spett.le', 'spett',
    // A utility bill's heading of the account holder's block.
    'service for',
    // A billing address heading, a credit note's addressee, the Portuguese letter salutation.
    'billing address', 'rechnungsadresse', 'credit to', 'exmo sr', 'exmos srs', 'exmo srs', 'exmos sr', 'klant', 'afnemer', 'factuuradres', 'debiteur'],
  address: ['address', 'direccion', 'domicilio',
    'adresse', 'anschrift', 'indirizzo', 'endereco', 'morada', 'adres'],
  documentNumber: ['invoice no', 'invoice number', 'invoice #', 'invoice', 'receipt no', 'bill no', 'doc no', 'document no', 'no', 'number', 'ref', 'reference', 'factura', 'factura no', 'numero', 'n', 'nº',
    'rechnung', 'rechnungsnr', 'rechnungsnummer', 'rechnung nr', 'facture', 'facture no', 'numero de facture', 'fattura', 'fattura n', 'numero fattura', 'fatura', 'numero da fatura',
    'facture n', 'facture nº', 'n de facture', 'rechnungs-nr', 'belegnummer', 'fattura nº', 'fatura n', 'fatura nº', 'nota fiscal',
    // The numbers of a credit note and of a pro-forma are the document's own.
    'credit note', 'credit note no', 'credit note number', 'avoir', 'avoir n', 'avoir nº', 'gutschrift', 'gutschrift nr', 'nota de credito', 'nota di credito',
    'proforma', 'pro forma', 'proforma no', 'proforma nr', 'pro forma no', 'proforma n', 'factuur', 'factuurnummer', 'factuurnr', 'factuur nr', 'nummer', 'nr'],
  orderNumber: ['po', 'po no', 'po number', 'po #', 'p o', 'purchase order', 'purchase order no', 'order no', 'order number', 'order #', 'your order', 'pedido', 'pedido nº', 'pedido n', 'nº pedido', 'nº de pedido', 'n de pedido', 'numero de pedido', 'su pedido', 'orden de compra',
    'bestellnr', 'bestellnummer', 'commande', 'commande nº', 'commande n', 'nº de commande', 'n de commande', 'bon de commande', 'encomenda', 'ordine', 'ordine n', 'numero ordine',
    'encomenda n', 'encomenda nº', 'nº da encomenda', 'n da encomenda', 'numero da encomenda', 'bestellung', 'ihre bestellung', 'votre commande', 'vostro ordine', 'ordine nº',
    'requisicao', 'requisicao n', 'requisicao nº', 'your order ref',
    // The customer's reference for the order, as headers abbreviate it.
    'order ref', 'your ref', 'customer po', 'pedido cliente', 'pedido del cliente',
    // "Your reference" as a letter-style invoice says it in each language.
    'your reference', 'su referencia', 'su ref', 'votre reference', 'votre ref', 'vos references', 'ihr zeichen', 'ihre referenz', 'vostro riferimento', 'vs rif', 'vossa referencia', 'sua referencia', 'bestelnummer', 'ordernummer', 'uw referentie', 'uw kenmerk', 'bestelling', 'inkoopordernummer'],
  email: ['email', 'e-mail', 'correo',
    'courriel'],
  phone: ['tel', 'phone', 'telephone', 'telefono', 'fax', 'mobile', 'tlf', 'tfno', 'movil', 'tel no', 'ph',
    'telefon', 'telefone', 'rufnummer', 'mobilnummer', 'handynummer', 'cellulare', 'celular', 'telemovel',
    // A service line printed with its number (utility and telecom bills).
    'customer service', 'customer care', 'helpline', 'hotline', 'call us', 'atencion al cliente', 'service client', 'kundenservice', 'servizio clienti', 'apoio ao cliente', 'telefoon', 'telefoonnummer', 'mobiel'],
  iban: ['iban'],
  taxId: ['vat', 'vat no', 'vat id', 'tax id', 'nif', 'cif', 'gst id', 'gst reg no', 'co reg no', 'reg no', 'company no', 'rfc', 'ruc',
    // Canada's Business Number (on GST/HST, QST registrations), Germany's and Italy's tax numbers.
    'bn', 'business number', 'gst/hst no', 'hst no', 'gst no', 'tps no', 'tvq no', 'ust-idnr', 'ust id', 'steuernummer', 'partita iva',
    'n tva', 'no tva', 'tva intracommunautaire', 'numero de tva', 'siret', 'ust-id', 'p iva', 'p.iva', 'codice fiscale', 'nipc', 'cnpj',
    // The United Kingdom's VAT registration and Australia's Business Number.
    'vat reg no', 'vat registration', 'vat registration no', 'abn', 'btw-nr', 'btw nr', 'btw nummer', 'btw-nummer', 'btw-id', 'kvk', 'kvk-nr', 'kvk nummer'],
  currency: ['currency', 'moneda',
    'devise', 'wahrung', 'valuta', 'moeda', 'munt'],
  quantity: ['qty', 'quantity', 'cantidad', 'cant', 'units', 'uds',
    'quantite', 'qte', 'menge', 'anzahl', 'anz', 'quantita', 'qta', 'quantidade', 'qtd', 'quant', 'aantal', 'hoeveelheid', 'aant'],
  unitPrice: ['unit price', 'price', 'precio', 'rate', 'precio unitario', 'p unit',
    'prix unitaire', 'prix unit', 'prix', 'einzelpreis', 'preis', 'e-preis', 'prezzo', 'prezzo unitario', 'preco', 'preco unitario',
    // Abbreviated "unit price" headers: "P. unit.", "Pr. unitario", "P.U. HT".
    'p unitario', 'pr unitario', 'prezzo unit', 'preco unit', 'p unitaire', 'pu', 'p u', 'pu ht', 'p u ht', 'prijs', 'stukprijs', 'eenheidsprijs', 'prijs per stuk'],
  amount: ['amount', 'importe', 'total', 'line total', 'amt',
    'montant', 'montant ht', 'betrag', 'gesamtpreis', 'importo', 'valor', 'montante', 'bedrag'],
  description: ['description', 'descripcion', 'item', 'product', 'concepto', 'detalle', 'articulo',
    'designation', 'libelle', 'produit', 'beschreibung', 'bezeichnung', 'artikel', 'leistung', 'descrizione', 'articolo', 'descricao', 'designacao', 'artigo', 'omschrijving', 'beschrijving'],
  generic: [],
};

export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Digits OCR reads for the letters they resemble. */
const LOOKALIKE: Record<string, string> = { '0': 'o', '1': 'l', '5': 's', '6': 'g', '8': 'b' };

/**
 * Folded text with the digits of a word that is mostly letters read back as the letters they resemble
 * ("6ST" → "gst", "T0TAL" → "total"): for telling what a row names, never for reading values.
 */
export const unconfused = (folded: string) =>
  folded.replace(/[a-z0-9]+/g, (t) => {
    const digits = t.replace(/[^0-9]/g, '').length;
    return digits > 0 && digits <= 2 && t.length - digits >= 2 && [...t].every((c) => !/[0-9]/.test(c) || c in LOOKALIKE) ? t.replace(/[0-9]/g, (d) => LOOKALIKE[d]) : t;
  });

/** Splits snake_case, camelCase and kebab names into words. */
export const nameWords = (name: string) =>
  fold(name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ')).split(/\s+/).filter(Boolean);

/** Names that are a whole convention on their own: the "from" and "to" parties of an invoice, what was paid ("total_paid" is still the total), its account. */
const WHOLE_NAMES: Record<string, Role> = {
  from: 'company', sender: 'company', to: 'customer', recipient: 'customer', paid: 'paid',
  // The account a document names is the one to pay into ("account_manager" or "customer_account" are not).
  account: 'iban', 'account number': 'iban', 'account no': 'iban', cuenta: 'iban', 'numero de cuenta': 'iban', 'numero cuenta': 'iban',
  // A range of values a result is read against ("70 - 110"), not a reference number.
  'reference range': 'generic', 'ref range': 'generic', 'normal range': 'generic',
};

/** A relative clause to the end of a description ("who withheld the tax", "which issued it", "qui a émis", "cuyo"). */
const RELATIVE_CLAUSE = /\s+\b(who|whom|whose|which|quien|quienes|cuyo|cuya|qui|dont|lequel|laquelle|welcher|welche|welches|dessen|deren)\b.*$/;

/**
 * A clause opening with "that" ("Authority that issued the licence", "Autoridad que la emitió"): for the role, a
 * relative clause like the others. (Not for describedLabels: "company that issued" there keeps its phrase whole.)
 */
const THAT_CLAUSE = /\s+\b(that|que|che)\b.*$/;

/**
 * The role a description is about: the role word that comes first ("Name of the company that issued the
 * receipt" is a company, "Date the invoice was issued" a date), a possessor dropped ("the store's address");
 * a bare "amount" yields to the kind of amount named after it ("Amount before tax" is the subtotal).
 */
function describedRole(description: string): Role {
  // A relative clause says who or what the value belongs to, not what it is: "Name of the employer who withheld the tax" is a name.
  const text = fold(description).replace(RELATIVE_CLAUSE, '').replace(THAT_CLAUSE, '').replace(/\b[\p{L}\d]+['’]s\b/gu, ' ');
  let best: { role: Role; at: number } | undefined;
  let amountAt: number | undefined;
  for (const [role, re] of ROLE_WORDS) {
    const m = re.exec(text);
    if (!m) continue;
    if (role === 'amount' && /^(amount|importe|monto|montant|betrag|importo|valor)$/.test(m[0])) amountAt = Math.min(amountAt ?? m.index, m.index);
    else if (!best || m.index < best.at) best = { role, at: m.index };
  }
  if (amountAt !== undefined && (!best || (amountAt < best.at && !['subtotal', 'tax', 'total', 'paid', 'balance'].includes(best.role)))) return 'amount';
  // "Date the payment is due": a date that is due is the due date.
  if (best?.role === 'date' && ROLE_WORDS.some(([role, re]) => role === 'dueDate' && re.test(text))) return 'dueDate';
  return best?.role ?? 'generic';
}

/** A vehicle's registration ("vehicle_registration", "registration_number" described "Vehicle registration number") is its plate, no company's tax registration. */
const VEHICLE = /\b(vehicle|vehicles|car|motor|plate)\b/;
const vehicleRegistration = (name: string, description = '') =>
  /\bregistration( (number|no|nr|mark|plate))?$/.test(nameWords(name).join(' ')) && VEHICLE.test(`${nameWords(name).join(' ')} ${fold(description)}`);

export function roleOf(name: string, description = ''): Role {
  const fromName = nameWords(name).join(' ');
  if (vehicleRegistration(name, description)) return 'documentNumber';
  if (WHOLE_NAMES[fromName]) return WHOLE_NAMES[fromName];
  // Names are read by the most specific role first: the head noun of "vendor_address" comes last, of "direccion_proveedor" first.
  for (const [role, re] of ROLE_WORDS) if (re.test(fromName)) return role;
  const described = describedRole(description);
  // "Total weight in kg" for "weight_kg": a total of what the name says, not the money to pay.
  const own = distinctWords(name);
  if (described === 'total' && own.length && new RegExp(`\\btotal (${own.join('|')})`).test(fold(description))) return 'generic';
  return described;
}

/** The role of a column of line items: a row's "total" (or net "subtotal") is that line's amount. */
export function columnRole(name: string, description = ''): Role {
  const role = roleOf(name, description);
  return role === 'total' || role === 'subtotal' || role === 'balance' ? 'amount' : role;
}

/** Every word of the vocabulary's labels. */
const VOCABULARY_WORDS = new Set(Object.values(LABELS).flatMap((ls) => ls.flatMap((l) => fold(l).split(/\s+/))));

/** Words of a field's name that no label of the vocabulary holds ("closing" of "closing_balance", "gross" of "gross_pay"): they tell one amount of a kind from another. */
export const distinctWords = (name: string) => nameWords(name).filter((w) => w.length >= 3 && !VOCABULARY_WORDS.has(w) && !STOP.has(w));

export const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'or', 'in', 'on', 'to', 'for', 'being', 'el', 'la', 'de', 'del', 'los', 'las', 'y', 'en', 'que', 'this', 'is', 'as', 'printed', 'document', 'value',
  'le', 'les', 'du', 'des', 'et', 'der', 'die', 'das', 'und', 'di', 'della', 'dello', 'il', 'do', 'da', 'dos', 'e']);

/** Words that print "a number of": the last word of an identifier's name, and what forms print for it. */
const NUMBER_HEAD = /^(number|no|nr|num|id)$/;
const NUMBER_HEADS = ['number', 'no', 'nr', 'id', '#', 'nº'];

/** Label phrases for a field: its role's labels plus the words of its name. */
export function labelsFor(name: string, description: string | undefined, role: Role): string[] {
  const words = nameWords(name);
  const own = words.filter((w) => !STOP.has(w));
  // Single words of a longer name count only when no other kind of value owns them ("date" of "due_date" does not).
  const others = new Set(Object.entries(LABELS).flatMap(([r, ls]) => (r === role ? [] : ls)));
  const singles = own.length > 1 ? own.filter((w) => w.length > 3 && !others.has(w)) : [];
  // A heading printed in the plural ("UNITS" for "unit", "Packages" for "package_count").
  const plurals = [...(own.length === 1 ? own : singles.filter((w) => !others.has(`${w}s`)))].filter((w) => w.length >= 3 && !/s$/.test(w) && !BARE_HEAD.test(w)).map((w) => `${w}s`);
  // The whole name as printed ("bill to", "date of issue"): without its small words it would be another label.
  const described = describedLabels(description);
  // Long words of the name by their stem: other languages print the same word with another ending ("diagnosis":
  // diagnóstico, diagnostic, Diagnose; "category": categoría, catégorie).
  const stems = own.filter((w) => w.length >= 7 && !others.has(w) && !VOCABULARY_WORDS.has(w)).map((w) => `${w.slice(0, 5)}*`);
  // A compound printed in one word or with a hyphen ("Follow-up:", "CHECKIN" for check_in): a word with its particle.
  const compounds = words.slice(1).map((w, i) => [words[i], w]).filter(([a, b]) => Math.min(a.length, b.length) <= 3 && Math.max(a.length, b.length) >= 4).map(([a, b]) => `${a}${b}`);
  // A number of something is printed by any word for a number ("Donor ID" for donor_number, "Member no." for member_id).
  const numbered = own.length >= 2 && NUMBER_HEAD.test(own[own.length - 1]) ? NUMBER_HEADS.map((h) => `${own.slice(0, -1).join(' ')} ${h}`) : [];
  // A verb's -ing form in a name is printed as the verb as often ("Move date" for moving_date, "Ship date" for shipping_date).
  const verbs = words.map((w, k) => (w.length >= 6 && w.endsWith('ing') ? ingBases(w).map((b) => [...words.slice(0, k), b, ...words.slice(k + 1)].join(' ')) : [])).flat();
  // Where the name is a word the translations do not know ("item"), what other languages print for its description's
  // words ("Vehicle or device being repaired": Fahrzeug, appliance). Not beside the name's own: in "Licence plate of
  // the vehicle" the vehicle is whose plate.
  const translated = translatedLabels(name);
  const describedTranslated = translated.length ? [] : described.flatMap((d) => NAME_TRANSLATIONS[d] ?? []);
  return [...new Set([...LABELS[role], words.join(' '), ...verbs, ...singles, ...plurals, ...compounds, ...numbered, ...agentLabels(own), ...translated, ...(vehicleRegistration(name, description) ? NAME_TRANSLATIONS.plate : []), ...described, ...describedTranslated, ...initials([own.join(' '), ...described]), ...stems])].filter(Boolean);
}

/** Words that are a label of their own ("address", "total", "date"): a phrase ending in one is that value of something. */
const LABEL_WORDS = new Set(Object.values(LABELS).flat().filter((l) => !l.includes(' ')));

/** The verb an -ing form is made of: "moving" → move, "shipping" → ship, "billing" → bill, "loading" → load. */
function ingBases(word: string): string[] {
  const stem = word.slice(0, -3);
  // (Which of "mov"/"move", "load"/"loade" is the verb needs a dictionary: the one that is no word labels nothing.)
  const doubled = /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss)$/.test(stem);
  return (doubled ? [stem.slice(0, -1)] : [stem, `${stem}e`]).filter((b) => b.length >= 3);
}

/**
 * A phrase of two or three words printed by its initials ("R.O. Number" for a repair order's, "P.O." for a purchase
 * order), the number word kept: "ro", "ro number". Not a phrase ending in a label word: "company address" is the
 * company's address, printed "Address", never "C.A." (and "SA" is a tax code on a receipt).
 */
function initials(phrases: string[]): string[] {
  return phrases.flatMap((p) => {
    const ws = p.split(/\s+/).filter((w) => !STOP.has(w));
    const head = ws.filter((w) => !BARE_HEAD.test(w) && w !== 'number');
    if (head.length < 2 || head.length > 3 || ws.some((w) => w.length < 3) || LABEL_WORDS.has(head[head.length - 1])) return [];
    const abbr = head.map((w) => w[0]).join('');
    return head.length === ws.length ? [abbr] : [abbr, `${abbr} ${ws[ws.length - 1]}`];
  });
}

/**
 * Who did something is printed as what they did, "… by": an approver is "Approved by", an issuer "Issued by", an
 * inspector "Inspected by" (regular verbs; an irregular one makes a label no form prints, which matches nothing).
 */
const agentLabels = (words: string[]) => words.filter((w) => w.length >= 6 && /(er|or)$/.test(w) && !BARE_HEAD.test(w)).map((w) => `${w.slice(0, -2).replace(/e$/, '')}ed by`);

/** Heads that say what kind of value, not of what: "Name of the patient" is labelled by the patient. */
export const BARE_HEAD = /^(name|date|number|no|id|code|title|type|kind|amount|value|details)$/;

/**
 * "X of the Y" ("Result of the test", "Beneficiary of the transfer", "Name of the patient"): forms print "Y X"
 * ("Test result"), X alone ("Result", "Beneficiary") or, when X only says what kind of value, Y ("Patient").
 */
function ofPhrase(phrase: string): string[] {
  const m = /^((?:[\p{L}]+ ){0,2}[\p{L}]+) of (?:the |a |an |your |this )?((?:[\p{L}]+ )?[\p{L}]+)$/u.exec(phrase);
  if (!m) return [];
  const [head, thing] = [m[1], m[2]];
  return [`${thing} ${head}`, BARE_HEAD.test(head) ? thing : head];
}

/**
 * A phrase offering one word or another, each in the rest of the phrase: "subject or module of the exam" is the
 * subject of the exam or its module, "address of the company or store" the company's or the store's address.
 */
function eitherWord(phrase: string): string[] {
  const m = /^(.*?)((?:\S+ or )+)(\S+)(.*)$/.exec(phrase);
  return m ? [...m[2].split(' or ').filter(Boolean), m[3]].map((w) => `${m[1]}${w}${m[4]}`) : [phrase];
}

/** A list of single words before "or" reads as one offer ("Member, plan or account number": member or plan or account number). */
const listed = (phrase: string) => phrase.replace(/\b(\p{L}+), (?=(?:\p{L}+, )*\p{L}+ or )/gu, '$1 or ');

/**
 * Labels a short description gives ("Departure date", "Registration / licence plate number", "Result of the
 * test"): users describe a field in the words the document prints. The phrase before any aside or relative
 * clause, each of its alternatives, and its words that no kind of value owns ("departure"). Long descriptions
 * are sentences, not labels. `readOf` false: the words as printed only, no "X of the Y" read as "Y X".
 */
export function describedLabels(description = '', readOf = true): string[] {
  const phrase = listed(fold(description)).split(/[(,;:.]/)[0].replace(RELATIVE_CLAUSE, '');
  const alternatives = phrase.split('/').flatMap(eitherWord).map((p) => p.trim()).filter((p) => p.length >= 3);
  const ofs = alternatives.map((p) => (readOf ? ofPhrase(p) : []));
  const plain = alternatives.filter((_, k) => !ofs[k].length);
  if (!alternatives.length || plain.some((p) => p.split(/\s+/).length > 3)) return [];
  const singles = plain.flatMap((p) => p.split(/\s+/)).filter((w) => w.length > 3 && !STOP.has(w) && !VOCABULARY_WORDS.has(w));
  return [...new Set([...plain, ...singles, ...ofs.flat()])];
}

/** What other languages print for the name, its pairs of words and its own words ("Saldo final" for "closing_balance"). */
export function translatedLabels(name: string): string[] {
  const all = nameWords(name);
  const words = all.filter((w) => !STOP.has(w));
  // A word before a head the translations know says whose ("vehicle" of vehicle_plate): the head's words alone.
  const head = words[words.length - 1];
  const singles = words.length > 1 && NAME_TRANSLATIONS[head] ? [head] : words;
  const keys = [all.join(' '), words.join(' '), ...words.slice(1).map((w, i) => `${words[i]} ${w}`), ...singles];
  return [...new Set(keys.flatMap((k) => NAME_TRANSLATIONS[k] ?? []))];
}

/** Legal forms of organisations (English, Spanish, Malay, German, Italian, Portuguese...), on folded text. */
export const LEGAL_FORMS = /(\b(sdn\.? ?bhd|bhd|berhad|s\/b|ltd|limited|llc|llp|plc|inc|corp|corporation|gmbh|pty|s\.?r\.?l|s\.?p\.?a|lda|s\.? ?l\.? ?u?|s\.? ?a\.?|s\.?a\.?s|s\.? ?de r\.? ?l|s\.? ?coop|sas|sarl|bv|nv|ag)\b\.?)(?=\W|$)/;

/** Trade words that mark an organisation's name (shops, restaurants, companies; English, Spanish, Malay). */
export const COMPANY_MARKERS = /\b(company|enterprise|trading|store|stores|mart|market|supermarket|minimarket|restaurant|restoran|cafe|bakery|hardware|pharmacy|farmacia|shop|holdings|group|industries|services|servicios|solutions|soluciones|consulting|consultores|tienda|comercial|distribuciones|perniagaan|kedai|syarikat)\b|\s&\s/;
