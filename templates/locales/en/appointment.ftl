## The applicant's appointment page — English

appointment-link-unknown-title = This link does not work
appointment-link-unknown-text = We could not find an appointment behind this link. Check that you opened the whole link from our latest email. If you cannot find it, make a new request.
appointment-link-replaced-title = This proposal has been replaced
appointment-link-replaced-text = This slot is no longer proposed to you. If we proposed another one, it is in a newer email from us: use the link in that email. Otherwise we will email you a new proposal soon.
appointment-link-finished-title = This request has ended
appointment-link-finished-text = This request was cancelled, lapsed or has been dealt with, so the link no longer opens it. If you still need an interview, make a new request.
appointment-new-request = Make a new request

appointment-code-title = Your personal security code
appointment-code-intro = To see your appointment, enter the personal security code shown when you sent your request.
appointment-code-label = Security code
appointment-code-hint = 12 letters and digits, for example ABCD-EFGH-JKMN. Spaces and dashes do not matter.
appointment-code-submit = Open my appointment
appointment-code-lost = A lost security code cannot be recovered: you would make a new request.
appointment-code-wrong = This security code is not the right one. Check it and try again; after five wrong codes the page is locked for 15 minutes.
appointment-code-locked = Too many wrong codes were entered for this request. For your safety the page is locked until { $until }. We have told you by email.
appointment-code-expired-form = For your security, please enter your code again.

appointment-title = Your video interview
appointment-state-line = State of your appointment: { $state }.
appointment-when = When
appointment-your-time = In your time zone:
appointment-length = Length
appointment-minutes = { $minutes } minutes
appointment-language = Language of the interview
appointment-reference = Reference
appointment-answer-before = Please answer before { $deadline }: accept the slot below, ask for another one or cancel. Without an answer the slot is released and you would need to make a new request.
appointment-prepare-title = What to have ready
appointment-prepare-document = the original of the identity document you upload (passport or European identity card);
appointment-prepare-device = a computer or phone with a camera and a microphone;
appointment-prepare-connection = a good internet connection and a quiet place.
appointment-started = Your interview has started or is over: it can no longer be changed or cancelled here.
appointment-change-title = Change of plans?
appointment-cancel-link = Cancel the interview

appointment-cancel-title = Cancel your interview?
appointment-cancel-question = Do you want to cancel your interview of { $when }?
appointment-cancel-consequence = The slot will be given to someone else. To have an interview later, you would make a new request.
appointment-cancel-confirm = Yes, cancel my interview
appointment-cancel-back = No, keep my interview
appointment-cancelled-title = Your interview is cancelled
appointment-cancelled-text = We have cancelled your interview and sent you a confirmation by email.

appointment-another-link = Ask for another slot
appointment-another-title = Ask for another slot
appointment-another-intro = Tick the parts of the days when you are free. This slot will be released and we will propose another one, in the week after today or the week after that.
appointment-another-submit = Send my new preferences
appointment-another-done-title = We will propose another slot
appointment-another-done-text = Your slot has been released. Within a few working days we will email you a new proposal in one of the times you chose; the link in that email opens it.

