// What Spanish, French, German, Italian and Portuguese forms print for words and phrases of field names a
// user writes in English, beyond the invoice vocabulary of vocabulary.ts: parties, amounts and dates of
// leases, payslips, bank statements, utility bills, insurance claims and shipments. Folded (no accents),
// keyed by the name's words ("closing balance", "tenant"). General business wording, no document's.
export const NAME_TRANSLATIONS: Record<string, string[]> = {
  // Parties.
  holder: ['titular', 'titulaire', 'inhaber', 'intestatario'],
  'account holder': ['titular de la cuenta', 'titulaire du compte', 'kontoinhaber', 'intestatario del conto'],
  tenant: ['arrendatario', 'inquilino', 'locataire', 'preneur', 'mieter', 'conduttore', 'arrendatario'],
  landlord: ['arrendador', 'propietario', 'bailleur', 'vermieter', 'locatore', 'senhorio'],
  employee: ['empleado', 'trabajador', 'salarie', 'mitarbeiter', 'arbeitnehmer', 'dipendente', 'lavoratore', 'colaborador'],
  shipper: ['remitente', 'expedidor', 'expediteur', 'absender', 'versender', 'mittente', 'remetente'],
  consignee: ['destinatario', 'consignatario', 'destinataire', 'empfanger', 'warenempfanger'],
  claimant: ['asegurado', 'reclamante', 'assure', 'versicherungsnehmer', 'assicurato', 'segurado'],
  // Identifiers.
  'policy number': ['numero de poliza', 'poliza', 'n de contrat', 'numero de contrat', 'n de police', 'versicherungsnummer', 'numero di polizza', 'apolice'],
  'tracking number': ['numero de seguimiento', 'n de envio', 'numero de envio', 'numero de suivi', 'sendungsnummer', 'numero di spedizione'],
  'employee id': ['n empleado', 'numero de empleado', 'matricule', 'personalnummer', 'personal-nr', 'matricola'],
  'account number': ['numero de cuenta', 'numero de cliente', 'n de cliente', 'reference client', 'n client', 'kundennummer', 'vertragskonto', 'codice cliente'],
  // Amounts.
  rent: ['renta', 'alquiler', 'loyer', 'miete', 'canone', 'renda'],
  'monthly rent': ['renta mensual', 'alquiler mensual', 'loyer mensuel', 'monatliche miete', 'canone mensile', 'renda mensal'],
  deposit: ['fianza', 'deposito', 'depot de garantie', 'caution', 'kaution', 'cauzione', 'caucao'],
  gross: ['bruto', 'brut', 'brutto', 'lordo'],
  'gross pay': ['total devengado', 'salario bruto', 'salaire brut', 'gesamt-brutto', 'gesamtbrutto', 'bruttolohn', 'retribuzione lorda', 'vencimento bruto'],
  'net pay': ['liquido a percibir', 'liquido total a percibir', 'net a payer', 'salaire net', 'nettobezuge', 'auszahlungsbetrag', 'netto in busta', 'liquido a receber'],
  'tax withheld': ['retencion irpf', 'irpf', 'impot sur le revenu', 'prelevement a la source', 'lohnsteuer', 'ritenute irpef', 'irpef', 'retencao irs', 'irs'],
  'opening balance': ['saldo inicial', 'saldo anterior', 'solde initial', 'solde precedent', 'ancien solde', 'alter kontostand', 'anfangssaldo', 'saldo iniziale'],
  'closing balance': ['saldo final', 'saldo actual', 'solde final', 'nouveau solde', 'neuer kontostand', 'endsaldo', 'saldo finale'],
  'claim amount': ['importe reclamado', 'importe del siniestro', 'montant reclame', 'montant estime', 'montant des dommages', 'schadenhohe', 'importo del danno'],
  weight: ['peso', 'peso bruto', 'poids', 'poids brut', 'gewicht', 'bruttogewicht'],
  pieces: ['bultos', 'total bultos', 'colis', 'nombre de colis', 'packstucke', 'anzahl packstucke', 'colli', 'volumes'],
  // Dates and periods.
  // Standard labels of a date of birth (the abbreviation "DOB" on forms in English).
  'date of birth': ['dob', 'd o b', 'birth date', 'fecha de nacimiento', 'date de naissance', 'geburtsdatum', 'data di nascita', 'data de nascimento'],
  'ship date': ['fecha de envio', 'fecha de carga', 'fecha de expedicion', "date d'expedition", 'versanddatum', 'data di spedizione'],
  'date of loss': ['fecha del siniestro', 'date du sinistre', 'schadendatum', 'schadentag', 'data del sinistro', 'data do sinistro'],
  'pay date': ['fecha de pago', 'date de paiement', 'auszahlung am', 'auszahlungsdatum', 'data di pagamento'],
  'start date': ['fecha de inicio', 'date de debut', "date d'effet", 'mietbeginn', 'beginn', 'data di inizio', 'data de inicio'],
  'billing period': ['periodo de facturacion', 'periode de facturation', 'abrechnungszeitraum', 'periodo di fatturazione', 'periodo de faturacao'],
  'meter reading': ['lectura', 'lectura actual', 'nouvel index', 'index', 'zahlerstand', 'lettura', 'leitura'],
  term: ['duracion', 'duree', 'laufzeit', 'durata', 'duracao'],
  'property address': ['inmueble', 'direccion del inmueble', 'adresse du logement', 'mietobjekt', 'immobile'],
};
