## rendezvous — Nederlands. Elke sleutel bestaat ook in en, fr en de (een test controleert dat).

site-name = rendezvous · identiteitscontrole via video
skip-to-content = Naar de hoofdinhoud
language-switch-label = Taal
language-switch-new-tab = (opent in een nieuw tabblad; deze pagina blijft open)
footer-text = Een dienst om een videogesprek te boeken waarin uw identiteit wordt gecontroleerd voor een Belgische digitale sleutel.
privacy-link = Privacyverklaring
field-optional = (facultatief)
error-prefix = Fout:
select-choose = Kies…
error-summary-title = Er is een probleem

## Datums
date-long = { $weekday } { $day } { $month } { $year }
slot-long = { $date }, { $part }
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
part-am = voormiddag (9.00–12.00 uur)
part-pm = namiddag (13.00–17.00 uur)

## Startpagina
landing-title = Laat uw identiteit controleren via een videogesprek
landing-intro = Kunt u geen Belgische eID-kaart of itsme gebruiken? Dan kan een medewerker in een kort videogesprek samen met u uw identiteitsdocument controleren. Daarna kunt u uw digitale sleutel activeren (gebruikersnaam, wachtwoord en eenmalige code) en u aanmelden bij Belgische online overheidsdiensten.
landing-result = Na een geslaagd gesprek krijgt u tijdens het gesprek een activeringscode en per e-mail een activeringslink.
landing-start = Een gesprek aanvragen
landing-have-key = Hebt u uw digitale sleutel al geactiveerd?
landing-have-key-link = Meld u ermee aan
landing-steps-title = Zo werkt het
landing-step-1-title = Vraag een gesprek aan.
landing-step-1-text = Vul het formulier in met uw persoonsgegevens en enkele tijdslots die u passen. U krijgt een persoonlijke beveiligingscode: bewaar die goed.
landing-step-2-title = Bevestig de afspraak.
landing-step-2-text = U krijgt een e-mail met een voorgesteld tijdslot in de week na uw aanvraag of de week daarop. Met de link en uw beveiligingscode aanvaardt u het voorstel en uploadt u uw identiteitsdocument, of vraagt u een ander tijdslot.
landing-step-3-title = Neem deel aan het gesprek.
landing-step-3-text = Het videogesprek opent in uw browser; u hoeft niets te installeren. Houd het origineel van uw identiteitsdocument bij de hand.
landing-step-4-title = Activeer uw digitale sleutel.
landing-step-4-text = Met de activeringslink en de activeringscode activeert u uw digitale sleutel, eenmalig.
landing-ready-title = Wat u bij de hand moet hebben
landing-ready-personal-data = uw persoonsgegevens (naam, geboortedatum en -plaats, en uw Belgisch rijksregisternummer als u er een hebt);
landing-ready-email = een persoonlijk e-mailadres dat alleen u leest;
landing-ready-motivation = een korte motivering: waarvoor u de digitale sleutel zult gebruiken;
landing-ready-slots = enkele tijdslots in de komende twee weken waarop u vrij bent;
landing-ready-language = de taal van het gesprek: Frans, Nederlands of Engels;
landing-ready-document = een geldig paspoort of een geldige Europese identiteitskaart.
landing-not-needed-title = Wie deze dienst niet nodig heeft
landing-not-needed-text = Hebt u een elektronische identiteitskaart uit een van deze landen, dan kunt u zich daarmee al aanmelden bij Belgische onlinediensten:

## Privacyverklaring
privacy-title = Privacyverklaring
privacy-controller-title = Wie verwerkt uw gegevens
privacy-controller-text = De Belgische federale overheidsdienst die bevoegd is voor digitale identiteit, verwerkt uw gegevens om uw identiteit te controleren en uw digitale sleutel aan te maken.
privacy-data-title = Welke gegevens
privacy-data-text = De gegevens die u in het formulier invult (naam, geboortegegevens, rijksregisternummer indien opgegeven, e-mailadres, motivering, gewenste tijdslots, taal), de scans van uw identiteitsdocument en het resultaat van het gesprek.
privacy-purpose-title = Waarom
privacy-purpose-text = Uitsluitend om het gesprek te organiseren, uw identiteit te controleren en uw digitale sleutel te activeren. Uw gegevens worden voor niets anders gebruikt en worden niet verkocht of voor marketingdoeleinden gedeeld.
privacy-retention-title = Hoelang
privacy-retention-text = Scans van uw identiteitsdocument worden uiterlijk 30 dagen na het afsluiten van uw aanvraag gewist. De andere gegevens worden bewaard zolang de wet op de digitale identiteit dat vereist.
privacy-rights-title = Uw rechten
privacy-rights-text = U kunt vragen om uw gegevens in te zien, te verbeteren of te wissen, en u kunt een klacht indienen bij de Belgische Gegevensbeschermingsautoriteit.
privacy-back = Terug naar het aanvraagformulier

