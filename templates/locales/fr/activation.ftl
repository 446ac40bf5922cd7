## La page d’activation derrière le bouton de l’e-mail

activation-title = Activer votre clé numérique
activation-code-intro = Saisissez le code d’activation que l’agent vous a donné à la fin de votre entretien vidéo. Vous avez besoin à la fois de ce code et du lien de votre e-mail.
activation-code-label = Code d’activation
activation-code-hint = 12 lettres et chiffres, par exemple ABCD-EFGH-JKMN. Les espaces, les tirets, les majuscules et les minuscules n’ont pas d’importance.
activation-code-submit = Continuer
activation-code-lost = Vous avez perdu le code ? Contactez-nous en répondant à l’e-mail d’activation : après avoir vérifié qui vous êtes, nous pourrons vous donner un nouveau code et un nouveau lien.
activation-code-wrong = Ce code d’activation n’est pas correct. Comparez-le à celui que l’agent vous a donné. Après 5 codes erronés, le lien est verrouillé pendant 15 minutes.
activation-unknown-title = Ce lien d’activation ne fonctionne pas
activation-unknown-text = Nous ne connaissons pas ce lien. Il n’a peut-être pas été copié en entier depuis l’e-mail.
activation-unknown-next = Ouvrez le lien directement depuis notre e-mail « Activez votre clé numérique », ou copiez l’adresse complète.
activation-used-title = Votre clé numérique est déjà active
activation-used-text = Ce lien a déjà servi à créer une clé numérique. Il ne peut pas être utilisé une seconde fois.
activation-used-next = Connectez-vous avec votre nom d’utilisateur et votre mot de passe. Si vous n’avez pas créé cette clé vous-même, prévenez-nous immédiatement en répondant à l’e-mail d’activation.
activation-revoked-title = Ce lien d’activation ne fonctionne plus
activation-revoked-text = Ce lien a été annulé, ou remplacé par un lien plus récent.
activation-revoked-next = Utilisez le plus récent des e-mails d’activation que nous vous avons envoyés. Si vous n’en avez aucun, répondez à l’e-mail d’activation et nous vous aiderons.
activation-expired-title = Ce lien d’activation a expiré
activation-expired-text = Le lien et le code d’activation sont valables pendant une durée limitée, et cette durée est écoulée.
activation-expired-next = Répondez à l’e-mail d’activation : après avoir vérifié qui vous êtes, nous pourrons vous envoyer un nouveau lien et vous donner un nouveau code.
activation-locked-title = Ce lien d’activation est verrouillé pour un moment
activation-locked-text = Trop de codes d’activation erronés ont été saisis. Pour votre sécurité, le lien est verrouillé jusqu’au { $until }.
activation-locked-next = Attendez cette heure-là et saisissez le code que l’agent vous a donné. Si ce n’est pas vous qui avez essayé, quelqu’un d’autre a votre lien : prévenez-nous en répondant à l’e-mail d’activation.

## Le choix de la clé

key-choose-title = Choisir votre clé numérique
key-choose-intro = Votre code d’activation est correct, { $name }. Choisissez maintenant comment vous vous connecterez aux services publics en ligne.
key-factor-legend = Type de clé numérique
key-factor-email = Nom d’utilisateur, mot de passe et code de sécurité par e-mail
key-factor-email-hint = Recommandé. À chaque connexion, nous vous envoyons par e-mail un code à 6 chiffres, valable 10 minutes.
key-factor-app = Nom d’utilisateur, mot de passe et code d’une application d’authentification
key-factor-app-hint = Pour une application sur téléphone comme FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator : elle affiche un nouveau code à 6 chiffres toutes les 30 secondes.
key-factor-password = Nom d’utilisateur et mot de passe uniquement
key-factor-password-hint = La plupart des services en ligne n’acceptent pas une clé sans code de sécurité.
key-factor-required = Choisissez un type de clé numérique
key-username-label = Nom d’utilisateur
key-username-hint = De 4 à 32 caractères : lettres sans accents, chiffres, et . - ou _ ; il commence par une lettre. Les majuscules et les minuscules sont équivalentes.
key-username-too-short = Le nom d’utilisateur doit comporter au moins 4 caractères
key-username-too-long = Le nom d’utilisateur doit comporter au plus 32 caractères
key-username-bad-character = N’utilisez dans le nom d’utilisateur que des lettres sans accents, des chiffres, et . - ou _
key-username-start = Le nom d’utilisateur doit commencer par une lettre
key-username-punctuation = Ne mettez pas deux des signes . - _ l’un à côté de l’autre dans le nom d’utilisateur
key-username-taken = Ce nom d’utilisateur est déjà pris : choisissez-en un autre
key-password-label = Mot de passe
key-password-hint = Au moins { $min } caractères. Quelques mots sans rapport entre eux font un bon mot de passe. N’utilisez pas un mot de passe que vous utilisez ailleurs.
key-password-again-label = Répétez le mot de passe
key-password-again-differs = Les deux mots de passe ne sont pas identiques : saisissez à nouveau le mot de passe
key-password-too-short = Le mot de passe doit comporter au moins 12 caractères
key-password-too-long = Le mot de passe doit comporter au plus 128 caractères
key-password-common = Ce mot de passe est trop courant : il figure dans les listes que les attaquants essaient en premier. Choisissez-en un autre
key-password-repetitive = Le mot de passe est un seul caractère répété : choisissez-en un autre
key-password-personal = Le mot de passe contient votre nom, votre nom d’utilisateur ou votre adresse e-mail : choisissez-en un autre
key-password-only-warning = Une clé sans code de sécurité est plus facile à utiliser frauduleusement, et la plupart des services en ligne ne l’acceptent pas.
key-password-only-understood-label = Uniquement pour une clé sans code de sécurité : je comprends que la plupart des services en ligne ne l’accepteront pas
key-password-only-understood = Confirmez que vous comprenez que la plupart des services en ligne n’accepteront pas une clé sans code de sécurité, ou choisissez une clé avec code
key-choose-submit = Créer ma clé numérique

