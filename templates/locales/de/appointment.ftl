## Die Terminseite der antragstellenden Person — Deutsch

appointment-link-unknown-title = Dieser Link funktioniert nicht
appointment-link-unknown-text = Hinter diesem Link haben wir keinen Termin gefunden. Prüfen Sie, ob Sie den vollständigen Link aus unserer letzten E-Mail geöffnet haben. Wenn Sie ihn nicht finden, stellen Sie einen neuen Antrag.
appointment-link-replaced-title = Dieser Vorschlag wurde ersetzt
appointment-link-replaced-text = Dieser Termin wird Ihnen nicht mehr vorgeschlagen. Wenn wir einen anderen vorgeschlagen haben, steht er in einer neueren E-Mail von uns: Verwenden Sie den Link in dieser E-Mail. Andernfalls senden wir Ihnen bald einen neuen Vorschlag.
appointment-link-finished-title = Dieser Antrag ist abgeschlossen
appointment-link-finished-text = Dieser Antrag wurde abgesagt, ist verfallen oder wurde bearbeitet; der Link öffnet ihn nicht mehr. Wenn Sie noch ein Gespräch brauchen, stellen Sie einen neuen Antrag.
appointment-new-request = Einen neuen Antrag stellen

appointment-code-title = Ihr persönlicher Sicherheitscode
appointment-code-intro = Geben Sie den persönlichen Sicherheitscode ein, der beim Absenden Ihres Antrags angezeigt wurde, um Ihren Termin zu sehen.
appointment-code-label = Sicherheitscode
appointment-code-hint = 12 Buchstaben und Ziffern, zum Beispiel ABCD-EFGH-JKMN. Leerzeichen und Bindestriche spielen keine Rolle.
appointment-code-submit = Meinen Termin öffnen
appointment-code-lost = Ein verlorener Sicherheitscode kann nicht wiederhergestellt werden: Sie müssten einen neuen Antrag stellen.
appointment-code-wrong = Dieser Sicherheitscode ist nicht der richtige. Prüfen Sie ihn und versuchen Sie es erneut; nach fünf falschen Codes wird die Seite für 15 Minuten gesperrt.
appointment-code-locked = Für diesen Antrag wurden zu viele falsche Codes eingegeben. Zu Ihrer Sicherheit ist die Seite gesperrt bis { $until }. Wir haben Sie per E-Mail informiert.
appointment-code-expired-form = Geben Sie Ihren Code zu Ihrer Sicherheit bitte erneut ein.

appointment-title = Ihr Videogespräch
appointment-state-line = Stand Ihres Termins: { $state }.
appointment-when = Wann
appointment-your-time = In Ihrer Zeitzone:
appointment-length = Dauer
appointment-minutes = { $minutes } Minuten
appointment-language = Sprache des Gesprächs
appointment-reference = Referenz
appointment-answer-before = Bitte antworten Sie bis { $deadline }: Nehmen Sie den Termin unten an, bitten Sie um einen anderen oder sagen Sie ab. Ohne Antwort wird der Termin freigegeben und Sie müssten einen neuen Antrag stellen.
appointment-prepare-title = Was Sie bereithalten sollten
appointment-prepare-document = das Original des hochgeladenen Ausweisdokuments (Reisepass oder europäischer Personalausweis);
appointment-prepare-device = einen Computer oder ein Telefon mit Kamera und Mikrofon;
appointment-prepare-connection = eine gute Internetverbindung und einen ruhigen Ort.
appointment-started = Ihr Gespräch hat begonnen oder ist vorbei: Es kann hier nicht mehr geändert oder abgesagt werden.
appointment-change-title = Pläne geändert?
appointment-cancel-link = Das Gespräch absagen

appointment-cancel-title = Ihr Gespräch absagen?
appointment-cancel-question = Möchten Sie Ihr Gespräch am { $when } absagen?
appointment-cancel-consequence = Der Termin wird an jemand anderen vergeben. Für ein späteres Gespräch müssten Sie einen neuen Antrag stellen.
appointment-cancel-confirm = Ja, mein Gespräch absagen
appointment-cancel-back = Nein, mein Gespräch behalten
appointment-cancelled-title = Ihr Gespräch ist abgesagt
appointment-cancelled-text = Wir haben Ihr Gespräch abgesagt und Ihnen eine Bestätigung per E-Mail geschickt.

