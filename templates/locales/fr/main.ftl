## rendezvous — français. Chaque clé existe aussi en en, nl et de (un test le vérifie).

site-name = rendezvous · vérification d’identité par vidéo
skip-to-content = Aller au contenu principal
language-switch-label = Langue
language-switch-new-tab = (s’ouvre dans un nouvel onglet ; cette page reste ouverte)
footer-text = Un service pour réserver un entretien vidéo qui vérifie votre identité en vue d’obtenir une clé numérique belge.
privacy-link = Déclaration de confidentialité
field-optional = (facultatif)
error-prefix = Erreur :
select-choose = Choisissez…
error-summary-title = Il y a un problème

## Dates
date-long = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
slot-long = { $date }, { $part }
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
part-am = matin (9 h – 12 h)
part-pm = après-midi (13 h – 17 h)

## Page d’accueil
landing-title = Faites vérifier votre identité par appel vidéo
landing-intro = Si vous ne pouvez utiliser ni une carte eID belge ni itsme, un agent peut vérifier votre document d’identité avec vous lors d’un court appel vidéo. Vous pourrez ensuite activer votre clé numérique (nom d’utilisateur, mot de passe et code à usage unique) et vous connecter aux services publics belges en ligne.
landing-result = À la fin d’un entretien réussi, vous recevez un code d’activation pendant l’appel et un lien d’activation par e-mail.
landing-start = Demander un entretien
landing-have-key = Vous avez déjà activé votre clé numérique ?
landing-have-key-link = Connectez-vous avec elle
landing-steps-title = Comment ça marche
landing-step-1-title = Demandez un entretien.
landing-step-1-text = Remplissez le formulaire avec vos données personnelles et quelques créneaux qui vous conviennent. Vous recevez un code de sécurité personnel : conservez-le.
landing-step-2-title = Confirmez le rendez-vous.
landing-step-2-text = Vous recevez un e-mail proposant un créneau dans la semaine qui suit votre demande ou la semaine d’après. Avec le lien et votre code de sécurité, vous l’acceptez et chargez votre document d’identité, ou vous demandez un autre créneau.
landing-step-3-title = Participez à l’entretien.
landing-step-3-text = L’appel vidéo s’ouvre dans votre navigateur ; vous n’avez rien à installer. Gardez l’original de votre document d’identité à portée de main.
landing-step-4-title = Activez votre clé numérique.
landing-step-4-text = Le lien d’activation et le code d’activation vous permettent d’activer votre clé numérique, une seule fois.
landing-ready-title = Ce qu’il vous faut
landing-ready-personal-data = vos données personnelles (nom, date et lieu de naissance, et votre numéro de registre national belge si vous en avez un) ;
landing-ready-email = une adresse e-mail personnelle que personne d’autre que vous ne consulte ;
landing-ready-motivation = une courte motivation : à quoi vous servira la clé numérique ;
landing-ready-slots = quelques créneaux dans les deux prochaines semaines où vous êtes disponible ;
landing-ready-language = la langue de l’entretien : français, néerlandais ou anglais ;
landing-ready-document = un passeport ou une carte d’identité européenne en cours de validité.
landing-not-needed-title = Qui n’a pas besoin de ce service
landing-not-needed-text = Si vous possédez une carte d’identité électronique de l’un de ces pays, vous pouvez déjà l’utiliser pour vous connecter aux services en ligne belges :

## Déclaration de confidentialité
privacy-title = Déclaration de confidentialité
privacy-controller-title = Qui traite vos données
privacy-controller-text = Le service public fédéral belge compétent pour l’identité numérique traite vos données afin de vérifier votre identité et de créer votre clé numérique.
privacy-data-title = Quelles données
privacy-data-text = Les données que vous indiquez dans le formulaire (nom, données de naissance, numéro de registre national s’il est indiqué, adresse e-mail, motivation, créneaux préférés, langue), les scans de votre document d’identité et le résultat de l’entretien.
privacy-purpose-title = Pourquoi
privacy-purpose-text = Uniquement pour organiser l’entretien, vérifier votre identité et activer votre clé numérique. Vos données ne servent à rien d’autre et ne sont ni vendues ni partagées à des fins de marketing.
privacy-retention-title = Combien de temps
privacy-retention-text = Les scans de votre document d’identité sont supprimés au plus tard 30 jours après la clôture de votre demande. Les autres données sont conservées aussi longtemps que l’exige la loi relative à l’identité numérique.
privacy-rights-title = Vos droits
privacy-rights-text = Vous pouvez demander à consulter, rectifier ou supprimer vos données, et vous pouvez introduire une plainte auprès de l’Autorité de protection des données.
privacy-back = Retour au formulaire de demande

