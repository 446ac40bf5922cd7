# Die Gesprächsseite (Gesprächsführende und Aufsichtspersonen).

interview-title = Gespräch { $reference }
interview-title-plain = Gespräch
interview-not-yet = Die Gesprächsseite öffnet sich um { $time } { $zone }, eine Viertelstunde vor Beginn.
interview-see-appointment = Termin ansehen
interview-saved = Gespeichert.
interview-stale = Jemand anderes hat dieses Gespräch gespeichert, nachdem Sie es geöffnet hatten. Die Seite zeigt jetzt diese Änderungen; Ihre Eingaben stehen weiterhin im Formular unten. Prüfen Sie sie und speichern Sie erneut.
interview-stamp = { $who }, { $time }
interview-video = Videogespräch
interview-video-open = Videogespräch öffnen
interview-not-started = Das Gespräch hat noch nicht begonnen.
interview-started-at = Begonnen von { $stamp }.
interview-decided = Ergebnis erfasst: { $outcome } ({ $stamp }).
interview-flagged = Betrugsverdacht gemeldet von { $stamp }.

interview-applicant = Antragstellende Person
interview-applicant-as-typed = So, wie die antragstellende Person es im Antrag eingegeben hat; die im Gespräch vorgenommenen Berichtigungen stehen unten.
interview-field-last_name = Nachname
interview-field-first_names = Vornamen
interview-field-birth_date = Geburtsdatum
interview-field-birth_place = Geburtsort
interview-field-sex = Geschlecht
interview-field-niss = Nationalregisternummer (ENSS)
interview-field-birth_country = Geburtsland
interview-field-email = E-Mail-Adresse
interview-niss-none = nicht angegeben
interview-corrections = Im Gespräch vorgenommene Berichtigungen
interview-correction-field = Feld
interview-correction-from = Bisher
interview-correction-to = Neu
interview-correction-by = Berichtigt von

interview-image-front = Vorderseite des Ausweisdokuments
interview-image-back = Rückseite des Ausweisdokuments
interview-image-photo = Foto der antragstellenden Person mit dem Dokument
interview-image-received = eingegangen am { $time }
interview-image-full-size = In voller Größe öffnen
interview-zoom-help = Klicken Sie auf ein Bild, um den Bereich unter dem Mauszeiger zu vergrößern; klicken Sie erneut, um die Vergrößerung aufzuheben. „In voller Größe öffnen“ zeigt das Bild in einem neuen Tab.
interview-new-upload = Die antragstellende Person um erneutes Hochladen bitten
interview-new-upload-help = Ist ein Scan nicht gut genug, erhält die antragstellende Person eine E-Mail mit einem Link, um ihn erneut hochzuladen. Ihre Eingaben hier bleiben erhalten; neue Bilder erscheinen in diesem Abschnitt.
interview-new-upload-asked = Erneutes Hochladen angefordert von { $stamp }.

interview-history-requested = Antrag gestellt am { $time }

interview-start-title = Beginn
interview-start-help = Klicken Sie hier, sobald die antragstellende Person dem Videogespräch beigetreten ist. Die Uhrzeit des Beginns wird erfasst.
interview-start = Gespräch beginnen

interview-consent-title = Vor den Prüfungen
interview-consent-say = Teilen Sie der antragstellenden Person mit: den Zweck des Gesprächs (den Nachweis ihrer Identität für einen digitalen Schlüssel), dass ein Foto von ihr mit ihrem Dokument in der Hand aufgenommen wird und wie lange es aufbewahrt wird: Das Foto und die Bilder des Ausweisdokuments werden { $days } Tage nach dem Ergebnis gelöscht; die Dokumentation der Prüfungen wird { $evidence_days } Tage (etwa { $evidence_years } Jahre) als Nachweis der Identitätsprüfung aufbewahrt.
interview-consent-legend = Der antragstellenden Person wurde mitgeteilt
interview-consent-purpose_told = der Zweck des Gesprächs
interview-consent-photo_announced = dass ein Foto von ihr mit dem Dokument aufgenommen wird
interview-consent-retention_told = wie lange das Foto ({ $days } Tage) und die Dokumentation ({ $evidence_days } Tage) aufbewahrt werden
interview-consent-save = Bestätigen
interview-consent-confirmed = Bestätigt von { $stamp }.
interview-consent-own-form = Die Einwilligung wird mit dem eigenen Formular oben bestätigt.

