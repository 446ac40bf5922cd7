## Pages du personnel — Français

staff-nav-label = Menu du personnel
staff-nav-home = Aperçu
staff-nav-calendar = Calendrier
staff-nav-assign = Attribuer des demandes
staff-nav-plan = Horaire de travail
staff-nav-queue = File d’attente
staff-nav-interviewers = Agents chargés des entretiens
staff-nav-audit = Journal d’audit
staff-csrf-title = Formulaire expiré
staff-csrf-refused = Rien n’a été modifié : ce formulaire avait expiré. Revenez en arrière, rechargez la page et réessayez.

staff-home-changes = Modifications de votre calendrier
staff-home-changes-none = Personne d’autre n’a modifié votre calendrier ces deux dernières semaines.

appointment-state-proposed = proposé
appointment-state-confirmed = confirmé
appointment-state-released = libéré
appointment-state-reassigned = transféré à un autre agent
appointment-state-lapsed = expiré

staff-calendar-title = Mon calendrier
staff-calendar-title-of = Calendrier de { $name }
staff-calendar-of = Calendrier de
staff-calendar-show = Afficher
staff-calendar-previous = Semaine précédente
staff-calendar-next = Semaine suivante
staff-calendar-week-of = Semaine du { $date }
staff-calendar-zone-note = Toutes les heures sont à l’heure de Bruxelles ; le fuseau (CET en hiver, CEST en été) est indiqué pour chaque jour.
staff-calendar-not-working = Pas de travail.
staff-calendar-past = Passé
staff-calendar-free = libre ({ $count ->
    [one] un créneau
   *[other] { $count } créneaux
})
staff-calendar-conflict = En dehors de l’horaire de travail : à réattribuer.
staff-calendar-upcoming = Prochains entretiens
staff-calendar-upcoming-none = Aucun entretien prévu.

staff-offers-none = Aucun créneau libre ne convient à cette demande dans sa période de deux semaines.
staff-offers-shown = Les { $shown } premiers des { $count } créneaux qui conviennent sont affichés.
staff-offer-preferred = préféré par le demandeur
staff-proposed = Créneau proposé pour la demande { $reference }. Le demandeur a reçu un e-mail.
staff-slot-taken = Ce créneau vient d’être pris par une autre proposition. Rien n’a été réservé ; choisissez un autre créneau ci-dessous.
staff-request-not-open = Cette demande n’attend plus de créneau : quelqu’un d’autre vient de la traiter.
staff-slot-not-offered = Ce créneau ne peut pas être proposé pour cette demande (hors de l’horaire de travail, de la période de la demande ou de sa langue). Choisissez l’un des créneaux de la liste.

staff-assign-title = Attribuer des demandes
staff-assign-help = Les demandes ouvertes dans les langues que vous parlez, les plus anciennes d’abord. Choisissez une demande pour voir vos créneaux libres qui lui conviennent ; les créneaux préférés du demandeur viennent en premier.
staff-assign-slots-for = Vos créneaux libres pour la demande { $reference }

staff-queue-title = File des demandes ouvertes
staff-queue-count = { $count ->
    [one] Une demande ouverte
   *[other] { $count } demandes ouvertes
}
staff-queue-empty = Aucune demande n’attend de créneau.
staff-queue-range = Demandes { $from } à { $to } sur { $total }, les plus anciennes d’abord.
staff-queue-pages = Pages de la liste
staff-queue-previous = Page précédente
staff-queue-next = Page suivante
staff-queue-caption = Demandes ouvertes, les plus anciennes d’abord
staff-queue-reference = Demande
staff-queue-language = Langue de l’entretien
staff-queue-preferred = Créneaux préférés
staff-queue-age = En attente depuis
staff-queue-age-days = { $count ->
    [one] un jour ouvrable
   *[other] { $count } jours ouvrables
}
staff-queue-filter = Langue
staff-queue-all-languages = Toutes les langues
staff-queue-apply = Filtrer
staff-back-to-queue = Retour à la file d’attente

