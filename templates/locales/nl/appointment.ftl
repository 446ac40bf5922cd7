## De afsprakenpagina van de aanvrager — Nederlands

appointment-link-unknown-title = Deze link werkt niet
appointment-link-unknown-text = We vonden geen afspraak achter deze link. Controleer of u de volledige link uit onze laatste e-mail hebt geopend. Vindt u die niet, dien dan een nieuwe aanvraag in.
appointment-link-replaced-title = Dit voorstel is vervangen
appointment-link-replaced-text = Dit tijdslot wordt u niet meer voorgesteld. Als we een ander voorstelden, staat dat in een recentere e-mail van ons: gebruik de link in die e-mail. Anders mailen we u binnenkort een nieuw voorstel.
appointment-link-finished-title = Deze aanvraag is afgesloten
appointment-link-finished-text = Deze aanvraag is geannuleerd, vervallen of afgehandeld, dus de link opent ze niet meer. Hebt u nog een gesprek nodig, dien dan een nieuwe aanvraag in.
appointment-new-request = Een nieuwe aanvraag indienen

appointment-code-title = Uw persoonlijke beveiligingscode
appointment-code-intro = Vul de persoonlijke beveiligingscode in die werd getoond toen u uw aanvraag verstuurde, om uw afspraak te zien.
appointment-code-label = Beveiligingscode
appointment-code-hint = 12 letters en cijfers, bijvoorbeeld ABCD-EFGH-JKMN. Spaties en streepjes maken niet uit.
appointment-code-submit = Mijn afspraak openen
appointment-code-lost = Een verloren beveiligingscode kan niet worden teruggevonden: u zou een nieuwe aanvraag moeten indienen.
appointment-code-wrong = Deze beveiligingscode is niet de juiste. Controleer ze en probeer opnieuw; na vijf foute codes wordt de pagina 15 minuten vergrendeld.
appointment-code-locked = Er werden te veel foute codes ingevuld voor deze aanvraag. Voor uw veiligheid is de pagina vergrendeld tot { $until }. We hebben u dit per e-mail laten weten.
appointment-code-expired-form = Vul voor uw veiligheid uw code opnieuw in.

appointment-title = Uw videogesprek
appointment-state-line = Status van uw afspraak: { $state }.
appointment-when = Wanneer
appointment-your-time = In uw tijdzone:
appointment-length = Duur
appointment-minutes = { $minutes } minuten
appointment-language = Taal van het gesprek
appointment-reference = Referentie
appointment-answer-before = Antwoord vóór { $deadline }: aanvaard het tijdslot hieronder, vraag een ander of annuleer. Zonder antwoord wordt het tijdslot vrijgegeven en moet u een nieuwe aanvraag indienen.
appointment-prepare-title = Wat u klaar moet hebben
appointment-prepare-document = het origineel van het identiteitsdocument dat u uploadt (paspoort of Europese identiteitskaart);
appointment-prepare-device = een computer of telefoon met camera en microfoon;
appointment-prepare-connection = een goede internetverbinding en een rustige plek.
appointment-started = Uw gesprek is begonnen of voorbij: het kan hier niet meer worden gewijzigd of geannuleerd.
appointment-change-title = Andere plannen?
appointment-cancel-link = Het gesprek annuleren

appointment-cancel-title = Uw gesprek annuleren?
appointment-cancel-question = Wilt u uw gesprek van { $when } annuleren?
appointment-cancel-consequence = Het tijdslot gaat naar iemand anders. Voor een gesprek later zou u een nieuwe aanvraag moeten indienen.
appointment-cancel-confirm = Ja, mijn gesprek annuleren
appointment-cancel-back = Nee, mijn gesprek behouden
appointment-cancelled-title = Uw gesprek is geannuleerd
appointment-cancelled-text = We hebben uw gesprek geannuleerd en u een bevestiging per e-mail gestuurd.

