# De gesprekspagina (gespreksvoerders en supervisors).

interview-title = Gesprek { $reference }
interview-title-plain = Gesprek
interview-not-yet = De gesprekspagina gaat open om { $time } { $zone }, een kwartier voor het begin.
interview-see-appointment = De afspraak bekijken
interview-saved = Opgeslagen.
interview-stale = Iemand anders heeft dit gesprek opgeslagen nadat u het had geopend. De pagina toont nu die wijzigingen; wat u had ingevuld, staat nog in het formulier hieronder. Controleer het en sla het opnieuw op.
interview-stamp = { $who }, { $time }
interview-video = Videogesprek
interview-video-open = Het videogesprek openen
interview-not-started = Het gesprek is nog niet begonnen.
interview-started-at = Gestart door { $stamp }.
interview-decided = Resultaat geregistreerd: { $outcome } ({ $stamp }).
interview-flagged = Vermoeden van fraude gemeld door { $stamp }.

interview-applicant = Aanvrager
interview-applicant-as-typed = Zoals de aanvrager het in de aanvraag heeft ingevuld; de verbeteringen die tijdens het gesprek zijn aangebracht, staan hieronder.
interview-field-last_name = Achternaam
interview-field-first_names = Voornamen
interview-field-birth_date = Geboortedatum
interview-field-birth_place = Geboorteplaats
interview-field-sex = Geslacht
interview-field-niss = Rijksregisternummer (INSZ)
interview-field-birth_country = Geboorteland
interview-field-email = E-mailadres
interview-niss-none = niet opgegeven
interview-corrections = Verbeteringen tijdens het gesprek
interview-correction-field = Veld
interview-correction-from = Oude waarde
interview-correction-to = Nieuwe waarde
interview-correction-by = Verbeterd door

interview-image-front = Voorzijde van het identiteitsdocument
interview-image-back = Achterzijde van het identiteitsdocument
interview-image-photo = Foto van de aanvrager met het document
interview-image-received = ontvangen op { $time }
interview-image-full-size = Op ware grootte openen
interview-zoom-help = Klik op een afbeelding om het deel onder de aanwijzer te vergroten; klik opnieuw om uit te zoomen. ‘Op ware grootte openen’ toont de afbeelding in een nieuw tabblad.
interview-new-upload = De aanvrager vragen om opnieuw op te laden
interview-new-upload-help = Is een scan niet goed genoeg, dan krijgt de aanvrager een e-mail met een link om hem opnieuw op te laden. Wat u hier hebt ingevuld, blijft behouden; nieuwe afbeeldingen verschijnen in dit deel.
interview-new-upload-asked = Opnieuw opladen gevraagd door { $stamp }.

interview-history-requested = Aanvraag ingediend op { $time }

interview-start-title = Start
interview-start-help = Druk hierop zodra de aanvrager aan het videogesprek deelneemt. Het starttijdstip wordt geregistreerd.
interview-start = Gesprek starten

interview-consent-title = Vóór de controles
interview-consent-say = Deel de aanvrager het volgende mee: het doel van het gesprek (zijn of haar identiteit aantonen voor een digitale sleutel), dat er een foto wordt genomen waarop hij of zij het document vasthoudt, en hoelang die wordt bewaard: de foto en de afbeeldingen van het identiteitsdocument worden { $days } dagen na het resultaat gewist; het verslag van de controles wordt { $evidence_days } dagen (ongeveer { $evidence_years } jaar) bewaard als bewijs van de identiteitscontrole.
interview-consent-legend = Aan de aanvrager is meegedeeld
interview-consent-purpose_told = het doel van het gesprek
interview-consent-photo_announced = dat er een foto wordt genomen waarop hij of zij het document vasthoudt
interview-consent-retention_told = hoelang de foto ({ $days } dagen) en het verslag ({ $evidence_days } dagen) worden bewaard
interview-consent-save = Bevestigen
interview-consent-confirmed = Bevestigd door { $stamp }.
interview-consent-own-form = De toestemming wordt bevestigd met het eigen formulier hierboven.

interview-checklist = Controlelijst
interview-state-not_done = niet gedaan
interview-state-ok = in orde
interview-state-not_ok = niet in orde
interview-item-state = Resultaat
interview-item-state-missing = Kies een resultaat.
interview-note = Opmerking
interview-item-save = Opslaan
interview-text-too-long = Houd de tekst onder { $max } tekens.