interview-checklist = Checkliste
interview-state-not_done = nicht erledigt
interview-state-ok = in Ordnung
interview-state-not_ok = nicht in Ordnung
interview-item-state = Ergebnis
interview-item-state-missing = Wählen Sie ein Ergebnis.
interview-note = Vermerk
interview-item-save = Speichern
interview-text-too-long = Der Text muss kürzer als { $max } Zeichen sein.

interview-item-consent = Einwilligung
interview-item-original_shown = Das Originaldokument wird gezeigt und ist das hochgeladene
interview-item-original_shown-help = Bitten Sie die antragstellende Person, das Original vor die Kamera zu halten, Vorder- und Rückseite; vergleichen Sie es mit den hochgeladenen Bildern.
interview-item-document_data = Daten des Dokuments
interview-item-document_data-help = Es wird nur ein Reisepass oder ein europäischer Personalausweis angenommen. Ein abgelaufenes Dokument verhindert die Genehmigung.
interview-item-mrz = Maschinenlesbare Zone
interview-item-mrz-help = Geben Sie die Zeilen unten auf dem Dokument ein oder fügen Sie sie ein; jede Prüfziffer wird geprüft, und die Zone wird mit den Daten des Dokuments und den Angaben der antragstellenden Person verglichen.
interview-item-security_features = Sicherheitsmerkmale
interview-item-security_features-help = Prüfen Sie diese drei Merkmale unter Weißlicht. Sie wurden für dieses Gespräch zufällig ausgewählt und können nicht erneut gezogen werden.
interview-item-registry_checks = Abfrage der Register
interview-item-registry_checks-help = Prüfen Sie, dass das Dokument weder als verloren oder gestohlen gemeldet noch für ungültig erklärt wurde; tragen Sie das Ergebnis der Abfrage in den Vermerk ein.
interview-item-same_person = Die Person ist die auf dem Dokument
interview-item-same_person-help = Vergleichen Sie das Foto im Dokument Merkmal für Merkmal mit dem Livevideo und bitten Sie um die unten angegebene Bewegung.
interview-item-personal_data = Persönliche Daten
interview-item-personal_data-help = Prüfen Sie die Daten anhand des Dokuments und der Register; berichtigen Sie, was falsch ist. Die ursprünglichen Angaben der antragstellenden Person bleiben im Antrag erhalten.
interview-item-photo_with_document = Foto der antragstellenden Person mit dem Dokument in der Hand
interview-item-photo_with_document-help = Nehmen Sie es mit der Kamera auf oder laden Sie eine Datei hoch, wenn keine Kamera vorhanden ist.

interview-document-kind = Art des Dokuments
interview-document-kind-passport = Reisepass
interview-document-kind-european_id_card = Europäischer Personalausweis
interview-document-country = Ausstellungsstaat
interview-document-number = Dokumentnummer
interview-document-expiry = Ablaufdatum
interview-document-save = Daten des Dokuments speichern
interview-document-required = Füllen Sie dieses Feld aus.
interview-document-kind-not-accepted = Es wird nur ein Reisepass oder ein europäischer Personalausweis angenommen.
interview-document-unknown-country = Wählen Sie den Ausstellungsstaat aus der Liste.
interview-document-id-card-not-european = Ein Personalausweis wird nur aus einem Staat der EU, des EWR oder aus der Schweiz angenommen; bitten Sie andernfalls um einen Reisepass.
interview-document-number-format = Nur Buchstaben und Ziffern, höchstens 20.
interview-document-date-format = Schreiben Sie das Datum als Jahr-Monat-Tag, zum Beispiel 2031-05-20.

