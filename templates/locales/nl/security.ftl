# Weigeringen die de formulieren beschermen die een geheim controleren.
sign-in-rate-limited = Vanaf uw verbinding werden te veel aanmeldpogingen verstuurd. Wacht { $minutes ->
        [one] één minuut
       *[other] { $minutes } minuten
    } en probeer het opnieuw.
code-rate-limited = Vanaf uw verbinding werden te veel codes verstuurd. Wacht { $minutes ->
        [one] één minuut
       *[other] { $minutes } minuten
    } en probeer het opnieuw.