## Le premier code, et les codes en général

key-confirm-title = Confirmer votre clé numérique
key-confirm-email-intro = Nous avons envoyé un code de sécurité à 6 chiffres à { $email }. Saisissez-le pour montrer que le code par e-mail fonctionne. Votre clé est active dès que le code est accepté.
key-confirm-app-intro = Configurez votre application d’authentification, puis saisissez le code qu’elle affiche. Votre clé est active dès que le code est accepté.
key-app-step-install = Installez une application d’authentification sur votre téléphone, si vous n’en avez pas encore.
key-app-step-scan = Dans l’application, ajoutez un compte et scannez ce code QR :
key-app-step-type = Ou, si vous ne pouvez pas le scanner, saisissez cette clé de configuration dans l’application (basée sur le temps, 6 chiffres) :
key-app-step-code = Saisissez le code à 6 chiffres que l’application affiche maintenant.
key-app-qr-label = Code QR pour configurer votre application d’authentification
key-code-label = Code de sécurité
key-code-email-hint = Les 6 chiffres de notre e-mail.
key-code-app-hint = Les 6 chiffres que votre application affiche maintenant.
key-code-submit = Continuer
key-code-not-received = Vous n’avez pas reçu d’e-mail ?
key-code-resend = Envoyer un nouveau code
key-code-send = M’envoyer un code
key-code-sent = Nous vous avons envoyé un nouveau code. Les codes précédents ne fonctionnent plus.
key-code-sent-recently = Un code a été envoyé il y a moins d’une minute : consultez votre boîte e-mail (et le dossier des courriers indésirables), ou attendez une minute et demandez à nouveau un code.
key-code-none = Aucun code n’est en attente. Demandez un nouveau code ci-dessous.
key-code-expired = Ce code a expiré : les codes sont valables 10 minutes. Demandez un nouveau code ci-dessous.
key-code-used = Ce code a déjà été utilisé, ou un code plus récent l’a remplacé. Utilisez le code le plus récent, ou demandez-en un nouveau.
key-code-too-many = Trop de tentatives erronées pour ce code. Demandez un nouveau code ci-dessous.
key-code-wrong = Ce code n’est pas correct. Tentatives restantes pour ce code : { $left }.
key-code-app-wrong = Ce code n’est pas correct, ou il est trop ancien. Saisissez le code que votre application affiche maintenant ; vérifiez que l’horloge de votre téléphone est à l’heure.
key-code-app-replayed = Ce code a déjà été utilisé. Attendez le code suivant dans votre application.
key-code-wait = Trop de codes erronés. Attendez quelques secondes, puis réessayez.
key-code-locked = Trop de codes erronés : votre clé est verrouillée jusqu’au { $until }.
key-active-title = Votre clé numérique est active
key-active-text = Votre clé numérique est prête : { $factor }. Nous vous avons envoyé un e-mail de confirmation.
key-active-next = Vous pouvez maintenant l’utiliser pour vous connecter aux services publics en ligne. Essayez-la ici :

## La connexion avec la clé

key-sign-in-title = Se connecter avec votre clé numérique
key-sign-in-intro = Saisissez le nom d’utilisateur et le mot de passe que vous avez choisis lors de l’activation de votre clé numérique.
key-sign-in-submit = Se connecter
key-sign-in-failed = Le nom d’utilisateur ou le mot de passe n’est pas correct. Après plusieurs tentatives erronées, attendez quelques secondes avant de réessayer ; après 10 à la suite, la clé est bloquée pendant 15 minutes.
key-sign-in-paused = Après trop de tentatives erronées, la connexion avec ce nom d’utilisateur est suspendue jusqu’au { $until }. Attendez jusque-là, puis réessayez.
key-sign-in-too-soon = Plusieurs tentatives ont échoué avec ce nom d’utilisateur, la connexion est donc ralentie : votre mot de passe n’a pas été vérifié. Attendez { $seconds ->
        [one] 1 seconde
       *[other] { $seconds } secondes
    }, puis saisissez-le à nouveau.
