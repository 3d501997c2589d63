// What Spanish, French, German, Italian, Portuguese and Dutch forms print for words and phrases of field names a
// user writes in English, beyond the invoice vocabulary of vocabulary.ts: parties, amounts and dates of
// leases, payslips, bank statements, utility bills, insurance claims, shipments, travel documents, vehicle papers,
// tax certificates and prescriptions. Folded (no accents),
// keyed by the name's words ("closing balance", "tenant"), or a description's where the name's are none of these ("item"
// described "Vehicle or device being repaired"). General business wording, no document's.
export const NAME_TRANSLATIONS: Record<string, string[]> = {
  // Parties.
  holder: ['licensee', 'titular', 'titulaire', 'inhaber', 'intestatario', 'houder'],
  'account holder': ['titular de la cuenta', 'titulaire du compte', 'kontoinhaber', 'intestatario del conto'],
  tenant: ['arrendatario', 'inquilino', 'locataire', 'preneur', 'mieter', 'conduttore', 'arrendatario', 'huurder'],
  landlord: ['arrendador', 'propietario', 'bailleur', 'vermieter', 'locatore', 'senhorio', 'verhuurder'],
  employee: ['empleado', 'trabajador', 'salarie', 'mitarbeiter', 'arbeitnehmer', 'dipendente', 'lavoratore', 'colaborador', 'werknemer'],
  shipper: ['remitente', 'expedidor', 'expediteur', 'absender', 'versender', 'mittente', 'remetente', 'afzender', 'verzender'],
  consignee: ['destinatario', 'consignatario', 'destinataire', 'empfanger', 'warenempfanger', 'ontvanger', 'geadresseerde'],
  claimant: ['asegurado', 'reclamante', 'assure', 'versicherungsnehmer', 'assicurato', 'segurado', 'verzekerde'],
  // Identifiers.
  'policy number': ['numero de poliza', 'poliza', 'n de contrat', 'numero de contrat', 'n de police', 'versicherungsnummer', 'numero di polizza', 'apolice', 'versicherungsschein-nr', 'versicherungsscheinnummer', 'police-nr', 'polisnummer'],
  'tracking number': ['numero de seguimiento', 'n de envio', 'numero de envio', 'numero de suivi', 'sendungsnummer', 'numero di spedizione', 'awb', 'awb number', 'waybill', 'waybill number', 'air waybill'],
  'employee id': ['n empleado', 'numero de empleado', 'matricule', 'personalnummer', 'personal-nr', 'matricola', 'payroll no', 'payroll number'],
  'account number': ['kontonummer', 'konto-nr', 'darlehenskonto', 'numero de cuenta', 'numero de cliente', 'n de cliente', 'reference client', 'n client', 'kundennummer', 'vertragskonto', 'codice cliente', 'rekeningnummer', 'klantnummer'],
  // Amounts.
  rent: ['renta', 'alquiler', 'loyer', 'miete', 'canone', 'renda', 'huur'],
  'monthly rent': ['renta mensual', 'alquiler mensual', 'loyer mensuel', 'monatliche miete', 'canone mensile', 'renda mensal', 'huur per maand', 'maandhuur'],
  deposit: ['fianza', 'deposito', 'depot de garantie', 'caution', 'kaution', 'cauzione', 'caucao', 'borg', 'waarborgsom'],
  gross: ['bruto', 'brut', 'brutto', 'lordo'],
  'gross pay': ['total devengado', 'salario bruto', 'salaire brut', 'gesamt-brutto', 'gesamtbrutto', 'bruttolohn', 'retribuzione lorda', 'vencimento bruto', 'brutoloon', 'bruto salaris'],
  'net pay': ['liquido a percibir', 'liquido total a percibir', 'net a payer', 'salaire net', 'nettobezuge', 'auszahlungsbetrag', 'netto in busta', 'liquido a receber', 'nettoloon', 'netto salaris', 'uit te betalen'],
  'tax withheld': ['retencion irpf', 'irpf', 'impot sur le revenu', 'prelevement a la source', 'lohnsteuer', 'ritenute irpef', 'irpef', 'retencao irs', 'irs'],
  'opening balance': ['saldo inicial', 'saldo anterior', 'solde initial', 'solde precedent', 'ancien solde', 'alter kontostand', 'anfangssaldo', 'saldo iniziale'],
  'closing balance': ['saldo final', 'saldo actual', 'solde final', 'nouveau solde', 'neuer kontostand', 'endsaldo', 'saldo finale'],
  'claim amount': ['importe reclamado', 'importe del siniestro', 'montant reclame', 'montant estime', 'montant des dommages', 'schadenhohe', 'importo del danno'],
  weight: ['peso', 'peso bruto', 'poids', 'poids brut', 'gewicht', 'bruttogewicht', 'brutogewicht'],
  pieces: ['bultos', 'total bultos', 'colis', 'nombre de colis', 'packstucke', 'anzahl packstucke', 'colli', 'volumes'],
  // Dates and periods.
  // When a licence, card or permit stops being valid, as its face prints it.
  expiry: ['expires', 'expiration', 'expiration date', 'expiry date', 'exp date', 'valid until', 'valid through', 'valid thru', 'good through', 'valid to', 'caducidad', 'fecha de caducidad', 'caduca', 'valido hasta', 'validez hasta', 'vigencia hasta', 'fecha de vencimiento', "date d'expiration", 'expire le', 'valable jusqu au', "valable jusqu'au", 'gultig bis', 'ablaufdatum', 'scadenza', 'valido fino al', 'data di scadenza', 'validade', 'valido ate', 'geldig tot'],
  // Standard labels of a date of birth (the abbreviation "DOB" on forms in English).
  'date of birth': ['dob', 'd o b', 'birth date', 'fecha de nacimiento', 'date de naissance', 'geburtsdatum', 'data di nascita', 'data de nascimento', 'geboortedatum'],
  'ship date': ['fecha de envio', 'fecha de carga', 'fecha de expedicion', "date d'expedition", 'versanddatum', 'data di spedizione'],
  'date of loss': ['fecha del siniestro', 'date du sinistre', 'schadendatum', 'schadentag', 'data del sinistro', 'data do sinistro'],
  'pay date': ['fecha de pago', 'date de paiement', 'auszahlung am', 'auszahlungsdatum', 'data di pagamento'],
  'start date': ['fecha de inicio', 'date de debut', "date d'effet", 'mietbeginn', 'beginn', 'data di inizio', 'data de inicio', 'ingangsdatum', 'begindatum'],
  'billing period': ['periodo de facturacion', 'periode de facturation', 'abrechnungszeitraum', 'periodo di fatturazione', 'periodo de faturacao'],
  'meter reading': ['lectura', 'lectura actual', 'nouvel index', 'index', 'zahlerstand', 'lettura', 'leitura', 'meterstand'],
  term: ['duracion', 'duree', 'laufzeit', 'durata', 'duracao', 'looptijd', 'duur'],
  'property address': ['inmueble', 'direccion del inmueble', 'adresse du logement', 'mietobjekt', 'immobile'],
  // Travel: the words a boarding pass or an itinerary prints in each language.
  passenger: ['pasajero', 'nombre del pasajero', 'passager', 'nom du passager', 'passagier', 'fluggast', 'passeggero', 'passageiro', 'naam passagier'],
  flight: ['vuelo', 'n de vuelo', 'vol', 'flug', 'flugnummer', 'volo', 'voo', 'vlucht', 'vluchtnummer'],
  seat: ['asiento', 'butaca', 'localidad', 'siege', 'place', 'sitzplatz', 'sitz', 'platz', 'posto', 'poltrona', 'assento', 'lugar', 'stoel', 'zitplaats'],
  departure: ['salida', 'depart', 'abflug', 'abreise', 'partenza', 'partida', 'saida', 'vertrek'],
  arrival: ['llegada', 'arrivee', 'ankunft', 'anreise', 'arrivo', 'chegada', 'aankomst'],
  // A journey's ends as a ticket's columns head them ("From", "To"): for an airport or a station, not a date.
  'departure airport': ['from', 'origin', 'origen', 'von', 'origem'],
  'arrival airport': ['to', 'destination', 'destino', 'nach', 'destinazione'],
  // (Where goods are loaded and delivered, for a move or a shipment.)
  origin: ['from', 'origen', 'procedencia', 'provenance', 'herkunft', 'abholort', 'origine', 'provenienza', 'origem', 'loading address', 'collection address', 'adresse de chargement', 'lieu de chargement', 'direccion de carga', 'lugar de carga', 'ladeadresse', 'beladeort', 'luogo di carico', 'indirizzo di carico', 'local de carga', 'laadadres'],
  destination: ['to', 'destino', 'llegada', 'arrivee', 'ankunft', 'nach', 'ziel', 'arrivo', 'destinazione', 'chegada', 'delivery address', 'adresse de livraison', 'lieu de livraison', 'direccion de entrega', 'lugar de entrega', 'lieferadresse', 'entladeort', 'luogo di consegna', 'indirizzo di consegna', 'local de entrega', 'afleveradres'],
  // Hotels: a folio's guest, room and stay.
  guest: ['client', 'cliente', 'huesped', 'gast', 'ospite', 'hospede'],
  room: ['chambre', 'habitacion', 'zimmer', 'camera', 'quarto', 'kamer'],
  'check in': ['arrival', 'arrivee', 'llegada', 'entrada', 'anreise', 'arrivo', 'chegada'],
  'check out': ['departure', 'depart', 'salida', 'abreise', 'partenza', 'saida'],
  nights: ['noches', 'nuits', 'nuitees', 'nachte', 'ubernachtungen', 'notti', 'noites', 'nachten', 'overnachtingen'],
  'booking reference': ['localizador', 'codigo de reserva', 'reserva', 'pnr', 'record locator', 'reference de reservation', 'reservation', 'buchungscode', 'buchungsnummer', 'codice prenotazione', 'prenotazione', 'codigo da reserva', 'confirmation no', 'confirmation number', 'n de dossier', 'numero de dossier'],
  // Vehicles: a registration certificate's or a workshop's words.
  plate: ['registration number', 'registration mark', 'vrm', 'licence plate', 'license plate', 'matricula', 'placa', 'immatriculation', "n d'immatriculation", 'kennzeichen', 'amtliches kennzeichen', 'targa', 'kenteken'],
  vin: ['vehicle identification number', 'chassis number', 'numero de bastidor', 'bastidor', 'numero de chasis', 'chassis', 'fin', 'fahrzeug-ident-nr', 'fahrzeugidentnr', 'fahrzeug-identifizierungsnummer', 'telaio', 'numero di telaio', 'chassi', 'numero do chassi'],
  vehicle: ['fahrzeug', 'vehiculo', 'vehicule', 'veicolo', 'veiculo', 'voertuig'],
  device: ['appliance', 'aparato', 'dispositivo', 'appareil', 'gerat', 'apparecchio', 'apparaat'],
  make: ['manufacturer', 'marca', 'marque', 'hersteller', 'fabricante', 'fabbricante', 'merk'],
  model: ['modelo', 'modele', 'modell', 'modello', 'typ / modell', 'type'],
  mileage: ['odometer', 'kilometraje', 'kilometrage', 'kilometerstand', 'km-stand', 'chilometraggio', 'quilometragem'],
  odometer: ['mileage', 'kilometraje', 'kilometrage', 'kilometerstand', 'km-stand', 'chilometraggio', 'quilometragem', 'odometro', 'contachilometri'],
  fuel: ['combustible', 'carburant', 'energie', 'kraftstoff', 'alimentazione', 'carburante', 'combustivel', 'brandstof'],
  'first registration': ['primera matriculacion', 'fecha de primera matriculacion', 'premiere immatriculation', 'date de premiere immatriculation', 'erstzulassung', 'prima immatricolazione', 'primeira matricula'],
  // Tax certificates: the taxpayer, the payer withholding, what was withheld.
  taxpayer: ['contribuyente', 'sujeto pasivo', 'perceptor', 'contribuable', 'steuerpflichtiger', 'contribuente', 'sujeito passivo', 'employee'],
  'taxpayer id': ['nif', 'tin', 'ssn', 'social security number', 'national insurance number', 'ni number', 'steuer-id', 'steueridentifikationsnummer', 'identifikationsnummer', 'codice fiscale', 'numero fiscal', 'numero de contribuinte', 'numero fiscal'],
  employer: ['empleador', 'pagador', 'retenedor', 'empresa', 'employeur', 'arbeitgeber', 'datore di lavoro', 'sostituto d imposta', 'entidade pagadora', 'entidade patronal', 'werkgever'],
  'tax paid': ['retenciones', 'retencion', 'retenciones practicadas', 'impot preleve', 'lohnsteuer', 'einbehaltene lohnsteuer', 'ritenute', 'ritenute irpef', 'retencao', 'retencoes', 'retencao irs', 'tax deducted', 'income tax withheld'],
  'total income': ['rendimientos', 'rendimiento integro', 'revenus', 'revenu imposable', 'bruttoarbeitslohn', 'redditi', 'reddito', 'rendimentos', 'rendimento', 'wages'],
  // Prescriptions: the abbreviations a prescription prints (Rx, Sig, Disp) and the words in each language.
  medication: ['rx', 'medicine', 'drug', 'medicamento', 'farmaco', 'medicament', 'medikament', 'arzneimittel', 'medicinale', 'geneesmiddel', 'medicijn'],
  dosage: ['sig', 'directions', 'dose', 'posologia', 'posologie', 'dosierung', 'dosis', 'dosering'],
  prescriber: ['prescribed by', 'physician', 'medico', 'medico prescrittore', 'medecin', 'prescripteur', 'arzt', 'verschreibender arzt', 'prescritor', 'voorschrijver'],
  refills: ['repeats', 'repeat', 'renovaciones', 'renouvellements', 'renouvelable', 'wiederholungen', 'ripetibile', 'renovacoes'],
  patient: ['paciente', 'paziente', 'assistito', 'patiente', 'patientin'],
  // Laboratory reports: the report's number, when the sample was taken, the columns of a result's row.
  'report number': ['report no', 'n de rapport', 'rapport n', "rapport d'essai n", 'rapport d essai n', 'n d informe', 'informe n', 'numero de informe', 'berichtsnummer', 'bericht nr', 'prufbericht nr', 'rapporto n', 'numero rapporto', 'relatorio n', 'numero do relatorio', 'rapportnummer'],
  'sample date': ['date sampled', 'sampled', 'sampled on', 'date collected', 'collected', 'collection date', 'sampling date', 'date de prelevement', 'preleve le', 'fecha de muestreo', 'fecha de toma', 'probenahme', 'probenahmedatum', 'data prelievo', 'data di prelievo', 'data de colheita', 'bemonsteringsdatum'],
  test: ['esame', 'analisi', 'prueba', 'analisis', 'determinacion', 'examen', 'analyse', 'untersuchung', 'parameter', 'exame', 'analise', 'onderzoek', 'bepaling'],
  result: ['risultato', 'resultado', 'resultat', 'ergebnis', 'befund', 'valore', 'valeur', 'uitslag', 'resultaat'],
  unit: ['unita', 'unita di misura', 'unidad', 'unidades', 'unite', 'unites', 'einheit', 'unidade', 'eenheid'],
  'reference range': ['valori di riferimento', 'intervallo di riferimento', 'valores de referencia', 'intervalo de referencia', 'rango de referencia', 'valeurs de reference', 'intervalle de reference', 'referenzbereich', 'referenzwerte', 'normbereich', 'normwerte', 'ref range', 'normal range', 'referentiewaarden'],
  flag: ['nota', 'indicador', 'indicateur', 'segnalazione', 'alerta'],
  // Events: a ticket's venue, its block of seats and its own number.
  venue: ['recinto', 'lugar', 'sala', 'salle', 'lieu', 'veranstaltungsort', 'spielstatte', 'luogo', 'local'],
  section: ['zona', 'sector', 'bloque', 'secteur', 'bloc', 'block', 'bereich', 'settore', 'setor'],
  'ticket number': ['n de entrada', 'numero de entrada', 'entrada', 'billete', 'n de billet', 'numero de billet', 'billet', 'ticketnummer', 'biglietto', 'numero biglietto', 'bilhete', 'ingresso'],
  // Transfers: who sends the money and who receives it, as banks' advices print them.
  payer: ['from', 'sender', 'ordering customer', 'ordering party', 'originator', 'remitter', 'debtor', 'ordenante', "donneur d'ordre", 'emetteur', 'auftraggeber', 'zahlungspflichtiger', 'ordinante'],
  payee: ['to', 'beneficiary', 'recipient', 'creditor', 'beneficiario', 'beneficiaire', 'begunstigter', 'zahlungsempfanger', 'empfanger'],
  // Job applications: the post applied for and the questions a form asks.
  position: ['post', 'puesto', 'cargo', 'poste', 'stelle', 'posizione', 'funcao'],
  relocate: ['cambiar de residencia', 'traslado', 'reubicacion', 'demenager', 'mobilite geographique', 'umzug', 'umziehen', 'trasferimento', 'trasferirsi', 'mudar de residencia', 'mudanca'],
  quantity: ['disp', 'dispense', 'n confezioni', 'confezioni', 'envases', 'n de envases', 'boites', 'packungen', 'embalagens'],
  'delivery note': ['albaran', 'nota de entrega', 'bon de livraison', 'lieferschein', 'bolla di consegna', 'documento di trasporto', 'ddt', 'guia de remessa', 'pakbon', 'afleverbon'],
  // Products and purchases: a warranty's or a registration card's words.
  serial: ['numero de serie', 'n de serie', 'nº de serie', 'no de serie', 'seriennummer', 'serien-nr', 'numero di serie', 'n di serie', 'matricola', 'serienummer'],
  warranty: ['garantia', 'garantie', 'gewahrleistung', 'garanzia'],
  'extended warranty': ['extension de garantie', 'garantia extendida', 'garantie etendue', 'garantieverlangerung', 'garanzia estesa', 'garantia estendida'],
  retailer: ['purchased from', 'bought from', 'place of purchase', 'dealer', 'store', 'shop', 'store name', 'shop name', 'comprado en', 'achete chez', 'lieu d achat', 'gekauft bei', 'acquistato presso', 'comprado em', 'tienda', 'comercio', 'establecimiento', 'magasin', 'revendeur', 'distributeur', 'handler', 'fachhandler', 'verkaufsstelle', 'rivenditore', 'negozio', 'punto vendita', 'revendedor', 'loja', 'gekocht bij', 'winkel'],
  'purchase date': ['fecha de compra', "date d'achat", 'kaufdatum', 'data di acquisto', 'data de compra', 'aankoopdatum'],
  // Loans: the borrower, the instalment, what is still owed.
  borrower: ['prestatario', 'emprunteur', 'darlehensnehmer', 'kreditnehmer', 'mutuatario', 'mutuario', 'kredietnemer', 'lener'],
  installment: ['cuota', 'cuota mensual', 'mensualite', 'monatliche rate', 'rata', 'rata mensile', 'prestacao', 'prestacao mensal', 'termijn', 'maandtermijn', 'termijnbedrag'],
  instalment: ['cuota', 'cuota mensual', 'mensualite', 'monatliche rate', 'rata', 'rata mensile', 'prestacao', 'prestacao mensal', 'termijn', 'maandtermijn', 'termijnbedrag'],
  'outstanding balance': ['capital pendiente', 'capital restant du', 'restschuld', 'debito residuo', 'capitale residuo', 'capital em divida', 'openstaande schuld'],
  // Schools and exams.
  student: ['alumno', 'estudiante', 'etudiant', 'eleve', 'studierende', 'studierender', 'studente', 'alunno', 'aluno', 'estudante'],
  'student id': ['n de expediente', 'expediente', 'numero de etudiant', 'matrikelnummer', 'matrikel-nr', 'matricola', 'numero de estudante', 'numero de aluno'],
  subject: ['asignatura', 'materia', 'matiere', 'fach', 'modul', 'insegnamento', 'disciplina', 'unidade curricular', 'vak'],
  mark: ['calificacion', 'nota', 'punkte', 'voto', 'classificacao', 'grade', 'score', 'cijfer'],
  credits: ['creditos', 'creditos ects', 'credits ects', 'ects', 'leistungspunkte', 'crediti', 'cfu'],
  exam: ['examen', 'prueba', 'epreuve', 'prufung', 'esame', 'exame', 'tentamen'],
  // Health: the doctor, the practice, the diagnosis, a stay's two ends.
  'admission date': ['admitted', 'date admitted', 'fecha de ingreso', 'ingreso', "date d'admission", 'date d entree', 'aufnahmedatum', 'aufnahme', 'data di ricovero', 'data ricovero', 'ricovero', 'data de admissao', 'data de internamento', 'opnamedatum'],
  'discharge date': ['discharged', 'date discharged', 'fecha de alta', 'alta', 'date de sortie', 'entlassungsdatum', 'entlassung', 'data di dimissione', 'data dimissione', 'dimissione', 'data de alta', 'ontslagdatum'],
  doctor: ['physician', 'practitioner', 'clinician', 'provider', 'medico', 'medecin', 'docteur', 'arzt', 'arztin', 'dottore', 'arts', 'huisarts', 'dierenarts', 'behandelend arts', 'behandelend dierenarts'],
  clinic: ['clinica', 'centro de salud', 'cabinet medical', 'praxis', 'arztpraxis', 'ambulatorio', 'studio medico', 'centro de saude', 'praktijk', 'kliniek', 'dierenartsenpraktijk'],
  diagnosis: ['diagnostico', 'diagnostic', 'diagnose', 'diagnosi'],
  pet: ['animal', 'mascota', 'animal de compagnie', 'haustier', 'tier', 'animale', 'animal de estimacao', 'dier', 'huisdier', 'patient'],
  // A person's or an animal's particulars.
  sex: ['gender', 'sexo', 'sexe', 'geschlecht', 'sesso', 'geslacht', 'genero'],
  breed: ['raza', 'race', 'rasse', 'razza', 'raca', 'ras'],
  neutered: ['spayed', 'spayed/neutered', 'castrated', 'sterilised', 'sterilized', 'esterilizado', 'castrado', 'sterilise', 'castre', 'kastriert', 'sterilisiert', 'sterilizzato', 'castrato', 'gecastreerd', 'gesteriliseerd'],
  // Memberships and subscriptions.
  member: ['socio', 'miembro', 'adherent', 'membre', 'mitglied', 'associado', 'lid'],
  'member number': ['n de socio', 'numero de socio', "n d'adherent", "numero d'adherent", 'mitgliedsnummer', 'mitglieds-nr', 'numero socio', 'n socio', 'numero de associado', 'lidnummer'],
  plan: ['tarifa', 'formule', 'abonnement', 'tarif', 'mitgliedschaft', 'abbonamento', 'piano', 'plano'],
  'monthly fee': ['cuota mensual', 'cotisation mensuelle', 'mensualite', 'monatsbeitrag', 'monatlicher beitrag', 'quota mensile', 'mensalidade', 'maandbedrag', 'contributie per maand'],
  'emergency contact': ['contacto de emergencia', 'contacto en caso de emergencia', 'en caso de emergencia', 'en cas d urgence', "contact d'urgence", 'personne a prevenir', 'notfallkontakt', 'contatto di emergenza', 'contacto em caso de emergencia'],
  // Contracts: an agreement is printed as a contract as often as not.
  agreement: ['contract', 'contrato', 'contrat', 'vertrag', 'contratto', 'overeenkomst'],
  'agreement number': ['contract no', 'contract number', 'numero de contrato', 'n de contrato', 'numero de contrat', 'n de contrat', 'vertragsnummer', 'vertrags-nr', 'numero contratto', 'n contratto', 'numero do contrato', 'contractnummer'],
  // Repairs and inspections: who did the work.
  accepted: ['angenommen', 'aceptado', 'aceptada', 'accepte', 'acceptee', 'accettato', 'accettata', 'aceite', 'aceito', 'geaccepteerd', 'aanvaard'],
  'passport number': ['numero de pasaporte', 'pasaporte nº', 'pasaporte no', 'numero de passeport', 'passeport nº', 'reisepassnummer', 'reisepass-nr', 'passnummer', 'numero di passaporto', 'passaporto n', 'passaporto nº', 'numero do passaporte', 'passaporte nº', 'paspoortnummer'],
  approver: ['authorised by', 'authorized by', 'aprobado por', 'autorizado por', 'approuve par', 'autorise par', 'genehmigt von', 'freigegeben von', 'approvato da', 'autorizzato da', 'aprovado por', 'goedgekeurd door'],
  supervisor: ['responsable', 'encargado', 'superviseur', 'vorgesetzter', 'vorgesetzte', 'responsabile', 'supervisore', 'leidinggevende'],
  consultant: ['medico referente', 'medico responsable', 'medecin referent', 'medecin responsable', 'behandelnder arzt', 'verantwortlicher arzt', 'medico responsavel', 'behandelend arts'],
  technician: ['engineer', 'mechanic', 'tecnico', 'technicien', 'techniker', 'monteur', 'mecanico', 'mecanicien', 'mechaniker', 'meccanico', 'technicus'],
  labour: ['mano de obra', "main d'oeuvre", 'arbeitslohn', 'arbeitskosten', 'arbeitszeit', 'manodopera', 'mao de obra', 'arbeidsloon', 'arbeidskosten'],
  labor: ['mano de obra', "main d'oeuvre", 'arbeitslohn', 'arbeitskosten', 'arbeitszeit', 'manodopera', 'mao de obra', 'arbeidsloon', 'arbeidskosten'],
  'order number': ['auftragsnummer', 'auftrags-nr', 'auftrag nr', 'numero de commande', 'n de commande', 'numero ordine', 'n ordine', 'numero de pedido', 'n de pedido', 'ordernummer', 'bestelnummer'],
  // Timesheets: hours beyond the standard ones.
  overtime: ['horas extraordinarias', 'horas extra', 'heures supplementaires', 'uberstunden', 'mehrarbeit', 'straordinari', 'ore straordinarie', 'horas suplementares', 'overuren'],
  // Owners of animals, vehicles, property.
  owner: ['propietario', 'duena', 'dueno', 'proprietaire', 'detenteur', 'halter', 'besitzer', 'eigentumer', 'proprietario', 'detentor', 'eigenaar', 'houder'],
  // Numbers of certificates, notices, records, cards, donors, bills of lading.
  'certificate number': ['certificate no', 'n de certificado', 'numero de certificado', "n d'attestation", "numero d'attestation", 'n de certificat', 'numero de certificat', 'zertifikatsnummer', 'zertifikat-nr', 'numero certificato', 'n certificato', 'certificaatnummer'],
  'notice number': ['pcn number', 'citation number', 'n de boletin', 'numero de expediente', "numero d'avis", 'n d avis', 'verbale n', 'numero verbale', 'n verbale', 'aktenzeichen'],
  'hospital number': ['mrn', 'medical record number', 'hospital no', 'patient number', 'n de historia clinica', 'historia clinica', 'nhc', 'n ipp', 'ipp', 'patientennummer', 'n nosologico', 'nosologico'],
  'card number': ['n de tarjeta', 'numero de tarjeta', 'n de carte', 'numero de carte', 'kartennummer', 'numero tessera', 'n tessera', 'numero do cartao', 'kaartnummer'],
  'donor number': ['n de donante', 'numero de donante', 'n de donneur', 'numero de donneur', 'spendernummer', 'codice donatore', 'n donatore'],
  'bl number': ['b/l no', 'bl no', 'hbl no', 'bill of lading no', 'conocimiento de embarque', 'n de connaissement', 'connaissement', 'konnossement', 'konnossementnummer', 'polizza di carico', 'conhecimento de embarque', 'cognossement', 'cognossementnummer'],
  'port of loading': ['laadhaven', 'puerto de carga', 'puerto de embarque', 'port de chargement', "port d'embarquement", 'verladehafen', 'ladehafen', 'porto di carico', 'porto di imbarco', 'porto de carga', 'porto de embarque'],
  'port of discharge': ['loshaven', 'puerto de descarga', 'port de dechargement', 'loschhafen', 'entladehafen', 'bestimmungshafen', 'porto di scarico', 'porto di sbarco', 'porto de descarga'],
  // Inspections and awards: what is due next, what must be accepted.
  'next inspection': ['prochain controle', 'proxima inspeccion', 'proxima itv', 'nachste hauptuntersuchung', 'nachste hu', 'prossima revisione', 'proxima inspecao'],
  acceptance: ['aceptacion', 'acceptation', 'annahme', 'accettazione', 'aceitacao'],
  // A fee: what was charged and paid for the document.
  fee: ['amount paid', 'tasa', 'tarifa', 'frais', 'droits', 'gebuhr', 'tassa', 'diritti', 'taxa', 'kosten', 'tarief', 'leges'],
  // Courses: what was attended.
  course: ['formation', 'curso', 'kurs', 'lehrgang', 'corso', 'formazione', 'formacao', 'cursus', 'opleiding'],
  'course title': ['intitule de la formation', 'titulo del curso', 'nombre del curso', 'kurstitel', 'titolo del corso', 'titulo do curso'],
  // Hire: the renter, the rate, the dates out and back.
  renter: ['arrendatario', 'conductor principal', 'locataire', 'conducteur principal', 'mieter', 'locatario', 'conducente', 'condutor'],
  'daily rate': ['tarifa diaria', 'precio por dia', 'tarif journalier', 'prix par jour', 'tagespreis', 'tariffa giornaliera', 'prezzo al giorno', 'diaria', 'dagtarief', 'dagprijs'],
  'return date': ['fecha de devolucion', 'date de retour', 'ruckgabe', 'ruckgabedatum', 'data di riconsegna', 'riconsegna', 'data de devolucao', 'retourdatum', 'inleverdatum'],
  category: ['categoria', 'categorie', 'kategorie', 'gruppe', 'classe', 'grupo'],
  // Meters: the two readings and what was used between them.
  'current reading': ['lectura actual', 'nouvel index', 'index actuel', 'aktueller zahlerstand', 'neuer zahlerstand', 'lettura attuale', 'leitura atual', 'zahlerstand neu', 'stand neu', 'nuova lettura', 'nueva lectura', 'nieuwe stand', 'huidige stand'],
  'previous reading': ['lectura anterior', 'ancien index', 'index precedent', 'vorheriger zahlerstand', 'alter zahlerstand', 'lettura precedente', 'leitura anterior', 'zahlerstand alt', 'stand alt', 'lettura precedente', 'vorige stand', 'oude stand'],
  consumption: ['consumo', 'consommation', 'verbrauch', 'verbruik'],
  'reading date': ['ablesedatum', 'datum der ablesung', 'fecha de lectura', 'date de releve', 'data di lettura', 'data lettura', 'data da leitura'],
  'meter serial': ['zahlernummer', 'numero de contador', 'n de contador', 'numero de compteur', 'n de compteur', 'matricola contatore', 'numero contatore', 'numero do contador'],
  meter: ['contador', 'compteur', 'zahler', 'contatore', 'meter'],
};

