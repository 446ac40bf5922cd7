## Seiten für Mitarbeitende — Deutsch

staff-nav-label = Menü für Mitarbeitende
staff-nav-home = Übersicht
staff-nav-calendar = Kalender
staff-nav-assign = Anträge zuweisen
staff-nav-plan = Arbeitsplan
staff-nav-queue = Warteschlange
staff-nav-interviewers = Gesprächsführende
staff-nav-audit = Prüfprotokoll
staff-csrf-title = Formular abgelaufen
staff-csrf-refused = Es wurde nichts geändert: Dieses Formular war abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.

staff-home-changes = Änderungen in Ihrem Kalender
staff-home-changes-none = In den letzten zwei Wochen hat niemand sonst Ihren Kalender geändert.

appointment-state-proposed = vorgeschlagen
appointment-state-confirmed = bestätigt
appointment-state-released = freigegeben
appointment-state-reassigned = an eine andere Person übertragen
appointment-state-lapsed = verfallen

staff-calendar-title = Mein Kalender
staff-calendar-title-of = Kalender von { $name }
staff-calendar-of = Kalender von
staff-calendar-show = Anzeigen
staff-calendar-previous = Vorige Woche
staff-calendar-next = Nächste Woche
staff-calendar-week-of = Woche vom { $date }
staff-calendar-zone-note = Alle Zeiten sind Brüsseler Zeit; die Zeitzone (MEZ/CET im Winter, MESZ/CEST im Sommer) steht bei jedem Tag.
staff-calendar-not-working = Kein Arbeitstag.
staff-calendar-past = Vergangen
staff-calendar-free = frei ({ $count ->
    [one] ein Termin
   *[other] { $count } Termine
})
staff-calendar-conflict = Außerhalb des Arbeitsplans: neu zuweisen.
staff-calendar-upcoming = Nächste Gespräche
staff-calendar-upcoming-none = Keine Gespräche geplant.

staff-offers-none = Kein freier Termin passt zu diesem Antrag innerhalb seines Zeitraums von zwei Wochen.
staff-offers-shown = Die ersten { $shown } von { $count } passenden Terminen werden angezeigt.
staff-offer-preferred = von der antragstellenden Person bevorzugt
staff-proposed = Termin für Antrag { $reference } vorgeschlagen. Die antragstellende Person wurde per E-Mail benachrichtigt.
staff-slot-taken = Dieser Termin wurde gerade durch einen anderen Vorschlag belegt. Es wurde nichts gebucht; wählen Sie unten einen anderen Termin.
staff-request-not-open = Dieser Antrag wartet nicht mehr auf einen Termin: Jemand anderes hat ihn gerade bearbeitet.
staff-slot-not-offered = Dieser Termin kann für diesen Antrag nicht vorgeschlagen werden (außerhalb des Arbeitsplans, des Zeitraums des Antrags oder seiner Sprache). Wählen Sie einen der aufgeführten Termine.

staff-assign-title = Anträge zuweisen
staff-assign-help = Offene Anträge in den Sprachen, die Sie sprechen, die ältesten zuerst. Wählen Sie einen Antrag, um Ihre passenden freien Termine zu sehen; die bevorzugten Termine der antragstellenden Person stehen oben.
staff-assign-slots-for = Ihre freien Termine für Antrag { $reference }

staff-queue-title = Warteschlange der offenen Anträge
staff-queue-count = { $count ->
    [one] Ein offener Antrag
   *[other] { $count } offene Anträge
}
staff-queue-empty = Kein Antrag wartet auf einen Termin.
staff-queue-range = Anträge { $from } bis { $to } von { $total }, die ältesten zuerst.
staff-queue-pages = Seiten der Liste
staff-queue-previous = Vorherige Seite
staff-queue-next = Nächste Seite
staff-queue-caption = Offene Anträge, die ältesten zuerst
staff-queue-reference = Antrag
staff-queue-language = Gesprächssprache
staff-queue-preferred = Bevorzugte Termine
staff-queue-age = Wartet seit
staff-queue-age-days = { $count ->
    [one] einem Arbeitstag
   *[other] { $count } Arbeitstagen
}
staff-queue-filter = Sprache
staff-queue-all-languages = Alle Sprachen
staff-queue-apply = Filtern
staff-back-to-queue = Zurück zur Warteschlange

