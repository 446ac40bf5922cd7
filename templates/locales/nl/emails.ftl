## E-mails — Nederlands

email-received-subject = We hebben uw gespreksaanvraag { $reference } ontvangen
email-received-greeting = Beste { $name },
email-received-intro = We hebben uw aanvraag voor een identiteitscontrole via videogesprek ontvangen. Uw referentie is { $reference }.
email-received-language = Taal van het gesprek: { $language }.
email-received-slots = De tijdslots die u hebt gekozen (Belgische tijd):
email-received-next = Binnen enkele werkdagen sturen we u per e-mail een voorgesteld tijdslot. U kunt het dan aanvaarden, een ander tijdslot vragen of annuleren.
email-received-code = Om te antwoorden hebt u de persoonlijke beveiligingscode nodig die op het scherm werd getoond toen u uw aanvraag verstuurde. Voor uw veiligheid staat die niet in deze e-mail.
email-received-not-you = Hebt u deze aanvraag niet ingediend, dan kunt u deze e-mail negeren.
