## rendezvous — English. Every key here exists in fr, nl and de too (a test checks it).

site-name = rendezvous · video identity interview
skip-to-content = Skip to main content
language-switch-label = Language
language-switch-new-tab = (opens in a new tab; this page stays open)
footer-text = A service to book a video interview that verifies your identity for a Belgian digital key.
privacy-link = Privacy notice
field-optional = (optional)
error-prefix = Error:
select-choose = Choose…
error-summary-title = There is a problem

## Dates
date-long = { $weekday } { $day } { $month } { $year }
slot-long = { $date }, { $part }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
part-am = morning (9:00–12:00)
part-pm = afternoon (13:00–17:00)

## Home page
landing-title = Verify your identity by video call
landing-intro = If you cannot use a Belgian eID card or itsme, an official can check your identity document with you in a short video call. Afterwards you can activate your digital key (username, password and a one-time code) and sign in to Belgian online public services.
landing-result = At the end of a successful interview you receive an activation code in the call and an activation link by email.
landing-start = Request an interview
landing-have-key = Already activated your digital key?
landing-have-key-link = Sign in with it
landing-steps-title = How it works
landing-step-1-title = Request an interview.
landing-step-1-text = Fill in the form with your personal data and a few time slots that suit you. You receive a personal security code: keep it.
landing-step-2-title = Confirm the appointment.
landing-step-2-text = You receive an email with a proposed slot in the week after your request or the week after that. With the link and your security code you accept it and upload your identity document, or ask for another slot.
landing-step-3-title = Take part in the interview.
landing-step-3-text = The video call opens in your browser; nothing to install. Have the original of your identity document at hand.
landing-step-4-title = Activate your digital key.
landing-step-4-text = With the activation link and the activation code you activate your digital key once.
landing-ready-title = What to have ready
landing-ready-personal-data = your personal data (name, date and place of birth, and your Belgian national number if you have one);
landing-ready-email = a personal email address that only you read;
landing-ready-motivation = a short motivation: what you will use the digital key for;
landing-ready-slots = a few time slots in the coming two weeks when you are free;
landing-ready-language = the language for the interview: French, Dutch or English;
landing-ready-document = a valid passport or European identity card.
landing-not-needed-title = Who does not need this service
landing-not-needed-text = If you hold an electronic identity card from one of these countries, you can already sign in to Belgian online services with it:

## Privacy notice
privacy-title = Privacy notice
privacy-controller-title = Who processes your data
privacy-controller-text = The Belgian federal public service responsible for digital identity processes your data to verify your identity and to create your digital key.
privacy-data-title = Which data
privacy-data-text = The data you give in the form (name, birth details, national number if given, email address, motivation, preferred slots, language), the scans of your identity document and the outcome of the interview.
privacy-purpose-title = Why
privacy-purpose-text = Only to organise the interview, verify your identity and activate your digital key. Your data are not used for anything else and are not sold or shared for marketing.
privacy-retention-title = How long
privacy-retention-text = Scans of your identity document are deleted at the latest 30 days after your request ends. The other data are kept as long as the law on digital identity requires.
privacy-rights-title = Your rights
privacy-rights-text = You may ask to see, correct or delete your data, and you may complain to the Belgian Data Protection Authority.
privacy-back = Back to the request form

## Error pages
error-page-not-found-title = Page not found
error-page-not-found-text = Check the address, or start again from the home page.
error-page-too-large-title = What you sent is too large
error-page-too-large-text = Go back, shorten what you typed or choose a smaller file, and send it again.
error-page-bad-request-title = This request could not be understood
error-page-bad-request-text = Go back to the previous page and try again.
error-page-internal-title = Sorry, something went wrong on our side
error-page-internal-text = Nothing you did caused this. Please try again in a few minutes; if it keeps happening, come back later.
error-page-home = Go to the home page

## Request form
form-title = Request a video identity interview
form-intro = All fields are required unless marked optional. You will choose when the interview suits you at the end of the form.
form-section-person = About you
form-section-contact = Contact and motivation
form-section-interview = The interview
form-section-consent = Consent
form-submit = Send my request
consent-label = I agree that my personal data are processed to organise this interview and create my digital key, as explained in the
consent-privacy-link = privacy notice (opens in a new tab)
notice-csrf = For your security, this form has to be sent again: check your answers below and press “Send my request”.
notice-rate-limited = Too many requests were sent from your connection. Your answers are kept below: please try again in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.

