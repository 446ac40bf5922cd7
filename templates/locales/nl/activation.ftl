## De activeringspagina achter de knop in de e-mail

activation-title = Activeer uw digitale sleutel
activation-code-intro = Vul de activeringscode in die de medewerker u aan het einde van uw videogesprek gaf. U hebt deze code en de link in uw e-mail allebei nodig.
activation-code-label = Activeringscode
activation-code-hint = 12 letters en cijfers, bijvoorbeeld ABCD-EFGH-JKMN. Spaties, streepjes en hoofd- of kleine letters maken niet uit.
activation-code-submit = Verder
activation-code-lost = Code kwijt? Vraag het ons door te antwoorden op de activeringsmail: nadat we hebben gecontroleerd wie u bent, kunnen we u een nieuwe code en een nieuwe link geven.
activation-code-wrong = Deze activeringscode is niet de juiste. Vergelijk ze met de code die de medewerker u gaf. Na 5 foute codes wordt de link 15 minuten vergrendeld.
activation-unknown-title = Deze activeringslink werkt niet
activation-unknown-text = We kennen deze link niet. Misschien werd hij onvolledig uit de e-mail gekopieerd.
activation-unknown-next = Open de link rechtstreeks vanuit onze e-mail „Activeer uw digitale sleutel”, of kopieer het volledige adres.
activation-used-title = Uw digitale sleutel is al actief
activation-used-text = Deze link werd al gebruikt om een digitale sleutel aan te maken. Hij kan geen tweede keer worden gebruikt.
activation-used-next = Meld u aan met uw gebruikersnaam en wachtwoord. Hebt u deze sleutel niet zelf aangemaakt, laat het ons dan meteen weten door te antwoorden op de activeringsmail.
activation-revoked-title = Deze activeringslink werkt niet meer
activation-revoked-text = Deze link werd geannuleerd, of vervangen door een recentere.
activation-revoked-next = Gebruik de recentste activeringsmail die we u stuurden. Hebt u er geen, antwoord dan op de activeringsmail en we helpen u verder.
activation-expired-title = Deze activeringslink is verlopen
activation-expired-text = De activeringslink en de activeringscode zijn beperkt in de tijd geldig, en die tijd is voorbij.
activation-expired-next = Antwoord op de activeringsmail: nadat we hebben gecontroleerd wie u bent, kunnen we u een nieuwe link sturen en een nieuwe code geven.
activation-locked-title = Deze activeringslink is een tijdje vergrendeld
activation-locked-text = Er werden te veel foute activeringscodes ingevuld. Voor uw veiligheid is de link vergrendeld tot { $until }.
activation-locked-next = Wacht tot dan en vul de code in die de medewerker u gaf. Hebt u het niet zelf geprobeerd, dan heeft iemand anders uw link: laat het ons weten door te antwoorden op de activeringsmail.

## De sleutel kiezen

key-choose-title = Kies uw digitale sleutel
key-choose-intro = Uw activeringscode is juist, { $name }. Kies nu hoe u zich zult aanmelden bij online overheidsdiensten.
key-factor-legend = Soort digitale sleutel
key-factor-email = Gebruikersnaam, wachtwoord en een beveiligingscode per e-mail
key-factor-email-hint = Aanbevolen. Telkens als u zich aanmeldt, mailen we u een code van 6 cijfers, 10 minuten geldig.
key-factor-app = Gebruikersnaam, wachtwoord en een code uit een authenticatie-app
key-factor-app-hint = Voor een app op uw telefoon zoals FreeOTP, Aegis, Google Authenticator of Microsoft Authenticator: die toont elke 30 seconden een nieuwe code van 6 cijfers.
key-factor-password = Alleen gebruikersnaam en wachtwoord
key-factor-password-hint = De meeste onlinediensten aanvaarden geen sleutel zonder beveiligingscode.
key-factor-required = Kies een soort digitale sleutel
key-username-label = Gebruikersnaam
key-username-hint = 4 tot 32 tekens: letters zonder accenten, cijfers, en . - of _ ; het eerste teken is een letter. Hoofd- en kleine letters maken geen verschil.
key-username-too-short = De gebruikersnaam moet minstens 4 tekens hebben
key-username-too-long = De gebruikersnaam mag hoogstens 32 tekens hebben
key-username-bad-character = Gebruik in de gebruikersnaam alleen letters zonder accenten, cijfers, en . - of _
key-username-start = De gebruikersnaam moet met een letter beginnen
key-username-punctuation = Zet in de gebruikersnaam geen twee van de tekens . - _ naast elkaar
key-username-taken = Deze gebruikersnaam is al in gebruik: kies een andere
key-password-label = Wachtwoord
key-password-hint = Minstens { $min } tekens. Enkele woorden die niets met elkaar te maken hebben, vormen een goed wachtwoord. Gebruik geen wachtwoord dat u elders gebruikt.
key-password-again-label = Wachtwoord herhalen
key-password-again-differs = De twee wachtwoorden zijn niet gelijk: typ het wachtwoord opnieuw
key-password-too-short = Het wachtwoord moet minstens 12 tekens hebben
key-password-too-long = Het wachtwoord mag hoogstens 128 tekens hebben
key-password-common = Dit wachtwoord komt te vaak voor: het staat in de lijsten die aanvallers eerst proberen. Kies een ander
key-password-repetitive = Het wachtwoord is één herhaald teken: kies een ander
key-password-personal = Het wachtwoord bevat uw naam, gebruikersnaam of e-mailadres: kies een ander
key-password-only-warning = Een sleutel zonder beveiligingscode is makkelijker te misbruiken, en de meeste onlinediensten aanvaarden hem niet.
key-password-only-understood-label = Alleen voor een sleutel zonder beveiligingscode: ik begrijp dat de meeste onlinediensten hem niet zullen aanvaarden
key-password-only-understood = Bevestig dat u begrijpt dat de meeste onlinediensten een sleutel zonder beveiligingscode niet zullen aanvaarden, of kies een sleutel met een code
key-choose-submit = Mijn digitale sleutel aanmaken