staff-request-title = Demande { $reference }
staff-request-name = Demandeur
staff-request-offers = Créneaux libres qui conviennent
staff-request-offers-help = Tous les agents qui parlent la langue et sont libres dans la période de deux semaines de la demande ; les créneaux préférés du demandeur d’abord. En choisir un le propose et envoie un e-mail au demandeur.
staff-request-ended = Cette demande est terminée : { $state }, le { $when }.
staff-request-state-approved = approuvée lors de l’entretien
staff-request-state-activated = approuvée lors de l’entretien, et la clé numérique activée
staff-request-state-incomplete = jugée incomplète lors de l’entretien
staff-request-state-refused = refusée lors de l’entretien
staff-request-state-no-show = le demandeur ne s’est pas présenté à l’entretien
staff-request-state-lapsed = expirée, la proposition n’a pas reçu de réponse à temps
staff-request-state-cancelled = annulée par le demandeur
staff-request-ended-new-request = Elle est affichée en lecture seule : plus rien ne peut être proposé, attribué ni déplacé pour elle. Si le demandeur a encore besoin d’un entretien, il introduit une nouvelle demande.
staff-request-ended-approved = Elle est affichée en lecture seule : plus rien ne peut être proposé, attribué ni déplacé pour elle. Le demandeur active sa clé numérique avec le lien reçu par e-mail et le code d’activation ; s’il a perdu l’un des deux, un superviseur délivre un nouveau code et un nouveau lien sur la page d’activation.
staff-request-ended-activated = Elle est affichée en lecture seule, et il ne reste rien à faire : le demandeur a activé sa clé numérique.
staff-request-activation = Activation de cette demande
staff-request-submitted = Envoyée le
staff-request-appointments = Rendez-vous
staff-request-appointments-none = Aucun créneau n’a jamais été proposé pour cette demande.
staff-request-history = Historique
staff-request-history-help = Tout ce qui est arrivé à cette demande, du plus ancien au plus récent, à l’heure de Bruxelles. Les consultations de ses pages n’y figurent pas.

staff-propose-all = Proposer des créneaux pour toutes les demandes ouvertes
staff-propose-all-help = Donne au plus grand nombre possible de demandes ouvertes un créneau libre dans l’un de leurs moments préférés, en répartissant le travail entre les agents et en favorisant les demandes les plus anciennes. Vous pouvez le relancer sans risque.
staff-propose-all-title = Créneaux proposés
staff-propose-all-proposed = { $count } des { $open } demandes ouvertes ont reçu une proposition.
staff-propose-all-no-slot = { $count } n’ont pas pu être placées : aucun agent parlant leur langue n’est libre à leurs moments préférés.
staff-propose-all-taken = { $count } n’ont pas pu être placées : les créneaux libres à leurs moments préférés sont allés à d’autres demandes (plus anciennes).
staff-propose-all-changed = { $count } ont changé pendant les propositions ; relancez pour les inclure.
staff-propose-all-again = Les demandes non placées restent dans la file : proposez un créneau à la main, ou relancez quand les agents auront ajouté des heures.
staff-propose-all-running-title = Proposition des créneaux…
staff-propose-all-running = { $done } demandes ouvertes sur { $total } examinées ; { $proposed } propositions faites jusqu’ici.
staff-propose-all-progress = Avancement des propositions
staff-propose-all-leave = Cette page suit le traitement d’elle-même. Vous pouvez aussi la quitter : les propositions continuent, et la file d’attente les montre.
staff-propose-all-refresh = Afficher l’avancement maintenant
staff-propose-all-stopped = Le traitement s’est arrêté avant la fin ({ $done } demandes ouvertes sur { $total } examinées). Les propositions déjà faites sont gardées : relancez-le pour le reste.
staff-propose-all-run-again = Relancer

