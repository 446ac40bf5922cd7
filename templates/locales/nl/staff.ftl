## Personeelspagina's — Nederlands

staff-nav-label = Personeelsmenu
staff-nav-home = Overzicht
staff-nav-calendar = Agenda
staff-nav-assign = Aanvragen toewijzen
staff-nav-plan = Werkrooster
staff-nav-queue = Wachtrij
staff-nav-interviewers = Gespreksvoerders
staff-nav-audit = Auditlogboek
staff-csrf-title = Formulier verlopen
staff-csrf-refused = Er is niets gewijzigd: dit formulier was verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.

staff-home-changes = Wijzigingen in uw agenda
staff-home-changes-none = Niemand anders heeft de voorbije twee weken uw agenda gewijzigd.

appointment-state-proposed = voorgesteld
appointment-state-confirmed = bevestigd
appointment-state-released = vrijgegeven
appointment-state-reassigned = overgedragen aan een andere gespreksvoerder
appointment-state-lapsed = vervallen

staff-calendar-title = Mijn agenda
staff-calendar-title-of = Agenda van { $name }
staff-calendar-of = Agenda van
staff-calendar-show = Tonen
staff-calendar-previous = Vorige week
staff-calendar-next = Volgende week
staff-calendar-week-of = Week van { $date }
staff-calendar-zone-note = Alle tijden zijn Brusselse tijd; de tijdzone (CET in de winter, CEST in de zomer) staat bij elke dag.
staff-calendar-not-working = Niet aan het werk.
staff-calendar-past = Voorbij
staff-calendar-free = vrij ({ $count ->
    [one] één tijdslot
   *[other] { $count } tijdslots
})
staff-calendar-conflict = Buiten het werkrooster: opnieuw toewijzen.
staff-calendar-upcoming = Volgende gesprekken
staff-calendar-upcoming-none = Geen gesprekken gepland.

staff-offers-none = Geen enkel vrij tijdslot past bij deze aanvraag binnen haar periode van twee weken.
staff-offers-shown = De eerste { $shown } van de { $count } passende tijdslots worden getoond.
staff-offer-preferred = voorkeur van de aanvrager
staff-proposed = Tijdslot voorgesteld voor aanvraag { $reference }. De aanvrager heeft een e-mail gekregen.
staff-slot-taken = Dit tijdslot is net door een ander voorstel ingenomen. Er is niets geboekt; kies hieronder een ander tijdslot.
staff-request-not-open = Deze aanvraag wacht niet langer op een tijdslot: iemand anders heeft ze net behandeld.
staff-slot-not-offered = Dit tijdslot kan niet worden voorgesteld voor deze aanvraag (buiten het werkrooster, de periode van de aanvraag of haar taal). Kies een van de tijdslots in de lijst.

staff-assign-title = Aanvragen toewijzen
staff-assign-help = Open aanvragen in de talen die u spreekt, de oudste eerst. Kies een aanvraag om uw vrije tijdslots te zien die erbij passen; de voorkeuren van de aanvrager staan bovenaan.
staff-assign-slots-for = Uw vrije tijdslots voor aanvraag { $reference }

staff-queue-title = Wachtrij van open aanvragen
staff-queue-count = { $count ->
    [one] Eén open aanvraag
   *[other] { $count } open aanvragen
}
staff-queue-empty = Er wacht geen enkele aanvraag op een tijdslot.
staff-queue-range = Aanvragen { $from } tot { $to } van { $total }, de oudste eerst.
staff-queue-pages = Pagina’s van de lijst
staff-queue-previous = Vorige pagina
staff-queue-next = Volgende pagina
staff-queue-caption = Open aanvragen, de oudste eerst
staff-queue-reference = Aanvraag
staff-queue-language = Gesprekstaal
staff-queue-preferred = Voorkeurstijdslots
staff-queue-age = Wacht sinds
staff-queue-age-days = { $count ->
    [one] één werkdag
   *[other] { $count } werkdagen
}
staff-queue-filter = Taal
staff-queue-all-languages = Alle talen
staff-queue-apply = Filteren
staff-back-to-queue = Terug naar de wachtrij