## De eerste code, en codes in het algemeen

key-confirm-title = Bevestig uw digitale sleutel
key-confirm-email-intro = We hebben een beveiligingscode van 6 cijfers gestuurd naar { $email }. Vul ze in om te tonen dat de code per e-mail werkt. Uw sleutel is actief zodra de code is aanvaard.
key-confirm-app-intro = Stel uw authenticatie-app in en vul dan de code in die de app toont. Uw sleutel is actief zodra de code is aanvaard.
key-app-step-install = Installeer een authenticatie-app op uw telefoon, als u er nog geen hebt.
key-app-step-scan = Voeg in de app een account toe en scan deze QR-code:
key-app-step-type = Of typ, als u ze niet kunt scannen, deze instelsleutel in de app (op tijd gebaseerd, 6 cijfers):
key-app-step-code = Vul de code van 6 cijfers in die de app nu toont.
key-app-qr-label = QR-code om uw authenticatie-app in te stellen
key-code-label = Beveiligingscode
key-code-email-hint = De 6 cijfers uit onze e-mail.
key-code-app-hint = De 6 cijfers die uw app nu toont.
key-code-submit = Verder
key-code-not-received = Geen e-mail ontvangen?
key-code-resend = Een nieuwe code sturen
key-code-send = Mij een code sturen
key-code-sent = We hebben u een nieuwe code gestuurd. Eerdere codes werken niet meer.
key-code-sent-recently = Er werd minder dan een minuut geleden een code verstuurd: kijk in uw mailbox (en in de map met ongewenste e-mail), of wacht een minuut en vraag het opnieuw.
key-code-none = Er wacht geen code. Vraag hieronder een nieuwe code aan.
key-code-expired = Deze code is verlopen: codes zijn 10 minuten geldig. Vraag hieronder een nieuwe code aan.
key-code-used = Deze code werd al gebruikt, of een recentere code heeft ze vervangen. Gebruik de recentste code, of vraag een nieuwe aan.
key-code-too-many = Te veel foute pogingen voor deze code. Vraag hieronder een nieuwe code aan.
key-code-wrong = Deze code is niet juist. Resterende pogingen voor deze code: { $left }.
key-code-app-wrong = Deze code is niet juist, of te oud. Vul de code in die uw app nu toont; controleer of de klok van uw telefoon juist staat.
key-code-app-replayed = Deze code werd al gebruikt. Wacht op de volgende code in uw app.
key-code-wait = Te veel foute codes. Wacht enkele seconden en probeer het dan opnieuw.
key-code-locked = Te veel foute codes: uw sleutel is vergrendeld tot { $until }.
key-active-title = Uw digitale sleutel is actief
key-active-text = Uw digitale sleutel is klaar: { $factor }. We hebben u een e-mail ter bevestiging gestuurd.
key-active-next = U kunt zich er nu mee aanmelden bij online overheidsdiensten. Probeer het hier:

## Aanmelden met de sleutel

key-sign-in-title = Aanmelden met uw digitale sleutel
key-sign-in-intro = Vul de gebruikersnaam en het wachtwoord in die u koos toen u uw digitale sleutel activeerde.
key-sign-in-submit = Aanmelden
key-sign-in-failed = De gebruikersnaam of het wachtwoord is niet juist. Wacht na meerdere foute pogingen enkele seconden voor u het opnieuw probeert; na 10 op rij wordt de sleutel 15 minuten geblokkeerd.
key-sign-in-paused = Na te veel foute pogingen is aanmelden met deze gebruikersnaam opgeschort tot { $until }. Wacht tot dan en probeer het opnieuw.
key-sign-in-too-soon = Er waren enkele foute pogingen met deze gebruikersnaam, dus aanmelden is vertraagd: uw wachtwoord werd niet gecontroleerd. Wacht { $seconds ->
        [one] 1 seconde
       *[other] { $seconds } seconden
    } en typ het dan opnieuw.
