## rendezvous — Deutsch. Jeder Schlüssel existiert auch in en, fr und nl (ein Test prüft das).

site-name = rendezvous · Identitätsprüfung per Video
skip-to-content = Zum Hauptinhalt springen
language-switch-label = Sprache
language-switch-new-tab = (öffnet sich in einem neuen Tab; diese Seite bleibt offen)
footer-text = Ein Dienst, mit dem Sie ein Videogespräch buchen, in dem Ihre Identität für einen belgischen digitalen Schlüssel geprüft wird.
privacy-link = Datenschutzerklärung
field-optional = (optional)
error-prefix = Fehler:
select-choose = Bitte wählen…
error-summary-title = Es gibt ein Problem

## Datumsangaben
date-long = { $weekday }, { $day }. { $month } { $year }
slot-long = { $date }, { $part }
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
part-am = Vormittag (9:00–12:00 Uhr)
part-pm = Nachmittag (13:00–17:00 Uhr)

## Startseite
landing-title = Lassen Sie Ihre Identität per Videogespräch prüfen
landing-intro = Wenn Sie weder eine belgische eID-Karte noch itsme nutzen können, kann eine Mitarbeiterin oder ein Mitarbeiter der Verwaltung in einem kurzen Videogespräch gemeinsam mit Ihnen Ihr Identitätsdokument prüfen. Danach können Sie Ihren digitalen Schlüssel (Benutzername, Passwort und Einmalcode) aktivieren und sich bei belgischen Online-Behördendiensten anmelden.
landing-result = Am Ende eines erfolgreichen Gesprächs erhalten Sie im Gespräch einen Aktivierungscode und per E-Mail einen Aktivierungslink.
landing-start = Gespräch beantragen
landing-have-key = Haben Sie Ihren digitalen Schlüssel schon aktiviert?
landing-have-key-link = Melden Sie sich damit an
landing-steps-title = So funktioniert es
landing-step-1-title = Gespräch beantragen.
landing-step-1-text = Füllen Sie das Formular mit Ihren persönlichen Daten und einigen Zeitfenstern aus, die Ihnen passen. Sie erhalten einen persönlichen Sicherheitscode: Bewahren Sie ihn gut auf.
landing-step-2-title = Termin bestätigen.
landing-step-2-text = Sie erhalten eine E-Mail mit einem Terminvorschlag in der Woche nach Ihrem Antrag oder in der Woche darauf. Mit dem Link und Ihrem Sicherheitscode nehmen Sie ihn an und laden Ihr Identitätsdokument hoch, oder Sie bitten um einen anderen Termin.
landing-step-3-title = Am Gespräch teilnehmen.
landing-step-3-text = Das Videogespräch öffnet sich in Ihrem Browser; Sie müssen nichts installieren. Halten Sie das Original Ihres Identitätsdokuments bereit.
landing-step-4-title = Digitalen Schlüssel aktivieren.
landing-step-4-text = Mit dem Aktivierungslink und dem Aktivierungscode aktivieren Sie Ihren digitalen Schlüssel – ein einziges Mal.
landing-ready-title = Was Sie bereithalten sollten
landing-ready-personal-data = Ihre persönlichen Daten (Name, Geburtsdatum und -ort sowie Ihre belgische Nationalregisternummer, falls Sie eine haben);
landing-ready-email = eine persönliche E-Mail-Adresse, die nur Sie lesen;
landing-ready-motivation = eine kurze Begründung: wofür Sie den digitalen Schlüssel nutzen werden;
landing-ready-slots = einige Zeitfenster in den nächsten zwei Wochen, in denen Sie Zeit haben;
landing-ready-language = die Sprache des Gesprächs: Französisch, Niederländisch oder Englisch;
landing-ready-document = einen gültigen Reisepass oder einen gültigen europäischen Personalausweis.
landing-not-needed-title = Wer diesen Dienst nicht benötigt
landing-not-needed-text = Wenn Sie einen elektronischen Personalausweis aus einem dieser Länder besitzen, können Sie sich damit bereits bei belgischen Online-Diensten anmelden:

