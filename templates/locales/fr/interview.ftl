# La page de l’entretien (agents chargés des entretiens et superviseurs).

interview-title = Entretien { $reference }
interview-title-plain = Entretien
interview-not-yet = La page de l’entretien s’ouvre à { $time } { $zone }, un quart d’heure avant le début.
interview-see-appointment = Voir le rendez-vous
interview-saved = Enregistré.
interview-stale = Quelqu’un d’autre a enregistré cet entretien après que vous l’avez ouvert. La page affiche maintenant ses modifications ; ce que vous avez saisi se trouve toujours dans le formulaire ci-dessous. Vérifiez-le et enregistrez à nouveau.
interview-stamp = { $who }, { $time }
interview-video = Appel vidéo
interview-video-open = Ouvrir l’appel vidéo
interview-not-started = L’entretien n’a pas encore commencé.
interview-started-at = Commencé par { $stamp }.
interview-decided = Résultat enregistré : { $outcome } ({ $stamp }).
interview-flagged = Suspicion de fraude signalée par { $stamp }.

interview-applicant = Demandeur
interview-applicant-as-typed = Tel que le demandeur l’a saisi dans la demande ; les corrections apportées pendant l’entretien sont indiquées ci-dessous.
interview-field-last_name = Nom
interview-field-first_names = Prénoms
interview-field-birth_date = Date de naissance
interview-field-birth_place = Lieu de naissance
interview-field-sex = Sexe
interview-field-niss = Numéro de registre national (NISS)
interview-field-birth_country = Pays de naissance
interview-field-email = Adresse e-mail
interview-niss-none = non indiqué
interview-corrections = Corrections apportées pendant l’entretien
interview-correction-field = Champ
interview-correction-from = Ancienne valeur
interview-correction-to = Nouvelle valeur
interview-correction-by = Corrigé par

interview-image-front = Recto du document d’identité
interview-image-back = Verso du document d’identité
interview-image-photo = Photo du demandeur avec le document
interview-image-received = réception : { $time }
interview-image-full-size = Ouvrir en taille réelle
interview-zoom-help = Cliquez sur une image pour agrandir la partie située sous le pointeur ; cliquez à nouveau pour revenir à la vue normale. « Ouvrir en taille réelle » l’affiche dans un nouvel onglet.
interview-new-upload = Demander un nouvel envoi au demandeur
interview-new-upload-help = Si un scan n’est pas assez bon, le demandeur reçoit un e-mail avec un lien pour le charger à nouveau. Ce que vous avez saisi ici est conservé ; les nouvelles images apparaissent dans cette section.
interview-new-upload-asked = Un nouvel envoi a été demandé par { $stamp }.

interview-history-requested = Demande introduite le { $time }

interview-start-title = Début
interview-start-help = Cliquez sur ce bouton lorsque le demandeur a rejoint l’appel vidéo. L’heure de début est enregistrée.
interview-start = Commencer l’entretien

interview-consent-title = Avant les contrôles
interview-consent-say = Indiquez au demandeur : le but de l’entretien (prouver son identité en vue d’obtenir une clé numérique), qu’une photo de lui tenant son document sera prise, et la durée de conservation : la photo et les images du document d’identité sont supprimées { $days } jours après le résultat ; le relevé des contrôles est conservé { $evidence_days } jours (environ { $evidence_years } ans) comme preuve de la vérification d’identité.
interview-consent-legend = Il a été indiqué au demandeur
interview-consent-purpose_told = le but de l’entretien
interview-consent-photo_announced = qu’une photo de lui tenant le document sera prise
interview-consent-retention_told = combien de temps la photo ({ $days } jours) et le relevé ({ $evidence_days } jours) sont conservés
interview-consent-save = Confirmer
interview-consent-confirmed = Confirmé par { $stamp }.
interview-consent-own-form = Le consentement se confirme au moyen du formulaire qui lui est propre, ci-dessus.

interview-checklist = Liste de contrôle
interview-state-not_done = à faire
interview-state-ok = conforme
interview-state-not_ok = non conforme
interview-item-state = Résultat
interview-item-state-missing = Choisissez un résultat.
interview-note = Remarque
interview-item-save = Enregistrer
interview-text-too-long = Le texte doit faire moins de { $max } caractères.

