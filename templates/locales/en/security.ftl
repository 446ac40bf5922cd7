# Refusals that protect the forms that check secrets.
sign-in-rate-limited = Too many sign-in attempts were sent from your connection. Please wait { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } and try again.
code-rate-limited = Too many codes were sent from your connection. Please wait { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } and try again.