## Datenschutzerklärung
privacy-title = Datenschutzerklärung
privacy-controller-title = Wer Ihre Daten verarbeitet
privacy-controller-text = Der für die digitale Identität zuständige belgische Föderale Öffentliche Dienst verarbeitet Ihre Daten, um Ihre Identität zu prüfen und Ihren digitalen Schlüssel zu erstellen.
privacy-data-title = Welche Daten
privacy-data-text = Die Daten, die Sie im Formular angeben (Name, Geburtsangaben, Nationalregisternummer, falls angegeben, E-Mail-Adresse, Begründung, gewünschte Zeitfenster, Sprache), die Scans Ihres Identitätsdokuments und das Ergebnis des Gesprächs.
privacy-purpose-title = Wozu
privacy-purpose-text = Ausschließlich, um das Gespräch zu organisieren, Ihre Identität zu prüfen und Ihren digitalen Schlüssel zu aktivieren. Ihre Daten werden für nichts anderes verwendet und weder verkauft noch zu Marketingzwecken weitergegeben.
privacy-retention-title = Wie lange
privacy-retention-text = Scans Ihres Identitätsdokuments werden spätestens 30 Tage nach Abschluss Ihres Antrags gelöscht. Die übrigen Daten werden so lange aufbewahrt, wie es das Gesetz über die digitale Identität vorschreibt.
privacy-rights-title = Ihre Rechte
privacy-rights-text = Sie können verlangen, Ihre Daten einzusehen, zu berichtigen oder zu löschen, und Sie können bei der belgischen Datenschutzbehörde Beschwerde einreichen.
privacy-back = Zurück zum Antragsformular

## Fehlerseiten
error-page-not-found-title = Seite nicht gefunden
error-page-not-found-text = Prüfen Sie die Adresse oder beginnen Sie erneut auf der Startseite.
error-page-too-large-title = Was Sie gesendet haben, ist zu groß
error-page-too-large-text = Gehen Sie zurück, kürzen Sie Ihre Eingabe oder wählen Sie eine kleinere Datei und senden Sie sie erneut.
error-page-bad-request-title = Diese Anfrage konnte nicht verstanden werden
error-page-bad-request-text = Gehen Sie zurück zur vorherigen Seite und versuchen Sie es erneut.
error-page-internal-title = Entschuldigung, bei uns ist etwas schiefgelaufen
error-page-internal-text = Das liegt nicht an Ihnen. Bitte versuchen Sie es in einigen Minuten erneut; wenn das Problem weiterhin auftritt, kommen Sie später wieder.
error-page-home = Zur Startseite

## Antragsformular
form-title = Videogespräch zur Identitätsprüfung beantragen
form-intro = Alle Felder sind Pflichtfelder, sofern sie nicht als optional gekennzeichnet sind. Am Ende des Formulars wählen Sie, wann Ihnen das Gespräch passt.
form-section-person = Angaben zu Ihrer Person
form-section-contact = Kontakt und Begründung
form-section-interview = Das Gespräch
form-section-consent = Einwilligung
form-submit = Antrag absenden
consent-label = Ich bin damit einverstanden, dass meine personenbezogenen Daten verarbeitet werden, um dieses Gespräch zu organisieren und meinen digitalen Schlüssel zu erstellen. Näheres dazu in der
consent-privacy-link = Datenschutzerklärung (öffnet in einem neuen Tab)
notice-csrf = Zu Ihrer Sicherheit muss dieses Formular erneut gesendet werden: Prüfen Sie unten Ihre Angaben und klicken Sie auf „Antrag absenden“.
notice-rate-limited = Von Ihrer Verbindung wurden zu viele Anfragen gesendet. Ihre Angaben bleiben unten erhalten: Bitte versuchen Sie es in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } erneut.

