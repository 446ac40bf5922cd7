## Emails — English

email-received-subject = We received your interview request { $reference }
email-received-greeting = Hello { $name },
email-received-intro = We have received your request for a video identity interview. Your reference is { $reference }.
email-received-language = Interview language: { $language }.
email-received-slots = The time slots you chose (Belgian time):
email-received-next = Within a few working days we will email you a proposed slot. You can then accept it, ask for another one, or cancel.
email-received-code = To answer, you will need the personal security code shown on screen when you sent your request. For your safety it is not in this email.
email-received-not-you = If you did not make this request, you can ignore this email.

email-proposal-subject = A slot for your video interview { $reference }
email-proposal-intro = We propose this slot for your video identity interview (reference { $reference }):
email-proposal-when = { $when }, { $minutes } minutes, in { $language }.
email-proposal-action = Open the link below and enter your personal security code to accept the slot (you will upload your identity document), ask for another slot, or cancel:
email-proposal-deadline = Please answer within 3 working days. Without an answer the slot is released and you would need to make a new request.
email-proposal-moved = We had to change your appointment. This new slot replaces the one we gave you before; please answer again.

email-cancelled-subject = Your video interview is cancelled { $reference }
email-cancelled-text = As you asked, we have cancelled your interview of { $when }. The slot has been released.
email-cancelled-new = If you still need a digital key, you can make a new request:
email-lockout-subject = Someone tried to open your appointment { $reference }
email-lockout-text = Several wrong security codes were entered on your appointment page. For your safety, the page is locked until { $until }.
email-lockout-advice = If this was you, wait until then and enter the code shown when you sent your request. If it was not you, nobody can see your appointment without your code: keep it to yourself.
email-released-subject = Your slot is released: a new proposal will follow { $reference }
email-released-text = As you asked, we have released the slot of { $when }. We will propose another one in the times you chose.
email-lapsed-subject = Your interview request has lapsed { $reference }
email-lapsed-text = We did not receive your answer to the slot of { $when } within 3 working days, so the slot has been released and your request has lapsed.
email-booked-subject = Your video interview is booked { $reference }
email-booked-intro = Your video identity interview is booked for good:
email-booked-link = At the time of the interview, open this link in your browser (nothing to install):
email-booked-have = Have at hand:
email-booked-change = Until the interview starts, you can still move or cancel it with the link from our earlier email and your security code. The attached calendar file adds the interview to your calendar.
email-booked-summary = Video identity interview
email-reminder-subject = Reminder: your video interview tomorrow { $reference }
email-reminder-text = This is a reminder of your video identity interview on { $when }.
email-moved-subject = Your video interview: another official { $reference }
email-moved-text = Your interview of { $when } will be led by another official. The time and the video link stay the same; you do not need to do anything.