// Options of a choice as other languages print them (general words of forms, folded, keyed by the English option):
// "Cão" for Dog, "X jährlich" for Annually, "Clase: Turista" for Economy. Words common in running text ("other",
// "business", "bar") are left out: an option is read where its word alone is printed.
export const OPTION_TRANSLATIONS: Record<string, string[]> = {
  // Animals.
  dog: ['perro', 'chien', 'hund', 'cane', 'cao', 'canine', 'hond'],
  cat: ['gato', 'chat', 'katze', 'gatto', 'feline', 'kat', 'poes'],
  rabbit: ['conejo', 'lapin', 'kaninchen', 'coniglio', 'coelho', 'konijn'],
  horse: ['caballo', 'cheval', 'pferd', 'cavallo', 'cavalo', 'equine', 'paard'],
  // Freight terms.
  prepaid: ['vooruitbetaald', 'prepagado', 'porte pagado', 'port paye', 'frachtfrei', 'vorausbezahlt', 'porto franco', 'pago antecipado', 'frete pago'],
  collect: ['te betalen op bestemming', 'porte debido', 'port du', 'unfrei', 'porto assegnato', 'frete a pagar'],
  // Crops.
  wheat: ['trigo', 'ble', 'weizen', 'frumento', 'tarwe'],
  barley: ['cebada', 'orge', 'gerste', 'orzo', 'cevada', 'gerst'],
  maize: ['corn', 'maiz', 'mais', 'kornermais', 'granoturco', 'milho'],
  oats: ['avena', 'avoine', 'hafer', 'aveia', 'haver'],
  'oilseed rape': ['rapeseed', 'canola', 'colza', 'raps', 'koolzaad'],
  // Fuels.
  petrol: ['gasoline', 'gas', 'gasolina', 'essence', 'benzin', 'benzina', 'benzine'],
  diesel: ['gasoleo', 'gazole', 'gasoil'],
  electric: ['electrico', 'electrique', 'elektro', 'elektrisch', 'elettrico', 'eletrico'],
  hybrid: ['hibrido', 'hybride', 'ibrido'],
  // How often.
  annually: ['annual', 'yearly', 'anual', 'anualmente', 'annuel', 'annuelle', 'jahrlich', 'annuale', 'annualmente', 'jaarlijks'],
  monthly: ['mensual', 'mensualmente', 'mensuel', 'mensuelle', 'monatlich', 'mensile', 'mensal', 'mensalmente', 'maandelijks'],
  quarterly: ['trimestral', 'trimestriel', 'trimestrielle', 'vierteljahrlich', 'trimestrale'],
  weekly: ['semanal', 'hebdomadaire', 'wochentlich', 'settimanale', 'wekelijks'],
  // People and animals.
  male: ['hombre', 'varon', 'masculino', 'homme', 'masculin', 'mannlich', 'maschio', 'macho', 'mannchen', 'man', 'mannelijk'],
  female: ['mujer', 'femenino', 'femme', 'feminin', 'weiblich', 'femmina', 'feminino', 'hembra', 'femelle', 'weibchen', 'femea', 'vrouw', 'vrouwelijk'],
  // Outcomes and states.
  pass: ['apto', 'favorable', 'bestanden', 'superato', 'aprovado', 'geslaagd', 'voldoende'],
  fail: ['no apto', 'desfavorable', 'defavorable', 'nicht bestanden', 'non superato', 'reprovado', 'gezakt', 'onvoldoende'],
  paid: ['pagado', 'paye', 'bezahlt', 'pagato', 'betaald'],
  high: ['alto', 'elevado', 'eleve', 'hoch', 'elevato'],
  low: ['bajo', 'bas', 'niedrig', 'basso', 'baixo'],
  estimated: ['estimada', 'estimado', 'estimee', 'estime', 'geschatzt', 'stimata', 'stimato', 'estimativa'],
  // Payment.
  cash: ['efectivo', 'especes', 'contanti', 'dinheiro', 'numerario', 'contant'],
  card: ['tarjeta', 'carte', 'karte', 'carta', 'cartao', 'pinbetaling'],
  'bank transfer': ['transferencia', 'transferencia bancaria', 'virement', 'virement bancaire', 'uberweisung', 'bonifico', 'bonifico bancario', 'overschrijving', 'overboeking'],
  instant: ['inmediata', 'instantanea', 'instantane', 'immediate', 'sofort', 'echtzeit', 'istantaneo', 'immediato', 'imediata'],
  // Travel, hire and stays.
  economy: ['turista', 'economica', 'economique'],
  van: ['furgoneta', 'furgon', 'camionnette', 'fourgon', 'transporter', 'furgone', 'carrinha'],
  single: ['individual', 'simple', 'einzelzimmer', 'singola', 'eenpersoonskamer'],
  double: ['doble', 'doppelzimmer', 'doppia', 'duplo', 'tweepersoonskamer'],
  resident: ['residente', 'anwohner', 'riverain'],
  visitor: ['visitante', 'visiteur', 'besucher', 'visitatore'],
  // Licences, claims and events.
  hunting: ['caza', 'chasse', 'jagd', 'caccia', 'caca'],
  fishing: ['pesca', 'peche', 'angeln', 'fischerei'],
  auto: ['automobile', 'automovil', 'automovel', 'kfz'],
  home: ['hogar', 'vivienda', 'habitation', 'hausrat', 'wohngebaude', 'abitazione', 'casa', 'woning', 'inboedel', 'domicilio', 'domicile', 'nach hause', 'thuis'],
  // Where a patient goes on discharge.
  'rehabilitation unit': ['riabilitazione', 'rehabilitacion', 'readaptation', 'reeducation', 'rehabilitation', 'rehaklinik', 'reabilitacao', 'revalidatie'],
  'care home': ['residenza sanitaria', 'residencia de mayores', 'maison de retraite', 'ehpad', 'pflegeheim', 'lar de idosos', 'verpleeghuis'],
  'another hospital': ['altro ospedale', 'altro istituto', 'otro hospital', 'otro centro', 'autre hopital', 'anderes krankenhaus', 'outro hospital', 'ander ziekenhuis'],
  travel: ['viaje', 'voyage', 'reise', 'viaggio', 'viagem', 'reis'],
  health: ['salud', 'sante', 'gesundheit', 'salute', 'saude', 'gezondheid'],
  wedding: ['boda', 'mariage', 'hochzeit', 'matrimonio', 'casamento', 'bruiloft'],
  'birthday party': ['birthday', 'cumpleanos', 'anniversaire', 'geburtstag', 'compleanno', 'aniversario', 'verjaardag'],
  'corporate dinner': ['cena de empresa', "diner d'entreprise", 'firmenessen', 'cena aziendale', 'jantar de empresa'],
};
