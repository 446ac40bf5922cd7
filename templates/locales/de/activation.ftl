## Die Aktivierungsseite hinter der Schaltfläche in der E-Mail

activation-title = Ihren digitalen Schlüssel aktivieren
activation-code-intro = Geben Sie den Aktivierungscode ein, den Ihnen die gesprächsführende Person am Ende Ihres Videogesprächs gegeben hat. Sie benötigen diesen Code und den Link in Ihrer E-Mail zusammen.
activation-code-label = Aktivierungscode
activation-code-hint = 12 Buchstaben und Ziffern, zum Beispiel ABCD-EFGH-JKMN. Leerzeichen, Bindestriche sowie Groß- und Kleinschreibung spielen keine Rolle.
activation-code-submit = Weiter
activation-code-lost = Code verloren? Wenden Sie sich an uns, indem Sie auf die Aktivierungs-E-Mail antworten: Nachdem wir geprüft haben, wer Sie sind, können wir Ihnen einen neuen Code und einen neuen Link geben.
activation-code-wrong = Dieser Aktivierungscode ist nicht richtig. Vergleichen Sie ihn mit dem Code, den Ihnen die gesprächsführende Person gegeben hat. Nach 5 falschen Codes wird der Link für 15 Minuten gesperrt.
activation-unknown-title = Dieser Aktivierungslink funktioniert nicht
activation-unknown-text = Dieser Link ist uns nicht bekannt. Vielleicht wurde er unvollständig aus der E-Mail kopiert.
activation-unknown-next = Öffnen Sie den Link direkt aus unserer E-Mail „Aktivieren Sie Ihren digitalen Schlüssel“ oder kopieren Sie die ganze Adresse.
activation-used-title = Ihr digitaler Schlüssel ist bereits aktiv
activation-used-text = Mit diesem Link wurde bereits ein digitaler Schlüssel erstellt. Er kann kein zweites Mal verwendet werden.
activation-used-next = Melden Sie sich mit Ihrem Benutzernamen und Ihrem Passwort an. Wenn Sie diesen Schlüssel nicht selbst erstellt haben, teilen Sie uns das sofort mit, indem Sie auf die Aktivierungs-E-Mail antworten.
activation-revoked-title = Dieser Aktivierungslink funktioniert nicht mehr
activation-revoked-text = Dieser Link wurde aufgehoben oder durch einen neueren ersetzt.
activation-revoked-next = Verwenden Sie die neueste Aktivierungs-E-Mail, die wir Ihnen geschickt haben. Wenn Sie keine haben, antworten Sie auf die Aktivierungs-E-Mail, und wir helfen Ihnen.
activation-expired-title = Dieser Aktivierungslink ist abgelaufen
activation-expired-text = Aktivierungslink und Aktivierungscode sind nur für begrenzte Zeit gültig, und diese Zeit ist vorbei.
activation-expired-next = Antworten Sie auf die Aktivierungs-E-Mail: Nachdem wir geprüft haben, wer Sie sind, können wir Ihnen einen neuen Link senden und einen neuen Code geben.
activation-locked-title = Dieser Aktivierungslink ist vorübergehend gesperrt
activation-locked-text = Es wurden zu viele falsche Aktivierungscodes eingegeben. Zu Ihrer Sicherheit ist der Link gesperrt bis { $until }.
activation-locked-next = Warten Sie bis dahin und geben Sie den Code ein, den Ihnen die gesprächsführende Person gegeben hat. Wenn Sie es nicht selbst versucht haben, hat jemand anderes Ihren Link: Teilen Sie uns das mit, indem Sie auf die Aktivierungs-E-Mail antworten.

## Die Wahl des Schlüssels