staff-request-title = Aanvraag { $reference }
staff-request-name = Aanvrager
staff-request-offers = Passende vrije tijdslots
staff-request-offers-help = Alle gespreksvoerders die de taal spreken en vrij zijn binnen de periode van twee weken van de aanvraag; de voorkeuren van de aanvrager eerst. Wie er een kiest, stelt het voor en mailt de aanvrager.
staff-request-ended = Deze aanvraag is afgesloten: { $state }, op { $when }.
staff-request-state-approved = goedgekeurd bij het gesprek
staff-request-state-activated = goedgekeurd bij het gesprek, en de digitale sleutel geactiveerd
staff-request-state-incomplete = onvolledig bevonden bij het gesprek
staff-request-state-refused = geweigerd bij het gesprek
staff-request-state-no-show = de aanvrager is niet op het gesprek verschenen
staff-request-state-lapsed = vervallen, het voorstel werd niet op tijd beantwoord
staff-request-state-cancelled = geannuleerd door de aanvrager
staff-request-ended-new-request = Ze wordt alleen ter inzage getoond: er kan niets meer voor worden voorgesteld, toegewezen of verplaatst. Heeft de aanvrager nog een gesprek nodig, dan dient die een nieuwe aanvraag in.
staff-request-ended-approved = Ze wordt alleen ter inzage getoond: er kan niets meer voor worden voorgesteld, toegewezen of verplaatst. De aanvrager activeert de digitale sleutel met de gemailde link en de activeringscode; is een van beide verloren, dan reikt een supervisor op de activeringspagina een nieuwe code en link uit.
staff-request-ended-activated = Ze wordt alleen ter inzage getoond, en er hoeft niets meer te gebeuren: de aanvrager heeft de digitale sleutel geactiveerd.
staff-request-activation = Activering van deze aanvraag
staff-request-submitted = Ingediend op
staff-request-appointments = Afspraken
staff-request-appointments-none = Voor deze aanvraag werd nooit een tijdslot voorgesteld.
staff-request-history = Geschiedenis
staff-request-history-help = Alles wat met deze aanvraag gebeurde, het oudste eerst, in Brusselse tijd. Wie haar pagina’s inzag, staat hier niet bij.

staff-propose-all = Tijdsloten voorstellen voor alle open aanvragen
staff-propose-all-help = Geeft zoveel mogelijk open aanvragen een vrij tijdslot op een van hun voorkeursmomenten, verdeelt het werk over de gespreksvoerders en geeft voorrang aan oudere aanvragen. U kunt het gerust opnieuw starten.
staff-propose-all-title = Tijdsloten voorgesteld
staff-propose-all-proposed = { $count } van de { $open } open aanvragen kregen een voorstel.
staff-propose-all-no-slot = { $count } konden niet worden ingepland: geen gespreksvoerder die hun taal spreekt, is vrij op hun voorkeursmomenten.
staff-propose-all-taken = { $count } konden niet worden ingepland: de vrije tijdslots op hun voorkeursmomenten gingen naar andere (oudere) aanvragen.
staff-propose-all-changed = { $count } zijn intussen gewijzigd; start opnieuw om ze mee te nemen.
staff-propose-all-again = Aanvragen die niet zijn ingepland, blijven in de wachtrij: stel met de hand een tijdslot voor, of start opnieuw wanneer gespreksvoerders uren hebben toegevoegd.
staff-propose-all-running-title = Tijdsloten worden voorgesteld…
staff-propose-all-running = { $done } van { $total } open aanvragen bekeken; tot nu toe { $proposed } voorgesteld.
staff-propose-all-progress = Voortgang van de voorstellen
staff-propose-all-leave = Deze pagina volgt de verwerking vanzelf. U mag ze ook verlaten: de voorstellen gaan door, en de wachtrij toont ze.
staff-propose-all-refresh = Toon de voortgang nu
staff-propose-all-stopped = De verwerking stopte voor het einde ({ $done } van { $total } open aanvragen bekeken). De gedane voorstellen blijven behouden: start ze opnieuw voor de rest.
staff-propose-all-run-again = Opnieuw starten