interview-mrz-label = Maschinenlesbare Zone
interview-mrz-hint = Personalausweis: 3 Zeilen mit 30 Zeichen; Reisepass: 2 Zeilen mit 44. Verwenden Sie < als Füllzeichen.
interview-mrz-check = Zone prüfen
interview-mrz-document-first = Speichern Sie zuerst die Daten des Dokuments: Die Zone wird mit ihnen verglichen.
interview-mrz-empty = Geben Sie die Zone ein oder fügen Sie sie ein.
interview-mrz-wrong-shape = Ein Personalausweis hat 3 Zeilen mit 30 Zeichen, ein Reisepass 2 Zeilen mit 44; diese Zeilen haben { $lengths }.
interview-mrz-bad-character = „{ $character }“ in Zeile { $line }, Spalte { $column } kann in einer Zone nicht vorkommen: Zulässig sind nur A–Z, 0–9 und <.
interview-mrz-not-identity-document = Diese Zone beginnt mit „{ $found }“: Es handelt sich weder um einen Reisepass noch um einen Personalausweis.
interview-mrz-not-parseable = Die Zone kann nicht gelesen werden. Vergleichen Sie sie mit dem Dokument.
interview-mrz-all-match = Alle Prüfziffern stimmen, und die Zone stimmt mit den Daten überein.
interview-mrz-mismatches = { $count ->
    [one] Eine Abweichung
   *[other] { $count } Abweichungen
}
interview-mrz-field = Feld
interview-mrz-typed = Eingegeben
interview-mrz-zone = In der Zone
interview-mrz-check-wrong = falsche Prüfziffer
interview-mrz-check-document_number = Prüfziffer der Dokumentnummer
interview-mrz-check-birth_date = Prüfziffer des Geburtsdatums
interview-mrz-check-expiry_date = Prüfziffer des Ablaufdatums
interview-mrz-check-optional_data = Prüfziffer der optionalen Daten
interview-mrz-check-composite = Gesamtprüfziffer
interview-mrz-field-number = Dokumentnummer
interview-mrz-field-expiry = Ablaufdatum
interview-mrz-field-country = Ausstellungsstaat
interview-mrz-field-last-name = Nachname
interview-mrz-field-first-names = Vornamen
interview-mrz-field-birth-date = Geburtsdatum
interview-mrz-field-sex = Geschlecht

interview-feature-category-optically-variable = optisch variables Merkmal
interview-feature-category-personalisation = Personalisierungstechnik
interview-feature-category-substrate = Trägermaterial und Beschaffenheit
interview-feature-category-printing = Sicherheitsdruck
interview-feature-ovd = optisch variabel

interview-facial-features = Vergleichen Sie:
interview-facial-face-shape = Gesichtsform
interview-facial-eyes = Augen
interview-facial-eyebrows = Augenbrauen
interview-facial-nose = Nase
interview-facial-mouth = Mund
interview-facial-ears = Ohren
interview-liveness = Bitten Sie die antragstellende Person:

interview-corrections-legend = Persönliche Daten berichtigen
interview-corrections-help = Ändern Sie nur, was falsch ist; jede Änderung wird mit dem ersetzten Wert, der Person, die sie vorgenommen hat, und dem Zeitpunkt erfasst.
interview-corrections-save = Berichtigungen speichern
interview-correction-required = Füllen Sie dieses Feld aus.
interview-correction-too-long = Höchstens 100 Zeichen.
interview-correction-date-format = Schreiben Sie das Datum als Jahr-Monat-Tag, zum Beispiel 1985-07-30.
interview-correction-date-future = Das Geburtsdatum muss in der Vergangenheit liegen.
interview-correction-date-too-old = Das Geburtsdatum kann nicht vor 1900 liegen.
interview-correction-sex = Wählen Sie das Geschlecht.
interview-correction-niss-sex = Diese Nationalregisternummer gehört zu einer Person des anderen Geschlechts (die laufende Nummer ist bei Männern ungerade, bei Frauen gerade).