## Pages d’erreur
error-page-not-found-title = Page introuvable
error-page-not-found-text = Vérifiez l’adresse ou recommencez depuis la page d’accueil.
error-page-too-large-title = Ce que vous avez envoyé est trop volumineux
error-page-too-large-text = Revenez en arrière, raccourcissez votre texte ou choisissez un fichier plus petit, puis envoyez-le à nouveau.
error-page-bad-request-title = Cette demande n’a pas pu être comprise
error-page-bad-request-text = Revenez à la page précédente et réessayez.
error-page-internal-title = Désolés, un problème est survenu de notre côté
error-page-internal-text = Vous n’y êtes pour rien. Veuillez réessayer dans quelques minutes ; si le problème persiste, revenez plus tard.
error-page-home = Aller à la page d’accueil

## Formulaire de demande
form-title = Demander un entretien vidéo de vérification d’identité
form-intro = Tous les champs sont obligatoires, sauf ceux indiqués comme facultatifs. À la fin du formulaire, vous choisissez quand l’entretien vous convient.
form-section-person = À propos de vous
form-section-contact = Contact et motivation
form-section-interview = L’entretien
form-section-consent = Consentement
form-submit = Envoyer ma demande
consent-label = J’accepte que mes données personnelles soient traitées pour organiser cet entretien et créer ma clé numérique, comme expliqué dans la
consent-privacy-link = déclaration de confidentialité (s’ouvre dans un nouvel onglet)
notice-csrf = Pour votre sécurité, ce formulaire doit être envoyé à nouveau : vérifiez vos réponses ci-dessous et cliquez sur « Envoyer ma demande ».
notice-rate-limited = Trop de demandes ont été envoyées depuis votre connexion. Vos réponses sont conservées ci-dessous : veuillez réessayer dans { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }.

field-last_name = Nom
field-first_names = Prénoms
field-birth_date = Date de naissance
field-birth_country = Pays de naissance
field-birth_place = Lieu de naissance
field-sex = Sexe
field-niss = Numéro de registre national belge
field-email = Adresse e-mail personnelle
field-motivation = Motivation
field-interview_language = Langue de l’entretien
field-slot = Quand l’entretien vous conviendrait-il ?
field-consent = Consentement
hint-first_names = Tous vos prénoms, comme sur votre document d’identité.
hint-birth_date = Par exemple, 27 3 1985
hint-niss = Uniquement si vous en avez un : 11 chiffres, par exemple 85.07.30-033.28.
hint-email = Nous envoyons le rendez-vous proposé à cette adresse. Utilisez une adresse que personne d’autre que vous ne consulte.
hint-motivation = À quoi vous servira la clé numérique ? Au moins 10 caractères.
hint-slot = Cochez chaque demi-journée où vous êtes disponible. L’entretien aura lieu dans la semaine qui suit votre demande ou la semaine d’après (heure belge).
date-day = Jour
date-month = Mois
date-year = Année
sex-F = Féminin
sex-M = Masculin
sex-X = Non spécifié
interview-language-fr = français
interview-language-nl = néerlandais
interview-language-en = anglais