staff-plan-title = Mon horaire de travail
staff-plan-title-of = Horaire de travail de { $name }
staff-plan-saved = Enregistré.
staff-plan-languages = Langues d’entretien parlées
staff-plan-week = Heures hebdomadaires
staff-plan-week-hint = Pour chaque jour, les périodes de travail à l’heure de Bruxelles, séparées par des virgules, par exemple 09:00-12:00, 13:00-17:00. Les intervalles sont des pauses. Laissez vide un jour non travaillé.
staff-plan-length = Durée de l’entretien (minutes)
staff-plan-length-hint = Entre 10 et 240 minutes.
staff-plan-length-fixed = Durée de l’entretien : { $minutes } minutes (fixée par un superviseur).
staff-plan-save = Enregistrer l’horaire
staff-plan-conflicts = Ces entretiens ne sont plus dans l’horaire de travail :
staff-plan-conflicts-help = Ils restent réservés. Un superviseur doit les réattribuer à un autre agent ou à un autre moment.
staff-plan-exceptions = Jours de congé et heures supplémentaires
staff-plan-exceptions-none = Aucun.
staff-plan-day-off = { $date } : jour de congé
staff-plan-extra-hours = { $date } : heures supplémentaires { $period }
staff-plan-remove = Supprimer
staff-plan-add-exception = Ajouter un jour de congé ou des heures supplémentaires
staff-plan-exception-day = Date
staff-plan-kind-off = Jour de congé
staff-plan-kind-extra = Heures supplémentaires
staff-plan-exception-period = Heures supplémentaires
staff-plan-exception-period-hint = Uniquement pour des heures supplémentaires, par exemple 18:00-20:00.
staff-plan-add = Ajouter
staff-plan-error-format = Écrivez les périodes sous la forme 09:00-12:00, séparées par des virgules.
staff-plan-error-order = Une période doit se terminer après son début.
staff-plan-error-overlap = Les périodes d’un même jour ne peuvent pas se chevaucher.
staff-plan-error-length = Indiquez un nombre entier de minutes entre 10 et 240.
staff-plan-error-day = Indiquez la date : jour, mois et année (par exemple 2026-12-24).
staff-plan-error-one-period = Indiquez une seule période, par exemple 18:00-20:00.

staff-interviewers-title = Agents chargés des entretiens
staff-interviewers-name = Nom
staff-interviewers-links = Pages

staff-appointment-title = Rendez-vous de la demande { $reference }
staff-appointment-when = Quand
staff-appointment-interviewer = Agent chargé de l’entretien
staff-appointment-state = État
staff-appointment-reason = Motif de la dernière modification
staff-appointment-history = Historique
staff-reassign-taken = L’agent choisi a été réservé entre-temps à ce moment-là : le rendez-vous n’a donc pas été réattribué. Il est inchangé : toujours avec { $name }, le { $when }, et le demandeur n’a reçu aucun message. Choisissez un autre agent ci-dessous, ou déplacez le rendez-vous à un autre moment.
staff-move-taken = Le nouveau créneau vient d’être pris par une autre proposition : le rendez-vous n’a donc pas été déplacé. Il est inchangé : toujours avec { $name }, le { $when }, et le demandeur n’a reçu aucun message. Choisissez un autre moment ci-dessous.
staff-reassign-not-offered = L’agent choisi ne peut pas reprendre ce rendez-vous (il ne parle pas sa langue, ne travaille pas à ce moment-là ou en est déjà chargé, ou l’entretien a déjà commencé) : il n’a donc pas été réattribué et reste avec { $name }, le { $when }. Choisissez l’un des agents de la liste ci-dessous.
staff-move-not-offered = Le créneau choisi ne peut pas être proposé pour cette demande (hors de l’horaire de travail de l’agent, de la période de la demande ou de sa langue) : le rendez-vous n’a donc pas été déplacé et reste avec { $name }, le { $when }. Choisissez l’un des moments de la liste ci-dessous.
staff-change-no-longer-open = Rien n’a été fait : ce rendez-vous a changé entre-temps (il a été déplacé, réattribué ou annulé, ou sa demande est terminée). Son état actuel est indiqué ci-dessous ; ouvrez la demande pour voir où elle en est.
staff-appointment-see-request = Où en est la demande { $reference }
staff-reassigned = Le rendez-vous a été déplacé. Les agents concernés le voient dans leur calendrier.

staff-reassign-title = Réattribuer
staff-reassign-same-time = À un autre agent, au même moment
staff-reassign-to = Agent chargé de l’entretien
staff-reassign-nobody = Aucun autre agent parlant la langue n’est libre à ce moment.
staff-reassign-submit = Réattribuer
staff-reassign-other-time = À un autre moment
staff-reassign-other-time-help = Le demandeur reçoit une nouvelle proposition et doit l’accepter à nouveau ; le créneau actuel est libéré. ★ indique les moments préférés du demandeur.
staff-reassign-slot = Nouveau créneau
staff-reassign-move = Déplacer et proposer le nouveau créneau
staff-reason = Motif
staff-reason-illness = Maladie
staff-reason-workload = Charge de travail
staff-reason-language = Langue
staff-reason-other = Autre
staff-reason-text = Explication (obligatoire pour « Autre »)
staff-reason-missing = Choisissez un motif.
staff-reason-other-needs-text = Expliquez le motif en quelques mots.
staff-reason-too-long = L’explication doit faire moins de 500 caractères.
staff-reason-other-text = Autre – { $reason }
staff-reason-cancelled = Annulé par le demandeur
staff-reason-another-slot = Le demandeur a demandé un autre créneau
staff-reason-lapsed = Pas de réponse dans le délai