appointment-another-link = Een ander tijdslot vragen
appointment-another-title = Een ander tijdslot vragen
appointment-another-intro = Vink de dagdelen aan waarop u vrij bent. Dit tijdslot wordt vrijgegeven en we stellen een ander voor, in de week na vandaag of de week daarop.
appointment-another-submit = Mijn nieuwe voorkeuren versturen
appointment-another-done-title = We stellen een ander tijdslot voor
appointment-another-done-text = Uw tijdslot is vrijgegeven. Binnen enkele werkdagen mailen we u een nieuw voorstel op een van de gekozen momenten; de link in die e-mail opent het.

appointment-accept-title = Dit tijdslot aanvaarden
appointment-accept-intro = Voeg een kleurenfoto of -scan van uw identiteitsdocument toe (paspoort of Europese identiteitskaart), als JPEG- of PNG-afbeelding van hoogstens { $max } MB, om het gesprek definitief te boeken.
id-image-front = Voorzijde van het document (of de fotopagina van het paspoort)
id-image-front-hint = Het hele document, scherp en leesbaar, zonder schittering.
id-image-back = Achterzijde van het document
id-image-back-hint = Voor een identiteitskaart, waarvan de achterzijde gegevens bevat. Niet nodig voor een paspoort.
id-image-passed = Deze foto is goedgekeurd, maar niet bewaard omdat de andere zijde werd geweigerd: kies hem opnieuw.
id-image-on-file = We hebben nog de afbeelding die u voor een eerder tijdslot stuurde: kies alleen een nieuwe om ze te vervangen.
appointment-accept-submit = Aanvaarden en het gesprek boeken
appointment-accepted-title = Uw gesprek is geboekt
appointment-accepted-text = Uw gesprek van { $when } is definitief geboekt.
appointment-accepted-email = We hebben u een e-mail gestuurd met de videolink en een agendabestand. Tot het gesprek begint, kunt u het nog verplaatsen of annuleren via deze pagina.
scan-empty = Het gekozen bestand is leeg. Kies de foto of scan opnieuw.
scan-too-large = Dit bestand is groter dan { $max } MB. Neem de foto opnieuw met een lagere resolutie of kies een kleinere scan.
scan-not-jpeg-or-png = Dit bestand is geen JPEG- of PNG-afbeelding. Neem een foto van het document of bewaar de scan als JPEG of PNG.
scan-unreadable = Deze afbeelding kan niet worden gelezen: ze is misschien beschadigd of onvolledig. Kies het bestand opnieuw of neem een nieuwe foto.
scan-too-many-pixels = Deze afbeelding is veel te groot voor een foto van een document. Neem een gewone foto met uw telefoon of camera.
scan-front-missing = Voeg een foto of scan van de voorzijde van uw identiteitsdocument toe.
scan-too-many-uploads = Het maximale aantal afbeeldingen voor deze aanvraag is al verstuurd. Is een betere nodig, dan vraagt de gespreksvoerder u erom.
scan-too-small = De afbeelding is te klein om het document te lezen: { $width } × { $height } pixels, minstens { $min_long } × { $min_short } zijn nodig. Kom dichterbij zodat het document bijna de hele foto vult, of scan het op 300 dpi.
scan-not-in-colour = De afbeelding is zwart-wit (kleur { $figure }, minstens { $threshold } nodig): de kleuren van het document moeten zichtbaar zijn. Scan of fotografeer het in kleur.
scan-cut-off = Het hele document moet op de foto staan, met de vier hoeken zichtbaar. Leg het op een effen, donkerdere ondergrond en laat er wat ruimte omheen.
scan-blurred = De afbeelding is onscherp (scherpte { $figure }, minstens { $threshold } nodig). Houd de telefoon stil, tik op het document op het scherm om scherp te stellen en neem de foto opnieuw.
scan-too-dark = De afbeelding is te donker (helderheid { $figure }, minstens { $threshold } nodig). Neem de foto opnieuw bij daglicht of in een goed verlichte kamer.
scan-low-contrast = De afbeelding is te vlak om te lezen (contrast { $figure }, minstens { $threshold } nodig). Neem de foto opnieuw bij gelijkmatig licht, zonder filter.
scan-glare = Een deel van het document is uitgewist door licht ({ $figure } % van een zone, hoogstens { $threshold } %). Vermijd direct licht of flits op de kaart: kantel ze een beetje of ga verder van de lamp.
upload-check-small = Deze afbeelding lijkt te klein om het document te lezen. Kom dichterbij of scan het op 300 dpi voor u ze verstuurt.
upload-check-blur = Deze afbeelding lijkt onscherp. Houd de telefoon stil en tik op het document om scherp te stellen, en kies dan de nieuwe foto.