appointment-accept-title = Accept this slot
appointment-accept-intro = To book the interview for good, add a colour photo or scan of your identity document (passport or European identity card), as a JPEG or PNG image of at most { $max } MB.
id-image-front = Front of the document (or the photo page of the passport)
id-image-front-hint = The whole document, sharp and readable, without glare.
id-image-back = Back of the document
id-image-back-hint = For an identity card, whose back carries information. Not needed for a passport.
id-image-passed = This photo passed the check, but it was not kept because the other side was refused: choose it again.
id-image-on-file = We still have the image you sent for an earlier slot: choose a new one only to replace it.
appointment-accept-submit = Accept and book the interview
appointment-accepted-title = Your interview is booked
appointment-accepted-text = Your interview of { $when } is booked for good.
appointment-accepted-email = We have sent you an email with the video link and a calendar file. You can still move or cancel the interview from this page until it starts.
scan-empty = The chosen file is empty. Choose the photo or scan again.
scan-too-large = This file is larger than { $max } MB. Take the photo again at a lower resolution, or choose a smaller scan.
scan-not-jpeg-or-png = This file is not a JPEG or PNG image. Take a photo of the document, or save the scan as JPEG or PNG.
scan-unreadable = This image cannot be read: it may be damaged or incomplete. Choose the file again, or take a new photo.
scan-too-many-pixels = This image is far too large to be a photo of a document. Take a normal photo with your phone or camera.
scan-front-missing = Add a photo or scan of the front of your identity document.
scan-too-many-uploads = The most images allowed for this request have already been sent. If a better one is needed, the interviewer will ask you for it.
scan-too-small = The image is too small to read the document: { $width } × { $height } pixels, at least { $min_long } × { $min_short } are needed. Move closer so that the document fills most of the picture, or scan it at 300 dpi.
scan-not-in-colour = The image is in black and white (colour { $figure }, at least { $threshold } needed): the document's colours must show. Scan or photograph it in colour.
scan-cut-off = The whole document must be in the picture, with its four corners visible. Place it on a plain, darker surface and leave a little space around it.
scan-blurred = The image is blurred (sharpness { $figure }, at least { $threshold } needed). Hold the phone steady, tap the document on the screen to focus, and take the photo again.
scan-too-dark = The image is too dark (brightness { $figure }, at least { $threshold } needed). Take the photo again in daylight or a well-lit room.
scan-low-contrast = The image is too flat to read (contrast { $figure }, at least { $threshold } needed). Take the photo again in even light, without a filter.
scan-glare = Part of the document is washed out by light ({ $figure } % of one area, at most { $threshold } %). Avoid direct light or flash on the card: tilt it slightly or move away from the lamp.
upload-check-small = This picture looks too small to read the document. Move closer, or scan it at 300 dpi, before sending.
upload-check-blur = This picture looks blurred. Hold the phone steady and tap the document to focus, then choose the new photo.

## The page behind the link of a "new upload of your ID" email
new-upload-title = A new image of your identity document
new-upload-code-intro = In your video interview, the official asked for a new photo or scan of your identity document. To send it, enter the personal security code shown when you sent your request.
new-upload-code-submit = Continue
new-upload-intro = The official asked for a new photo or scan of your identity document (passport or European identity card), because the one you sent is not good enough to check it.
new-upload-good-title = What makes a good image:
new-upload-good-whole = the whole document, with its four corners visible, on a plain, darker surface;
new-upload-good-sharp = sharp: hold the phone steady and tap the document on the screen to focus;
new-upload-good-light = in even light, without flash or glare on the document;
new-upload-good-colour = in colour, as a JPEG or PNG image.
new-upload-format = A JPEG or PNG image of at most { $max } MB per side.
new-upload-submit = Send the new images
new-upload-kept = Everything else from your interview is kept: you only send the new images.
new-upload-too-many = As many images of this side as allowed have already been sent. If the official still needs a better one, they will tell you in the interview.
new-upload-received-title = Your new images have arrived
new-upload-received-text = Thank you. The official will see the new images of your identity document on your interview page.
new-upload-received-next = You do not need to do anything else. If you are still in the video call, you can tell the official that you have sent them.
new-upload-over-title = Your interview is over
new-upload-over-text = The interview for which a new image was asked is over, so no new image is needed any more. You do not need to do anything.

## After an interrupted interview: choosing new preferred slots
new-slots-title = Choose new times for your interview
new-slots-code-intro = Your video interview was interrupted by a technical problem. To choose new times for a new interview, enter the personal security code shown when you sent your request.
new-slots-code-submit = Continue
new-slots-intro = Your video interview was interrupted by a technical problem, and your request is back in our queue. Tick the parts of the days when you are free: they replace the times you chose before, and we will propose a new slot in the week after today or the week after that.
new-slots-submit = Send my new preferences
new-slots-done-title = Your new times are saved
new-slots-done-text = Thank you. Within a few working days we will email you a new proposal in one of the times you chose; the link in that email opens it. We have also sent you an email with these times.