interview-item-consent = Toestemming
interview-item-original_shown = Het originele document wordt getoond en is het document dat werd opgeladen
interview-item-original_shown-help = Vraag de aanvrager om het origineel voor de camera te houden, voor- en achterzijde; vergelijk het met de opgeladen afbeeldingen.
interview-item-document_data = Gegevens van het document
interview-item-document_data-help = Alleen een paspoort of een Europese identiteitskaart wordt aanvaard. Een verlopen document verhindert de goedkeuring.
interview-item-mrz = Machineleesbare zone
interview-item-mrz-help = Typ of plak de regels onderaan het document; elk controlecijfer wordt nagegaan en de zone wordt vergeleken met de gegevens van het document en die van de aanvrager.
interview-item-security_features = Echtheidskenmerken
interview-item-security_features-help = Controleer deze drie kenmerken onder wit licht. Ze werden willekeurig gekozen voor dit gesprek en kunnen niet opnieuw worden getrokken.
interview-item-registry_checks = Controles in de registers
interview-item-registry_checks-help = Controleer of het document niet als verloren, gestolen of geannuleerd is gemeld; noteer het resultaat van de controle in de opmerking.
interview-item-same_person = De persoon is degene op het document
interview-item-same_person-help = Vergelijk de foto op het document kenmerk per kenmerk met het livebeeld, en vraag de beweging hieronder.
interview-item-personal_data = Persoonsgegevens
interview-item-personal_data-help = Controleer de gegevens aan de hand van het document en de registers; verbeter wat niet klopt. Wat de aanvrager oorspronkelijk invulde, blijft in de aanvraag bewaard.
interview-item-photo_with_document = Foto van de aanvrager met het document in de hand
interview-item-photo_with_document-help = Neem de foto met de camera, of laad een bestand op als er geen camera is.

interview-document-kind = Soort document
interview-document-kind-passport = Paspoort
interview-document-kind-european_id_card = Europese identiteitskaart
interview-document-country = Land van afgifte
interview-document-number = Documentnummer
interview-document-expiry = Vervaldatum
interview-document-save = De gegevens van het document opslaan
interview-document-required = Vul dit veld in.
interview-document-kind-not-accepted = Alleen een paspoort of een Europese identiteitskaart wordt aanvaard.
interview-document-unknown-country = Kies het land van afgifte uit de lijst.
interview-document-id-card-not-european = Een identiteitskaart wordt alleen aanvaard als ze werd afgegeven door een land van de EU, de EER of Zwitserland; vraag anders een paspoort.
interview-document-number-format = Alleen letters en cijfers, maximaal 20.
interview-document-date-format = Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2031-05-20.

interview-mrz-label = Machineleesbare zone
interview-mrz-hint = Identiteitskaart: 3 regels van 30 tekens; paspoort: 2 regels van 44. Gebruik < als opvulteken.
interview-mrz-check = De zone controleren
interview-mrz-document-first = Sla eerst de gegevens van het document op: de zone wordt ermee vergeleken.
interview-mrz-empty = Typ of plak de zone.
interview-mrz-wrong-shape = Een identiteitskaart heeft 3 regels van 30 tekens en een paspoort 2 regels van 44; deze regels tellen er { $lengths }.
interview-mrz-bad-character = ‘{ $character }’ op regel { $line }, kolom { $column }, kan niet in een zone voorkomen: alleen A–Z, 0–9 en < zijn toegestaan.
interview-mrz-not-identity-document = Deze zone begint met ‘{ $found }’: het gaat niet om een paspoort of een identiteitskaart.
interview-mrz-not-parseable = De zone kan niet worden gelezen. Vergelijk ze met het document.
interview-mrz-all-match = Alle controlecijfers kloppen en de zone stemt overeen met de gegevens.
interview-mrz-mismatches = { $count ->
    [one] Eén afwijking
   *[other] { $count } afwijkingen
}
interview-mrz-field = Veld
interview-mrz-typed = Ingevuld
interview-mrz-zone = In de zone
interview-mrz-check-wrong = fout controlecijfer
interview-mrz-check-document_number = Controlecijfer van het documentnummer
interview-mrz-check-birth_date = Controlecijfer van de geboortedatum
interview-mrz-check-expiry_date = Controlecijfer van de vervaldatum
interview-mrz-check-optional_data = Controlecijfer van de optionele gegevens
interview-mrz-check-composite = Samengesteld controlecijfer
interview-mrz-field-number = Documentnummer
interview-mrz-field-expiry = Vervaldatum
interview-mrz-field-country = Land van afgifte
interview-mrz-field-last-name = Achternaam
interview-mrz-field-first-names = Voornamen
interview-mrz-field-birth-date = Geboortedatum
interview-mrz-field-sex = Geslacht

