# Refus qui protègent les formulaires qui vérifient un secret.
sign-in-rate-limited = Trop de tentatives de connexion ont été envoyées depuis votre connexion. Veuillez attendre { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    } et réessayer.
code-rate-limited = Trop de codes ont été envoyés depuis votre connexion. Veuillez attendre { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    } et réessayer.