staff-plan-title = Mijn werkrooster
staff-plan-title-of = Werkrooster van { $name }
staff-plan-saved = Opgeslagen.
staff-plan-languages = Gesproken gesprekstalen
staff-plan-week = Uren per week
staff-plan-week-hint = Per dag de werkperiodes in Brusselse tijd, gescheiden door komma's, bijvoorbeeld 09:00-12:00, 13:00-17:00. De tussenpozen zijn pauzes. Laat een dag leeg als u niet werkt.
staff-plan-length = Duur van het gesprek (minuten)
staff-plan-length-hint = Tussen 10 en 240 minuten.
staff-plan-length-fixed = Duur van het gesprek: { $minutes } minuten (vastgelegd door een supervisor).
staff-plan-save = Werkrooster opslaan
staff-plan-conflicts = Deze gesprekken vallen niet meer binnen het werkrooster:
staff-plan-conflicts-help = Ze blijven geboekt. Een supervisor moet ze toewijzen aan een andere gespreksvoerder of een ander moment.
staff-plan-exceptions = Vrije dagen en extra uren
staff-plan-exceptions-none = Geen.
staff-plan-day-off = { $date }: vrije dag
staff-plan-extra-hours = { $date }: extra uren { $period }
staff-plan-remove = Verwijderen
staff-plan-add-exception = Een vrije dag of extra uren toevoegen
staff-plan-exception-day = Datum
staff-plan-kind-off = Vrije dag
staff-plan-kind-extra = Extra uren
staff-plan-exception-period = Extra uren
staff-plan-exception-period-hint = Alleen voor extra uren, bijvoorbeeld 18:00-20:00.
staff-plan-add = Toevoegen
staff-plan-error-format = Schrijf de periodes als 09:00-12:00, gescheiden door komma's.
staff-plan-error-order = Een periode moet eindigen na haar begin.
staff-plan-error-overlap = De periodes van één dag mogen elkaar niet overlappen.
staff-plan-error-length = Vul een geheel aantal minuten in tussen 10 en 240.
staff-plan-error-day = Vul de datum in als dag, maand en jaar (bijvoorbeeld 2026-12-24).
staff-plan-error-one-period = Vul één periode in, bijvoorbeeld 18:00-20:00.

staff-interviewers-title = Gespreksvoerders
staff-interviewers-name = Naam
staff-interviewers-links = Pagina's

staff-appointment-title = Afspraak voor aanvraag { $reference }
staff-appointment-when = Wanneer
staff-appointment-interviewer = Gespreksvoerder
staff-appointment-state = Status
staff-appointment-reason = Reden van de laatste wijziging
staff-appointment-history = Geschiedenis
staff-reassign-taken = De gekozen gespreksvoerder werd intussen op dat moment geboekt, dus de afspraak is niet opnieuw toegewezen. Ze is ongewijzigd: nog altijd bij { $name }, op { $when }, en de aanvrager kreeg geen bericht. Kies hieronder een andere gespreksvoerder, of verplaats de afspraak naar een ander moment.
staff-move-taken = Het nieuwe tijdslot is net door een ander voorstel ingenomen, dus de afspraak is niet verplaatst. Ze is ongewijzigd: nog altijd bij { $name }, op { $when }, en de aanvrager kreeg geen bericht. Kies hieronder een ander moment.
staff-reassign-not-offered = De gekozen gespreksvoerder kan deze afspraak niet overnemen (spreekt de taal niet, werkt op dat moment niet of heeft de afspraak al, of het gesprek is al begonnen), dus ze is niet opnieuw toegewezen: ze blijft bij { $name }, op { $when }. Kies een van de gespreksvoerders in de lijst hieronder.
staff-move-not-offered = Het gekozen tijdslot kan niet worden voorgesteld voor deze aanvraag (buiten het werkrooster van de gespreksvoerder, de periode van de aanvraag of haar taal), dus de afspraak is niet verplaatst: ze blijft bij { $name }, op { $when }. Kies een van de momenten in de lijst hieronder.
staff-change-no-longer-open = Er is niets gedaan: deze afspraak is intussen gewijzigd (verplaatst, opnieuw toegewezen of geannuleerd, of haar aanvraag is afgesloten). De huidige status staat hieronder; open de aanvraag om te zien hoe ze ervoor staat.
staff-appointment-see-request = Hoe aanvraag { $reference } er nu voor staat
staff-reassigned = De afspraak is verplaatst. De betrokken gespreksvoerders zien het in hun agenda.