## De pagina achter de link van een e-mail „nieuwe afbeelding van uw document”
new-upload-title = Een nieuwe afbeelding van uw identiteitsdocument
new-upload-code-intro = Tijdens uw videogesprek vroeg de medewerker om een nieuwe foto of scan van uw identiteitsdocument. Vul de persoonlijke beveiligingscode in die werd getoond toen u uw aanvraag verstuurde, om ze te versturen.
new-upload-code-submit = Verder
new-upload-intro = De medewerker vroeg om een nieuwe foto of scan van uw identiteitsdocument (paspoort of Europese identiteitskaart), omdat het document op de afbeelding die u stuurde niet goed genoeg te controleren is.
new-upload-good-title = Zo maakt u een goede afbeelding:
new-upload-good-whole = het hele document, met de vier hoeken zichtbaar, op een effen, donkerdere ondergrond;
new-upload-good-sharp = scherp: houd de telefoon stil en tik op het document op het scherm om scherp te stellen;
new-upload-good-light = in gelijkmatig licht, zonder flits of schittering op het document;
new-upload-good-colour = in kleur, als JPEG- of PNG-afbeelding.
new-upload-format = Een JPEG- of PNG-afbeelding van hoogstens { $max } MB per zijde.
new-upload-submit = De nieuwe afbeeldingen versturen
new-upload-kept = Al het andere van uw gesprek blijft bewaard: u stuurt alleen de nieuwe afbeeldingen.
new-upload-too-many = Het maximale aantal afbeeldingen van deze zijde is al verstuurd. Heeft de medewerker toch nog een betere nodig, dan zegt die het u tijdens het gesprek.
new-upload-received-title = Uw nieuwe afbeeldingen zijn aangekomen
new-upload-received-text = Dank u. De medewerker ziet de nieuwe afbeeldingen van uw identiteitsdocument op de pagina van uw gesprek.
new-upload-received-next = U hoeft verder niets te doen. Bent u nog in het videogesprek, dan kunt u de medewerker zeggen dat u ze hebt verstuurd.
new-upload-over-title = Uw gesprek is afgelopen
new-upload-over-text = Het gesprek waarvoor een nieuwe afbeelding werd gevraagd, is afgelopen: er is geen nieuwe afbeelding meer nodig. U hoeft niets te doen.

## Na een onderbroken gesprek: nieuwe voorkeursmomenten kiezen
new-slots-title = Kies nieuwe momenten voor uw gesprek
new-slots-code-intro = Uw videogesprek werd onderbroken door een technisch probleem. Om nieuwe momenten voor een nieuw gesprek te kiezen, voert u de persoonlijke beveiligingscode in die werd getoond toen u uw aanvraag verstuurde.
new-slots-code-submit = Verder
new-slots-intro = Uw videogesprek werd onderbroken door een technisch probleem en uw aanvraag staat weer in onze wachtrij. Vink de dagdelen aan waarop u vrij bent: ze vervangen de momenten die u eerder koos, en we stellen een nieuw tijdslot voor in de week na vandaag of de week daarop.
new-slots-submit = Mijn nieuwe voorkeuren versturen
new-slots-done-title = Uw nieuwe momenten zijn opgeslagen
new-slots-done-text = Dank u. Binnen enkele werkdagen mailen we u een nieuw voorstel op een van de gekozen momenten; de link in die e-mail opent het. We hebben u ook een e-mail met deze momenten gestuurd.
