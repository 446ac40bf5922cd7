## Staff pages — English

staff-nav-label = Staff menu
staff-nav-home = Overview
staff-nav-calendar = Calendar
staff-nav-assign = Assign requests
staff-nav-plan = Working plan
staff-nav-queue = Queue
staff-nav-interviewers = Interviewers
staff-nav-audit = Audit log
staff-csrf-title = Form expired
staff-csrf-refused = Nothing was changed: this form had expired. Go back, reload the page and try again.

staff-home-changes = Changes to your calendar
staff-home-changes-none = Nobody else changed your calendar in the last two weeks.

appointment-state-proposed = proposed
appointment-state-confirmed = confirmed
appointment-state-released = released
appointment-state-reassigned = moved to another interviewer
appointment-state-lapsed = lapsed

staff-calendar-title = My calendar
staff-calendar-title-of = Calendar of { $name }
staff-calendar-of = Calendar of
staff-calendar-show = Show
staff-calendar-previous = Previous week
staff-calendar-next = Next week
staff-calendar-week-of = Week of { $date }
staff-calendar-zone-note = All times are Brussels time; the zone (CET in winter, CEST in summer) is shown for each day.
staff-calendar-not-working = Not working.
staff-calendar-past = Past
staff-calendar-free = free ({ $count ->
    [one] one slot
   *[other] { $count } slots
})
staff-calendar-conflict = Outside the working plan: reassign it.
staff-calendar-upcoming = Next interviews
staff-calendar-upcoming-none = No interviews planned.