staff-reassign-title = Opnieuw toewijzen
staff-reassign-same-time = Aan een andere gespreksvoerder op hetzelfde moment
staff-reassign-to = Gespreksvoerder
staff-reassign-nobody = Geen andere gespreksvoerder die de taal spreekt, is op dit moment vrij.
staff-reassign-submit = Opnieuw toewijzen
staff-reassign-other-time = Naar een ander moment
staff-reassign-other-time-help = De aanvrager krijgt een nieuw voorstel en moet het opnieuw aanvaarden; het huidige tijdslot wordt vrijgegeven. ★ duidt de voorkeursmomenten van de aanvrager aan.
staff-reassign-slot = Nieuw tijdslot
staff-reassign-move = Verplaatsen en het nieuwe tijdslot voorstellen
staff-reason = Reden
staff-reason-illness = Ziekte
staff-reason-workload = Werkdruk
staff-reason-language = Taal
staff-reason-other = Andere
staff-reason-text = Toelichting (verplicht bij ‘Andere’)
staff-reason-missing = Kies een reden.
staff-reason-other-needs-text = Licht de reden in enkele woorden toe.
staff-reason-too-long = Houd de toelichting onder 500 tekens.
staff-reason-other-text = Andere – { $reason }
staff-reason-cancelled = Geannuleerd door de aanvrager
staff-reason-another-slot = De aanvrager vroeg een ander tijdslot
staff-reason-lapsed = Niet op tijd beantwoord