# Field errors (GOV.UK style): the verb fits the field, "Enter…" for what is typed,
# "Select…" for what is chosen; no full stop.
error-required-last_name = Indiquez votre nom
error-required-first_names = Indiquez vos prénoms
error-required-birth_date = Indiquez votre date de naissance
error-required-birth_country = Sélectionnez votre pays de naissance
error-required-birth_place = Indiquez votre lieu de naissance
error-required-sex = Sélectionnez votre sexe
error-required-email = Indiquez votre adresse e-mail
error-required-motivation = Indiquez à quoi vous servira la clé numérique
error-required-interview_language = Sélectionnez la langue de l’entretien
error-too-long = « { $field } » doit compter au maximum { $max } caractères
error-invalid-characters = « { $field } » ne doit contenir ni retours à la ligne ni tabulations
error-name-link = Indiquez votre nom sans adresse web ni symboles tels que < >
error-place-link = Indiquez votre lieu de naissance sans adresse web ni symboles tels que < >
error-date-missing-day = La date de naissance doit comporter un jour
error-date-missing-month = La date de naissance doit comporter un mois
error-date-missing-year = La date de naissance doit comporter une année
error-date-missing-day-month = La date de naissance doit comporter un jour et un mois
error-date-missing-day-year = La date de naissance doit comporter un jour et une année
error-date-missing-month-year = La date de naissance doit comporter un mois et une année
error-date-real = La date de naissance doit être une date qui existe
error-date-year-digits = L’année de naissance doit comporter 4 chiffres, par exemple 1985
error-date-future = La date de naissance doit se situer dans le passé
error-date-too-old = La date de naissance doit être en 1900 ou après
error-country = Sélectionnez votre pays de naissance dans la liste
error-niss-format = Indiquez un numéro de registre national belge de 11 chiffres, par exemple 85.07.30-033.28, ou laissez le champ vide si vous n’en avez pas
error-niss-checksum = Indiquez un numéro de registre national valide : vérifiez les deux derniers chiffres, ou laissez le champ vide
error-niss-birth-date = Vérifiez votre numéro de registre national et votre date de naissance : ils ne correspondent pas
error-email = Indiquez une adresse e-mail au bon format, par exemple nom@example.org
error-motivation-short = La motivation doit compter au moins { $min } caractères : dites-nous en quelques mots à quoi vous servira la clé numérique
error-motivation-long = La motivation doit compter au maximum { $motivation_max } caractères
error-no-slot = Sélectionnez au moins un créneau
error-slot-not-offered = Sélectionnez à nouveau vos créneaux : l’un de ceux que vous aviez choisis n’est plus disponible
error-consent = Cochez la case pour accepter le traitement de vos données : sans cela, nous ne pouvons pas organiser l’entretien

## Demande reçue
received-title = Votre demande a bien été reçue
received-resent = Ce formulaire avait déjà été envoyé. Votre demande n’a été enregistrée qu’une seule fois ; voici un nouveau code de sécurité — celui affiché précédemment ne fonctionne plus.
received-reference = La référence de votre demande est { $reference }.
received-code-title = Votre code de sécurité personnel
received-code-keep = Notez-le ou conservez-le en lieu sûr dès maintenant. Il n’est affiché que cette seule fois. Ne le communiquez à personne — nos collaborateurs ne vous le demanderont jamais.
received-code-lost = Vous en aurez besoin, avec le lien figurant dans nos e-mails, pour confirmer, déplacer ou annuler votre rendez-vous. Un code perdu ne peut pas être récupéré : vous devriez introduire une nouvelle demande.
received-next-title = Et ensuite ?
received-next-1 = Nous avons envoyé une confirmation à { $email }.
received-next-2 = D’ici quelques jours ouvrables, vous recevrez un e-mail proposant un créneau dans la semaine qui suit votre demande ou la semaine d’après.
received-next-3 = Vous l’acceptez avec votre code de sécurité et chargez votre document d’identité, ou vous demandez un autre créneau. Sans réponse de votre part dans les 3 jours ouvrables, la proposition devient caduque.
already-sent-title = Ce formulaire a déjà été envoyé
already-sent-text = Votre demande a été enregistrée lors du premier envoi de ce formulaire. Si vous n’avez plus son code de sécurité, introduisez une nouvelle demande.
already-sent-new = Introduire une nouvelle demande

## Connexion du personnel
staff-sign-in-title = Connexion du personnel
staff-email = Adresse e-mail
staff-password = Mot de passe
staff-sign-in-submit = Se connecter
staff-sign-in-failed = L’adresse e-mail ou le mot de passe est incorrect. Après plusieurs tentatives erronées, la connexion est suspendue pendant 15 minutes au plus.
staff-sign-in-paused = Après trop de tentatives erronées, la connexion avec cette adresse e-mail est suspendue jusqu’au { $until }. Attendez jusque-là, puis réessayez.
staff-sign-in-too-soon = Plusieurs tentatives ont échoué avec cette adresse e-mail, la connexion est donc ralentie : votre mot de passe n’a pas été vérifié. Attendez { $seconds ->
        [one] 1 seconde
       *[other] { $seconds } secondes
    }, puis saisissez-le à nouveau.
staff-sign-in-failed-wait = L’adresse e-mail ou le mot de passe est incorrect. Après plusieurs tentatives erronées, attendez { $seconds ->
        [one] 1 seconde
       *[other] { $seconds } secondes
    } avant de réessayer.
staff-signed-out = Vous êtes déconnecté.
notice-csrf-staff = Pour votre sécurité, veuillez vous reconnecter.
staff-home-title = Personnel
staff-signed-in-as = Connecté en tant que { $name } ({ $role }).
staff-languages = Langues d’entretien : { $languages }.
staff-sign-out = Se déconnecter
role-interviewer = agent chargé des entretiens
role-supervisor = superviseur
instant-long = { $date }, { $time } (heure de Bruxelles, { $zone })