interview-feature-category-optically-variable = optisch variabel kenmerk
interview-feature-category-personalisation = personalisatietechniek
interview-feature-category-substrate = drager en materiaal
interview-feature-category-printing = veiligheidsdruk
interview-feature-ovd = optisch variabel

interview-facial-features = Vergelijk:
interview-facial-face-shape = gezichtsvorm
interview-facial-eyes = ogen
interview-facial-eyebrows = wenkbrauwen
interview-facial-nose = neus
interview-facial-mouth = mond
interview-facial-ears = oren
interview-liveness = Vraag de aanvrager:

interview-corrections-legend = De persoonsgegevens verbeteren
interview-corrections-help = Wijzig alleen wat niet klopt; elke wijziging wordt geregistreerd met de waarde die ze vervangt, wie ze heeft aangebracht en wanneer.
interview-corrections-save = De verbeteringen opslaan
interview-correction-required = Vul dit veld in.
interview-correction-too-long = Maximaal 100 tekens.
interview-correction-date-format = Schrijf de datum als jaar-maand-dag, bijvoorbeeld 1985-07-30.
interview-correction-date-future = De geboortedatum moet in het verleden liggen.
interview-correction-date-too-old = De geboortedatum kan niet vóór 1900 liggen.
interview-correction-sex = Kies het geslacht.
interview-correction-niss-sex = Dit rijksregisternummer hoort bij een persoon van het andere geslacht (het volgnummer is oneven voor mannen en even voor vrouwen).

interview-photos-taken = { $count ->
    [0] Nog geen foto genomen.
    [one] Eén foto genomen.
   *[other] { $count } foto’s genomen.
}
interview-camera-preview = Camerabeeld
interview-camera-still = Genomen foto
interview-camera-start = De camera starten
interview-camera-take = De foto nemen
interview-camera-again = Opnieuw nemen
interview-camera-ready = De camera staat aan. Vraag de aanvrager om het document naast het gezicht te houden en neem dan de foto.
interview-camera-taken = Foto genomen. Sla ze op of neem ze opnieuw.
interview-camera-failed = De camera kon niet worden gestart. Laad in de plaats een bestand op.
interview-photo-file = Fotobestand
interview-photo-hint = JPEG of PNG, minstens 640 × 480 pixels. Met de camera wordt de genomen foto hier geplaatst.
interview-photo-save = De foto opslaan
interview-photo-missing = Neem eerst een foto of kies een bestand.
interview-photo-too-many = Deze aanvraag heeft al het maximale aantal toegestane foto’s.
scan-photo-too-small = Deze foto heeft { $width } × { $height } pixels; er zijn er minstens { $min_long } × { $min_short } nodig.

interview-fraud-title = Vermoeden van fraude
interview-fraud-help = Meld een vervalst document, een gemanipuleerde video, dwang of iemand anders die in de plaats van de aanvrager antwoordt. De supervisors worden op de hoogte gebracht; het gesprek kan dan niet meer worden goedgekeurd.
interview-fraud-note = Wat hebt u vastgesteld?
interview-fraud-flag = Vermoeden van fraude melden
interview-fraud-none = Niets gemeld.
interview-fraud-note-required = Beschrijf wat u hebt vastgesteld: de supervisors hebben de opmerking nodig.
interview-fraud-already = Voor dit gesprek is al een vermoeden van fraude gemeld.

