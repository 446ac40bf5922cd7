## E-Mails — Deutsch

email-received-subject = Wir haben Ihren Gesprächsantrag { $reference } erhalten
email-received-greeting = Guten Tag { $name },
email-received-intro = Wir haben Ihren Antrag auf ein Videogespräch zur Identitätsprüfung erhalten. Ihre Referenz lautet { $reference }.
email-received-language = Sprache des Gesprächs: { $language }.
email-received-slots = Die von Ihnen gewählten Zeitfenster (belgische Zeit):
email-received-next = Innerhalb weniger Werktage senden wir Ihnen per E-Mail einen Terminvorschlag. Sie können ihn dann annehmen, um einen anderen Termin bitten oder absagen.
email-received-code = Um zu antworten, benötigen Sie den persönlichen Sicherheitscode, der beim Absenden Ihres Antrags auf dem Bildschirm angezeigt wurde. Zu Ihrer Sicherheit steht er nicht in dieser E-Mail.
email-received-not-you = Wenn Sie diesen Antrag nicht gestellt haben, können Sie diese E-Mail ignorieren.

email-proposal-subject = Ein Termin für Ihr Videogespräch { $reference }
email-proposal-intro = Wir schlagen Ihnen diesen Termin für Ihr Video-Identifizierungsgespräch vor (Referenz { $reference }):
email-proposal-when = { $when }, { $minutes } Minuten, auf { $language }.
email-proposal-action = Öffnen Sie den Link unten und geben Sie Ihren persönlichen Sicherheitscode ein, um den Termin anzunehmen (Sie laden dabei Ihr Ausweisdokument hoch), einen anderen Termin zu erbitten oder abzusagen:
email-proposal-deadline = Bitte antworten Sie innerhalb von 3 Arbeitstagen. Ohne Antwort wird der Termin freigegeben und Sie müssten einen neuen Antrag stellen.
email-proposal-moved = Wir mussten Ihren Termin ändern. Dieser neue Termin ersetzt den bisherigen; bitte antworten Sie erneut.

email-cancelled-subject = Ihr Videogespräch ist abgesagt { $reference }
email-cancelled-text = Wie gewünscht haben wir Ihr Gespräch am { $when } abgesagt. Der Termin wurde freigegeben.
email-cancelled-new = Wenn Sie noch einen digitalen Schlüssel brauchen, können Sie einen neuen Antrag stellen:
email-lockout-subject = Jemand hat versucht, Ihren Termin zu öffnen { $reference }
email-lockout-text = Auf Ihrer Terminseite wurden mehrere falsche Sicherheitscodes eingegeben. Zu Ihrer Sicherheit ist die Seite gesperrt bis { $until }.
email-lockout-advice = Wenn Sie es waren, warten Sie bis dahin und geben Sie den Code ein, der beim Absenden Ihres Antrags angezeigt wurde. Wenn nicht, kann niemand Ihren Termin ohne Ihren Code sehen: Behalten Sie ihn für sich.
email-released-subject = Ihr Termin ist freigegeben: Ein neuer Vorschlag folgt { $reference }
email-released-text = Wie gewünscht haben wir den Termin am { $when } freigegeben. Wir schlagen Ihnen einen anderen zu den gewählten Zeiten vor.
email-lapsed-subject = Ihr Antrag auf ein Gespräch ist verfallen { $reference }
email-lapsed-text = Wir haben innerhalb von 3 Arbeitstagen keine Antwort auf den Termin am { $when } erhalten. Der Termin wurde freigegeben und Ihr Antrag ist verfallen.
email-booked-subject = Ihr Videogespräch ist gebucht { $reference }
email-booked-intro = Ihr Video-Identifizierungsgespräch ist fest gebucht:
email-booked-link = Öffnen Sie zum Zeitpunkt des Gesprächs diesen Link in Ihrem Browser (nichts zu installieren):
email-booked-have = Halten Sie bereit:
email-booked-change = Bis zum Beginn können Sie das Gespräch mit dem Link aus unserer früheren E-Mail und Ihrem Sicherheitscode noch verschieben oder absagen. Die beigefügte Kalenderdatei trägt das Gespräch in Ihren Kalender ein.
email-booked-summary = Video-Identifizierungsgespräch
email-reminder-subject = Erinnerung: Ihr Videogespräch morgen { $reference }
email-reminder-text = Wir erinnern Sie an Ihr Video-Identifizierungsgespräch am { $when }.
email-moved-subject = Ihr Videogespräch: eine andere Person führt es { $reference }
email-moved-text = Ihr Gespräch am { $when } wird von einer anderen Person geführt. Zeit und Videolink bleiben gleich; Sie müssen nichts tun.