appointment-another-link = Einen anderen Termin erbitten
appointment-another-title = Einen anderen Termin erbitten
appointment-another-intro = Kreuzen Sie die Tageszeiten an, zu denen Sie frei sind. Dieser Termin wird freigegeben und wir schlagen einen anderen vor, in der Woche nach heute oder der Woche danach.
appointment-another-submit = Meine neuen Wünsche senden
appointment-another-done-title = Wir schlagen einen anderen Termin vor
appointment-another-done-text = Ihr Termin wurde freigegeben. Innerhalb weniger Arbeitstage senden wir Ihnen per E-Mail einen neuen Vorschlag zu einer der gewählten Zeiten; der Link in dieser E-Mail öffnet ihn.

appointment-accept-title = Diesen Termin annehmen
appointment-accept-intro = Fügen Sie ein farbiges Foto oder einen Scan Ihres Ausweisdokuments (Reisepass oder europäischer Personalausweis) als JPEG- oder PNG-Bild von höchstens { $max } MB hinzu, um das Gespräch fest zu buchen.
id-image-front = Vorderseite des Dokuments (oder Bildseite des Reisepasses)
id-image-front-hint = Das ganze Dokument, scharf und lesbar, ohne Spiegelung.
id-image-back = Rückseite des Dokuments
id-image-back-hint = Für einen Personalausweis, dessen Rückseite Angaben enthält. Für einen Reisepass nicht nötig.
id-image-passed = Dieses Foto hat die Prüfung bestanden, wurde aber nicht behalten, weil die andere Seite abgelehnt wurde: Wählen Sie es erneut aus.
id-image-on-file = Wir haben noch das Bild, das Sie für einen früheren Termin gesendet haben: Wählen Sie nur ein neues, um es zu ersetzen.
appointment-accept-submit = Annehmen und das Gespräch buchen
appointment-accepted-title = Ihr Gespräch ist gebucht
appointment-accepted-text = Ihr Gespräch am { $when } ist fest gebucht.
appointment-accepted-email = Wir haben Ihnen eine E-Mail mit dem Videolink und einer Kalenderdatei geschickt. Bis zum Beginn können Sie das Gespräch auf dieser Seite noch verschieben oder absagen.
scan-empty = Die gewählte Datei ist leer. Wählen Sie das Foto oder den Scan erneut.
scan-too-large = Diese Datei ist größer als { $max } MB. Nehmen Sie das Foto mit geringerer Auflösung erneut auf oder wählen Sie einen kleineren Scan.
scan-not-jpeg-or-png = Diese Datei ist kein JPEG- oder PNG-Bild. Fotografieren Sie das Dokument oder speichern Sie den Scan als JPEG oder PNG.
scan-unreadable = Dieses Bild kann nicht gelesen werden: Es ist vielleicht beschädigt oder unvollständig. Wählen Sie die Datei erneut oder nehmen Sie ein neues Foto auf.
scan-too-many-pixels = Dieses Bild ist viel zu groß für das Foto eines Dokuments. Nehmen Sie ein normales Foto mit Ihrem Telefon oder Ihrer Kamera auf.
scan-front-missing = Fügen Sie ein Foto oder einen Scan der Vorderseite Ihres Ausweisdokuments hinzu.
scan-too-many-uploads = Für diesen Antrag wurde bereits die Höchstzahl an Bildern gesendet. Wird ein besseres gebraucht, fragt die gesprächsführende Person Sie danach.
scan-too-small = Das Bild ist zu klein, um das Dokument zu lesen: { $width } × { $height } Pixel, mindestens { $min_long } × { $min_short } sind nötig. Gehen Sie näher heran, damit das Dokument fast das ganze Foto füllt, oder scannen Sie es mit 300 dpi.
scan-not-in-colour = Das Bild ist schwarz-weiß (Farbe { $figure }, mindestens { $threshold } nötig): Die Farben des Dokuments müssen sichtbar sein. Scannen oder fotografieren Sie es in Farbe.
scan-cut-off = Das ganze Dokument muss auf dem Foto sein, mit allen vier Ecken sichtbar. Legen Sie es auf eine einfarbige, dunklere Fläche und lassen Sie etwas Rand.
scan-blurred = Das Bild ist unscharf (Schärfe { $figure }, mindestens { $threshold } nötig). Halten Sie das Telefon ruhig, tippen Sie zum Scharfstellen auf das Dokument auf dem Bildschirm und fotografieren Sie erneut.
scan-too-dark = Das Bild ist zu dunkel (Helligkeit { $figure }, mindestens { $threshold } nötig). Fotografieren Sie erneut bei Tageslicht oder in einem gut beleuchteten Raum.
scan-low-contrast = Das Bild ist zu flau zum Lesen (Kontrast { $figure }, mindestens { $threshold } nötig). Fotografieren Sie erneut bei gleichmäßigem Licht, ohne Filter.
scan-glare = Ein Teil des Dokuments ist durch Licht überstrahlt ({ $figure } % eines Bereichs, höchstens { $threshold } %). Vermeiden Sie direktes Licht oder Blitz auf der Karte: Kippen Sie sie leicht oder gehen Sie weiter weg von der Lampe.
upload-check-small = Dieses Bild scheint zu klein, um das Dokument zu lesen. Gehen Sie näher heran oder scannen Sie es mit 300 dpi, bevor Sie es senden.
upload-check-blur = Dieses Bild scheint unscharf. Halten Sie das Telefon ruhig und tippen Sie zum Scharfstellen auf das Dokument, dann wählen Sie das neue Foto.