key-sign-in-failed-wait = Le nom d’utilisateur ou le mot de passe n’est pas correct. Après plusieurs tentatives erronées, attendez { $seconds ->
        [one] 1 seconde
       *[other] { $seconds } secondes
    } avant de réessayer.
key-sign-in-lost = Mot de passe oublié ? Il ne peut pas être réinitialisé sur ce site : répondez à l’un de nos e-mails et nous vous dirons comment faire.
key-second-title = Saisir votre code de sécurité
key-second-email-intro = Nous avons envoyé un code de sécurité à 6 chiffres à votre adresse e-mail. Il est valable 10 minutes.
key-second-app-intro = Saisissez le code à 6 chiffres que votre application d’authentification affiche maintenant.
key-page-title = Ma clé numérique
key-page-name = Nom
key-page-type = Type de clé
key-page-activated = Active depuis
key-page-sign-ins = Dernières connexions
key-page-change = Modifier votre clé
key-sign-out = Se déconnecter
key-switch-to-email = Utiliser plutôt un code de sécurité par e-mail
key-switch-to-app = Utiliser plutôt une application d’authentification
key-switch-to-email-intro = Désormais, nous vous enverrons un code par e-mail à chaque connexion. Pour confirmer la modification, saisissez un code de votre clé actuelle.
key-switch-to-app-intro = Configurez l’application, puis saisissez son code et un code de votre clé actuelle pour confirmer la modification.
key-switch-new-code = Code de la nouvelle application
key-switch-current-email = Code de notre e-mail
key-switch-current-app = Code de votre application actuelle
key-switch-current-password = Votre mot de passe
key-switch-email-code = Pour confirmer la modification, nous vous envoyons un code par e-mail.
key-switch-submit = Modifier ma clé
key-switch-done = Votre clé a été modifiée. Nous vous avons envoyé un e-mail de confirmation, et vos autres sessions ont été déconnectées.
key-switch-wrong-password = Le mot de passe n’est pas correct.

## E-mails

email-activation-subject = Activez votre clé numérique
email-activation-intro = Votre identité a été confirmée lors de votre entretien vidéo. Vous pouvez maintenant activer votre clé numérique : elle vous permet de vous connecter aux services publics en ligne.
email-activation-code = Il vous faut deux choses : le bouton ci-dessous, et le code d’activation que l’agent vous a donné à la fin de l’entretien (12 lettres et chiffres, comme ABCD-EFGH-JKMN).
email-activation-button = Activer votre clé numérique
email-activation-until = Le lien et le code sont valables jusqu’au { $until }.
email-activation-lost = Vous avez perdu le code ? Répondez à cet e-mail : après avoir vérifié qui vous êtes, nous pourrons vous donner un nouveau code et un nouveau lien.
email-activation-not-you = Si vous n’avez pas participé à un entretien vidéo avec nous, n’utilisez pas ce lien et prévenez-nous en répondant à cet e-mail : quelqu’un utilise peut-être votre identité.
email-activation-lockout-subject = Quelqu’un a essayé d’activer votre clé numérique
email-activation-lockout-text = Plusieurs codes d’activation erronés ont été saisis sur votre lien d’activation. Pour votre sécurité, le lien est verrouillé jusqu’au { $until }.
email-activation-lockout-advice = Si c’était vous, attendez cette heure-là et saisissez le code que l’agent vous a donné. Si ce n’était pas vous, personne ne peut activer votre clé sans ce code, mais quelqu’un a votre lien : prévenez-nous en répondant à cet e-mail.
email-key-active-subject = Votre clé numérique est active
email-key-active-text = Votre clé numérique est active, avec le nom d’utilisateur { $username } : { $factor }. Vous pouvez vous connecter ici :
email-key-not-you = Si ce n’était pas vous, prévenez-nous immédiatement en répondant à cet e-mail.
email-key-code-subject = Votre code de sécurité
email-key-code-for-confirm = Votre code de sécurité pour confirmer votre nouvelle clé numérique :
email-key-code-for-sign_in = Votre code de sécurité pour vous connecter avec votre clé numérique :
email-key-code-for-switch = Votre code de sécurité pour confirmer une modification de votre clé numérique :
email-key-code-valid = Il est valable { $minutes } minutes et ne fonctionne qu’une seule fois. Ne le communiquez jamais à personne : nous ne vous le demanderons jamais.
email-key-code-not-you = Si vous n’avez pas demandé de code, quelqu’un connaît peut-être votre mot de passe : prévenez-nous en répondant à cet e-mail. Sans le code, personne ne peut se connecter avec votre clé.
email-key-changed-subject = Votre clé numérique a été modifiée
email-key-changed-text = Votre clé numérique utilise désormais : { $factor }.
