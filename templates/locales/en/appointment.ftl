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
scan-cut-off = The whole document must be in the picture, with its four corners visible. Place it on a plain, darker surface and leave a little space around it.
scan-blurred = The image is blurred (sharpness { $figure }, at least { $threshold } needed). Hold the phone steady, tap the document on the screen to focus, and take the photo again.
scan-too-dark = The image is too dark (brightness { $figure }, at least { $threshold } needed). Take the photo again in daylight or a well-lit room.
scan-low-contrast = The image is too flat to read (contrast { $figure }, at least { $threshold } needed). Take the photo again in even light, without a filter.
scan-glare = Part of the document is washed out by light ({ $figure } % of one area, at most { $threshold } %). Avoid direct light or flash on the card: tilt it slightly or move away from the lamp.
upload-check-small = This picture looks too small to read the document. Move closer, or scan it at 300 dpi, before sending.
upload-check-blur = This picture looks blurred. Hold the phone steady and tap the document to focus, then choose the new photo.