staff-audit-title = Journal d’audit
staff-audit-help = Toutes les actions du personnel, les plus récentes d’abord. Le journal ne peut qu’être complété et est chaîné par des empreintes ; la commande verify-audit le vérifie.
staff-audit-when = Quand (heure de Bruxelles)
staff-audit-who = Qui
staff-audit-what = Action
staff-audit-request = Demande
staff-audit-detail = Détails
staff-audit-actor-applicant = Demandeur
staff-audit-actor-staff = Membre du personnel
staff-audit-actor-system = Système
staff-audit-caption = Entrées du journal, les plus récentes d’abord
staff-audit-action-request-submitted = Demande envoyée
staff-audit-action-security-code-reissued = Code de sécurité délivré à nouveau
staff-audit-action-code-lockout = Page du rendez-vous bloquée après des codes de sécurité erronés
staff-audit-action-staff-locked = Compte du personnel bloqué
staff-audit-action-staff-signed-in = Connexion
staff-audit-action-staff-signed-out = Déconnexion
staff-audit-action-staff-password-changed = Mot de passe du personnel modifié
staff-audit-action-audit-log-started = Journal d’audit ouvert
staff-audit-action-view-request = Demande consultée
staff-audit-action-view-appointment = Rendez-vous consulté
staff-audit-action-plan-change = Horaire de travail modifié
staff-audit-action-plan-exception-add = Jour de congé ou heures supplémentaires ajoutés
staff-audit-action-plan-exception-remove = Jour de congé ou heures supplémentaires retirés
staff-audit-action-view-id-document = Image du document d’identité consultée
staff-audit-action-propose = Créneau proposé
staff-audit-action-move-time = Déplacé à un autre moment
staff-audit-action-reassign = Réattribué à un autre agent
staff-audit-action-cancel = Annulé par le demandeur
staff-audit-action-ask-another-slot = Le demandeur a demandé un autre créneau
staff-audit-action-lapse = Proposition expirée sans réponse
staff-audit-action-accept = Accepté par le demandeur
staff-audit-action-id-image-deleted = Image du document d’identité supprimée
staff-audit-action-view-interview = Page de l’entretien consultée
staff-audit-action-interview-start = Entretien commencé
staff-audit-action-interview-consent = Points du consentement confirmés
staff-audit-action-interview-item = Point de la liste de contrôle coché
staff-audit-action-interview-document = Données du document enregistrées
staff-audit-action-interview-mrz = Zone de lecture automatique enregistrée
staff-audit-action-interview-photo = Photo de la personne avec le document prise
staff-audit-action-interview-fraud-flag = Signalé pour suspicion de fraude
staff-audit-action-interview-new-upload-asked = Nouvel envoi du document d’identité demandé
staff-audit-action-interview-personal-data-corrected = Données personnelles corrigées
staff-audit-action-interview-outcome = Résultat de l’entretien enregistré
staff-audit-action-interview-outcome-changed = Résultat de l’entretien modifié
staff-audit-action-interview-evidence-reduced = Preuves de l’entretien réduites après le délai de conservation
staff-audit-action-id-reupload = Nouvelle image du document d’identité envoyée par le demandeur
staff-audit-action-new-slots-after-interruption = Nouveaux créneaux préférés après un entretien interrompu
staff-audit-action-activation-issued = Code et lien d’activation délivrés
staff-audit-action-activation-lockout = Activation bloquée après des codes erronés
staff-audit-action-activation-revoked = Activation révoquée
staff-audit-action-key-chosen = Clé numérique choisie
staff-audit-action-key-activated = Clé numérique activée
staff-audit-action-unknown = Autre action ({ $code })
staff-audit-detail-form-sent-again = Le formulaire de demande a été envoyé à nouveau : un nouveau code de sécurité a été délivré.
staff-audit-detail-locked-until = Bloquée jusqu’au { $until }.
staff-audit-detail-failed-sign-ins = Après des échecs de connexion répétés.
staff-audit-detail-staff-locked = Après { $count } échecs de connexion ; { $sessions ->
    [0] aucune session n’était ouverte.
    [one] une session ouverte a été fermée.
   *[other] { $sessions } sessions ouvertes ont été fermées.
}
staff-audit-detail-password-changed = Mot de passe du membre du personnel { $name } ; { $sessions ->
    [0] aucune session n’était ouverte.
    [one] une session ouverte a été fermée.
   *[other] { $sessions } sessions ouvertes ont été fermées.
}
staff-audit-detail-plan = Horaire de travail de l’agent { $name } : { $period }. Langues : { $languages }. Entretiens de { $minutes } minutes.
staff-audit-detail-plan-day = { $weekday } { $period }
staff-audit-detail-plan-no-hours = aucune heure de travail
staff-audit-detail-day-off = Horaire de travail de l’agent { $name } : { $date }, jour de congé.
staff-audit-detail-extra-hours = Horaire de travail de l’agent { $name } : { $date }, heures supplémentaires { $period }.
staff-audit-detail-exception-removed = Horaire de travail de l’agent { $name } : un jour de congé ou des heures supplémentaires retirés.
staff-audit-detail-document = Image : { $side }.
staff-audit-detail-propose = { $when }, avec { $name }.
staff-audit-detail-move-time = Du { $from } au { $to }, avec { $name }.
staff-audit-detail-reassign = { $when } : { $to } remplace { $from }.
staff-audit-detail-reason = Motif : { $reason }.
staff-audit-detail-cancel = Entretien du { $when }.
staff-audit-detail-ask-another-slot = Entretien du { $when } libéré. Nouveaux créneaux préférés : { $slots }.
staff-audit-detail-lapse = Proposition faite le { $when }, restée sans réponse dans le délai.
staff-audit-detail-accept = Entretien du { $when }. Images du document d’identité : { $side }.
staff-audit-detail-images-on-file = celles déjà enregistrées
staff-audit-detail-image-deleted = Image : { $side }, supprimée { $count ->
    [one] un jour
   *[other] { $count } jours
} après la fin de la demande.
staff-audit-detail-unknown-staff = un ancien membre du personnel