key-choose-title = Ihren digitalen Schlüssel wählen
key-choose-intro = Ihr Aktivierungscode ist richtig, { $name }. Wählen Sie nun, wie Sie sich bei Online-Behördendiensten anmelden möchten.
key-factor-legend = Art des digitalen Schlüssels
key-factor-email = Benutzername, Passwort und ein Sicherheitscode per E-Mail
key-factor-email-hint = Empfohlen. Bei jeder Anmeldung senden wir Ihnen per E-Mail einen 6-stelligen Code, der 10 Minuten gültig ist.
key-factor-app = Benutzername, Passwort und ein Code aus einer Authenticator-App
key-factor-app-hint = Für eine App auf dem Telefon wie FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator, die alle 30 Sekunden einen neuen 6-stelligen Code anzeigt.
key-factor-password = Nur Benutzername und Passwort
key-factor-password-hint = Die meisten Online-Dienste akzeptieren keinen Schlüssel ohne Sicherheitscode.
key-factor-required = Wählen Sie eine Art von digitalem Schlüssel
key-username-label = Benutzername
key-username-hint = 4 bis 32 Zeichen: Buchstaben ohne Akzente, Ziffern sowie . - oder _ ; das erste Zeichen ist ein Buchstabe. Groß- und Kleinschreibung werden nicht unterschieden.
key-username-too-short = Der Benutzername muss mindestens 4 Zeichen haben
key-username-too-long = Der Benutzername darf höchstens 32 Zeichen haben
key-username-bad-character = Verwenden Sie im Benutzernamen nur Buchstaben ohne Akzente, Ziffern sowie . - oder _
key-username-start = Der Benutzername muss mit einem Buchstaben beginnen
key-username-punctuation = Setzen Sie im Benutzernamen nicht zwei der Zeichen . - _ direkt nebeneinander
key-username-taken = Dieser Benutzername ist bereits vergeben: Wählen Sie einen anderen
key-password-label = Passwort
key-password-hint = Mindestens { $min } Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben ein gutes Passwort. Verwenden Sie kein Passwort, das Sie anderswo verwenden.
key-password-again-label = Passwort wiederholen
key-password-again-differs = Die beiden Passwörter stimmen nicht überein: Geben Sie das Passwort erneut ein
key-password-too-short = Das Passwort muss mindestens 12 Zeichen haben
key-password-too-long = Das Passwort darf höchstens 128 Zeichen haben
key-password-common = Dieses Passwort ist zu verbreitet: Es steht in den Listen, die Angreifer zuerst ausprobieren. Wählen Sie ein anderes
key-password-repetitive = Das Passwort besteht aus einem einzigen wiederholten Zeichen: Wählen Sie ein anderes
key-password-personal = Das Passwort enthält Ihren Namen, Ihren Benutzernamen oder Ihre E-Mail-Adresse: Wählen Sie ein anderes
key-password-only-warning = Ein Schlüssel ohne Sicherheitscode lässt sich leichter missbrauchen, und die meisten Online-Dienste akzeptieren ihn nicht.
key-password-only-understood-label = Nur für einen Schlüssel ohne Sicherheitscode: Ich verstehe, dass die meisten Online-Dienste ihn nicht akzeptieren werden
key-password-only-understood = Bestätigen Sie, dass Sie verstehen, dass die meisten Online-Dienste einen Schlüssel ohne Sicherheitscode nicht akzeptieren werden, oder wählen Sie einen Schlüssel mit Code
key-choose-submit = Meinen digitalen Schlüssel erstellen

## Der erste Code und Codes im Allgemeinen