interview-photos-taken = { $count ->
    [0] Noch kein Foto aufgenommen.
    [one] Ein Foto aufgenommen.
   *[other] { $count } Fotos aufgenommen.
}
interview-camera-preview = Kamerabild
interview-camera-still = Aufgenommenes Foto
interview-camera-start = Kamera einschalten
interview-camera-take = Foto aufnehmen
interview-camera-again = Erneut aufnehmen
interview-camera-ready = Die Kamera ist eingeschaltet. Bitten Sie die antragstellende Person, das Dokument neben ihr Gesicht zu halten, und nehmen Sie dann das Foto auf.
interview-camera-taken = Foto aufgenommen. Speichern Sie es oder nehmen Sie es erneut auf.
interview-camera-failed = Die Kamera konnte nicht eingeschaltet werden. Laden Sie stattdessen eine Datei hoch.
interview-photo-file = Fotodatei
interview-photo-hint = JPEG oder PNG, mindestens 640 × 480 Pixel. Bei Verwendung der Kamera wird das aufgenommene Foto hier eingefügt.
interview-photo-save = Foto speichern
interview-photo-missing = Nehmen Sie zuerst ein Foto auf oder wählen Sie eine Datei.
interview-photo-too-many = Für diesen Antrag liegt bereits die zulässige Höchstzahl an Fotos vor.
scan-photo-too-small = Dieses Foto hat { $width } × { $height } Pixel; nötig sind mindestens { $min_long } × { $min_short }.

interview-fraud-title = Betrugsverdacht
interview-fraud-help = Melden Sie ein gefälschtes Dokument, ein manipuliertes Video, Zwang oder eine andere Person, die an Stelle der antragstellenden Person antwortet. Die Aufsichtspersonen werden benachrichtigt; das Gespräch kann dann nicht mehr genehmigt werden.
interview-fraud-note = Was haben Sie festgestellt?
interview-fraud-flag = Betrugsverdacht melden
interview-fraud-none = Nichts gemeldet.
interview-fraud-note-required = Beschreiben Sie, was Sie festgestellt haben: Die Aufsichtspersonen benötigen den Vermerk.
interview-fraud-already = Für dieses Gespräch ist bereits ein Betrugsverdacht gemeldet.

interview-outcome-title = Ergebnis
interview-outcome = Ergebnis
interview-decided-by = Erfasst von
interview-outcome-approved = Genehmigt
interview-outcome-incomplete = Unvollständig
interview-outcome-refused = Abgelehnt
interview-outcome-no_show = Nicht erschienen
interview-outcome-interrupted = Unterbrochen (technische Störung)
interview-approve-ready = Alle Punkte sind in Ordnung, das Dokument ist gültig, und es liegt keine Meldung vor.
interview-approve = Genehmigen
interview-approve-blocked = Eine Genehmigung ist noch nicht möglich:
interview-blocker-not-started = das Gespräch hat nicht begonnen
interview-blocker-consent = die Einwilligung ist nicht bestätigt
interview-blocker-not-done = { $item }: nicht erledigt
interview-blocker-not-ok = { $item }: nicht in Ordnung
interview-blocker-evidence = { $item }: als in Ordnung markiert, aber ohne die zugehörigen Daten
interview-blocker-expired = das Dokument ist abgelaufen
interview-blocker-fraud = ein Betrugsverdacht ist gemeldet
interview-missing = Fehlende Punkte
interview-missing-legend = Was fehlt
interview-applicant-text = Text für die antragstellende Person
interview-applicant-text-help = Dieser Text wird der antragstellenden Person per E-Mail geschickt, der interne Vermerk nicht.
interview-internal-note = Interner Vermerk
interview-record-incomplete = Als unvollständig erfassen
interview-refusal-reason = Grund
interview-reason-document_not_accepted = das Dokument wird nicht angenommen
interview-reason-document_expired = das Dokument ist abgelaufen
interview-reason-document_not_genuine = das Dokument ist nicht echt
interview-reason-person_does_not_match = die Person ist nicht die auf dem Dokument
interview-reason-data_do_not_match = die Daten stimmen nicht überein
interview-reason-applicant_withdrew = die antragstellende Person hat das Gespräch abgebrochen
interview-reason-other = anderer Grund
interview-record-refused = Ablehnung erfassen
interview-no-show-from = „Nicht erschienen“ kann ab { $time } { $zone } erfasst werden.
interview-record-no-show = Als nicht erschienen erfassen
interview-interrupted-help = Bild, Ton oder Verbindung sind ausgefallen: Die antragstellende Person erhält per E-Mail einen Link, um neue Zeitfenster zu wählen, und der Antrag kommt zurück in die Warteschlange.
interview-record-interrupted = Unterbrechung erfassen
interview-incomplete-text-required = Teilen Sie der antragstellenden Person mit, was fehlt und wie es weitergeht.
interview-incomplete-nothing-missing = Wählen Sie mindestens einen fehlenden Punkt.
interview-incomplete-item-ok = „{ $item }“ ist als in Ordnung markiert und fehlt daher nicht.
interview-refusal-reason-required = Wählen Sie den Grund.
interview-refusal-text-required = Eine Ablehnung muss der antragstellenden Person erklärt werden.
interview-no-show-too-early = „Nicht erschienen“ kann ab { $time } erfasst werden.
interview-no-show-joined = Die antragstellende Person ist dem Gespräch beigetreten: Erfassen Sie ein anderes Ergebnis.
interview-already-decided = Es ist bereits ein Ergebnis erfasst.
interview-not-approvable = Das Gespräch kann noch nicht genehmigt werden: Oben steht, was noch offen ist.
interview-no-longer-open = Der Antrag wartet nicht mehr auf dieses Ergebnis (er wurde inzwischen verschoben oder abgesagt).
interview-outcome-unknown = Wählen Sie ein Ergebnis.