interview-item-consent = Consentement
interview-item-original_shown = Le document original est présenté et correspond à celui qui a été chargé
interview-item-original_shown-help = Demandez au demandeur de tenir l’original devant la caméra, recto et verso ; comparez-le avec les images chargées.
interview-item-document_data = Données du document
interview-item-document_data-help = Seuls un passeport ou une carte d’identité européenne sont acceptés. Un document périmé empêche l’approbation.
interview-item-mrz = Zone de lecture automatique
interview-item-mrz-help = Saisissez ou collez les lignes figurant au bas du document ; chaque chiffre de contrôle est vérifié et la zone est comparée avec les données du document et celles du demandeur.
interview-item-security_features = Éléments de sécurité
interview-item-security_features-help = Vérifiez ces trois éléments sous une lumière blanche. Ils ont été tirés au sort pour cet entretien et ne peuvent pas être tirés à nouveau.
interview-item-registry_checks = Consultation des registres
interview-item-registry_checks-help = Vérifiez que le document n’est pas signalé comme perdu, volé ou annulé ; notez le résultat de la vérification dans la remarque.
interview-item-same_person = La personne est celle qui figure sur le document
interview-item-same_person-help = Comparez la photo du document avec la vidéo en direct, trait par trait, et demandez le mouvement indiqué ci-dessous.
interview-item-personal_data = Données personnelles
interview-item-personal_data-help = Vérifiez les données à l’aide du document et des registres ; corrigez ce qui est erroné. La saisie d’origine du demandeur reste dans la demande.
interview-item-photo_with_document = Photo du demandeur tenant le document
interview-item-photo_with_document-help = Prenez-la avec la caméra, ou chargez un fichier s’il n’y a pas de caméra.

interview-document-kind = Type de document
interview-document-kind-passport = Passeport
interview-document-kind-european_id_card = Carte d’identité européenne
interview-document-country = Pays de délivrance
interview-document-number = Numéro du document
interview-document-expiry = Date d’expiration
interview-document-save = Enregistrer les données du document
interview-document-required = Remplissez ce champ.
interview-document-kind-not-accepted = Seuls un passeport ou une carte d’identité européenne sont acceptés.
interview-document-unknown-country = Choisissez le pays de délivrance dans la liste.
interview-document-id-card-not-european = Une carte d’identité n’est acceptée que si elle a été délivrée par un pays de l’UE, de l’EEE ou par la Suisse ; sinon, demandez un passeport.
interview-document-number-format = Uniquement des lettres et des chiffres, 20 au maximum.
interview-document-date-format = Écrivez la date sous la forme année-mois-jour, par exemple 2031-05-20.

interview-mrz-label = Zone de lecture automatique
interview-mrz-hint = Carte d’identité : 3 lignes de 30 caractères ; passeport : 2 lignes de 44. Utilisez < comme caractère de remplissage.
interview-mrz-check = Vérifier la zone
interview-mrz-document-first = Enregistrez d’abord les données du document : la zone est comparée avec elles.
interview-mrz-empty = Saisissez ou collez la zone.
interview-mrz-wrong-shape = Une carte d’identité compte 3 lignes de 30 caractères et un passeport 2 lignes de 44 ; ces lignes en comptent { $lengths }.
interview-mrz-bad-character = « { $character } », ligne { $line }, colonne { $column }, ne peut pas figurer dans une zone : seuls A–Z, 0–9 et < sont admis.
interview-mrz-not-identity-document = Cette zone commence par « { $found } » : il ne s’agit ni d’un passeport ni d’une carte d’identité.
interview-mrz-not-parseable = La zone ne peut pas être lue. Comparez-la avec le document.
interview-mrz-all-match = Tous les chiffres de contrôle sont corrects et la zone concorde avec les données.
interview-mrz-mismatches = { $count ->
    [one] Une divergence
   *[other] { $count } divergences
}
interview-mrz-field = Champ
interview-mrz-typed = Saisi
interview-mrz-zone = Dans la zone
interview-mrz-check-wrong = chiffre de contrôle erroné
interview-mrz-check-document_number = Chiffre de contrôle du numéro du document
interview-mrz-check-birth_date = Chiffre de contrôle de la date de naissance
interview-mrz-check-expiry_date = Chiffre de contrôle de la date d’expiration
interview-mrz-check-optional_data = Chiffre de contrôle des données facultatives
interview-mrz-check-composite = Chiffre de contrôle composite
interview-mrz-field-number = Numéro du document
interview-mrz-field-expiry = Date d’expiration
interview-mrz-field-country = Pays de délivrance
interview-mrz-field-last-name = Nom
interview-mrz-field-first-names = Prénoms
interview-mrz-field-birth-date = Date de naissance
interview-mrz-field-sex = Sexe