staff-audit-title = Auditlogboek
staff-audit-help = Alle handelingen van het personeel, de recentste eerst. Het logboek kan alleen worden aangevuld en is met hashes aan elkaar gekoppeld; het commando verify-audit controleert het.
staff-audit-when = Wanneer (Brusselse tijd)
staff-audit-who = Wie
staff-audit-what = Handeling
staff-audit-request = Aanvraag
staff-audit-detail = Details
staff-audit-actor-applicant = Aanvrager
staff-audit-actor-staff = Personeelslid
staff-audit-actor-system = Systeem
staff-audit-caption = Vermeldingen in het logboek, de recentste eerst
staff-audit-action-request-submitted = Aanvraag ingediend
staff-audit-action-security-code-reissued = Beveiligingscode opnieuw uitgereikt
staff-audit-action-code-lockout = Afsprakenpagina geblokkeerd na foute beveiligingscodes
staff-audit-action-staff-locked = Personeelsaccount geblokkeerd
staff-audit-action-staff-signed-in = Aangemeld
staff-audit-action-staff-signed-out = Afgemeld
staff-audit-action-staff-password-changed = Wachtwoord van een personeelslid gewijzigd
staff-audit-action-audit-log-started = Auditlogboek gestart
staff-audit-action-view-request = Aanvraag ingezien
staff-audit-action-view-appointment = Afspraak ingezien
staff-audit-action-plan-change = Werkrooster gewijzigd
staff-audit-action-plan-exception-add = Vrije dag of extra uren toegevoegd
staff-audit-action-plan-exception-remove = Vrije dag of extra uren verwijderd
staff-audit-action-view-id-document = Afbeelding van het identiteitsdocument bekeken
staff-audit-action-propose = Tijdslot voorgesteld
staff-audit-action-move-time = Verplaatst naar een ander moment
staff-audit-action-reassign = Toegewezen aan een andere gespreksvoerder
staff-audit-action-cancel = Geannuleerd door de aanvrager
staff-audit-action-ask-another-slot = De aanvrager vroeg een ander tijdslot
staff-audit-action-lapse = Voorstel vervallen zonder antwoord
staff-audit-action-accept = Aanvaard door de aanvrager
staff-audit-action-id-image-deleted = Afbeelding van het identiteitsdocument gewist
staff-audit-action-view-interview = Gesprekspagina ingezien
staff-audit-action-interview-start = Gesprek begonnen
staff-audit-action-interview-consent = Punten van de toestemming bevestigd
staff-audit-action-interview-item = Punt van de controlelijst aangeduid
staff-audit-action-interview-document = Gegevens van het document vastgelegd
staff-audit-action-interview-mrz = Machineleesbare zone vastgelegd
staff-audit-action-interview-photo = Foto van de persoon met het document genomen
staff-audit-action-interview-fraud-flag = Gemarkeerd wegens vermoeden van fraude
staff-audit-action-interview-new-upload-asked = Nieuwe upload van het identiteitsdocument gevraagd
staff-audit-action-interview-personal-data-corrected = Persoonsgegevens verbeterd
staff-audit-action-interview-outcome = Uitkomst van het gesprek vastgelegd
staff-audit-action-interview-outcome-changed = Uitkomst van het gesprek gewijzigd
staff-audit-action-interview-evidence-reduced = Bewijsstukken van het gesprek beperkt na de bewaartermijn
staff-audit-action-id-reupload = Nieuwe afbeelding van het identiteitsdocument opgeladen door de aanvrager
staff-audit-action-new-slots-after-interruption = Nieuwe voorkeurstijdslots na een onderbroken gesprek
staff-audit-action-activation-issued = Activeringscode en -link uitgereikt
staff-audit-action-activation-lockout = Activering geblokkeerd na foute codes
staff-audit-action-activation-revoked = Activering ingetrokken
staff-audit-action-key-chosen = Digitale sleutel gekozen
staff-audit-action-key-activated = Digitale sleutel geactiveerd
staff-audit-action-unknown = Andere handeling ({ $code })
staff-audit-detail-form-sent-again = Het aanvraagformulier werd opnieuw verstuurd: er werd een nieuwe beveiligingscode uitgereikt.
staff-audit-detail-locked-until = Geblokkeerd tot { $until }.
staff-audit-detail-failed-sign-ins = Na herhaaldelijk mislukte aanmeldingen.
staff-audit-detail-staff-locked = Na { $count } mislukte aanmeldingen; { $sessions ->
    [0] er was geen sessie open.
    [one] één open sessie werd beëindigd.
   *[other] { $sessions } open sessies werden beëindigd.
}
staff-audit-detail-password-changed = Wachtwoord van { $name }; { $sessions ->
    [0] er was geen sessie open.
    [one] één open sessie werd beëindigd.
   *[other] { $sessions } open sessies werden beëindigd.
}
staff-audit-detail-plan = Werkrooster van { $name }: { $period }. Talen: { $languages }. Gesprekken van { $minutes } minuten.
staff-audit-detail-plan-day = { $weekday } { $period }
staff-audit-detail-plan-no-hours = geen werkuren
staff-audit-detail-day-off = Werkrooster van { $name }: { $date }, vrije dag.
staff-audit-detail-extra-hours = Werkrooster van { $name }: { $date }, extra uren { $period }.
staff-audit-detail-exception-removed = Werkrooster van { $name }: een vrije dag of extra uren verwijderd.
staff-audit-detail-document = Afbeelding: { $side }.
staff-audit-detail-propose = { $when }, met { $name }.
staff-audit-detail-move-time = Van { $from } naar { $to }, met { $name }.
staff-audit-detail-reassign = { $when }: van { $from } naar { $to }.
staff-audit-detail-reason = Reden: { $reason }.
staff-audit-detail-cancel = Gesprek van { $when }.
staff-audit-detail-ask-another-slot = Gesprek van { $when } vrijgegeven. Nieuwe voorkeurstijdsloten: { $slots }.
staff-audit-detail-lapse = Voorstel gedaan op { $when }, niet op tijd beantwoord.
staff-audit-detail-accept = Gesprek van { $when }. Afbeeldingen van het identiteitsdocument: { $side }.
staff-audit-detail-images-on-file = de reeds opgeslagen afbeeldingen
staff-audit-detail-image-deleted = Afbeelding: { $side }, gewist { $count ->
    [one] één dag
   *[other] { $count } dagen
} na het einde van de aanvraag.
staff-audit-detail-unknown-staff = een voormalig personeelslid