interview-outcome-title = Resultaat
interview-outcome = Resultaat
interview-decided-by = Geregistreerd door
interview-outcome-approved = Goedgekeurd
interview-outcome-incomplete = Onvolledig
interview-outcome-refused = Geweigerd
interview-outcome-no_show = Niet verschenen
interview-outcome-interrupted = Onderbroken (technische storing)
interview-approve-ready = Alle punten zijn in orde, het document is geldig en er is niets gemeld.
interview-approve = Goedkeuren
interview-approve-blocked = Goedkeuren is nog niet mogelijk:
interview-blocker-not-started = het gesprek is niet gestart
interview-blocker-consent = de toestemming is niet bevestigd
interview-blocker-not-done = { $item }: niet gedaan
interview-blocker-not-ok = { $item }: niet in orde
interview-blocker-evidence = { $item }: als in orde aangeduid zonder de bijbehorende gegevens
interview-blocker-expired = het document is verlopen
interview-blocker-fraud = er is een vermoeden van fraude gemeld
interview-missing = Ontbrekende punten
interview-missing-legend = Wat ontbreekt er
interview-applicant-text = Tekst voor de aanvrager
interview-applicant-text-help = Deze tekst wordt naar de aanvrager gemaild. De interne opmerking niet.
interview-internal-note = Interne opmerking
interview-record-incomplete = Als onvolledig registreren
interview-refusal-reason = Reden
interview-reason-document_not_accepted = het document wordt niet aanvaard
interview-reason-document_expired = het document is verlopen
interview-reason-document_not_genuine = het document is niet echt
interview-reason-person_does_not_match = de persoon is niet degene op het document
interview-reason-data_do_not_match = de gegevens komen niet overeen
interview-reason-applicant_withdrew = de aanvrager heeft zich teruggetrokken
interview-reason-other = andere
interview-record-refused = De weigering registreren
interview-no-show-from = ‘Niet verschenen’ kan worden geregistreerd vanaf { $time } { $zone }.
interview-record-no-show = Registreren als niet verschenen
interview-interrupted-help = Beeld, geluid of verbinding viel weg: de aanvrager krijgt een e-mail met een link om nieuwe tijdslots te kiezen en de aanvraag gaat terug naar de wachtrij.
interview-record-interrupted = De onderbreking registreren
interview-incomplete-text-required = Laat de aanvrager weten wat ontbreekt en wat hij of zij nu moet doen.
interview-incomplete-nothing-missing = Kies minstens één ontbrekend punt.
interview-incomplete-item-ok = ‘{ $item }’ staat op ‘in orde’ en ontbreekt dus niet.
interview-refusal-reason-required = Kies de reden.
interview-refusal-text-required = Een weigering moet aan de aanvrager worden uitgelegd.
interview-no-show-too-early = ‘Niet verschenen’ kan worden geregistreerd vanaf { $time }.
interview-no-show-joined = De aanvrager heeft aan het gesprek deelgenomen: registreer een ander resultaat.
interview-already-decided = Er is al een resultaat geregistreerd.
interview-not-approvable = Het gesprek kan nog niet worden goedgekeurd: zie hierboven wat nog openstaat.
interview-no-longer-open = De aanvraag wacht niet langer op dit resultaat (ze werd intussen verplaatst of geannuleerd).
interview-outcome-unknown = Kies een resultaat.

interview-change-title = Het resultaat wijzigen
interview-change-help = Een andere supervisor dan wie het resultaat heeft geregistreerd, mag het vervangen, met opgave van een reden; de wijziging staat in het auditlogboek en de aanvrager wordt op de hoogte gebracht.
interview-change-reason = Waarom wordt het resultaat gewijzigd?
interview-change-reason-required = Geef de reden voor de wijziging op.
interview-change-not-decided = Er is nog geen resultaat geregistreerd.
interview-change-not-supervisor = Alleen een supervisor mag een resultaat wijzigen.
interview-change-own-decision = U hebt dit resultaat geregistreerd: een andere supervisor moet het wijzigen.
interview-change-interruption = Een onderbreking kan niet worden gewijzigd, en een resultaat kan niet in een onderbreking worden omgezet.

interview-problem-not-started = Start eerst het gesprek.
interview-problem-already-started = Het gesprek is al gestart.
interview-problem-outcome-recorded = Er is een resultaat geregistreerd: de controlelijst is afgesloten.
interview-problem-consent-first = Bevestig de toestemming vóór de controles.
interview-problem-consent-points = Vink alle drie de punten aan: het doel, de foto en de bewaartermijn.
interview-problem-evidence-consent = Vink eerst alle drie de punten aan.
interview-problem-evidence-original_shown = Duid dit pas aan nadat u het origineel hebt gezien.
interview-problem-evidence-document_data = Sla eerst de gegevens van het document op.
interview-problem-evidence-mrz = Controleer eerst de zone: ze kan pas als in orde worden aangeduid als ze gelezen is en met de gegevens overeenkomt.
interview-problem-evidence-security_features = De kenmerken werden niet getrokken.
interview-problem-evidence-registry_checks = Noteer eerst het resultaat van de controle.
interview-problem-evidence-same_person = De opdracht voor de levendheidscontrole werd niet getrokken.
interview-problem-evidence-personal_data = Controleer eerst de persoonsgegevens.
interview-problem-evidence-photo_with_document = Neem eerst de foto.
interview-open = Gesprekspagina
interview-appointment-moved = Deze afspraak werd verplaatst of geannuleerd: het gesprek kan hier niet worden voortgezet. Open het gesprek vanuit de nieuwe afspraak.
