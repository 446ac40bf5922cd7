# The interview page (interviewers and supervisors).

interview-title = Interview { $reference }
interview-title-plain = Interview
interview-not-yet = The interview page opens at { $time } { $zone }, a quarter of an hour before the start.
interview-see-appointment = See the appointment
interview-saved = Saved.
interview-stale = Someone else saved this interview after you opened it. The page now shows their changes; what you typed is still in the form below. Check it and save again.
interview-stamp = { $who }, { $time }
interview-video = Video call
interview-video-open = Open the video call
interview-not-started = The interview has not started yet.
interview-started-at = Started by { $stamp }.
interview-decided = Outcome recorded: { $outcome } ({ $stamp }).
interview-flagged = Suspected fraud flagged by { $stamp }.

interview-applicant = Applicant
interview-applicant-as-typed = As the applicant typed it in the request; corrections made in the interview are listed below.
interview-field-last_name = Last name
interview-field-first_names = First names
interview-field-birth_date = Date of birth
interview-field-birth_place = Place of birth
interview-field-sex = Sex
interview-field-niss = National number (NISS)
interview-field-birth_country = Country of birth
interview-field-email = Email address
interview-niss-none = none given
interview-corrections = Corrections made in the interview
interview-correction-field = Field
interview-correction-from = Was
interview-correction-to = Now
interview-correction-by = Corrected by

interview-image-front = Front of the ID
interview-image-back = Back of the ID
interview-image-photo = Photo of the applicant with the document
interview-image-received = received { $time }
interview-image-full-size = Open at full size
interview-zoom-help = Click an image to magnify the part under the pointer; click again to zoom out. "Open at full size" shows it in a new tab.
interview-new-upload = Ask the applicant for a new upload
interview-new-upload-help = If a scan is not good enough, the applicant gets an email with a link to upload it again. What you entered here stays; new images appear in this section.
interview-new-upload-asked = A new upload was asked for by { $stamp }.

interview-history-requested = Request made { $time }

interview-start-title = Start
interview-start-help = Press when the applicant has joined the video call. The start time is recorded.
interview-start = Start interview

interview-consent-title = Before the checks
interview-consent-say = Tell the applicant: the purpose of the interview (to prove their identity for a digital key), that a photo of them holding their document will be taken, and how long it is kept: the photo and the ID images are deleted { $days } days after the outcome; the record of the checks is kept { $evidence_days } days (about { $evidence_years } years) as the evidence of the identity proofing.
interview-consent-legend = The applicant was told
interview-consent-purpose_told = the purpose of the interview
interview-consent-photo_announced = that a photo of them with the document will be taken
interview-consent-retention_told = how long the photo ({ $days } days) and the record ({ $evidence_days } days) are kept
interview-consent-save = Confirm
interview-consent-confirmed = Confirmed by { $stamp }.
interview-consent-own-form = The consent is confirmed with its own form above.

interview-checklist = Checklist
interview-state-not_done = not done
interview-state-ok = ok
interview-state-not_ok = not ok
interview-item-state = Result
interview-item-state-missing = Choose a result.
interview-note = Note
interview-item-save = Save
interview-text-too-long = Keep it under { $max } characters.

interview-item-consent = Consent
interview-item-original_shown = The original document is shown and is the one uploaded
interview-item-original_shown-help = Ask the applicant to hold the original in front of the camera, front and back; compare it with the uploaded images.
interview-item-document_data = Document data
interview-item-document_data-help = Only a passport or a European ID card is accepted. An expired document blocks the approval.
interview-item-mrz = Machine-readable zone
interview-item-mrz-help = Type or paste the lines at the bottom of the document; every check digit is verified and the zone is compared with the document data and the applicant's data.
interview-item-security_features = Security features
interview-item-security_features-help = Check these three features under white light, chosen at random for this interview. They cannot be drawn again.
interview-item-registry_checks = Registry checks
interview-item-registry_checks-help = Check that the document is not reported lost, stolen or cancelled; write the result of the check in the note.
interview-item-same_person = The person is the one on the document
interview-item-same_person-help = Compare the document photo with the live video, feature by feature, and ask for the movement below.
interview-item-personal_data = Personal data
interview-item-personal_data-help = Check the data against the document and the registers; correct what is wrong. The applicant's original stays in the request.
interview-item-photo_with_document = Photo of the applicant holding the document
interview-item-photo_with_document-help = Take it with the camera, or upload a file if there is no camera.