staff-documents = Identiteitsdocument
staff-documents-none = Nog geen afbeelding opgeladen: de aanvrager laadt ze op bij het aanvaarden.
staff-documents-not-yours = De afbeeldingen van het identiteitsdocument zijn zichtbaar voor de interviewer die deze aanvraag nu behandelt en voor de supervisors.
staff-document-front = Voorzijde
staff-document-back = Achterzijde
staff-document-figures = scherpte { $sharpness }, schittering { $glare } %, kleurrijkheid { $colour }
staff-nav-undeliverable = Onbestelbare e-mails
staff-undeliverable-title = Onbestelbare e-mails
staff-undeliverable-help = E-mails die de mailserver definitief weigerde (onbekende of gesloten mailbox, geweigerd adres). Ze worden niet opnieuw geprobeerd: bereik de persoon op een andere manier, of verbeter het adres en vraag een nieuwe aanvraag.
staff-undeliverable-none = Alle e-mails konden worden afgeleverd.
staff-undeliverable-count = { $count ->
    [one] Eén e-mail kon niet worden afgeleverd.
   *[other] { $count } e-mails konden niet worden afgeleverd.
}
staff-undeliverable-caption = Onbestelbare e-mails, nieuwste eerst
staff-undeliverable-request = Aanvraag
staff-undeliverable-recipient = Ontvanger
staff-undeliverable-kind = E-mail
staff-undeliverable-when = Geweigerd op
staff-undeliverable-reason = Reden van de mailserver
staff-undeliverable-pages = Pagina's met onbestelbare e-mails
staff-undeliverable-previous = Vorige pagina
staff-undeliverable-next = Volgende pagina
staff-undeliverable-page = Pagina { $page } van { $pages }

staff-figures-today = Gesprekken van vandaag, { $date }
staff-figures-today-total = { $count ->
    [0] Vandaag geen gesprekken.
    [one] Vandaag één gesprek.
   *[other] Vandaag { $count } gesprekken.
}
staff-figures-waiting = Wacht op de start
staff-figures-in-progress = Bezig
staff-figures-outcome-approved = Goedgekeurd
staff-figures-outcome-incomplete = Onvolledig
staff-figures-outcome-refused = Geweigerd
staff-figures-outcome-no_show = Niet verschenen
staff-figures-outcome-interrupted = Onderbroken
staff-figures-col-kind = Stand
staff-figures-col-count = Gesprekken
staff-figures-flagged = Gemeld wegens vermoeden van fraude
staff-figures-flagged-open = Wachten op een uitkomst
staff-figures-flagged-open-none = Geen enkel gemeld gesprek wacht op een uitkomst.
staff-figures-flagged-decided = Beslist in de laatste 7 dagen
staff-figures-flagged-decided-none = In de laatste 7 dagen werd geen gemeld gesprek beslist.
staff-figures-recent = Uitkomsten van de laatste 7 dagen
staff-figures-overdue = Uitkomst te laat
staff-figures-overdue-help = { $count ->
    [one] Eén bevestigd gesprek is afgelopen zonder uitkomst:
   *[other] { $count } bevestigde gesprekken zijn afgelopen zonder uitkomst, de oudste eerst:
}
staff-figures-overdue-none = Geen enkel afgelopen gesprek wacht nog op zijn uitkomst.
staff-figures-more = { $count ->
    [one] En nog één.
   *[other] En nog { $count }.
}
staff-figures-col-request = Aanvraag
staff-figures-col-starts = Gesprek
staff-figures-col-interviewer = Gespreksvoerder
staff-figures-col-flagged = Gemeld
staff-figures-col-outcome = Uitkomst
staff-figures-col-state = Stand van zaken
staff-figures-not-started = Niet gestart
staff-figures-started = Gestart om { $time }