staff-request-title = Antrag { $reference }
staff-request-name = Antragstellende Person
staff-request-offers = Passende freie Termine
staff-request-offers-help = Alle Gesprächsführenden, die die Sprache sprechen und im Zeitraum von zwei Wochen des Antrags frei sind; die bevorzugten Termine zuerst. Die Auswahl schlägt den Termin vor und benachrichtigt die antragstellende Person per E-Mail.
staff-request-ended = Dieser Antrag ist beendet: { $state }, am { $when }.
staff-request-state-approved = im Gespräch bestätigt
staff-request-state-activated = im Gespräch bestätigt, und der digitale Schlüssel aktiviert
staff-request-state-incomplete = im Gespräch als unvollständig befunden
staff-request-state-refused = im Gespräch abgelehnt
staff-request-state-no-show = die antragstellende Person ist nicht zum Gespräch erschienen
staff-request-state-lapsed = verfallen, der Vorschlag wurde nicht rechtzeitig beantwortet
staff-request-state-cancelled = von der antragstellenden Person abgesagt
staff-request-ended-new-request = Er wird nur zur Ansicht gezeigt: Es kann nichts mehr für ihn vorgeschlagen, zugewiesen oder verschoben werden. Braucht die antragstellende Person noch ein Gespräch, stellt sie einen neuen Antrag.
staff-request-ended-approved = Er wird nur zur Ansicht gezeigt: Es kann nichts mehr für ihn vorgeschlagen, zugewiesen oder verschoben werden. Die antragstellende Person aktiviert ihren digitalen Schlüssel mit dem per E-Mail gesendeten Link und dem Aktivierungscode; hat sie eines von beiden verloren, stellt eine Aufsichtsperson auf der Aktivierungsseite einen neuen Code und einen neuen Link aus.
staff-request-ended-activated = Er wird nur zur Ansicht gezeigt, und es bleibt nichts zu tun: Die antragstellende Person hat ihren digitalen Schlüssel aktiviert.
staff-request-activation = Aktivierung für diesen Antrag
staff-request-submitted = Gestellt am
staff-request-appointments = Termine
staff-request-appointments-none = Für diesen Antrag wurde nie ein Termin vorgeschlagen.
staff-request-history = Verlauf
staff-request-history-help = Alles, was mit diesem Antrag geschah, das Älteste zuerst, in Brüsseler Zeit. Aufrufe seiner Seiten sind nicht aufgeführt.

staff-propose-all = Termine für alle offenen Anträge vorschlagen
staff-propose-all-help = Gibt möglichst vielen offenen Anträgen einen freien Termin zu einer ihrer bevorzugten Zeiten, verteilt die Arbeit auf die Gesprächsführenden und bevorzugt ältere Anträge. Ein erneuter Start ist unbedenklich.
staff-propose-all-title = Termine vorgeschlagen
staff-propose-all-proposed = { $count } von { $open } offenen Anträgen haben einen Vorschlag erhalten.
staff-propose-all-no-slot = { $count } konnten nicht eingeplant werden: Niemand, der ihre Sprache spricht, ist zu ihren bevorzugten Zeiten frei.
staff-propose-all-taken = { $count } konnten nicht eingeplant werden: Die freien Termine zu ihren bevorzugten Zeiten gingen an andere (ältere) Anträge.
staff-propose-all-changed = { $count } haben sich während der Vorschläge geändert; starten Sie erneut, um sie einzubeziehen.
staff-propose-all-again = Nicht eingeplante Anträge bleiben in der Warteschlange: Schlagen Sie einen Termin von Hand vor oder starten Sie erneut, wenn Gesprächsführende Stunden hinzugefügt haben.
staff-propose-all-running-title = Termine werden vorgeschlagen…
staff-propose-all-running = { $done } von { $total } offenen Anträgen geprüft; bisher { $proposed } vorgeschlagen.
staff-propose-all-progress = Fortschritt der Vorschläge
staff-propose-all-leave = Diese Seite verfolgt den Lauf von selbst. Sie können sie auch verlassen: Die Vorschläge gehen weiter, und die Warteschlange zeigt sie.
staff-propose-all-refresh = Fortschritt jetzt anzeigen
staff-propose-all-stopped = Der Lauf endete vorzeitig ({ $done } von { $total } offenen Anträgen geprüft). Die bereits gemachten Vorschläge bleiben: Starten Sie ihn erneut für den Rest.
staff-propose-all-run-again = Erneut starten