field-last_name = Nachname
field-first_names = Vornamen
field-birth_date = Geburtsdatum
field-birth_country = Geburtsland
field-birth_place = Geburtsort
field-sex = Geschlecht
field-niss = Belgische Nationalregisternummer
field-email = Persönliche E-Mail-Adresse
field-motivation = Begründung
field-interview_language = Sprache des Gesprächs
field-slot = Wann passt Ihnen das Gespräch?
field-consent = Einwilligung
hint-first_names = Alle Vornamen, wie in Ihrem Identitätsdokument.
hint-birth_date = Zum Beispiel 27 3 1985
hint-niss = Nur falls Sie eine haben: 11 Ziffern, zum Beispiel 85.07.30-033.28.
hint-email = An diese Adresse senden wir den Terminvorschlag. Verwenden Sie eine Adresse, die nur Sie lesen.
hint-motivation = Wofür werden Sie den digitalen Schlüssel nutzen? Mindestens 10 Zeichen.
hint-slot = Kreuzen Sie jeden Halbtag an, an dem Sie Zeit haben. Das Gespräch findet in der Woche nach Ihrem Antrag oder in der Woche darauf statt (belgische Zeit).
date-day = Tag
date-month = Monat
date-year = Jahr
sex-F = Weiblich
sex-M = Männlich
sex-X = Keine Angabe
interview-language-fr = Französisch
interview-language-nl = Niederländisch
interview-language-en = Englisch

# Field errors (GOV.UK style): the verb fits the field, "Enter…" for what is typed,
# "Select…" for what is chosen; no full stop.
error-required-last_name = Geben Sie Ihren Nachnamen ein
error-required-first_names = Geben Sie Ihre Vornamen ein
error-required-birth_date = Geben Sie Ihr Geburtsdatum ein
error-required-birth_country = Wählen Sie Ihr Geburtsland aus
error-required-birth_place = Geben Sie Ihren Geburtsort ein
error-required-sex = Wählen Sie Ihr Geschlecht aus
error-required-email = Geben Sie Ihre E-Mail-Adresse ein
error-required-motivation = Geben Sie an, wofür Sie den digitalen Schlüssel nutzen werden
error-required-interview_language = Wählen Sie die Sprache des Gesprächs aus
error-too-long = „{ $field }“ darf höchstens { $max } Zeichen lang sein
error-invalid-characters = „{ $field }“ darf keine Zeilenumbrüche oder Tabulatoren enthalten
error-name-link = Geben Sie Ihren Namen ohne Webadressen oder Zeichen wie < > ein
error-place-link = Geben Sie Ihren Geburtsort ohne Webadressen oder Zeichen wie < > ein
error-date-missing-day = Das Geburtsdatum muss einen Tag enthalten
error-date-missing-month = Das Geburtsdatum muss einen Monat enthalten
error-date-missing-year = Das Geburtsdatum muss ein Jahr enthalten
error-date-missing-day-month = Das Geburtsdatum muss einen Tag und einen Monat enthalten
error-date-missing-day-year = Das Geburtsdatum muss einen Tag und ein Jahr enthalten
error-date-missing-month-year = Das Geburtsdatum muss einen Monat und ein Jahr enthalten
error-date-real = Das Geburtsdatum muss ein existierendes Datum sein
error-date-year-digits = Das Geburtsjahr muss 4 Ziffern haben, zum Beispiel 1985
error-date-future = Das Geburtsdatum muss in der Vergangenheit liegen
error-date-too-old = Das Geburtsdatum muss 1900 oder später sein
error-country = Wählen Sie Ihr Geburtsland aus der Liste aus
error-niss-format = Geben Sie eine belgische Nationalregisternummer mit 11 Ziffern ein, zum Beispiel 85.07.30-033.28, oder lassen Sie das Feld leer, wenn Sie keine haben
error-niss-checksum = Geben Sie eine gültige Nationalregisternummer ein: Prüfen Sie die letzten beiden Ziffern oder lassen Sie das Feld leer
error-niss-birth-date = Prüfen Sie Ihre Nationalregisternummer und Ihr Geburtsdatum: Sie passen nicht zusammen
error-email = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.org
error-motivation-short = Die Begründung muss mindestens { $min } Zeichen lang sein: Beschreiben Sie in wenigen Worten, wofür Sie den digitalen Schlüssel nutzen werden
error-motivation-long = Die Begründung darf höchstens { $motivation_max } Zeichen lang sein
error-no-slot = Wählen Sie mindestens ein Zeitfenster aus
error-slot-not-offered = Wählen Sie Ihre Zeitfenster erneut aus: Eines der gewählten ist nicht mehr verfügbar
error-consent = Kreuzen Sie das Kästchen an, um der Verarbeitung Ihrer Daten zuzustimmen: Ohne Ihre Zustimmung können wir das Gespräch nicht organisieren