## Die Seite hinter dem Link einer E-Mail „neues Bild Ihres Dokuments“
new-upload-title = Ein neues Bild Ihres Ausweisdokuments
new-upload-code-intro = In Ihrem Videogespräch hat die gesprächsführende Person um ein neues Foto oder einen neuen Scan Ihres Ausweisdokuments gebeten. Geben Sie zum Senden den persönlichen Sicherheitscode ein, der beim Absenden Ihres Antrags angezeigt wurde.
new-upload-code-submit = Weiter
new-upload-intro = Die gesprächsführende Person hat um ein neues Foto oder einen neuen Scan Ihres Ausweisdokuments (Reisepass oder europäischer Personalausweis) gebeten, weil sich das Dokument auf dem gesendeten Bild nicht gut genug prüfen lässt.
new-upload-good-title = So gelingt ein gutes Bild:
new-upload-good-whole = das ganze Dokument, alle vier Ecken sichtbar, auf einer einfarbigen, dunkleren Fläche;
new-upload-good-sharp = scharf: Halten Sie das Telefon ruhig und tippen Sie zum Scharfstellen auf das Dokument auf dem Bildschirm;
new-upload-good-light = bei gleichmäßigem Licht, ohne Blitz und ohne Spiegelung auf dem Dokument;
new-upload-good-colour = in Farbe, als JPEG- oder PNG-Bild.
new-upload-format = Ein JPEG- oder PNG-Bild von höchstens { $max } MB pro Seite.
new-upload-submit = Die neuen Bilder senden
new-upload-kept = Alles andere aus Ihrem Gespräch bleibt erhalten: Sie senden nur die neuen Bilder.
new-upload-too-many = Von dieser Seite wurden bereits so viele Bilder gesendet wie erlaubt. Braucht die gesprächsführende Person noch ein besseres, sagt sie es Ihnen im Gespräch.
new-upload-received-title = Ihre neuen Bilder sind angekommen
new-upload-received-text = Vielen Dank. Die gesprächsführende Person sieht die neuen Bilder Ihres Ausweisdokuments auf der Seite Ihres Gesprächs.
new-upload-received-next = Sie müssen nichts weiter tun. Wenn Sie noch im Videogespräch sind, können Sie der gesprächsführenden Person sagen, dass Sie sie gesendet haben.
new-upload-over-title = Ihr Gespräch ist beendet
new-upload-over-text = Das Gespräch, für das ein neues Bild erbeten wurde, ist beendet: Es wird kein neues Bild mehr gebraucht. Sie müssen nichts tun.

## Nach einem unterbrochenen Gespräch: neue Wunschzeiten wählen
new-slots-title = Neue Zeiten für Ihr Gespräch wählen
new-slots-code-intro = Ihr Videogespräch wurde durch ein technisches Problem unterbrochen. Um neue Zeiten für ein neues Gespräch zu wählen, geben Sie den persönlichen Sicherheitscode ein, der beim Absenden Ihres Antrags angezeigt wurde.
new-slots-code-submit = Weiter
new-slots-intro = Ihr Videogespräch wurde durch ein technisches Problem unterbrochen, und Ihr Antrag ist wieder in unserer Warteschlange. Kreuzen Sie die Tageszeiten an, zu denen Sie frei sind: Sie ersetzen die zuvor gewählten Zeiten, und wir schlagen einen neuen Termin in der Woche nach heute oder der Woche danach vor.
new-slots-submit = Meine neuen Wünsche senden
new-slots-done-title = Ihre neuen Zeiten sind gespeichert
new-slots-done-text = Vielen Dank. Innerhalb weniger Arbeitstage senden wir Ihnen per E-Mail einen neuen Vorschlag zu einer der gewählten Zeiten; der Link in dieser E-Mail öffnet ihn. Wir haben Ihnen außerdem eine E-Mail mit diesen Zeiten geschickt.