## Foutpagina’s
error-page-not-found-title = Pagina niet gevonden
error-page-not-found-text = Controleer het adres of begin opnieuw vanaf de startpagina.
error-page-too-large-title = Wat u hebt verstuurd, is te groot
error-page-too-large-text = Ga terug, maak uw tekst korter of kies een kleiner bestand, en verstuur het opnieuw.
error-page-bad-request-title = Dit verzoek kon niet worden begrepen
error-page-bad-request-text = Ga terug naar de vorige pagina en probeer het opnieuw.
error-page-internal-title = Sorry, er ging bij ons iets mis
error-page-internal-text = Dit komt niet door iets wat u hebt gedaan. Probeer het over enkele minuten opnieuw; blijft het probleem zich voordoen, kom dan later terug.
error-page-home = Naar de startpagina

## Aanvraagformulier
form-title = Een identiteitscontrole via videogesprek aanvragen
form-intro = Alle velden zijn verplicht, tenzij ze als facultatief zijn aangeduid. Op het einde van het formulier kiest u wanneer het gesprek u past.
form-section-person = Over u
form-section-contact = Contact en motivering
form-section-interview = Het gesprek
form-section-consent = Toestemming
form-submit = Mijn aanvraag versturen
consent-label = Ik ga ermee akkoord dat mijn persoonsgegevens worden verwerkt om dit gesprek te organiseren en mijn digitale sleutel aan te maken, zoals uitgelegd in de
consent-privacy-link = privacyverklaring (opent in een nieuw tabblad)
notice-csrf = Voor uw veiligheid moet dit formulier opnieuw worden verstuurd: controleer hieronder uw antwoorden en klik op ‘Mijn aanvraag versturen’.
notice-rate-limited = Vanaf uw verbinding werden te veel aanvragen verstuurd. Uw antwoorden zijn hieronder bewaard: probeer het over { $minutes ->
        [one] één minuut
       *[other] { $minutes } minuten
    } opnieuw.

field-last_name = Achternaam
field-first_names = Voornamen
field-birth_date = Geboortedatum
field-birth_country = Geboorteland
field-birth_place = Geboorteplaats
field-sex = Geslacht
field-niss = Belgisch rijksregisternummer
field-email = Persoonlijk e-mailadres
field-motivation = Motivering
field-interview_language = Taal van het gesprek
field-slot = Wanneer past het gesprek u?
field-consent = Toestemming
hint-first_names = Al uw voornamen, zoals op uw identiteitsdocument.
hint-birth_date = Bijvoorbeeld 27 3 1985
hint-niss = Alleen als u er een hebt: 11 cijfers, bijvoorbeeld 85.07.30-033.28.
hint-email = Naar dit adres sturen we de voorgestelde afspraak. Gebruik een adres dat alleen u leest.
hint-motivation = Waarvoor zult u de digitale sleutel gebruiken? Minstens 10 tekens.
hint-slot = Vink elk dagdeel aan waarop u vrij bent. Het gesprek vindt plaats in de week na uw aanvraag of de week daarop (Belgische tijd).
date-day = Dag
date-month = Maand
date-year = Jaar
sex-F = Vrouw
sex-M = Man
sex-X = Niet opgegeven
interview-language-fr = Frans
interview-language-nl = Nederlands
interview-language-en = Engels