## Antrag eingegangen
received-title = Ihr Antrag ist eingegangen
received-resent = Dieses Formular wurde bereits gesendet. Ihr Antrag wurde nur einmal gespeichert; hier ist ein neuer Sicherheitscode – der zuvor angezeigte gilt nicht mehr.
received-reference = Die Referenz Ihres Antrags lautet { $reference }.
received-code-title = Ihr persönlicher Sicherheitscode
received-code-keep = Notieren Sie ihn jetzt oder bewahren Sie ihn sicher auf. Er wird nur dieses eine Mal angezeigt. Geben Sie ihn niemandem weiter – unsere Mitarbeitenden werden Sie nie danach fragen.
received-code-lost = Sie benötigen ihn zusammen mit dem Link in unseren E-Mails, um Ihren Termin zu bestätigen, zu verschieben oder abzusagen. Ein verlorener Code kann nicht wiederhergestellt werden: Sie müssten dann einen neuen Antrag stellen.
received-next-title = Wie es weitergeht
received-next-1 = Wir haben eine Bestätigung an { $email } gesendet.
received-next-2 = Innerhalb weniger Werktage erhalten Sie eine E-Mail mit einem Terminvorschlag in der Woche nach Ihrem Antrag oder in der Woche darauf.
received-next-3 = Sie nehmen ihn mit Ihrem Sicherheitscode an und laden Ihr Identitätsdokument hoch, oder Sie bitten um einen anderen Termin. Ohne Antwort innerhalb von 3 Werktagen verfällt der Vorschlag.
already-sent-title = Dieses Formular wurde bereits gesendet
already-sent-text = Ihr Antrag wurde gespeichert, als Sie dieses Formular zum ersten Mal gesendet haben. Wenn Sie den zugehörigen Sicherheitscode nicht mehr haben, stellen Sie einen neuen Antrag.
already-sent-new = Neuen Antrag stellen

## Anmeldung für Mitarbeitende
staff-sign-in-title = Anmeldung für Mitarbeitende
staff-email = E-Mail-Adresse
staff-password = Passwort
staff-sign-in-submit = Anmelden
staff-sign-in-failed = Die E-Mail-Adresse oder das Passwort ist falsch. Nach mehreren falschen Versuchen wird die Anmeldung für bis zu 15 Minuten ausgesetzt.
staff-sign-in-paused = Nach zu vielen Fehlversuchen ist die Anmeldung mit dieser E-Mail-Adresse bis { $until } ausgesetzt. Warten Sie bis dahin und versuchen Sie es dann erneut.
staff-sign-in-too-soon = Mit dieser E-Mail-Adresse gab es mehrere Fehlversuche, daher ist die Anmeldung verlangsamt: Ihr Passwort wurde nicht geprüft. Warten Sie { $seconds ->
        [one] 1 Sekunde
       *[other] { $seconds } Sekunden
    } und geben Sie es dann erneut ein.
staff-sign-in-failed-wait = Die E-Mail-Adresse oder das Passwort ist falsch. Warten Sie nach mehreren Fehlversuchen { $seconds ->
        [one] 1 Sekunde
       *[other] { $seconds } Sekunden
    }, bevor Sie es erneut versuchen.
staff-signed-out = Sie sind abgemeldet.
notice-csrf-staff = Bitte melden Sie sich zu Ihrer Sicherheit erneut an.
staff-home-title = Mitarbeitende
staff-signed-in-as = Angemeldet als { $name } ({ $role }).
staff-languages = Gesprächssprachen: { $languages }.
staff-sign-out = Abmelden
role-interviewer = Gesprächsführer/in
role-supervisor = Supervisor/in
instant-long = { $date }, { $time } Uhr (Brüsseler Zeit, { $zone })
