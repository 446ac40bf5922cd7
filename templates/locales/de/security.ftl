# Ablehnungen, die die Formulare schützen, die ein Geheimnis prüfen.
sign-in-rate-limited = Von Ihrer Verbindung wurden zu viele Anmeldeversuche gesendet. Bitte warten Sie { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    } und versuchen Sie es erneut.
code-rate-limited = Von Ihrer Verbindung wurden zu viele Codes gesendet. Bitte warten Sie { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    } und versuchen Sie es erneut.