staff-offers-none = No free slot fits this request in its two-week window.
staff-offers-shown = The first { $shown } of { $count } fitting slots are shown.
staff-offer-preferred = preferred by the applicant
staff-proposed = Slot proposed for request { $reference }. The applicant has been emailed.
staff-slot-taken = This slot was just taken by another proposal. Nothing was booked; choose another slot below.
staff-request-not-open = This request is no longer waiting for a slot: someone else has just dealt with it.
staff-slot-not-offered = This slot cannot be offered for this request (outside the working plan, the request's window or its language). Choose one of the slots listed.

staff-assign-title = Assign requests
staff-assign-help = Open requests in the languages you speak, oldest first. Choose a request to see your free slots that fit it; the applicant's preferred slots come first.
staff-assign-slots-for = Your free slots for request { $reference }

staff-queue-title = Queue of open requests
staff-queue-count = { $count ->
    [one] One open request
   *[other] { $count } open requests
}
staff-queue-empty = No request is waiting for a slot.
staff-queue-range = Requests { $from } to { $to } of { $total }, oldest first.
staff-queue-pages = Pages of the list
staff-queue-previous = Previous page
staff-queue-next = Next page
staff-queue-caption = Open requests, oldest first
staff-queue-reference = Request
staff-queue-language = Interview language
staff-queue-preferred = Preferred slots
staff-queue-age = Waiting for
staff-queue-age-days = { $count ->
    [one] one working day
   *[other] { $count } working days
}
staff-queue-filter = Language
staff-queue-all-languages = All languages
staff-queue-apply = Filter
staff-back-to-queue = Back to the queue

staff-request-title = Request { $reference }
staff-request-name = Applicant
staff-request-offers = Free slots that fit
staff-request-offers-help = Every interviewer who speaks the language and is free inside the request's two-week window; the applicant's preferred slots first. Choosing one proposes it and emails the applicant.
staff-request-ended = This request has ended: { $state }, on { $when }.
staff-request-state-approved = approved at the interview
staff-request-state-activated = approved at the interview, and the digital key activated
staff-request-state-incomplete = found incomplete at the interview
staff-request-state-refused = refused at the interview
staff-request-state-no-show = the applicant did not come to the interview
staff-request-state-lapsed = lapsed, the proposal was not answered in time
staff-request-state-cancelled = cancelled by the applicant
staff-request-ended-new-request = It is shown read-only: nothing can be proposed, assigned or moved for it any more. If the applicant still needs an interview, they make a new request.
staff-request-ended-approved = It is shown read-only: nothing can be proposed, assigned or moved for it any more. The applicant activates their digital key with the emailed link and the activation code; if they lost one of them, a supervisor issues a new code and link on the activation page.
staff-request-ended-activated = It is shown read-only, and nothing is left to do: the applicant has activated their digital key.
staff-request-activation = Activation of this request
staff-request-submitted = Submitted
staff-request-appointments = Appointments
staff-request-appointments-none = No slot was ever proposed for this request.
staff-request-history = History
staff-request-history-help = Everything that happened to this request, oldest first, in Brussels time. Views of its pages are left out.

staff-propose-all = Propose slots for all open requests
staff-propose-all-help = Gives as many open requests as possible a free slot in one of their preferred times, spreading the work across interviewers and favouring older requests. It is safe to run again.
staff-propose-all-title = Slots proposed
staff-propose-all-proposed = { $count } of { $open } open requests received a proposal.
staff-propose-all-no-slot = { $count } could not be placed: no interviewer who speaks their language is free in their preferred times.
staff-propose-all-taken = { $count } could not be placed: the free slots in their preferred times went to other (older) requests.
staff-propose-all-changed = { $count } changed while the proposals were made; run it again to include them.
staff-propose-all-again = Requests that were not placed stay in the queue: propose a slot by hand, or run it again when interviewers have added hours.
staff-propose-all-running-title = Proposing slots…
staff-propose-all-running = { $done } of { $total } open requests considered; { $proposed } proposed so far.
staff-propose-all-progress = Progress of the proposals
staff-propose-all-leave = This page follows the run by itself. You may also leave it: the proposals go on, and the queue shows them.
staff-propose-all-refresh = Show the progress now
staff-propose-all-stopped = The run stopped before the end ({ $done } of { $total } open requests considered). The proposals already made are kept: run it again for the rest.
staff-propose-all-run-again = Run it again

staff-plan-title = My working plan
staff-plan-title-of = Working plan of { $name }
staff-plan-saved = Saved.
staff-plan-languages = Interview languages spoken
staff-plan-week = Weekly hours
staff-plan-week-hint = For each day, the working periods in Brussels time, separated by commas, for example 09:00-12:00, 13:00-17:00. The gaps are breaks. Leave a day empty when not working.
staff-plan-length = Interview length (minutes)
staff-plan-length-hint = Between 10 and 240 minutes.
staff-plan-length-fixed = Interview length: { $minutes } minutes (set by a supervisor).
staff-plan-save = Save the plan
staff-plan-conflicts = These interviews are no longer inside the working plan:
staff-plan-conflicts-help = They are kept as booked. A supervisor must reassign them to another interviewer or another time.
staff-plan-exceptions = Days off and extra hours
staff-plan-exceptions-none = None.
staff-plan-day-off = { $date }: day off
staff-plan-extra-hours = { $date }: extra hours { $period }
staff-plan-remove = Remove
staff-plan-add-exception = Add a day off or extra hours
staff-plan-exception-day = Date
staff-plan-kind-off = Day off
staff-plan-kind-extra = Extra hours
staff-plan-exception-period = Extra hours
staff-plan-exception-period-hint = Only for extra hours, for example 18:00-20:00.
staff-plan-add = Add
staff-plan-error-format = Write the periods as 09:00-12:00, separated by commas.
staff-plan-error-order = A period must end after it starts.
staff-plan-error-overlap = The periods of one day must not overlap.
staff-plan-error-length = Enter a whole number of minutes between 10 and 240.
staff-plan-error-day = Enter the date as a day, month and year (for example 2026-12-24).
staff-plan-error-one-period = Enter one period, for example 18:00-20:00.

staff-interviewers-title = Interviewers
staff-interviewers-name = Name
staff-interviewers-links = Pages

staff-appointment-title = Appointment for request { $reference }
staff-appointment-when = When
staff-appointment-interviewer = Interviewer
staff-appointment-state = State
staff-appointment-reason = Reason for the last change
staff-appointment-history = History
staff-reassign-taken = The interviewer you chose was booked at that time in the meantime, so the appointment was not reassigned. It is unchanged: still with { $name }, { $when }, and the applicant was not told anything. Choose another interviewer below, or move the appointment to another time.
staff-move-taken = The new slot was just taken by another proposal, so the appointment was not moved. It is unchanged: still with { $name }, { $when }, and the applicant was not told anything. Choose another time below.
staff-reassign-not-offered = The interviewer you chose cannot take this appointment (they do not speak its language, do not work at that time or already hold it, or it has already started), so it was not reassigned: it is still with { $name }, { $when }. Choose one of the interviewers listed below.
staff-move-not-offered = The slot you chose cannot be offered for this request (outside the interviewer's working plan, the request's window or its language), so the appointment was not moved: it is still with { $name }, { $when }. Choose one of the times listed below.
staff-change-no-longer-open = Nothing was done: this appointment changed in the meantime (it was moved, reassigned or cancelled, or its request ended). Its state now is shown below; open the request to see where it stands.
staff-appointment-see-request = Where request { $reference } stands now
staff-reassigned = The appointment was moved. The interviewers concerned see it in their calendars.

staff-reassign-title = Reassign
staff-reassign-same-time = To another interviewer at the same time
staff-reassign-to = Interviewer
staff-reassign-nobody = No other interviewer who speaks the language is free at this time.
staff-reassign-submit = Reassign
staff-reassign-other-time = To another time
staff-reassign-other-time-help = The applicant receives a new proposal and must accept it again; the current slot is released. ★ marks the applicant's preferred times.
staff-reassign-slot = New slot
staff-reassign-move = Move and propose the new slot
staff-reason = Reason
staff-reason-illness = Illness
staff-reason-workload = Workload
staff-reason-language = Language
staff-reason-other = Other
staff-reason-text = Explanation (required for “Other”)
staff-reason-missing = Choose a reason.
staff-reason-other-needs-text = Explain the reason in a few words.
staff-reason-too-long = Keep the explanation under 500 characters.
staff-reason-other-text = Other – { $reason }
staff-reason-cancelled = Cancelled by the applicant
staff-reason-another-slot = The applicant asked for another slot
staff-reason-lapsed = No answer in time

staff-audit-title = Audit log
staff-audit-help = Every staff action, newest first. The log is append-only and chained by hashes; the verify-audit command checks it.
staff-audit-when = When (Brussels time)
staff-audit-who = Who
staff-audit-what = Action
staff-audit-request = Request
staff-audit-detail = Details
staff-audit-actor-applicant = Applicant
staff-audit-actor-staff = Staff member
staff-audit-actor-system = System
staff-audit-caption = Audit entries, newest first
staff-audit-action-request-submitted = Request submitted
staff-audit-action-security-code-reissued = Security code issued again
staff-audit-action-code-lockout = Appointment page locked after wrong security codes
staff-audit-action-staff-locked = Staff account locked
staff-audit-action-staff-signed-in = Signed in
staff-audit-action-staff-signed-out = Signed out
staff-audit-action-staff-password-changed = Staff password changed
staff-audit-action-audit-log-started = Audit log started
staff-audit-action-view-request = Request viewed
staff-audit-action-view-appointment = Appointment viewed
staff-audit-action-plan-change = Working plan changed
staff-audit-action-plan-exception-add = Day off or extra hours added
staff-audit-action-plan-exception-remove = Day off or extra hours removed
staff-audit-action-view-id-document = ID image viewed
staff-audit-action-propose = Slot proposed
staff-audit-action-move-time = Moved to another time
staff-audit-action-reassign = Reassigned to another interviewer
staff-audit-action-cancel = Cancelled by the applicant
staff-audit-action-ask-another-slot = Applicant asked for another slot
staff-audit-action-lapse = Proposal lapsed without an answer
staff-audit-action-accept = Accepted by the applicant
staff-audit-action-id-image-deleted = ID image deleted
staff-audit-action-view-interview = Interview page viewed
staff-audit-action-interview-start = Interview started
staff-audit-action-interview-consent = Consent points confirmed
staff-audit-action-interview-item = Checklist item marked
staff-audit-action-interview-document = Document data recorded
staff-audit-action-interview-mrz = Machine-readable zone recorded
staff-audit-action-interview-photo = Photo of the person with the document taken
staff-audit-action-interview-fraud-flag = Flagged for suspected fraud
staff-audit-action-interview-new-upload-asked = New ID upload asked for
staff-audit-action-interview-personal-data-corrected = Personal data corrected
staff-audit-action-interview-outcome = Interview outcome recorded
staff-audit-action-interview-outcome-changed = Interview outcome changed
staff-audit-action-interview-evidence-reduced = Interview evidence reduced after the retention period
staff-audit-action-id-reupload = New ID image uploaded by the applicant
staff-audit-action-new-slots-after-interruption = New preferred slots after an interrupted interview
staff-audit-action-activation-issued = Activation code and link issued
staff-audit-action-activation-lockout = Activation locked after wrong codes
staff-audit-action-activation-revoked = Activation revoked
staff-audit-action-key-chosen = Digital key chosen
staff-audit-action-key-activated = Digital key activated
staff-audit-action-unknown = Other action ({ $code })
staff-audit-detail-form-sent-again = The request form was sent again: a new security code was issued.
staff-audit-detail-locked-until = Locked until { $until }.
staff-audit-detail-failed-sign-ins = After repeated failed sign-ins.
staff-audit-detail-staff-locked = After { $count } failed sign-ins; { $sessions ->
    [0] no session was open.
    [one] one open session was ended.
   *[other] { $sessions } open sessions were ended.
}
staff-audit-detail-password-changed = Password of { $name }; { $sessions ->
    [0] no session was open.
    [one] one open session was ended.
   *[other] { $sessions } open sessions were ended.
}
staff-audit-detail-plan = Working plan of { $name }: { $period }. Languages: { $languages }. Interviews of { $minutes } minutes.
staff-audit-detail-plan-day = { $weekday } { $period }
staff-audit-detail-plan-no-hours = no working hours
staff-audit-detail-day-off = Working plan of { $name }: { $date }, day off.
staff-audit-detail-extra-hours = Working plan of { $name }: { $date }, extra hours { $period }.
staff-audit-detail-exception-removed = Working plan of { $name }: a day off or extra hours removed.
staff-audit-detail-document = Image: { $side }.
staff-audit-detail-propose = { $when }, with { $name }.
staff-audit-detail-move-time = From { $from } to { $to }, with { $name }.
staff-audit-detail-reassign = { $when }: from { $from } to { $to }.
staff-audit-detail-reason = Reason: { $reason }.
staff-audit-detail-cancel = Interview of { $when }.
staff-audit-detail-ask-another-slot = Interview of { $when } released. New preferred slots: { $slots }.
staff-audit-detail-lapse = Proposal made on { $when }, not answered in time.
staff-audit-detail-accept = Interview of { $when }. ID images: { $side }.
staff-audit-detail-images-on-file = those already on file
staff-audit-detail-image-deleted = Image: { $side }, deleted { $count ->
    [one] one day
   *[other] { $count } days
} after the request ended.
staff-audit-detail-unknown-staff = a former staff member

staff-documents = Identity document
staff-documents-none = No image uploaded yet: the applicant uploads it when accepting.
staff-documents-not-yours = The ID images are shown to the interviewer now in charge of this request and to supervisors.
staff-document-front = Front
staff-document-back = Back
staff-document-figures = sharpness { $sharpness }, glare { $glare } %, colourfulness { $colour }
staff-nav-undeliverable = Undeliverable emails
staff-undeliverable-title = Undeliverable emails
staff-undeliverable-help = Emails the mail server refused for good (an unknown or closed mailbox, a refused address). They are not tried again: reach the person another way, or correct the address and ask for a new request.
staff-undeliverable-none = Every email could be delivered.
staff-undeliverable-count = { $count ->
    [one] One email could not be delivered.
   *[other] { $count } emails could not be delivered.
}
staff-undeliverable-caption = Undeliverable emails, newest first
staff-undeliverable-request = Request
staff-undeliverable-recipient = Recipient
staff-undeliverable-kind = Email
staff-undeliverable-when = Refused on
staff-undeliverable-reason = The mail server's reason
staff-undeliverable-pages = Pages of undeliverable emails
staff-undeliverable-previous = Previous page
staff-undeliverable-next = Next page
staff-undeliverable-page = Page { $page } of { $pages }

staff-figures-today = Today's interviews, { $date }
staff-figures-today-total = { $count ->
    [0] No interview today.
    [one] One interview today.
   *[other] { $count } interviews today.
}
staff-figures-waiting = Waiting to start
staff-figures-in-progress = In progress
staff-figures-outcome-approved = Approved
staff-figures-outcome-incomplete = Incomplete
staff-figures-outcome-refused = Refused
staff-figures-outcome-no_show = No-show
staff-figures-outcome-interrupted = Interrupted
staff-figures-col-kind = State
staff-figures-col-count = Interviews
staff-figures-flagged = Flagged for suspected fraud
staff-figures-flagged-open = Waiting for an outcome
staff-figures-flagged-open-none = No flagged interview is waiting for an outcome.
staff-figures-flagged-decided = Decided in the last 7 days
staff-figures-flagged-decided-none = No flagged interview was decided in the last 7 days.
staff-figures-recent = Outcomes of the last 7 days
staff-figures-overdue = Overdue for an outcome
staff-figures-overdue-help = { $count ->
    [one] One confirmed interview has ended without an outcome:
   *[other] { $count } confirmed interviews have ended without an outcome, the oldest first:
}
staff-figures-overdue-none = No interview is overdue for an outcome.
staff-figures-more = { $count ->
    [one] And one more.
   *[other] And { $count } more.
}
staff-figures-col-request = Request
staff-figures-col-starts = Interview
staff-figures-col-interviewer = Interviewer
staff-figures-col-flagged = Flagged
staff-figures-col-outcome = Outcome
staff-figures-col-state = Where it stands
staff-figures-not-started = Not started
staff-figures-started = Started at { $time }

## Activations

staff-nav-activations = Activations
staff-list-shown = { $shown } shown of { $total }.
staff-activations-title = Activations
staff-activations-figures = Activations
staff-activations-pending = Waiting to be used
staff-activations-done = Keys activated in the last 30 days
staff-activations-expired = Expired unused in the last 30 days
staff-activations-find = Find a person's activations by email address
staff-activations-find-hint = The address exactly as the person gave it.
staff-activations-find-submit = Find
staff-activations-waiting = Waiting to be used, newest first
staff-activations-found = Activations of this address
staff-activation-issued = Issued
staff-activation-expires = Expires
staff-activation-state = State
staff-activation-wrong-codes = Wrong codes since the last lock
staff-activation-state-waiting = Waiting
staff-activation-state-used = Used: key made
staff-activation-state-revoked = Revoked
staff-activation-state-expired = Expired
staff-activation-state-locked = Locked for a while after wrong codes
staff-activation-request-title = Activation of request { $reference }
staff-activation-none = No activation was issued for this request.
staff-activation-reissue = Issue a new code and link
staff-activation-reissue-help = For an applicant who lost the code or the email. Check who you are talking to first. The old code and link stop working; the new link is emailed, and the new code is shown to you once, to give by phone or in a new call.
staff-activation-reissue-submit = Issue a new code and link
staff-activation-revoke = Revoke the activation
staff-activation-revoke-reason = Reason (kept in the audit log)
staff-activation-revoke-submit = Revoke
staff-activation-revoke-reason-required = Say why the activation is revoked
staff-activation-revoked = The activation was revoked: its link and code no longer work.
staff-activation-not-open = This activation was already used or revoked.
staff-activation-not-approved = Only an approved request whose key is not yet made gets a new code.
staff-activation-code-title = Activation code
staff-activation-code-intro = Read this code out to the applicant, or show it in the call. They enter it with the link we emailed them.
staff-activation-code-spelled = Character by character:
staff-activation-code-until = Valid until { $until }.
staff-activation-code-once = This code is shown only now. Reloading this page does not show it again. If the applicant loses it, a supervisor can issue a new one.
staff-activation-code-done = Done: the applicant has the code
staff-activation-reissue-stale = A new code was issued for this request since this page was shown (perhaps the form was sent again). The code already given stays valid; issue another only if it was lost too.
