## La page de rendez-vous du demandeur — Français

appointment-link-unknown-title = Ce lien ne fonctionne pas
appointment-link-unknown-text = Nous n’avons trouvé aucun rendez-vous derrière ce lien. Vérifiez que vous avez ouvert le lien complet de notre dernier e-mail. Si vous ne le trouvez pas, introduisez une nouvelle demande.
appointment-link-replaced-title = Cette proposition a été remplacée
appointment-link-replaced-text = Ce créneau ne vous est plus proposé. Si nous vous en avons proposé un autre, il se trouve dans un e-mail plus récent : utilisez le lien de cet e-mail. Sinon, nous vous enverrons bientôt une nouvelle proposition.
appointment-link-finished-title = Cette demande est terminée
appointment-link-finished-text = Cette demande a été annulée, a expiré ou a été traitée : le lien ne l’ouvre plus. Si vous avez encore besoin d’un entretien, introduisez une nouvelle demande.
appointment-new-request = Introduire une nouvelle demande

appointment-code-title = Votre code de sécurité personnel
appointment-code-intro = Pour voir votre rendez-vous, saisissez le code de sécurité personnel affiché lors de l’envoi de votre demande.
appointment-code-label = Code de sécurité
appointment-code-hint = 12 lettres et chiffres, par exemple ABCD-EFGH-JKMN. Les espaces et les tirets n’ont pas d’importance.
appointment-code-submit = Ouvrir mon rendez-vous
appointment-code-lost = Un code de sécurité perdu ne peut pas être récupéré : il faudrait introduire une nouvelle demande.
appointment-code-wrong = Ce code de sécurité n’est pas le bon. Vérifiez-le et réessayez ; après cinq codes erronés, la page est verrouillée pendant 15 minutes.
appointment-code-locked = Trop de codes erronés ont été saisis pour cette demande. Pour votre sécurité, la page est verrouillée jusqu’au { $until }. Nous vous en avons informé par e-mail.
appointment-code-expired-form = Pour votre sécurité, veuillez saisir à nouveau votre code.

appointment-title = Votre entretien vidéo
appointment-state-line = État de votre rendez-vous : { $state }.
appointment-when = Quand
appointment-your-time = Dans votre fuseau horaire :
appointment-length = Durée
appointment-minutes = { $minutes } minutes
appointment-language = Langue de l’entretien
appointment-reference = Référence
appointment-answer-before = Merci de répondre avant le { $deadline } : acceptez le créneau ci-dessous, demandez-en un autre ou annulez. Sans réponse, le créneau est libéré et vous devrez introduire une nouvelle demande.
appointment-prepare-title = À avoir sous la main
appointment-prepare-document = l’original du document d’identité que vous chargez (passeport ou carte d’identité européenne) ;
appointment-prepare-device = un ordinateur ou un téléphone avec caméra et micro ;
appointment-prepare-connection = une bonne connexion internet et un endroit calme.
appointment-started = Votre entretien a commencé ou est terminé : il ne peut plus être modifié ni annulé ici.
appointment-change-title = Un changement ?
appointment-cancel-link = Annuler l’entretien

appointment-cancel-title = Annuler votre entretien ?
appointment-cancel-question = Voulez-vous annuler votre entretien du { $when } ?
appointment-cancel-consequence = Le créneau sera attribué à quelqu’un d’autre. Pour un entretien plus tard, il faudrait introduire une nouvelle demande.
appointment-cancel-confirm = Oui, annuler mon entretien
appointment-cancel-back = Non, garder mon entretien
appointment-cancelled-title = Votre entretien est annulé
appointment-cancelled-text = Nous avons annulé votre entretien et vous avons envoyé une confirmation par e-mail.

appointment-another-link = Demander un autre créneau
appointment-another-title = Demander un autre créneau
appointment-another-intro = Cochez les moments de la journée où vous êtes libre. Ce créneau sera libéré et nous vous en proposerons un autre, dans la semaine qui suit aujourd’hui ou la semaine d’après.
appointment-another-submit = Envoyer mes nouvelles préférences
appointment-another-done-title = Nous vous proposerons un autre créneau
appointment-another-done-text = Votre créneau a été libéré. Dans quelques jours ouvrables, nous vous enverrons par e-mail une nouvelle proposition à l’un des moments choisis ; le lien de cet e-mail l’ouvrira.