staff-plan-title = Mein Arbeitsplan
staff-plan-title-of = Arbeitsplan von { $name }
staff-plan-saved = Gespeichert.
staff-plan-languages = Gesprochene Gesprächssprachen
staff-plan-week = Wochenstunden
staff-plan-week-hint = Für jeden Tag die Arbeitszeiten in Brüsseler Zeit, durch Kommas getrennt, zum Beispiel 09:00-12:00, 13:00-17:00. Die Lücken sind Pausen. Lassen Sie arbeitsfreie Tage leer.
staff-plan-length = Dauer des Gesprächs (Minuten)
staff-plan-length-hint = Zwischen 10 und 240 Minuten.
staff-plan-length-fixed = Dauer des Gesprächs: { $minutes } Minuten (von einer Aufsichtsperson festgelegt).
staff-plan-save = Arbeitsplan speichern
staff-plan-conflicts = Diese Gespräche liegen nicht mehr im Arbeitsplan:
staff-plan-conflicts-help = Sie bleiben gebucht. Eine Aufsichtsperson muss sie einer anderen Person oder einer anderen Zeit zuweisen.
staff-plan-exceptions = Freie Tage und zusätzliche Stunden
staff-plan-exceptions-none = Keine.
staff-plan-day-off = { $date }: freier Tag
staff-plan-extra-hours = { $date }: zusätzliche Stunden { $period }
staff-plan-remove = Entfernen
staff-plan-add-exception = Einen freien Tag oder zusätzliche Stunden hinzufügen
staff-plan-exception-day = Datum
staff-plan-kind-off = Freier Tag
staff-plan-kind-extra = Zusätzliche Stunden
staff-plan-exception-period = Zusätzliche Stunden
staff-plan-exception-period-hint = Nur für zusätzliche Stunden, zum Beispiel 18:00-20:00.
staff-plan-add = Hinzufügen
staff-plan-error-format = Schreiben Sie die Zeiten als 09:00-12:00, durch Kommas getrennt.
staff-plan-error-order = Eine Zeitspanne muss nach ihrem Beginn enden.
staff-plan-error-overlap = Die Zeiten eines Tages dürfen sich nicht überschneiden.
staff-plan-error-length = Geben Sie eine ganze Zahl von Minuten zwischen 10 und 240 ein.
staff-plan-error-day = Geben Sie das Datum mit Tag, Monat und Jahr ein (zum Beispiel 2026-12-24).
staff-plan-error-one-period = Geben Sie eine einzige Zeitspanne ein, zum Beispiel 18:00-20:00.

staff-interviewers-title = Gesprächsführende
staff-interviewers-name = Name
staff-interviewers-links = Seiten

staff-appointment-title = Termin für Antrag { $reference }
staff-appointment-when = Wann
staff-appointment-interviewer = Gesprächsführende Person
staff-appointment-state = Status
staff-appointment-reason = Grund der letzten Änderung
staff-appointment-history = Verlauf
staff-reassign-taken = Die gewählte Person wurde inzwischen zu dieser Zeit gebucht, daher wurde der Termin nicht neu zugewiesen. Er ist unverändert: weiterhin bei { $name }, am { $when }, und die antragstellende Person hat keine Nachricht erhalten. Wählen Sie unten eine andere Person, oder verschieben Sie den Termin auf eine andere Zeit.
staff-move-taken = Der neue Termin wurde gerade durch einen anderen Vorschlag belegt, daher wurde der Termin nicht verschoben. Er ist unverändert: weiterhin bei { $name }, am { $when }, und die antragstellende Person hat keine Nachricht erhalten. Wählen Sie unten eine andere Zeit.
staff-reassign-not-offered = Die gewählte Person kann diesen Termin nicht übernehmen (sie spricht seine Sprache nicht, arbeitet zu dieser Zeit nicht oder hat ihn bereits, oder das Gespräch hat schon begonnen), daher wurde er nicht neu zugewiesen: Er bleibt bei { $name }, am { $when }. Wählen Sie eine der unten aufgeführten Personen.
staff-move-not-offered = Der gewählte Termin kann für diesen Antrag nicht vorgeschlagen werden (außerhalb des Arbeitsplans der Person, des Zeitraums des Antrags oder seiner Sprache), daher wurde der Termin nicht verschoben: Er bleibt bei { $name }, am { $when }. Wählen Sie eine der unten aufgeführten Zeiten.
staff-change-no-longer-open = Es wurde nichts getan: Dieser Termin hat sich inzwischen geändert (er wurde verschoben, neu zugewiesen oder abgesagt, oder sein Antrag ist beendet). Sein aktueller Stand steht unten; öffnen Sie den Antrag, um zu sehen, wo er steht.
staff-appointment-see-request = Wo Antrag { $reference } jetzt steht
staff-reassigned = Der Termin wurde verschoben. Die betroffenen Gesprächsführenden sehen es in ihrem Kalender.