## Activeringen

staff-nav-activations = Activeringen
staff-list-shown = { $shown } van { $total } getoond.
staff-activations-title = Activeringen
staff-activations-figures = Activeringen
staff-activations-pending = Wachten op gebruik
staff-activations-done = Sleutels geactiveerd in de laatste 30 dagen
staff-activations-expired = Ongebruikt vervallen in de laatste 30 dagen
staff-activations-find = De activeringen van een persoon zoeken op e-mailadres
staff-activations-find-hint = Het adres precies zoals de persoon het heeft opgegeven.
staff-activations-find-submit = Zoeken
staff-activations-waiting = Wachten op gebruik, nieuwste eerst
staff-activations-found = Activeringen van dit adres
staff-activation-issued = Uitgereikt
staff-activation-expires = Vervalt
staff-activation-state = Status
staff-activation-wrong-codes = Foute codes sinds de laatste vergrendeling
staff-activation-state-waiting = Wacht
staff-activation-state-used = Gebruikt: sleutel aangemaakt
staff-activation-state-revoked = Ingetrokken
staff-activation-state-expired = Vervallen
staff-activation-state-locked = Tijdelijk vergrendeld na foute codes
staff-activation-request-title = Activering van aanvraag { $reference }
staff-activation-none = Voor deze aanvraag werd geen activering uitgereikt.
staff-activation-reissue = Een nieuwe code en link uitreiken
staff-activation-reissue-help = Voor een aanvrager die de code of de e-mail kwijt is. Controleer eerst met wie u spreekt. De oude code en link werken dan niet meer; de nieuwe link wordt gemaild, en de nieuwe code wordt u één keer getoond, om telefonisch of in een nieuw gesprek door te geven.
staff-activation-reissue-submit = Een nieuwe code en link uitreiken
staff-activation-revoke = De activering intrekken
staff-activation-revoke-reason = Reden (bewaard in het auditlogboek)
staff-activation-revoke-submit = Intrekken
staff-activation-revoke-reason-required = Geef aan waarom de activering wordt ingetrokken
staff-activation-revoked = De activering werd ingetrokken: de link en de code ervan werken niet meer.
staff-activation-not-open = Deze activering werd al gebruikt of ingetrokken.
staff-activation-not-approved = Alleen een goedgekeurde aanvraag waarvan de sleutel nog niet is aangemaakt, krijgt een nieuwe code.
staff-activation-code-title = Activeringscode
staff-activation-code-intro = Lees deze code voor aan de aanvrager, of toon ze in het gesprek. De aanvrager vult ze in samen met de link die we hem mailden.
staff-activation-code-spelled = Teken per teken:
staff-activation-code-until = Geldig tot { $until }.
staff-activation-code-once = Deze code wordt alleen nu getoond. Als u deze pagina opnieuw laadt, verschijnt ze niet meer. Verliest de aanvrager ze, dan kan een supervisor een nieuwe uitreiken.
staff-activation-code-done = Klaar: de aanvrager heeft de code
staff-activation-reissue-stale = Sinds deze pagina werd getoond, is er een nieuwe code voor deze aanvraag uitgegeven (misschien werd het formulier opnieuw verstuurd). De al gegeven code blijft geldig; geef alleen een nieuwe uit als ook die verloren is.
