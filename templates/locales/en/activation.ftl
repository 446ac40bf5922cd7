## The activation page behind the email's button

activation-title = Activate your digital key
activation-code-intro = Enter the activation code the official gave you at the end of your video interview. You need this code and the link in your email together.
activation-code-label = Activation code
activation-code-hint = 12 letters and digits, for example ABCD-EFGH-JKMN. Spaces, dashes and upper or lower case do not matter.
activation-code-submit = Continue
activation-code-lost = Lost the code? Ask us by replying to the activation email: we can give you a new code and link after checking who you are.
activation-code-wrong = This activation code is not right. Check it against the one the official gave you. After 5 wrong codes the link is locked for 15 minutes.
activation-unknown-title = This activation link does not work
activation-unknown-text = We do not know this link. It may have been copied incompletely from the email.
activation-unknown-next = Open the link straight from our email "Activate your digital key", or copy the whole address.
activation-used-title = Your digital key is already active
activation-used-text = This link was already used to make a digital key. It cannot be used a second time.
activation-used-next = Sign in with your username and password. If you did not make this key yourself, tell us at once by replying to the activation email.
activation-revoked-title = This activation link no longer works
activation-revoked-text = This link was cancelled, or replaced by a newer one.
activation-revoked-next = Use the newest activation email we sent you. If you have none, reply to the activation email and we will help you.
activation-expired-title = This activation link has expired
activation-expired-text = The activation link and code are valid for a limited time, and that time has passed.
activation-expired-next = Reply to the activation email: we can send you a new link and give you a new code after checking who you are.
activation-locked-title = This activation link is locked for a while
activation-locked-text = Too many wrong activation codes were entered. For your safety, the link is locked until { $until }.
activation-locked-next = Wait until then and enter the code the official gave you. If you did not try yourself, someone else has your link: tell us by replying to the activation email.

## Choosing the key

key-choose-title = Choose your digital key
key-choose-intro = Your activation code is right, { $name }. Now choose how you will sign in to online public services.
key-factor-legend = Type of digital key
key-factor-email = Username, password and a security code by email
key-factor-email-hint = Recommended. Each time you sign in we email you a 6-digit code, valid 10 minutes.
key-factor-app = Username, password and a code from an authenticator app
key-factor-app-hint = For a phone app such as FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator: it shows a new 6-digit code every 30 seconds.
key-factor-password = Username and password only
key-factor-password-hint = Most online services do not accept a key without a security code.
key-factor-required = Choose a type of digital key
key-username-label = Username
key-username-hint = 4 to 32 characters: letters without accents, digits, and . - or _ ; it starts with a letter. Upper and lower case are the same.
key-username-too-short = The username must have at least 4 characters
key-username-too-long = The username must have at most 32 characters
key-username-bad-character = Use only letters without accents, digits, and . - or _ in the username
key-username-start = The username must start with a letter
key-username-punctuation = Do not put two of . - _ next to each other in the username
key-username-taken = This username is taken: choose another
key-password-label = Password
key-password-hint = At least { $min } characters. A few unrelated words make a good password. Do not use a password you use elsewhere.
key-password-again-label = Password again
key-password-again-differs = The two passwords are not the same: type the password again
key-password-too-short = The password must have at least 12 characters
key-password-too-long = The password must have at most 128 characters
key-password-common = This password is too common: it is in the lists attackers try first. Choose another
key-password-repetitive = The password is one character repeated: choose another
key-password-personal = The password contains your name, username or email address: choose another
key-password-only-warning = A key without a security code is easier to misuse, and most online services do not accept it.
key-password-only-understood-label = Only for a key without a security code: I understand that most online services will not accept it
key-password-only-understood = Confirm that you understand that most online services will not accept a key without a security code, or choose a key with a code
key-choose-submit = Make my digital key

## The first code, and codes in general