interview-feature-category-optically-variable = élément optiquement variable
interview-feature-category-personalisation = technique de personnalisation
interview-feature-category-substrate = support et matériau
interview-feature-category-printing = impression de sécurité
interview-feature-ovd = optiquement variable

interview-facial-features = Comparez :
interview-facial-face-shape = forme du visage
interview-facial-eyes = yeux
interview-facial-eyebrows = sourcils
interview-facial-nose = nez
interview-facial-mouth = bouche
interview-facial-ears = oreilles
interview-liveness = Demandez au demandeur :

interview-corrections-legend = Corriger les données personnelles
interview-corrections-help = Ne modifiez que ce qui est erroné ; chaque modification est enregistrée avec la valeur qu’elle remplace, son auteur et sa date.
interview-corrections-save = Enregistrer les corrections
interview-correction-required = Remplissez ce champ.
interview-correction-too-long = 100 caractères au maximum.
interview-correction-date-format = Écrivez la date sous la forme année-mois-jour, par exemple 1985-07-30.
interview-correction-date-future = La date de naissance doit se situer dans le passé.
interview-correction-date-too-old = La date de naissance ne peut pas être antérieure à 1900.
interview-correction-sex = Choisissez le sexe.
interview-correction-niss-sex = Ce numéro de registre national appartient à une personne de l’autre sexe (le numéro d’ordre est impair pour les hommes, pair pour les femmes).

interview-photos-taken = { $count ->
    [0] Aucune photo prise pour l’instant.
    [one] Une photo prise.
   *[other] { $count } photos prises.
}
interview-camera-preview = Image de la caméra
interview-camera-still = Photo prise
interview-camera-start = Allumer la caméra
interview-camera-take = Prendre la photo
interview-camera-again = Reprendre la photo
interview-camera-ready = La caméra est allumée. Demandez au demandeur de tenir le document à côté de son visage, puis prenez la photo.
interview-camera-taken = Photo prise. Enregistrez-la ou reprenez-la.
interview-camera-failed = La caméra n’a pas pu être allumée. Chargez plutôt un fichier.
interview-photo-file = Fichier photo
interview-photo-hint = JPEG ou PNG, au moins 640 × 480 pixels. Avec la caméra, la photo prise est placée ici.
interview-photo-save = Enregistrer la photo
interview-photo-missing = Prenez d’abord une photo ou choisissez un fichier.
interview-photo-too-many = Cette demande compte déjà le nombre maximal de photos autorisé.
scan-photo-too-small = Cette photo fait { $width } × { $height } pixels ; il en faut au moins { $min_long } × { $min_short }.

interview-fraud-title = Suspicion de fraude
interview-fraud-help = Signalez un document falsifié, une vidéo manipulée, une contrainte ou une autre personne qui répond à la place du demandeur. Les superviseurs sont avertis ; l’entretien ne peut alors plus être approuvé.
interview-fraud-note = Qu’avez-vous constaté ?
interview-fraud-flag = Signaler une suspicion de fraude
interview-fraud-none = Aucun signalement.
interview-fraud-note-required = Indiquez ce que vous avez constaté : la remarque est nécessaire pour les superviseurs.
interview-fraud-already = L’entretien fait déjà l’objet d’un signalement.