interview-document-kind = Type of document
interview-document-kind-passport = Passport
interview-document-kind-european_id_card = European identity card
interview-document-country = Issuing country
interview-document-number = Document number
interview-document-expiry = Expiry date
interview-document-save = Save the document data
interview-document-required = Fill this in.
interview-document-kind-not-accepted = Only a passport or a European identity card is accepted.
interview-document-unknown-country = Choose the issuing country from the list.
interview-document-id-card-not-european = An identity card is accepted only from a country of the EU, the EEA or Switzerland; otherwise ask for a passport.
interview-document-number-format = Letters and digits only, at most 20.
interview-document-date-format = Write the date as year-month-day, for example 2031-05-20.

interview-mrz-label = Machine-readable zone
interview-mrz-hint = ID card: 3 lines of 30 characters; passport: 2 lines of 44. Use < for the filler.
interview-mrz-check = Check the zone
interview-mrz-document-first = Save the document data first: the zone is compared with them.
interview-mrz-empty = Type or paste the zone.
interview-mrz-wrong-shape = An ID card has 3 lines of 30 characters and a passport 2 lines of 44; these lines have { $lengths }.
interview-mrz-bad-character = "{ $character }" on line { $line }, column { $column }, cannot be in a zone: only A–Z, 0–9 and <.
interview-mrz-not-identity-document = This zone starts with "{ $found }": it is not a passport or an identity card.
interview-mrz-not-parseable = The zone cannot be read. Check it against the document.
interview-mrz-all-match = Every check digit is right and the zone agrees with the data.
interview-mrz-mismatches = { $count ->
    [one] One disagreement
   *[other] { $count } disagreements
}
interview-mrz-field = Field
interview-mrz-typed = Typed
interview-mrz-zone = In the zone
interview-mrz-check-wrong = wrong check digit
interview-mrz-check-document_number = Check digit of the document number
interview-mrz-check-birth_date = Check digit of the date of birth
interview-mrz-check-expiry_date = Check digit of the expiry date
interview-mrz-check-optional_data = Check digit of the optional data
interview-mrz-check-composite = Composite check digit
interview-mrz-field-number = Document number
interview-mrz-field-expiry = Expiry date
interview-mrz-field-country = Issuing country
interview-mrz-field-last-name = Last name
interview-mrz-field-first-names = First names
interview-mrz-field-birth-date = Date of birth
interview-mrz-field-sex = Sex

interview-feature-category-optically-variable = optically variable feature
interview-feature-category-personalisation = personalisation technique
interview-feature-category-substrate = substrate and material
interview-feature-category-printing = security printing
interview-feature-ovd = optically variable

interview-facial-features = Compare:
interview-facial-face-shape = face shape
interview-facial-eyes = eyes
interview-facial-eyebrows = eyebrows
interview-facial-nose = nose
interview-facial-mouth = mouth
interview-facial-ears = ears
interview-liveness = Ask the applicant:

interview-corrections-legend = Correct the personal data
interview-corrections-help = Change only what is wrong; each change is recorded with the value it replaces, who made it and when.
interview-corrections-save = Save the corrections
interview-correction-required = Fill this in.
interview-correction-too-long = At most 100 characters.
interview-correction-date-format = Write the date as year-month-day, for example 1985-07-30.
interview-correction-date-future = The date of birth must be in the past.
interview-correction-date-too-old = The date of birth cannot be before 1900.
interview-correction-sex = Choose the sex.
interview-correction-niss-sex = This national number belongs to a person of the other sex (the sequence number is odd for men, even for women).

interview-photos-taken = { $count ->
    [0] No photo taken yet.
    [one] One photo taken.
   *[other] { $count } photos taken.
}
interview-camera-preview = Camera picture
interview-camera-still = Photo taken
interview-camera-start = Start the camera
interview-camera-take = Take the photo
interview-camera-again = Take it again
interview-camera-ready = The camera is on. Ask the applicant to hold the document next to their face, then take the photo.
interview-camera-taken = Photo taken. Save it, or take it again.
interview-camera-failed = The camera could not be started. Upload a file instead.
interview-photo-file = Photo file
interview-photo-hint = JPEG or PNG, at least 640 × 480 pixels. With the camera, the photo taken is put here.
interview-photo-save = Save the photo
interview-photo-missing = Take a photo or choose a file first.
interview-photo-too-many = This request already has as many photos as allowed.
scan-photo-too-small = This photo has { $width } × { $height } pixels; it needs at least { $min_long } × { $min_short }.