appointment-accept-title = Accepter ce créneau
appointment-accept-intro = Pour réserver définitivement l’entretien, ajoutez une photo ou un scan en couleur de votre document d’identité (passeport ou carte d’identité européenne), en image JPEG ou PNG de { $max } Mo au plus.
id-image-front = Recto du document (ou page photo du passeport)
id-image-front-hint = Le document entier, net et lisible, sans reflet.
id-image-back = Verso du document
id-image-back-hint = Pour une carte d’identité, dont le verso porte des informations. Inutile pour un passeport.
id-image-passed = Cette photo a passé le contrôle, mais elle n’a pas été gardée parce que l’autre face a été refusée : choisissez-la à nouveau.
id-image-on-file = Nous avons encore l’image envoyée pour un créneau précédent : n’en choisissez une nouvelle que pour la remplacer.
appointment-accept-submit = Accepter et réserver l’entretien
appointment-accepted-title = Votre entretien est réservé
appointment-accepted-text = Votre entretien du { $when } est réservé définitivement.
appointment-accepted-email = Nous vous avons envoyé un e-mail avec le lien vidéo et un fichier de calendrier. Vous pouvez encore déplacer ou annuler l’entretien depuis cette page jusqu’à son début.
scan-empty = Le fichier choisi est vide. Choisissez à nouveau la photo ou le scan.
scan-too-large = Ce fichier dépasse { $max } Mo. Reprenez la photo avec une résolution plus basse ou choisissez un scan plus léger.
scan-not-jpeg-or-png = Ce fichier n’est pas une image JPEG ou PNG. Prenez une photo du document ou enregistrez le scan en JPEG ou PNG.
scan-unreadable = Cette image ne peut pas être lue : elle est peut-être abîmée ou incomplète. Choisissez à nouveau le fichier ou prenez une nouvelle photo.
scan-too-many-pixels = Cette image est bien trop grande pour être la photo d’un document. Prenez une photo normale avec votre téléphone ou votre appareil.
scan-front-missing = Ajoutez une photo ou un scan du recto de votre document d’identité.
scan-too-many-uploads = Le nombre maximal d’images pour cette demande a déjà été envoyé. Si une meilleure image est nécessaire, l’agent chargé de votre entretien vous la demandera.
scan-too-small = L’image est trop petite pour lire le document : { $width } × { $height } pixels, il en faut au moins { $min_long } × { $min_short }. Rapprochez-vous pour que le document remplisse presque toute la photo, ou scannez-le à 300 dpi.
scan-not-in-colour = L’image est en noir et blanc (couleur { $figure }, au moins { $threshold } requis) : les couleurs du document doivent être visibles. Scannez-le ou photographiez-le en couleur.
scan-cut-off = Le document entier doit figurer sur la photo, avec ses quatre coins visibles. Posez-le sur une surface unie et plus sombre, en laissant un peu d’espace autour.
scan-blurred = L’image est floue (netteté { $figure }, au moins { $threshold } requis). Tenez le téléphone immobile, touchez le document à l’écran pour faire la mise au point et reprenez la photo.
scan-too-dark = L’image est trop sombre (luminosité { $figure }, au moins { $threshold } requis). Reprenez la photo à la lumière du jour ou dans une pièce bien éclairée.
scan-low-contrast = L’image est trop terne pour être lue (contraste { $figure }, au moins { $threshold } requis). Reprenez la photo sous une lumière uniforme, sans filtre.
scan-glare = Une partie du document est effacée par la lumière ({ $figure } % d’une zone, au plus { $threshold } %). Évitez la lumière directe ou le flash sur la carte : inclinez-la légèrement ou éloignez-vous de la lampe.
upload-check-small = Cette image semble trop petite pour lire le document. Rapprochez-vous ou scannez-le à 300 dpi avant de l’envoyer.
upload-check-blur = Cette image semble floue. Tenez le téléphone immobile et touchez le document pour faire la mise au point, puis choisissez la nouvelle photo.

## La page derrière le lien d’un e-mail « nouvelle image de votre document »
new-upload-title = Une nouvelle image de votre document d’identité
new-upload-code-intro = Lors de votre entretien vidéo, l’agent a demandé une nouvelle photo ou un nouveau scan de votre document d’identité. Pour l’envoyer, saisissez le code de sécurité personnel affiché lors de l’envoi de votre demande.
new-upload-code-submit = Continuer
new-upload-intro = L’agent a demandé une nouvelle photo ou un nouveau scan de votre document d’identité (passeport ou carte d’identité européenne), car l’image que vous avez envoyée ne permet pas de le vérifier.
new-upload-good-title = Ce qui fait une bonne image :
new-upload-good-whole = le document entier, avec ses quatre coins visibles, posé sur une surface unie et plus sombre ;
new-upload-good-sharp = une image nette : tenez le téléphone immobile et touchez le document à l’écran pour faire la mise au point ;
new-upload-good-light = une lumière égale, sans flash ni reflet sur le document ;
new-upload-good-colour = en couleur, en image JPEG ou PNG.
new-upload-format = Une image JPEG ou PNG de { $max } Mo au plus par face.
new-upload-submit = Envoyer les nouvelles images
new-upload-kept = Tout le reste de votre entretien est conservé : vous n’envoyez que les nouvelles images.
new-upload-too-many = Le nombre maximal d’images de cette face a déjà été envoyé. Si l’agent a encore besoin d’une meilleure image, il vous le dira pendant l’entretien.
new-upload-received-title = Vos nouvelles images sont arrivées
new-upload-received-text = Merci. L’agent verra les nouvelles images de votre document d’identité sur la page de votre entretien.
new-upload-received-next = Vous n’avez rien d’autre à faire. Si vous êtes encore en communication vidéo, vous pouvez dire à l’agent que vous les avez envoyées.
new-upload-over-title = Votre entretien est terminé
new-upload-over-text = L’entretien pour lequel une nouvelle image avait été demandée est terminé : aucune nouvelle image n’est plus nécessaire. Vous n’avez rien à faire.

## Après un entretien interrompu : choisir de nouveaux moments
new-slots-title = Choisir de nouveaux moments pour votre entretien
new-slots-code-intro = Votre entretien vidéo a été interrompu par un problème technique. Pour choisir de nouveaux moments pour un nouvel entretien, saisissez le code de sécurité personnel affiché lors de l’envoi de votre demande.
new-slots-code-submit = Continuer
new-slots-intro = Votre entretien vidéo a été interrompu par un problème technique et votre demande est de nouveau dans notre file d’attente. Cochez les moments de la journée où vous êtes libre : ils remplacent ceux que vous aviez choisis, et nous vous proposerons un nouveau créneau dans la semaine qui suit aujourd’hui ou la semaine d’après.
new-slots-submit = Envoyer mes nouvelles préférences
new-slots-done-title = Vos nouveaux moments sont enregistrés
new-slots-done-text = Merci. Dans quelques jours ouvrables, nous vous enverrons par e-mail une nouvelle proposition à l’un des moments choisis ; le lien de cet e-mail l’ouvrira. Nous vous avons aussi envoyé un e-mail reprenant ces moments.