key-confirm-title = Ihren digitalen Schlüssel bestätigen
key-confirm-email-intro = Wir haben einen 6-stelligen Sicherheitscode an { $email } gesendet. Geben Sie ihn ein, um zu zeigen, dass der Code per E-Mail funktioniert. Ihr Schlüssel ist aktiv, sobald der Code angenommen wurde.
key-confirm-app-intro = Richten Sie Ihre Authenticator-App ein und geben Sie dann den Code ein, den sie anzeigt. Ihr Schlüssel ist aktiv, sobald der Code angenommen wurde.
key-app-step-install = Installieren Sie eine Authenticator-App auf Ihrem Telefon, falls Sie noch keine haben.
key-app-step-scan = Fügen Sie in der App ein Konto hinzu und scannen Sie diesen QR-Code:
key-app-step-type = Oder, falls Sie ihn nicht scannen können, geben Sie diesen Einrichtungsschlüssel in der App ein (zeitbasiert, 6 Ziffern):
key-app-step-code = Geben Sie den 6-stelligen Code ein, den die App jetzt anzeigt.
key-app-qr-label = QR-Code zum Einrichten Ihrer Authenticator-App
key-code-label = Sicherheitscode
key-code-email-hint = Die 6 Ziffern aus unserer E-Mail.
key-code-app-hint = Die 6 Ziffern, die Ihre App jetzt anzeigt.
key-code-submit = Weiter
key-code-not-received = Keine E-Mail erhalten?
key-code-resend = Einen neuen Code senden
key-code-send = Mir einen Code senden
key-code-sent = Wir haben Ihnen einen neuen Code gesendet. Frühere Codes funktionieren nicht mehr.
key-code-sent-recently = Vor weniger als einer Minute wurde ein Code gesendet: Sehen Sie in Ihrem Postfach (und im Spam-Ordner) nach, oder warten Sie eine Minute und fordern Sie dann erneut einen an.
key-code-none = Es liegt kein Code vor. Fordern Sie unten einen neuen Code an.
key-code-expired = Dieser Code ist abgelaufen: Codes sind 10 Minuten gültig. Fordern Sie unten einen neuen Code an.
key-code-used = Dieser Code wurde bereits verwendet oder durch einen neueren ersetzt. Verwenden Sie den neuesten Code oder fordern Sie einen neuen an.
key-code-too-many = Zu viele falsche Versuche für diesen Code. Fordern Sie unten einen neuen Code an.
key-code-wrong = Dieser Code ist nicht richtig. Verbleibende Versuche für diesen Code: { $left }.
key-code-app-wrong = Dieser Code ist nicht richtig oder zu alt. Geben Sie den Code ein, den Ihre App jetzt anzeigt; prüfen Sie, ob die Uhr Ihres Telefons richtig geht.
key-code-app-replayed = Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code in Ihrer App.
key-code-wait = Zu viele falsche Codes. Warten Sie einige Sekunden und versuchen Sie es dann erneut.
key-code-locked = Zu viele falsche Codes: Ihr Schlüssel ist gesperrt bis { $until }.
key-active-title = Ihr digitaler Schlüssel ist aktiv
key-active-text = Ihr digitaler Schlüssel ist bereit: { $factor }. Wir haben Ihnen eine Bestätigung per E-Mail gesendet.
key-active-next = Sie können sich damit jetzt bei Online-Behördendiensten anmelden. Probieren Sie es hier aus:

## Die Anmeldung mit dem Schlüssel

key-sign-in-title = Mit Ihrem digitalen Schlüssel anmelden
key-sign-in-intro = Geben Sie den Benutzernamen und das Passwort ein, die Sie bei der Aktivierung Ihres digitalen Schlüssels gewählt haben.
key-sign-in-submit = Anmelden
key-sign-in-failed = Der Benutzername oder das Passwort ist nicht richtig. Warten Sie nach mehreren falschen Versuchen einige Sekunden, bevor Sie es erneut versuchen; nach 10 in Folge wird der Schlüssel für 15 Minuten gesperrt.
key-sign-in-paused = Nach zu vielen Fehlversuchen ist die Anmeldung mit diesem Benutzernamen bis { $until } ausgesetzt. Warten Sie bis dahin und versuchen Sie es dann erneut.
key-sign-in-too-soon = Mit diesem Benutzernamen gab es mehrere Fehlversuche, daher ist die Anmeldung verlangsamt: Ihr Passwort wurde nicht geprüft. Warten Sie { $seconds ->
        [one] 1 Sekunde
       *[other] { $seconds } Sekunden
    } und geben Sie es dann erneut ein.
key-sign-in-failed-wait = Der Benutzername oder das Passwort ist nicht richtig. Warten Sie nach mehreren Fehlversuchen { $seconds ->
        [one] 1 Sekunde
       *[other] { $seconds } Sekunden
    }, bevor Sie es erneut versuchen.
key-sign-in-lost = Passwort vergessen? Es kann auf dieser Website nicht zurückgesetzt werden: Antworten Sie auf eine unserer E-Mails, und wir sagen Ihnen, was zu tun ist.
key-second-title = Ihren Sicherheitscode eingeben
key-second-email-intro = Wir haben einen 6-stelligen Sicherheitscode an Ihre E-Mail-Adresse gesendet. Er ist 10 Minuten gültig.
key-second-app-intro = Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App jetzt anzeigt.
key-page-title = Mein digitaler Schlüssel
key-page-name = Name
key-page-type = Art des Schlüssels
key-page-activated = Aktiv seit
key-page-sign-ins = Letzte Anmeldungen
key-page-change = Ihren Schlüssel ändern
key-sign-out = Abmelden
key-switch-to-email = Stattdessen einen Sicherheitscode per E-Mail verwenden
key-switch-to-app = Stattdessen eine Authenticator-App verwenden
key-switch-to-email-intro = Ab jetzt senden wir Ihnen bei jeder Anmeldung einen Code per E-Mail. Um die Änderung zu bestätigen, geben Sie einen Code Ihres bisherigen Schlüssels ein.
key-switch-to-app-intro = Richten Sie die App ein und geben Sie dann ihren Code und einen Code Ihres bisherigen Schlüssels ein, um die Änderung zu bestätigen.
key-switch-new-code = Code aus der neuen App
key-switch-current-email = Code aus unserer E-Mail
key-switch-current-app = Code aus Ihrer bisherigen App
key-switch-current-password = Ihr Passwort
key-switch-email-code = Zur Bestätigung der Änderung senden wir Ihnen einen Code per E-Mail.
key-switch-submit = Meinen Schlüssel ändern
key-switch-done = Ihr Schlüssel wurde geändert. Wir haben Ihnen eine Bestätigung per E-Mail gesendet, und Ihre anderen Sitzungen wurden abgemeldet.
key-switch-wrong-password = Das Passwort ist nicht richtig.