staff-reassign-title = Neu zuweisen
staff-reassign-same-time = An eine andere Person zur selben Zeit
staff-reassign-to = Gesprächsführende Person
staff-reassign-nobody = Niemand sonst, der die Sprache spricht, ist zu dieser Zeit frei.
staff-reassign-submit = Neu zuweisen
staff-reassign-other-time = Auf eine andere Zeit
staff-reassign-other-time-help = Die antragstellende Person erhält einen neuen Vorschlag und muss ihn erneut annehmen; der bisherige Termin wird freigegeben. ★ kennzeichnet ihre bevorzugten Zeiten.
staff-reassign-slot = Neuer Termin
staff-reassign-move = Verschieben und den neuen Termin vorschlagen
staff-reason = Grund
staff-reason-illness = Krankheit
staff-reason-workload = Arbeitslast
staff-reason-language = Sprache
staff-reason-other = Anderer Grund
staff-reason-text = Erläuterung (bei „Anderer Grund“ erforderlich)
staff-reason-missing = Wählen Sie einen Grund.
staff-reason-other-needs-text = Erläutern Sie den Grund in wenigen Worten.
staff-reason-too-long = Die Erläuterung muss kürzer als 500 Zeichen sein.
staff-reason-other-text = Anderer Grund – { $reason }
staff-reason-cancelled = Von der antragstellenden Person abgesagt
staff-reason-another-slot = Die antragstellende Person bat um einen anderen Termin
staff-reason-lapsed = Nicht rechtzeitig beantwortet

