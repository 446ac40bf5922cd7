## Emails — English

email-received-subject = We received your interview request { $reference }
email-received-greeting = Hello { $name },
email-received-intro = We have received your request for a video identity interview. Your reference is { $reference }.
email-received-language = Interview language: { $language }.
email-received-slots = The time slots you chose (Belgian time):
email-received-next = Within a few working days we will email you a proposed slot. You can then accept it, ask for another one, or cancel.
email-received-code = To answer, you will need the personal security code shown on screen when you sent your request. For your safety it is not in this email.
email-received-not-you = If you did not make this request, you can ignore this email.