# Field errors (GOV.UK style): the verb fits the field, "Enter…" for what is typed,
# "Select…" for what is chosen; no full stop.
error-required-last_name = Vul uw achternaam in
error-required-first_names = Vul uw voornamen in
error-required-birth_date = Vul uw geboortedatum in
error-required-birth_country = Kies uw geboorteland
error-required-birth_place = Vul uw geboorteplaats in
error-required-sex = Kies uw geslacht
error-required-email = Vul uw e-mailadres in
error-required-motivation = Vul in waarvoor u de digitale sleutel zult gebruiken
error-required-interview_language = Kies de taal van het gesprek
error-too-long = ‘{ $field }’ mag maximaal { $max } tekens bevatten
error-invalid-characters = ‘{ $field }’ mag geen regeleinden of tabs bevatten
error-name-link = Vul uw naam in zonder webadressen of tekens zoals < >
error-place-link = Vul uw geboorteplaats in zonder webadressen of tekens zoals < >
error-date-missing-day = De geboortedatum moet een dag bevatten
error-date-missing-month = De geboortedatum moet een maand bevatten
error-date-missing-year = De geboortedatum moet een jaar bevatten
error-date-missing-day-month = De geboortedatum moet een dag en een maand bevatten
error-date-missing-day-year = De geboortedatum moet een dag en een jaar bevatten
error-date-missing-month-year = De geboortedatum moet een maand en een jaar bevatten
error-date-real = De geboortedatum moet een bestaande datum zijn
error-date-year-digits = Het geboortejaar moet uit 4 cijfers bestaan, bijvoorbeeld 1985
error-date-future = De geboortedatum moet in het verleden liggen
error-date-too-old = De geboortedatum moet in 1900 of later liggen
error-country = Kies uw geboorteland uit de lijst
error-niss-format = Vul een Belgisch rijksregisternummer van 11 cijfers in, bijvoorbeeld 85.07.30-033.28, of laat het veld leeg als u er geen hebt
error-niss-checksum = Vul een geldig rijksregisternummer in: controleer de laatste twee cijfers, of laat het veld leeg
error-niss-birth-date = Controleer uw rijksregisternummer en uw geboortedatum: ze komen niet overeen
error-email = Vul een e-mailadres in de juiste vorm in, zoals naam@example.org
error-motivation-short = De motivering moet minstens { $min } tekens bevatten: vertel ons in een paar woorden waarvoor u de digitale sleutel zult gebruiken
error-motivation-long = De motivering mag maximaal { $motivation_max } tekens bevatten
error-no-slot = Vink minstens één tijdslot aan
error-slot-not-offered = Vink uw tijdslots opnieuw aan: een van de gekozen tijdslots is niet meer beschikbaar
error-consent = Vink het vakje aan om in te stemmen met de verwerking van uw gegevens: zonder uw toestemming kunnen we het gesprek niet organiseren

## Aanvraag ontvangen
received-title = Uw aanvraag is ontvangen
received-resent = Dit formulier was al verstuurd. Uw aanvraag werd maar één keer bewaard; hier is een nieuwe beveiligingscode — de code die eerder werd getoond, werkt niet meer.
received-reference = De referentie van uw aanvraag is { $reference }.
received-code-title = Uw persoonlijke beveiligingscode
received-code-keep = Schrijf de code nu op of bewaar hem op een veilige plek. Hij wordt alleen deze ene keer getoond. Deel hem met niemand — onze medewerkers zullen er nooit naar vragen.
received-code-lost = U hebt de code nodig, samen met de link in onze e-mails, om uw afspraak te bevestigen, te verplaatsen of te annuleren. Een verloren code kan niet worden hersteld: u zou dan een nieuwe aanvraag moeten indienen.
received-next-title = Wat gebeurt er nu?
received-next-1 = We hebben een bevestiging gestuurd naar { $email }.
received-next-2 = Binnen enkele werkdagen krijgt u een e-mail met een voorgesteld tijdslot in de week na uw aanvraag of de week daarop.
received-next-3 = U aanvaardt het voorstel met uw beveiligingscode en uploadt uw identiteitsdocument, of u vraagt een ander tijdslot. Zonder antwoord binnen 3 werkdagen vervalt het voorstel.
already-sent-title = Dit formulier werd al verstuurd
already-sent-text = Uw aanvraag werd geregistreerd toen u dit formulier de eerste keer verstuurde. Hebt u de beveiligingscode ervan niet meer, dien dan een nieuwe aanvraag in.
already-sent-new = Een nieuwe aanvraag indienen

## Aanmelden personeel
staff-sign-in-title = Aanmelden personeel
staff-email = E-mailadres
staff-password = Wachtwoord
staff-sign-in-submit = Aanmelden
staff-sign-in-failed = Het e-mailadres of het wachtwoord is onjuist. Na enkele foute pogingen wordt aanmelden tot 15 minuten opgeschort.
staff-sign-in-paused = Na te veel foute pogingen is aanmelden met dit e-mailadres opgeschort tot { $until }. Wacht tot dan en probeer het opnieuw.
staff-sign-in-too-soon = Er waren enkele foute pogingen met dit e-mailadres, dus aanmelden is vertraagd: uw wachtwoord werd niet gecontroleerd. Wacht { $seconds ->
        [one] 1 seconde
       *[other] { $seconds } seconden
    } en typ het dan opnieuw.
staff-sign-in-failed-wait = Het e-mailadres of het wachtwoord is onjuist. Wacht na enkele foute pogingen { $seconds ->
        [one] 1 seconde
       *[other] { $seconds } seconden
    } voor u het opnieuw probeert.
staff-signed-out = U bent afgemeld.
notice-csrf-staff = Meld u voor uw veiligheid opnieuw aan.
staff-home-title = Personeel
staff-signed-in-as = Aangemeld als { $name } ({ $role }).
staff-languages = Gesprekstalen: { $languages }.
staff-sign-out = Afmelden
role-interviewer = gespreksvoerder
role-supervisor = supervisor
instant-long = { $date }, { $time } (Brusselse tijd, { $zone })