staff-audit-title = Prüfprotokoll
staff-audit-help = Alle Handlungen der Mitarbeitenden, die neuesten zuerst. Das Protokoll kann nur ergänzt werden und ist durch Hashwerte verkettet; der Befehl verify-audit prüft es.
staff-audit-when = Wann (Brüsseler Zeit)
staff-audit-who = Wer
staff-audit-what = Handlung
staff-audit-request = Antrag
staff-audit-detail = Details
staff-audit-actor-applicant = Antragstellende Person
staff-audit-actor-staff = Mitarbeitende Person
staff-audit-actor-system = System
staff-audit-caption = Einträge des Protokolls, die neuesten zuerst
staff-audit-action-request-submitted = Antrag gestellt
staff-audit-action-security-code-reissued = Sicherheitscode erneut ausgegeben
staff-audit-action-code-lockout = Terminseite nach falschen Sicherheitscodes gesperrt
staff-audit-action-staff-locked = Konto einer mitarbeitenden Person gesperrt
staff-audit-action-staff-signed-in = Angemeldet
staff-audit-action-staff-signed-out = Abgemeldet
staff-audit-action-staff-password-changed = Passwort einer mitarbeitenden Person geändert
staff-audit-action-audit-log-started = Prüfprotokoll begonnen
staff-audit-action-view-request = Antrag eingesehen
staff-audit-action-view-appointment = Termin eingesehen
staff-audit-action-plan-change = Arbeitsplan geändert
staff-audit-action-plan-exception-add = Freier Tag oder zusätzliche Stunden eingetragen
staff-audit-action-plan-exception-remove = Freier Tag oder zusätzliche Stunden entfernt
staff-audit-action-view-id-document = Bild des Ausweisdokuments angesehen
staff-audit-action-propose = Termin vorgeschlagen
staff-audit-action-move-time = Auf eine andere Zeit verschoben
staff-audit-action-reassign = Einer anderen Person zugewiesen
staff-audit-action-cancel = Von der antragstellenden Person abgesagt
staff-audit-action-ask-another-slot = Die antragstellende Person bat um einen anderen Termin
staff-audit-action-lapse = Vorschlag ohne Antwort verfallen
staff-audit-action-accept = Von der antragstellenden Person angenommen
staff-audit-action-id-image-deleted = Bild des Ausweisdokuments gelöscht
staff-audit-action-view-interview = Gesprächsseite eingesehen
staff-audit-action-interview-start = Gespräch begonnen
staff-audit-action-interview-consent = Punkte der Einwilligung bestätigt
staff-audit-action-interview-item = Punkt der Checkliste markiert
staff-audit-action-interview-document = Daten des Dokuments erfasst
staff-audit-action-interview-mrz = Maschinenlesbare Zone erfasst
staff-audit-action-interview-photo = Foto der Person mit dem Dokument aufgenommen
staff-audit-action-interview-fraud-flag = Wegen Betrugsverdacht markiert
staff-audit-action-interview-new-upload-asked = Neues Hochladen des Ausweisdokuments verlangt
staff-audit-action-interview-personal-data-corrected = Personenbezogene Daten berichtigt
staff-audit-action-interview-outcome = Ergebnis des Gesprächs erfasst
staff-audit-action-interview-outcome-changed = Ergebnis des Gesprächs geändert
staff-audit-action-interview-evidence-reduced = Nachweise des Gesprächs nach Ablauf der Aufbewahrungsfrist reduziert
staff-audit-action-id-reupload = Neues Bild des Ausweisdokuments von der antragstellenden Person hochgeladen
staff-audit-action-new-slots-after-interruption = Neue bevorzugte Termine nach einem unterbrochenen Gespräch
staff-audit-action-activation-issued = Aktivierungscode und -link ausgestellt
staff-audit-action-activation-lockout = Aktivierung nach falschen Codes gesperrt
staff-audit-action-activation-revoked = Aktivierung widerrufen
staff-audit-action-key-chosen = Digitaler Schlüssel gewählt
staff-audit-action-key-activated = Digitaler Schlüssel aktiviert
staff-audit-action-unknown = Andere Handlung ({ $code })
staff-audit-detail-form-sent-again = Das Antragsformular wurde erneut gesendet: Ein neuer Sicherheitscode wurde ausgegeben.
staff-audit-detail-locked-until = Gesperrt bis { $until }.
staff-audit-detail-failed-sign-ins = Nach wiederholt fehlgeschlagenen Anmeldungen.
staff-audit-detail-staff-locked = Nach { $count } fehlgeschlagenen Anmeldungen; { $sessions ->
    [0] keine Sitzung war offen.
    [one] eine offene Sitzung wurde beendet.
   *[other] { $sessions } offene Sitzungen wurden beendet.
}
staff-audit-detail-password-changed = Passwort von { $name }; { $sessions ->
    [0] keine Sitzung war offen.
    [one] eine offene Sitzung wurde beendet.
   *[other] { $sessions } offene Sitzungen wurden beendet.
}
staff-audit-detail-plan = Arbeitsplan von { $name }: { $period }. Sprachen: { $languages }. Gespräche von { $minutes } Minuten.
staff-audit-detail-plan-day = { $weekday } { $period }
staff-audit-detail-plan-no-hours = keine Arbeitszeiten
staff-audit-detail-day-off = Arbeitsplan von { $name }: { $date }, freier Tag.
staff-audit-detail-extra-hours = Arbeitsplan von { $name }: { $date }, zusätzliche Stunden { $period }.
staff-audit-detail-exception-removed = Arbeitsplan von { $name }: ein freier Tag oder zusätzliche Stunden entfernt.
staff-audit-detail-document = Bild: { $side }.
staff-audit-detail-propose = { $when }, mit { $name }.
staff-audit-detail-move-time = Von { $from } auf { $to }, mit { $name }.
staff-audit-detail-reassign = { $when }: von { $from } an { $to }.
staff-audit-detail-reason = Grund: { $reason }.
staff-audit-detail-cancel = Gespräch am { $when }.
staff-audit-detail-ask-another-slot = Gespräch am { $when } freigegeben. Neue bevorzugte Zeiten: { $slots }.
staff-audit-detail-lapse = Vorschlag vom { $when }, nicht rechtzeitig beantwortet.
staff-audit-detail-accept = Gespräch am { $when }. Bilder des Ausweisdokuments: { $side }.
staff-audit-detail-images-on-file = die bereits gespeicherten
staff-audit-detail-image-deleted = Bild: { $side }, gelöscht { $count ->
    [one] einen Tag
   *[other] { $count } Tage
} nach dem Ende des Antrags.
staff-audit-detail-unknown-staff = eine ehemalige mitarbeitende Person