interview-change-title = Ergebnis ändern
interview-change-help = Eine andere Aufsichtsperson als die Person, die das Ergebnis erfasst hat, kann es unter Angabe eines Grundes ersetzen; die Änderung steht im Prüfprotokoll, und die antragstellende Person wird benachrichtigt.
interview-change-reason = Warum wird das Ergebnis geändert?
interview-change-reason-required = Geben Sie den Grund für die Änderung an.
interview-change-not-decided = Es ist noch kein Ergebnis erfasst.
interview-change-not-supervisor = Nur eine Aufsichtsperson darf ein Ergebnis ändern.
interview-change-own-decision = Sie haben dieses Ergebnis erfasst: Eine andere Aufsichtsperson muss es ändern.
interview-change-interruption = Eine Unterbrechung kann nicht geändert werden, und ein Ergebnis kann nicht in eine Unterbrechung geändert werden.

interview-problem-not-started = Beginnen Sie zuerst das Gespräch.
interview-problem-already-started = Das Gespräch hat bereits begonnen.
interview-problem-outcome-recorded = Ein Ergebnis ist erfasst: Die Checkliste ist abgeschlossen.
interview-problem-consent-first = Bestätigen Sie die Einwilligung vor den Prüfungen.
interview-problem-consent-points = Kreuzen Sie alle drei Punkte an: Zweck, Foto und Aufbewahrungsdauer.
interview-problem-evidence-consent = Kreuzen Sie zuerst alle drei Punkte an.
interview-problem-evidence-original_shown = Markieren Sie diesen Punkt erst, nachdem Sie das Original gesehen haben.
interview-problem-evidence-document_data = Speichern Sie zuerst die Daten des Dokuments.
interview-problem-evidence-mrz = Prüfen Sie zuerst die Zone: Sie kann nur als in Ordnung markiert werden, wenn sie gelesen wurde und mit den Daten übereinstimmt.
interview-problem-evidence-security_features = Die Merkmale wurden nicht gezogen.
interview-problem-evidence-registry_checks = Tragen Sie zuerst das Ergebnis der Abfrage ein.
interview-problem-evidence-same_person = Die Aufforderung zur Lebenderkennung wurde nicht gezogen.
interview-problem-evidence-personal_data = Prüfen Sie zuerst die persönlichen Daten.
interview-problem-evidence-photo_with_document = Nehmen Sie zuerst das Foto auf.
interview-open = Gesprächsseite
interview-appointment-moved = Dieser Termin wurde verschoben oder abgesagt: Das Gespräch kann hier nicht fortgesetzt werden. Öffnen Sie das Gespräch über den neuen Termin.