key-sign-in-failed-wait = De gebruikersnaam of het wachtwoord is niet juist. Wacht na enkele foute pogingen { $seconds ->
        [one] 1 seconde
       *[other] { $seconds } seconden
    } voor u het opnieuw probeert.
key-sign-in-lost = Wachtwoord vergeten? Het kan op deze site niet opnieuw worden ingesteld: antwoord op een van onze e-mails en we laten u weten wat u kunt doen.
key-second-title = Vul uw beveiligingscode in
key-second-email-intro = We hebben een beveiligingscode van 6 cijfers naar uw e-mailadres gestuurd. Ze is 10 minuten geldig.
key-second-app-intro = Vul de code van 6 cijfers in die uw authenticatie-app nu toont.
key-page-title = Mijn digitale sleutel
key-page-name = Naam
key-page-type = Soort sleutel
key-page-activated = Actief sinds
key-page-sign-ins = Laatste aanmeldingen
key-page-change = Uw sleutel wijzigen
key-sign-out = Afmelden
key-switch-to-email = Liever een beveiligingscode per e-mail gebruiken
key-switch-to-app = Liever een authenticatie-app gebruiken
key-switch-to-email-intro = Voortaan mailen we u een code telkens als u zich aanmeldt. Vul een code van uw huidige sleutel in om de wijziging te bevestigen.
key-switch-to-app-intro = Stel de app in en vul dan de code ervan in, samen met een code van uw huidige sleutel, om de wijziging te bevestigen.
key-switch-new-code = Code uit de nieuwe app
key-switch-current-email = Code uit onze e-mail
key-switch-current-app = Code uit uw huidige app
key-switch-current-password = Uw wachtwoord
key-switch-email-code = Om de wijziging te bevestigen, mailen we u een code.
key-switch-submit = Mijn sleutel wijzigen
key-switch-done = Uw sleutel is gewijzigd. We hebben u een e-mail ter bevestiging gestuurd, en uw andere sessies werden afgemeld.
key-switch-wrong-password = Het wachtwoord is niet juist.

## E-mails

email-activation-subject = Activeer uw digitale sleutel
email-activation-intro = Uw identiteit werd bevestigd tijdens uw videogesprek. U kunt nu uw digitale sleutel activeren: daarmee meldt u zich aan bij online overheidsdiensten.
email-activation-code = U hebt twee dingen nodig: de knop hieronder, en de activeringscode die de medewerker u aan het einde van het gesprek gaf (12 letters en cijfers, zoals ABCD-EFGH-JKMN).
email-activation-button = Activeer uw digitale sleutel
email-activation-until = De link en de code zijn geldig tot { $until }.
email-activation-lost = Code kwijt? Antwoord op deze e-mail: nadat we hebben gecontroleerd wie u bent, kunnen we u een nieuwe code en een nieuwe link geven.
email-activation-not-you = Hebt u niet deelgenomen aan een videogesprek met ons, gebruik deze link dan niet en laat het ons weten door op deze e-mail te antwoorden: misschien gebruikt iemand uw identiteit.
email-activation-lockout-subject = Iemand probeerde uw digitale sleutel te activeren
email-activation-lockout-text = Op uw activeringslink werden meerdere foute activeringscodes ingevuld. Voor uw veiligheid is de link vergrendeld tot { $until }.
email-activation-lockout-advice = Was u het zelf, wacht dan tot dat moment en vul de code in die de medewerker u gaf. Was u het niet, dan kan niemand uw sleutel activeren zonder die code, maar iemand heeft wel uw link: laat het ons weten door op deze e-mail te antwoorden.
email-key-active-subject = Uw digitale sleutel is actief
email-key-active-text = Uw digitale sleutel is actief, met de gebruikersnaam { $username }: { $factor }. U kunt zich hier aanmelden:
email-key-not-you = Was u dit niet, laat het ons dan meteen weten door op deze e-mail te antwoorden.
email-key-code-subject = Uw beveiligingscode
email-key-code-for-confirm = Uw beveiligingscode om uw nieuwe digitale sleutel te bevestigen:
email-key-code-for-sign_in = Uw beveiligingscode om u aan te melden met uw digitale sleutel:
email-key-code-for-switch = Uw beveiligingscode om een wijziging van uw digitale sleutel te bevestigen:
email-key-code-valid = Ze is { $minutes } minuten geldig en werkt één keer. Geef ze nooit aan iemand: wij zullen u er nooit om vragen.
email-key-code-not-you = Hebt u geen code gevraagd, dan kent iemand misschien uw wachtwoord: laat het ons weten door op deze e-mail te antwoorden. Zonder de code kan niemand zich met uw sleutel aanmelden.
email-key-changed-subject = Uw digitale sleutel werd gewijzigd
email-key-changed-text = Uw digitale sleutel gebruikt nu: { $factor }.