interview-outcome-title = Résultat
interview-outcome = Résultat
interview-decided-by = Enregistré par
interview-outcome-approved = Approuvé
interview-outcome-incomplete = Incomplet
interview-outcome-refused = Refusé
interview-outcome-no_show = Absence
interview-outcome-interrupted = Interrompu (panne technique)
interview-approve-ready = Tous les points sont conformes, le document est valable et aucun signalement n’a été fait.
interview-approve = Approuver
interview-approve-blocked = L’entretien ne peut pas encore être approuvé :
interview-blocker-not-started = l’entretien n’a pas commencé
interview-blocker-consent = le consentement n’est pas confirmé
interview-blocker-not-done = { $item } : à faire
interview-blocker-not-ok = { $item } : non conforme
interview-blocker-evidence = { $item } : résultat « conforme » sans les données requises
interview-blocker-expired = le document est périmé
interview-blocker-fraud = une suspicion de fraude a été signalée
interview-missing = Éléments manquants
interview-missing-legend = Ce qui manque
interview-applicant-text = Texte pour le demandeur
interview-applicant-text-help = Ce texte est envoyé par e-mail au demandeur. La note interne ne l’est pas.
interview-internal-note = Note interne
interview-record-incomplete = Enregistrer comme incomplet
interview-refusal-reason = Motif
interview-reason-document_not_accepted = le document n’est pas accepté
interview-reason-document_expired = le document est périmé
interview-reason-document_not_genuine = le document n’est pas authentique
interview-reason-person_does_not_match = la personne n’est pas celle qui figure sur le document
interview-reason-data_do_not_match = les données ne concordent pas
interview-reason-applicant_withdrew = le demandeur a renoncé
interview-reason-other = autre
interview-record-refused = Enregistrer le refus
interview-no-show-from = Une absence peut être enregistrée à partir de { $time } { $zone }.
interview-record-no-show = Enregistrer une absence
interview-interrupted-help = L’image, le son ou la connexion ont fait défaut : le demandeur reçoit par e-mail un lien pour choisir de nouveaux créneaux et la demande retourne dans la file d’attente.
interview-record-interrupted = Enregistrer l’interruption
interview-incomplete-text-required = Indiquez au demandeur ce qui manque et ce qu’il doit faire ensuite.
interview-incomplete-nothing-missing = Choisissez au moins un élément manquant.
interview-incomplete-item-ok = Le point « { $item } » est conforme : il ne manque donc pas.
interview-refusal-reason-required = Choisissez le motif.
interview-refusal-text-required = Un refus doit être expliqué au demandeur.
interview-no-show-too-early = Une absence peut être enregistrée à partir de { $time }.
interview-no-show-joined = Le demandeur a rejoint l’entretien : enregistrez un autre résultat.
interview-already-decided = Un résultat est déjà enregistré.
interview-not-approvable = L’entretien ne peut pas encore être approuvé : voyez ci-dessus ce qui reste à faire.
interview-no-longer-open = La demande n’attend plus ce résultat (elle a été déplacée ou annulée entre-temps).
interview-outcome-unknown = Choisissez un résultat.

interview-change-title = Modifier le résultat
interview-change-help = Un superviseur autre que la personne qui a enregistré le résultat peut le remplacer en indiquant un motif ; la modification figure dans le journal d’audit et le demandeur en est informé.
interview-change-reason = Pourquoi le résultat est-il modifié ?
interview-change-reason-required = Indiquez le motif de la modification.
interview-change-not-decided = Aucun résultat n’est encore enregistré.
interview-change-not-supervisor = Seul un superviseur peut modifier un résultat.
interview-change-own-decision = Vous avez enregistré ce résultat : un autre superviseur doit le modifier.
interview-change-interruption = Une interruption ne peut pas être modifiée, et un résultat ne peut pas être changé en interruption.

interview-problem-not-started = Commencez d’abord l’entretien.
interview-problem-already-started = L’entretien a déjà commencé.
interview-problem-outcome-recorded = Un résultat est enregistré : la liste de contrôle est clôturée.
interview-problem-consent-first = Confirmez le consentement avant les contrôles.
interview-problem-consent-points = Cochez les trois points : le but, la photo et la durée de conservation.
interview-problem-evidence-consent = Cochez d’abord les trois points.
interview-problem-evidence-original_shown = N’indiquez ce résultat qu’après avoir vu l’original.
interview-problem-evidence-document_data = Enregistrez d’abord les données du document.
interview-problem-evidence-mrz = Vérifiez d’abord la zone : elle ne peut être marquée conforme que si elle a été lue et concorde avec les données.
interview-problem-evidence-security_features = Les éléments n’ont pas été tirés au sort.
interview-problem-evidence-registry_checks = Notez d’abord le résultat de la vérification.
interview-problem-evidence-same_person = La consigne de preuve de vie n’a pas été tirée au sort.
interview-problem-evidence-personal_data = Vérifiez d’abord les données personnelles.
interview-problem-evidence-photo_with_document = Prenez d’abord la photo.
interview-open = Page de l’entretien
interview-appointment-moved = Ce rendez-vous a été déplacé ou annulé : son entretien ne peut pas être poursuivi ici. Ouvrez l’entretien depuis le nouveau rendez-vous.