staff-documents = Document d’identité
staff-documents-none = Aucune image chargée pour l’instant : le demandeur la charge en acceptant.
staff-documents-not-yours = Les images du document d’identité sont montrées à l’agent qui a maintenant cette demande en charge et aux superviseurs.
staff-document-front = Recto
staff-document-back = Verso
staff-document-figures = netteté { $sharpness }, reflets { $glare } %, couleur { $colour }
staff-nav-undeliverable = E-mails non distribués
staff-undeliverable-title = E-mails non distribués
staff-undeliverable-help = Les e-mails que le serveur de messagerie a refusés définitivement (boîte inconnue ou fermée, adresse refusée). Ils ne sont plus réessayés : contactez la personne autrement, ou corrigez l'adresse et demandez une nouvelle demande.
staff-undeliverable-none = Tous les e-mails ont pu être distribués.
staff-undeliverable-count = { $count ->
    [one] Un e-mail n'a pas pu être distribué.
   *[other] { $count } e-mails n'ont pas pu être distribués.
}
staff-undeliverable-caption = E-mails non distribués, du plus récent au plus ancien
staff-undeliverable-request = Demande
staff-undeliverable-recipient = Destinataire
staff-undeliverable-kind = E-mail
staff-undeliverable-when = Refusé le
staff-undeliverable-reason = Motif donné par le serveur
staff-undeliverable-pages = Pages des e-mails non distribués
staff-undeliverable-previous = Page précédente
staff-undeliverable-next = Page suivante
staff-undeliverable-page = Page { $page } sur { $pages }