staff-documents = Ausweisdokument
staff-documents-none = Noch kein Bild hochgeladen: Die antragstellende Person lädt es beim Annehmen hoch.
staff-documents-not-yours = Die Bilder des Ausweisdokuments sind für die jetzt zuständige Person und für die Aufsicht sichtbar.
staff-document-front = Vorderseite
staff-document-back = Rückseite
staff-document-figures = Schärfe { $sharpness }, Spiegelung { $glare } %, Farbigkeit { $colour }
staff-nav-undeliverable = Unzustellbare E-Mails
staff-undeliverable-title = Unzustellbare E-Mails
staff-undeliverable-help = E-Mails, die der Mailserver endgültig abgelehnt hat (unbekanntes oder geschlossenes Postfach, abgelehnte Adresse). Sie werden nicht erneut versucht: Erreichen Sie die Person auf anderem Weg, oder korrigieren Sie die Adresse und bitten Sie um einen neuen Antrag.
staff-undeliverable-none = Alle E-Mails konnten zugestellt werden.
staff-undeliverable-count = { $count ->
    [one] Eine E-Mail konnte nicht zugestellt werden.
   *[other] { $count } E-Mails konnten nicht zugestellt werden.
}
staff-undeliverable-caption = Unzustellbare E-Mails, neueste zuerst
staff-undeliverable-request = Antrag
staff-undeliverable-recipient = Empfänger
staff-undeliverable-kind = E-Mail
staff-undeliverable-when = Abgelehnt am
staff-undeliverable-reason = Begründung des Mailservers
staff-undeliverable-pages = Seiten der unzustellbaren E-Mails
staff-undeliverable-previous = Vorherige Seite
staff-undeliverable-next = Nächste Seite
staff-undeliverable-page = Seite { $page } von { $pages }

staff-figures-today = Gespräche von heute, { $date }
staff-figures-today-total = { $count ->
    [0] Heute keine Gespräche.
    [one] Heute ein Gespräch.
   *[other] Heute { $count } Gespräche.
}
staff-figures-waiting = Warten auf den Beginn
staff-figures-in-progress = Laufend
staff-figures-outcome-approved = Bestätigt
staff-figures-outcome-incomplete = Unvollständig
staff-figures-outcome-refused = Abgelehnt
staff-figures-outcome-no_show = Nicht erschienen
staff-figures-outcome-interrupted = Unterbrochen
staff-figures-col-kind = Stand
staff-figures-col-count = Gespräche
staff-figures-flagged = Wegen Betrugsverdachts gemeldet
staff-figures-flagged-open = Warten auf ein Ergebnis
staff-figures-flagged-open-none = Kein gemeldetes Gespräch wartet auf ein Ergebnis.
staff-figures-flagged-decided = In den letzten 7 Tagen entschieden
staff-figures-flagged-decided-none = In den letzten 7 Tagen wurde kein gemeldetes Gespräch entschieden.
staff-figures-recent = Ergebnisse der letzten 7 Tage
staff-figures-overdue = Ergebnis überfällig
staff-figures-overdue-help = { $count ->
    [one] Ein bestätigtes Gespräch ist ohne Ergebnis zu Ende gegangen:
   *[other] { $count } bestätigte Gespräche sind ohne Ergebnis zu Ende gegangen, die ältesten zuerst:
}
staff-figures-overdue-none = Kein beendetes Gespräch wartet noch auf sein Ergebnis.
staff-figures-more = { $count ->
    [one] Und ein weiteres.
   *[other] Und { $count } weitere.
}
staff-figures-col-request = Antrag
staff-figures-col-starts = Gespräch
staff-figures-col-interviewer = Gesprächsführende Person
staff-figures-col-flagged = Gemeldet
staff-figures-col-outcome = Ergebnis
staff-figures-col-state = Stand
staff-figures-not-started = Nicht begonnen
staff-figures-started = Begonnen um { $time }

