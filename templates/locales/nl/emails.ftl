## E-mails — Nederlands

email-received-subject = We hebben uw gespreksaanvraag { $reference } ontvangen
email-received-greeting = Beste { $name },
email-received-intro = We hebben uw aanvraag voor een identiteitscontrole via videogesprek ontvangen. Uw referentie is { $reference }.
email-received-language = Taal van het gesprek: { $language }.
email-received-slots = De tijdslots die u hebt gekozen (Belgische tijd):
email-received-next = Binnen enkele werkdagen sturen we u per e-mail een voorgesteld tijdslot. U kunt het dan aanvaarden, een ander tijdslot vragen of annuleren.
email-received-code = Om te antwoorden hebt u de persoonlijke beveiligingscode nodig die op het scherm werd getoond toen u uw aanvraag verstuurde. Voor uw veiligheid staat die niet in deze e-mail.
email-received-not-you = Hebt u deze aanvraag niet ingediend, dan kunt u deze e-mail negeren.

email-proposal-subject = Een tijdslot voor uw videogesprek { $reference }
email-proposal-intro = We stellen dit tijdslot voor uw video-identificatiegesprek voor (referentie { $reference }):
email-proposal-when = { $when }, { $minutes } minuten, in het { $language }.
email-proposal-action = Open de link hieronder en vul uw persoonlijke beveiligingscode in om het tijdslot te aanvaarden (u uploadt dan uw identiteitsdocument), een ander tijdslot te vragen of te annuleren:
email-proposal-deadline = Antwoord binnen 3 werkdagen. Zonder antwoord wordt het tijdslot vrijgegeven en moet u een nieuwe aanvraag indienen.
email-proposal-moved = We moesten uw afspraak wijzigen. Dit nieuwe tijdslot vervangt het vorige; gelieve opnieuw te antwoorden.

email-cancelled-subject = Uw videogesprek is geannuleerd { $reference }
email-cancelled-text = Zoals u vroeg, hebben we uw gesprek van { $when } geannuleerd. Het tijdslot is vrijgegeven.
email-cancelled-new = Hebt u nog een digitale sleutel nodig, dan kunt u een nieuwe aanvraag indienen:
email-lockout-subject = Iemand probeerde uw afspraak te openen { $reference }
email-lockout-text = Op de pagina van uw afspraak werden meerdere foute beveiligingscodes ingevuld. Voor uw veiligheid is de pagina vergrendeld tot { $until }.
email-lockout-advice = Was u het zelf, wacht dan tot dat moment en vul de code in die werd getoond toen u uw aanvraag verstuurde. Was u het niet, dan kan niemand uw afspraak zien zonder uw code: houd ze voor uzelf.
email-released-subject = Uw tijdslot is vrijgegeven: er volgt een nieuw voorstel { $reference }
email-released-text = Zoals u vroeg, hebben we het tijdslot van { $when } vrijgegeven. We stellen een ander voor op de momenten die u koos.
email-lapsed-subject = Uw aanvraag voor een gesprek is vervallen { $reference }
email-lapsed-text = We ontvingen binnen 3 werkdagen geen antwoord op het tijdslot van { $when }. Het tijdslot is vrijgegeven en uw aanvraag is vervallen.
email-booked-subject = Uw videogesprek is geboekt { $reference }
email-booked-intro = Uw video-identificatiegesprek is definitief geboekt:
email-booked-link = Open op het moment van het gesprek deze link in uw browser (niets te installeren):
email-booked-have = Houd bij de hand:
email-booked-change = Tot het gesprek begint, kunt u het nog verplaatsen of annuleren met de link uit onze vorige e-mail en uw beveiligingscode. Het bijgevoegde agendabestand zet het gesprek in uw agenda.
email-booked-summary = Video-identificatiegesprek
email-reminder-subject = Herinnering: uw videogesprek morgen { $reference }
email-reminder-text = Dit is een herinnering aan uw video-identificatiegesprek op { $when }.
email-moved-subject = Uw videogesprek: een andere medewerker { $reference }
email-moved-text = Uw gesprek van { $when } wordt door een andere medewerker gevoerd. Het tijdstip en de videolink blijven dezelfde; u hoeft niets te doen.