field-last_name = Last name
field-first_names = First names
field-birth_date = Date of birth
field-birth_country = Country of birth
field-birth_place = Place of birth
field-sex = Sex
field-niss = Belgian national number
field-email = Personal email address
field-motivation = Motivation
field-interview_language = Language of the interview
field-slot = When would the interview suit you?
field-consent = Consent
hint-first_names = All first names, as on your identity document.
hint-birth_date = For example, 27 3 1985
hint-niss = Only if you have one: 11 digits, for example 85.07.30-033.28.
hint-email = We send the proposed appointment here. Use an address only you read.
hint-motivation = What will you use the digital key for? At least 10 characters.
hint-slot = Tick every part of a day when you are free. The interview will be in the week after your request or the week after that (Belgian time).
date-day = Day
date-month = Month
date-year = Year
sex-F = Female
sex-M = Male
sex-X = Unspecified
interview-language-fr = French
interview-language-nl = Dutch
interview-language-en = English

# Field errors (GOV.UK style): the verb fits the field, "Enter…" for what is typed,
# "Select…" for what is chosen; no full stop.
error-required-last_name = Enter your last name
error-required-first_names = Enter your first names
error-required-birth_date = Enter your date of birth
error-required-birth_country = Select your country of birth
error-required-birth_place = Enter your place of birth
error-required-sex = Select your sex
error-required-email = Enter your email address
error-required-motivation = Enter what you will use the digital key for
error-required-interview_language = Select the interview language
error-too-long = { $field } must be { $max } characters or fewer
error-invalid-characters = { $field } must not contain line breaks or tabs
error-name-link = Enter your name without web addresses or symbols such as < >
error-place-link = Enter your place of birth without web addresses or symbols such as < >
error-date-missing-day = Date of birth must include a day
error-date-missing-month = Date of birth must include a month
error-date-missing-year = Date of birth must include a year
error-date-missing-day-month = Date of birth must include a day and a month
error-date-missing-day-year = Date of birth must include a day and a year
error-date-missing-month-year = Date of birth must include a month and a year
error-date-real = Date of birth must be a real date
error-date-year-digits = Year of birth must include 4 numbers, for example 1985
error-date-future = Date of birth must be in the past
error-date-too-old = Date of birth must be in 1900 or later
error-country = Select your country of birth from the list
error-niss-format = Enter a Belgian national number of 11 digits, like 85.07.30-033.28, or leave it empty if you have none
error-niss-checksum = Enter a valid Belgian national number: check the last two digits, or leave it empty
error-niss-birth-date = Check your national number and your date of birth: they do not match
error-email = Enter an email address in the correct format, like name@example.org
error-motivation-short = Motivation must be at least { $min } characters: tell us in a few words what you will use the digital key for
error-motivation-long = Motivation must be { $motivation_max } characters or fewer
error-no-slot = Select at least one time slot
error-slot-not-offered = Select your time slots again: one you chose is no longer available
error-consent = Select the box to agree to the processing of your data: without it we cannot organise the interview

## Request received
received-title = Your request has been received
received-resent = This form had already been sent. Your request was kept once; here is a new security code — the one shown before no longer works.
received-reference = Your request reference is { $reference }.
received-code-title = Your personal security code
received-code-keep = Write it down or store it safely now. It is shown only this once. Share it with nobody — our staff will never ask for it.
received-code-lost = You will need it with the link in our emails to confirm, move or cancel your appointment. A lost code cannot be recovered: you would have to make a new request.
received-next-title = What happens next
received-next-1 = We have sent a confirmation to { $email }.
received-next-2 = Within a few working days you receive an email proposing a slot in the week after your request or the week after that.
received-next-3 = You accept it with your security code and upload your identity document, or ask for another slot. Without an answer within 3 working days the proposal lapses.
already-sent-title = This form was already sent
already-sent-text = Your request was recorded when you first sent this form. If you no longer have its security code, make a new request.
already-sent-new = Make a new request

## Staff sign-in
staff-sign-in-title = Staff sign-in
staff-email = Email address
staff-password = Password
staff-sign-in-submit = Sign in
staff-sign-in-failed = The email address or the password is wrong. After several wrong attempts, signing in is paused for up to 15 minutes.
staff-sign-in-paused = After too many failed attempts, signing in with this email address is paused until { $until }. Wait until then, then try again.
staff-sign-in-too-soon = There were several failed attempts with this email address, so signing in is slowed down: your password was not checked. Wait { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }, then type it again.
staff-sign-in-failed-wait = The email address or the password is wrong. After several failed attempts, wait { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    } before you try again.
staff-signed-out = You are signed out.
notice-csrf-staff = For your security, please sign in again.
staff-home-title = Staff
staff-signed-in-as = Signed in as { $name } ({ $role }).
staff-languages = Interview languages: { $languages }.
staff-sign-out = Sign out
role-interviewer = interviewer
role-supervisor = supervisor
instant-long = { $date }, { $time } (Brussels time, { $zone })