## Aktivierungen

staff-nav-activations = Aktivierungen
staff-list-shown = { $shown } von { $total } angezeigt.
staff-activations-title = Aktivierungen
staff-activations-figures = Aktivierungen
staff-activations-pending = Warten auf Verwendung
staff-activations-done = In den letzten 30 Tagen aktivierte Schlüssel
staff-activations-expired = In den letzten 30 Tagen unbenutzt abgelaufen
staff-activations-find = Aktivierungen einer Person nach E-Mail-Adresse suchen
staff-activations-find-hint = Die Adresse genau so, wie die Person sie angegeben hat.
staff-activations-find-submit = Suchen
staff-activations-waiting = Warten auf Verwendung, neueste zuerst
staff-activations-found = Aktivierungen dieser Adresse
staff-activation-issued = Ausgestellt
staff-activation-expires = Läuft ab
staff-activation-state = Status
staff-activation-wrong-codes = Falsche Codes seit der letzten Sperre
staff-activation-state-waiting = Wartend
staff-activation-state-used = Verwendet: Schlüssel erstellt
staff-activation-state-revoked = Widerrufen
staff-activation-state-expired = Abgelaufen
staff-activation-state-locked = Nach falschen Codes vorübergehend gesperrt
staff-activation-request-title = Aktivierung für Antrag { $reference }
staff-activation-none = Für diesen Antrag wurde keine Aktivierung ausgestellt.
staff-activation-reissue = Neuen Code und neuen Link ausstellen
staff-activation-reissue-help = Für eine antragstellende Person, die den Code oder die E-Mail verloren hat. Prüfen Sie zuerst, mit wem Sie sprechen. Der alte Code und der alte Link funktionieren dann nicht mehr; der neue Link wird per E-Mail gesendet, und der neue Code wird Ihnen einmal angezeigt, damit Sie ihn telefonisch oder in einem neuen Gespräch weitergeben.
staff-activation-reissue-submit = Neuen Code und neuen Link ausstellen
staff-activation-revoke = Aktivierung widerrufen
staff-activation-revoke-reason = Grund (wird im Prüfprotokoll festgehalten)
staff-activation-revoke-submit = Widerrufen
staff-activation-revoke-reason-required = Geben Sie an, warum die Aktivierung widerrufen wird
staff-activation-revoked = Die Aktivierung wurde widerrufen: Link und Code funktionieren nicht mehr.
staff-activation-not-open = Diese Aktivierung wurde bereits verwendet oder widerrufen.
staff-activation-not-approved = Nur ein genehmigter Antrag, dessen Schlüssel noch nicht erstellt ist, erhält einen neuen Code.
staff-activation-code-title = Aktivierungscode
staff-activation-code-intro = Lesen Sie der antragstellenden Person diesen Code vor oder zeigen Sie ihn im Gespräch. Die antragstellende Person gibt ihn zusammen mit dem Link ein, den wir ihr per E-Mail geschickt haben.
staff-activation-code-spelled = Zeichen für Zeichen:
staff-activation-code-until = Gültig bis { $until }.
staff-activation-code-once = Dieser Code wird nur jetzt angezeigt. Wenn Sie diese Seite neu laden, erscheint er nicht mehr. Verliert die antragstellende Person ihn, kann eine Aufsichtsperson einen neuen ausstellen.
staff-activation-code-done = Erledigt: Die antragstellende Person hat den Code
staff-activation-reissue-stale = Seit diese Seite angezeigt wurde, ist für diesen Antrag ein neuer Code ausgestellt worden (vielleicht wurde das Formular erneut gesendet). Der bereits mitgeteilte Code bleibt gültig; stellen Sie nur dann einen weiteren aus, wenn auch er verloren ist.