staff-figures-today = Entretiens du jour, { $date }
staff-figures-today-total = { $count ->
    [0] Aucun entretien aujourd’hui.
    [one] Un entretien aujourd’hui.
   *[other] { $count } entretiens aujourd’hui.
}
staff-figures-waiting = En attente de début
staff-figures-in-progress = En cours
staff-figures-outcome-approved = Approuvé
staff-figures-outcome-incomplete = Incomplet
staff-figures-outcome-refused = Refusé
staff-figures-outcome-no_show = Absence
staff-figures-outcome-interrupted = Interrompu
staff-figures-col-kind = État
staff-figures-col-count = Entretiens
staff-figures-flagged = Signalés pour suspicion de fraude
staff-figures-flagged-open = En attente d’un résultat
staff-figures-flagged-open-none = Aucun entretien signalé n’attend de résultat.
staff-figures-flagged-decided = Décidés ces 7 derniers jours
staff-figures-flagged-decided-none = Aucun entretien signalé n’a été décidé ces 7 derniers jours.
staff-figures-recent = Résultats des 7 derniers jours
staff-figures-overdue = Résultat en retard
staff-figures-overdue-help = { $count ->
    [one] Un entretien confirmé est terminé sans résultat :
   *[other] { $count } entretiens confirmés sont terminés sans résultat, les plus anciens d’abord :
}
staff-figures-overdue-none = Aucun entretien n’attend son résultat au-delà de son heure de fin.
staff-figures-more = { $count ->
    [one] Et un autre.
   *[other] Et { $count } autres.
}
staff-figures-col-request = Demande
staff-figures-col-starts = Entretien
staff-figures-col-interviewer = Agent chargé de l’entretien
staff-figures-col-flagged = Signalé
staff-figures-col-outcome = Résultat
staff-figures-col-state = Où il en est
staff-figures-not-started = Pas commencé
staff-figures-started = Commencé à { $time }

## Activations

staff-nav-activations = Activations
staff-list-shown = Affichage : { $shown } sur { $total }.
staff-activations-title = Activations
staff-activations-figures = Activations
staff-activations-pending = En attente d’utilisation
staff-activations-done = Clés activées ces 30 derniers jours
staff-activations-expired = Expirées sans utilisation ces 30 derniers jours
staff-activations-find = Retrouver les activations d’une personne par adresse e-mail
staff-activations-find-hint = L’adresse exactement telle que la personne l’a donnée.
staff-activations-find-submit = Rechercher
staff-activations-waiting = En attente d’utilisation, les plus récentes d’abord
staff-activations-found = Activations de cette adresse
staff-activation-issued = Délivrée
staff-activation-expires = Expiration
staff-activation-state = État
staff-activation-wrong-codes = Codes erronés depuis le dernier verrouillage
staff-activation-state-waiting = En attente
staff-activation-state-used = Utilisée : clé créée
staff-activation-state-revoked = Révoquée
staff-activation-state-expired = Expirée
staff-activation-state-locked = Verrouillée temporairement après des codes erronés
staff-activation-request-title = Activation de la demande { $reference }
staff-activation-none = Aucune activation n’a été délivrée pour cette demande.
staff-activation-reissue = Délivrer un nouveau code et un nouveau lien
staff-activation-reissue-help = Pour un demandeur qui a perdu le code ou l’e-mail. Vérifiez d’abord à qui vous parlez. L’ancien code et l’ancien lien cessent de fonctionner ; le nouveau lien est envoyé par e-mail, et le nouveau code vous est montré une seule fois, pour le communiquer par téléphone ou lors d’un nouvel appel.
staff-activation-reissue-submit = Délivrer un nouveau code et un nouveau lien
staff-activation-revoke = Révoquer l’activation
staff-activation-revoke-reason = Motif (conservé dans le journal d’audit)
staff-activation-revoke-submit = Révoquer
staff-activation-revoke-reason-required = Indiquez pourquoi l’activation est révoquée
staff-activation-revoked = L’activation a été révoquée : son lien et son code ne fonctionnent plus.
staff-activation-not-open = Cette activation a déjà été utilisée ou révoquée.
staff-activation-not-approved = Seule une demande approuvée dont la clé n’est pas encore créée peut recevoir un nouveau code.
staff-activation-code-title = Code d’activation
staff-activation-code-intro = Dictez ce code au demandeur, ou montrez-le pendant l’appel. Il le saisit avec le lien que nous lui avons envoyé par e-mail.
staff-activation-code-spelled = Caractère par caractère :
staff-activation-code-until = Valable jusqu’au { $until }.
staff-activation-code-once = Ce code n’est affiché que maintenant. Il ne réapparaît pas si vous rechargez cette page. Si le demandeur le perd, un superviseur peut en délivrer un nouveau.
staff-activation-code-done = Terminé : le demandeur a le code
staff-activation-reissue-stale = Un nouveau code a été émis pour cette demande depuis l’affichage de cette page (peut-être le formulaire a-t-il été envoyé deux fois). Le code déjà donné reste valable ; n’en émettez un autre que s’il a lui aussi été perdu.