## E-Mails

email-activation-subject = Aktivieren Sie Ihren digitalen Schlüssel
email-activation-intro = Ihre Identität wurde in Ihrem Videogespräch bestätigt. Sie können jetzt Ihren digitalen Schlüssel aktivieren: Damit melden Sie sich bei Online-Behördendiensten an.
email-activation-code = Sie benötigen zwei Dinge: die Schaltfläche unten und den Aktivierungscode, den Ihnen die gesprächsführende Person am Ende des Gesprächs gegeben hat (12 Buchstaben und Ziffern, etwa ABCD-EFGH-JKMN).
email-activation-button = Digitalen Schlüssel aktivieren
email-activation-until = Link und Code sind gültig bis { $until }.
email-activation-lost = Code verloren? Antworten Sie auf diese E-Mail: Nachdem wir geprüft haben, wer Sie sind, können wir Ihnen einen neuen Code und einen neuen Link geben.
email-activation-not-you = Wenn Sie nicht an einem Videogespräch mit uns teilgenommen haben, verwenden Sie diesen Link nicht und teilen Sie uns das mit, indem Sie auf diese E-Mail antworten: Möglicherweise verwendet jemand Ihre Identität.
email-activation-lockout-subject = Jemand hat versucht, Ihren digitalen Schlüssel zu aktivieren
email-activation-lockout-text = Über Ihren Aktivierungslink wurden mehrere falsche Aktivierungscodes eingegeben. Zu Ihrer Sicherheit ist der Link gesperrt bis { $until }.
email-activation-lockout-advice = Wenn Sie es waren, warten Sie bis dahin und geben Sie den Code ein, den Ihnen die gesprächsführende Person gegeben hat. Wenn nicht, kann niemand Ihren Schlüssel ohne diesen Code aktivieren, aber jemand hat Ihren Link: Teilen Sie uns das mit, indem Sie auf diese E-Mail antworten.
email-key-active-subject = Ihr digitaler Schlüssel ist aktiv
email-key-active-text = Ihr digitaler Schlüssel ist aktiv, mit dem Benutzernamen { $username }: { $factor }. Hier können Sie sich anmelden:
email-key-not-you = Wenn Sie das nicht waren, teilen Sie uns das sofort mit, indem Sie auf diese E-Mail antworten.
email-key-code-subject = Ihr Sicherheitscode
email-key-code-for-confirm = Ihr Sicherheitscode zur Bestätigung Ihres neuen digitalen Schlüssels:
email-key-code-for-sign_in = Ihr Sicherheitscode zur Anmeldung mit Ihrem digitalen Schlüssel:
email-key-code-for-switch = Ihr Sicherheitscode zur Bestätigung einer Änderung Ihres digitalen Schlüssels:
email-key-code-valid = Er ist { $minutes } Minuten gültig und funktioniert nur einmal. Geben Sie ihn niemals weiter: Wir werden Sie nie danach fragen.
email-key-code-not-you = Wenn Sie keinen Code angefordert haben, kennt möglicherweise jemand Ihr Passwort: Teilen Sie uns das mit, indem Sie auf diese E-Mail antworten. Ohne den Code kann sich niemand mit Ihrem Schlüssel anmelden.
email-key-changed-subject = Ihr digitaler Schlüssel wurde geändert
email-key-changed-text = Ihr digitaler Schlüssel verwendet jetzt: { $factor }.
