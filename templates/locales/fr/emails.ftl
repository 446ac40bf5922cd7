## E-mails — français

email-received-subject = Nous avons reçu votre demande d’entretien { $reference }
email-received-greeting = Bonjour { $name },
email-received-intro = Nous avons bien reçu votre demande d’entretien vidéo de vérification d’identité. Votre référence est { $reference }.
email-received-language = Langue de l’entretien : { $language }.
email-received-slots = Les créneaux que vous avez choisis (heure belge) :
email-received-next = D’ici quelques jours ouvrables, nous vous enverrons par e-mail une proposition de créneau. Vous pourrez alors l’accepter, demander un autre créneau ou annuler.
email-received-code = Pour répondre, vous aurez besoin du code de sécurité personnel affiché à l’écran lors de l’envoi de votre demande. Pour votre sécurité, il ne figure pas dans cet e-mail.
email-received-not-you = Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer cet e-mail.

email-proposal-subject = Un créneau pour votre entretien vidéo { $reference }
email-proposal-intro = Nous vous proposons ce créneau pour votre entretien vidéo d’identification (référence { $reference }) :
email-proposal-when = { $when }, { $minutes } minutes, en { $language }.
email-proposal-action = Ouvrez le lien ci-dessous et saisissez votre code de sécurité personnel pour accepter le créneau (vous chargerez votre document d’identité), demander un autre créneau ou annuler :
email-proposal-deadline = Merci de répondre dans les 3 jours ouvrables. Sans réponse, le créneau est libéré et vous devrez introduire une nouvelle demande.
email-proposal-moved = Nous avons dû modifier votre rendez-vous. Ce nouveau créneau remplace celui que nous vous avions donné ; merci de répondre à nouveau.

email-cancelled-subject = Votre entretien vidéo est annulé { $reference }
email-cancelled-text = À votre demande, nous avons annulé votre entretien du { $when }. Le créneau a été libéré.
email-cancelled-new = Si vous avez encore besoin d’une clé numérique, vous pouvez introduire une nouvelle demande :
email-lockout-subject = Quelqu’un a essayé d’ouvrir votre rendez-vous { $reference }
email-lockout-text = Plusieurs codes de sécurité erronés ont été saisis sur la page de votre rendez-vous. Pour votre sécurité, la page est verrouillée jusqu’au { $until }.
email-lockout-advice = Si c’était vous, attendez cette heure-là et saisissez le code affiché lors de l’envoi de votre demande. Si ce n’était pas vous, personne ne peut voir votre rendez-vous sans votre code : gardez-le pour vous.
email-released-subject = Votre créneau est libéré : une nouvelle proposition suivra { $reference }
email-released-text = À votre demande, nous avons libéré le créneau du { $when }. Nous vous en proposerons un autre aux moments que vous avez choisis.
email-lapsed-subject = Votre demande d’entretien a expiré { $reference }
email-lapsed-text = Nous n’avons pas reçu votre réponse au créneau du { $when } dans les 3 jours ouvrables : le créneau a été libéré et votre demande a expiré.
email-booked-subject = Votre entretien vidéo est réservé { $reference }
email-booked-intro = Votre entretien vidéo d’identification est réservé définitivement :
email-booked-link = À l’heure de l’entretien, ouvrez ce lien dans votre navigateur (rien à installer) :
email-booked-have = À avoir sous la main :
email-booked-change = Jusqu’au début de l’entretien, vous pouvez encore le déplacer ou l’annuler avec le lien de notre e-mail précédent et votre code de sécurité. Le fichier de calendrier joint ajoute l’entretien à votre agenda.
email-booked-summary = Entretien vidéo d’identification
email-reminder-subject = Rappel : votre entretien vidéo demain { $reference }
email-reminder-text = Nous vous rappelons votre entretien vidéo d’identification du { $when }.
email-moved-subject = Votre entretien vidéo : un autre agent { $reference }
email-moved-text = Votre entretien du { $when } sera mené par un autre agent. L’heure et le lien vidéo ne changent pas ; vous n’avez rien à faire.