interview-fraud-title = Suspected fraud
interview-fraud-help = Flag a forged document, a manipulated video, coercion or someone else answering. Supervisors are told; the interview can then not be approved.
interview-fraud-note = What did you see?
interview-fraud-flag = Flag suspected fraud
interview-fraud-none = Nothing flagged.
interview-fraud-note-required = Say what you saw: the note is needed for the supervisors.
interview-fraud-already = The interview is already flagged.

interview-outcome-title = Outcome
interview-outcome = Outcome
interview-decided-by = Recorded by
interview-outcome-approved = Approved
interview-outcome-incomplete = Incomplete
interview-outcome-refused = Refused
interview-outcome-no_show = No-show
interview-outcome-interrupted = Interrupted (technical failure)
interview-approve-ready = Every item is ok, the document is valid and nothing is flagged.
interview-approve = Approve
interview-approve-blocked = It cannot be approved yet:
interview-blocker-not-started = the interview has not started
interview-blocker-consent = the consent is not confirmed
interview-blocker-not-done = { $item }: not done
interview-blocker-not-ok = { $item }: not ok
interview-blocker-evidence = { $item }: marked ok without its data
interview-blocker-expired = the document has expired
interview-blocker-fraud = suspected fraud is flagged
interview-missing = Missing
interview-missing-legend = What is missing
interview-applicant-text = Text for the applicant
interview-applicant-text-help = This text is emailed to the applicant. The internal note is not.
interview-internal-note = Internal note
interview-record-incomplete = Record as incomplete
interview-refusal-reason = Reason
interview-reason-document_not_accepted = the document is not accepted
interview-reason-document_expired = the document has expired
interview-reason-document_not_genuine = the document is not genuine
interview-reason-person_does_not_match = the person is not the one on the document
interview-reason-data_do_not_match = the data do not match
interview-reason-applicant_withdrew = the applicant withdrew
interview-reason-other = other
interview-record-refused = Record the refusal
interview-no-show-from = A no-show can be recorded from { $time } { $zone }.
interview-record-no-show = Record a no-show
interview-interrupted-help = Picture, sound or connection failed: the applicant is emailed a link to choose new slots and the request goes back to the queue.
interview-record-interrupted = Record the interruption
interview-incomplete-text-required = Tell the applicant what is missing and what to do next.
interview-incomplete-nothing-missing = Choose at least one missing item.
interview-incomplete-item-ok = { $item } is marked ok, so it is not missing.
interview-refusal-reason-required = Choose the reason.
interview-refusal-text-required = A refusal must be explained to the applicant.
interview-no-show-too-early = A no-show can be recorded from { $time }.
interview-no-show-joined = The applicant joined the interview: record another outcome.
interview-already-decided = An outcome is already recorded.
interview-not-approvable = The interview cannot be approved yet: see what is left above.
interview-no-longer-open = The request is no longer waiting for this outcome (it was moved or cancelled meanwhile).
interview-outcome-unknown = Choose an outcome.

interview-change-title = Change the outcome
interview-change-help = A supervisor other than the person who recorded the outcome may replace it, with a reason; the change is in the audit log and the applicant is told.
interview-change-reason = Why is the outcome changed?
interview-change-reason-required = Give the reason for the change.
interview-change-not-decided = No outcome is recorded yet.
interview-change-not-supervisor = Only a supervisor may change an outcome.
interview-change-own-decision = You recorded this outcome: another supervisor must change it.
interview-change-interruption = An interruption cannot be changed, nor an outcome into one.

interview-problem-not-started = Start the interview first.
interview-problem-already-started = The interview has already started.
interview-problem-outcome-recorded = An outcome is recorded: the checklist is closed.
interview-problem-consent-first = Confirm the consent before the checks.
interview-problem-consent-points = Tick all three points: the purpose, the photo and the retention.
interview-problem-evidence-consent = Tick all three points first.
interview-problem-evidence-original_shown = Mark it after seeing the original.
interview-problem-evidence-document_data = Save the document data first.
interview-problem-evidence-mrz = Check the zone first: it can be marked ok only when it was read and agrees with the data.
interview-problem-evidence-security_features = The features were not drawn.
interview-problem-evidence-registry_checks = Write the result of the check first.
interview-problem-evidence-same_person = The liveness prompt was not drawn.
interview-problem-evidence-personal_data = Check the personal data first.
interview-problem-evidence-photo_with_document = Take the photo first.
interview-open = Interview page
interview-appointment-moved = This appointment was moved or cancelled: its interview cannot be continued here. Open the interview from the new appointment.