key-confirm-title = Confirm your digital key
key-confirm-email-intro = We sent a 6-digit security code to { $email }. Enter it to show that the email code works. Your key is active once the code is accepted.
key-confirm-app-intro = Set up your authenticator app, then enter the code it shows. Your key is active once the code is accepted.
key-app-step-install = Install an authenticator app on your phone, if you have none yet.
key-app-step-scan = In the app, add an account and scan this QR code:
key-app-step-type = Or, if you cannot scan it, type this key in the app (time-based, 6 digits):
key-app-step-code = Enter the 6-digit code the app shows now.
key-app-qr-label = QR code to set up your authenticator app
key-code-label = Security code
key-code-email-hint = The 6 digits from our email.
key-code-app-hint = The 6 digits your app shows now.
key-code-submit = Continue
key-code-not-received = No email?
key-code-resend = Send a new code
key-code-send = Send me a code
key-code-sent = We sent you a new code. Earlier codes no longer work.
key-code-sent-recently = A code was sent less than a minute ago: look in your email (and its spam folder), or wait a minute and ask again.
key-code-none = No code is waiting. Ask for a new code below.
key-code-expired = This code has expired: codes are valid 10 minutes. Ask for a new code below.
key-code-used = This code was already used, or a newer one replaced it. Use the newest code, or ask for a new one.
key-code-too-many = Too many wrong tries for this code. Ask for a new code below.
key-code-wrong = This code is not right. Tries left for this code: { $left }.
key-code-app-wrong = This code is not right, or too old. Enter the code your app shows now; check that your phone's clock is right.
key-code-app-replayed = This code was already used. Wait for the next code in your app.
key-code-wait = Too many wrong codes. Wait a few seconds, then try again.
key-code-locked = Too many wrong codes: your key is locked until { $until }.
key-active-title = Your digital key is active
key-active-text = Your digital key is ready: { $factor }. We sent you an email to confirm it.
key-active-next = You can now sign in to online public services with it. Try it here:

## Signing in with the key

key-sign-in-title = Sign in with your digital key
key-sign-in-intro = Enter the username and password you chose when you activated your digital key.
key-sign-in-submit = Sign in
key-sign-in-failed = The username or the password is not right. After several wrong tries, wait a few seconds before trying again; after 10 in a row, the key is locked for 15 minutes.
key-sign-in-paused = After too many wrong tries, signing in with this username is paused until { $until }. Wait until then, then try again.
key-sign-in-too-soon = There were several wrong tries with this username, so signing in is slowed down: your password was not checked. Wait { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }, then type it again.
key-sign-in-failed-wait = The username or the password is not right. After several wrong tries, wait { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    } before you try again.
key-sign-in-lost = Forgot your password? It cannot be reset on this site: reply to one of our emails and we will tell you what to do.
key-second-title = Enter your security code
key-second-email-intro = We sent a 6-digit security code to your email address. It is valid 10 minutes.
key-second-app-intro = Enter the 6-digit code your authenticator app shows now.
key-page-title = My digital key
key-page-name = Name
key-page-type = Type of key
key-page-activated = Active since
key-page-sign-ins = Last sign-ins
key-page-change = Change your key
key-sign-out = Sign out
key-switch-to-email = Use a security code by email instead
key-switch-to-app = Use an authenticator app instead
key-switch-to-email-intro = From now on, we will email you a code each time you sign in. To confirm the change, enter a code of your current key.
key-switch-to-app-intro = Set up the app, then enter its code and a code of your current key to confirm the change.
key-switch-new-code = Code from the new app
key-switch-current-email = Code from our email
key-switch-current-app = Code from your current app
key-switch-current-password = Your password
key-switch-email-code = To confirm the change we email you a code.
key-switch-submit = Change my key
key-switch-done = Your key was changed. We sent you an email to confirm it, and your other sessions were signed out.
key-switch-wrong-password = The password is not right.

## Emails

email-activation-subject = Activate your digital key
email-activation-intro = Your identity was confirmed in your video interview. You can now activate your digital key: with it, you sign in to online public services.
email-activation-code = You need two things: the button below, and the activation code the official gave you at the end of the interview (12 letters and digits, like ABCD-EFGH-JKMN).
email-activation-button = Activate your digital key
email-activation-until = The link and the code are valid until { $until }.
email-activation-lost = Lost the code? Reply to this email: after checking who you are, we can give you a new code and link.
email-activation-not-you = If you did not take part in a video interview with us, do not use this link and tell us by replying to this email: someone may be using your identity.
email-activation-lockout-subject = Someone tried to activate your digital key
email-activation-lockout-text = Several wrong activation codes were entered on your activation link. For your safety, the link is locked until { $until }.
email-activation-lockout-advice = If this was you, wait until then and enter the code the official gave you. If it was not you, nobody can activate your key without that code, but someone has your link: tell us by replying to this email.
email-key-active-subject = Your digital key is active
email-key-active-text = Your digital key is active, with the username { $username }: { $factor }. You can sign in here:
email-key-not-you = If this was not you, tell us at once by replying to this email.
email-key-code-subject = Your security code
email-key-code-for-confirm = Your security code to confirm your new digital key:
email-key-code-for-sign_in = Your security code to sign in with your digital key:
email-key-code-for-switch = Your security code to confirm a change of your digital key:
email-key-code-valid = It is valid { $minutes } minutes and works once. Never give it to anyone: we will never ask you for it.
email-key-code-not-you = If you did not ask for a code, someone may know your password: tell us by replying to this email. Without the code, nobody can sign in with your key.
email-key-changed-subject = Your digital key was changed
email-key-changed-text = Your digital key now uses: { $factor }.
