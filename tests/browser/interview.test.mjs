// Browser test of journey step 3 on the demo data, as three people: an applicant requests an
// interview, the supervisor proposes a slot from the queue, the applicant books it with the
// emailed link; the service's clock is then moved to ten minutes before the appointment
// (CLOCK_OFFSET_SECS, see support.mjs's restart) and the interviewer opens the interview page
// from their calendar, starts the interview, confirms the consent, goes through the checklist
// (the photo with chromium's fake camera, or without JavaScript with a file) and approves; the
// applicant is emailed. axe-core checks the interview page before the start and mid-checklist.
// The approval shows the activation code once; the applicant opens the activation link from
// the email, types the code, chooses a digital key (the email code with JavaScript, the app
// without, its code computed from the secret the page shows), signs in with it and sees "My
// digital key". axe-core checks each activation and key page at 1280 and 360 px.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { start, assertAccessible } from './support.mjs';

let app, base;

before(async () => {
  app = await start({ demo: true, camera: true });
  base = app.base;
});

after(async () => {
  await app?.stop();
});

const STAFF = {
  'Anna Peeters': 'anna@demo.rendezvous.localhost',
  'Luc Dubois': 'luc@demo.rendezvous.localhost',
  'Sofia Janssens': 'sofia@demo.rendezvous.localhost',
  'Marc Lambert': 'marc@demo.rendezvous.localhost',
};

async function signIn(page, name) {
  await page.goto(`${base}/en/staff/sign-in`);
  await page.getByLabel('Email address').fill(STAFF[name]);
  await page.getByLabel('Password').fill(app.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/en/staff/`);
}

/** The outbox's emails (soft line breaks joined), as text. */
function emails() {
  let files = [];
  try { files = readdirSync(app.outbox); } catch { /* none yet */ }
  return files.filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(join(app.outbox, f), 'utf8').replace(/=\r?\n/g, ''));
}

async function waitForEmail(match, what) {
  for (let i = 0; i < 100; i++) {
    const found = emails().find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no email ${what} in the outbox`);
}

// ICAO 9303 check digit: weights 7, 3, 1; digits as such, A–Z as 10–35, < as 0.
function checkDigit(text) {
  const value = (c) => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  let sum = 0;
  [...text].forEach((c, i) => { sum += value(c) * [7, 3, 1][i % 3]; });
  return String(sum % 10);
}

/** A Belgian passport's TD3 zone (2 lines of 44). Dates as YYYY-MM-DD, sex 'F' or 'M'. */
function passportZone({ lastName, firstNames, number, birth, expiry, sex }) {
  const field = (s) => s.toUpperCase().replace(/[^A-Z0-9]+/g, '<');
  const yymmdd = (date) => date.slice(2).replaceAll('-', '');
  const line1 = `P<BEL${field(lastName)}<<${field(firstNames)}`.padEnd(44, '<');
  const num = number.padEnd(9, '<');
  const optional = '<'.repeat(14);
  const parts = [
    num + checkDigit(num),
    yymmdd(birth) + checkDigit(yymmdd(birth)),
    yymmdd(expiry) + checkDigit(yymmdd(expiry)),
    optional + checkDigit(optional),
  ];
  const line2 = `${parts[0]}BEL${parts[1]}${sex}${parts[2]}${parts[3]}${checkDigit(parts.join(''))}`;
  assert.equal(line1.length, 44);
  assert.equal(line2.length, 44);
  return `${line1}\n${line2}`;
}

/**
 * At the service's present clock: the applicant requests an interview (no NISS), Marc proposes
 * a slot from the queue, the applicant follows the emailed link, types the code, uploads the
 * front of the document and accepts. Returns what the interviewer needs.
 */
async function book(person) {
  const page = await app.newPage();
  await page.goto(`${base}/en/request`);
  await page.getByLabel('Last name', { exact: true }).fill(person.lastName);
  await page.getByLabel('First names', { exact: true }).fill(person.firstNames);
  const [year, month, day] = person.birth.split('-');
  const birth = page.getByRole('group', { name: 'Date of birth' });
  await birth.getByLabel('Day').fill(String(Number(day)));
  await birth.getByLabel('Month').fill(String(Number(month)));
  await birth.getByLabel('Year').fill(year);
  await page.getByLabel('Country of birth').selectOption({ label: 'Belgium' });
  await page.getByLabel('Place of birth', { exact: true }).fill(person.birthPlace);
  await page.getByLabel(person.sex === 'F' ? 'Female' : 'Male', { exact: true }).check();
  await page.getByLabel('Personal email address').fill(person.email);
  await page.getByLabel('Motivation').fill('Using Belgian online services from abroad.');
  await page.getByLabel('English').check();
  await page.locator('fieldset.day').first().getByLabel(/morning/).check();
  await page.locator('fieldset.day').nth(1).getByLabel(/afternoon/).check();
  await page.getByLabel(/I agree/).check();
  await page.getByRole('button', { name: 'Send my request' }).click();
  await page.waitForSelector('#security-code');
  const code = (await page.locator('#security-code').textContent()).trim();
  const reference = (await page.locator('p.lead').first().textContent()).match(/([0-9A-F]{8})/)[1];

  // Marc, supervisor, proposes the first slot offered, from the queue.
  const staff = await app.newPage();
  await signIn(staff, 'Marc Lambert');
  await staff.getByRole('link', { name: 'Queue' }).click();
  await staff.getByRole('link', { name: reference }).click();
  const offer = staff.locator('.offers button').first();
  await offer.waitFor();
  const offerText = await offer.textContent();
  const interviewer = Object.keys(STAFF).find((name) => offerText.includes(name));
  assert.ok(interviewer, `the offer names its interviewer: ${offerText}`);
  await offer.click();
  await staff.waitForSelector('.notice-info');
  assert.match(await staff.locator('.notice-info').textContent(), new RegExp(reference));
  await staff.context().close();

  // The applicant follows the emailed link, types the code, uploads the front and accepts.
  const email = await waitForEmail(
    (text) => text.includes(person.email) && /\/appointment\/[0-9a-f]{32}/.test(text),
    `proposing a slot to ${person.email}`,
  );
  const link = email.match(/https?:\/\/[^\s"<]+\/appointment\/[0-9a-f]{32}/)[0];
  await page.goto(link);
  await page.getByLabel('Security code').fill(code);
  await page.getByRole('button', { name: 'Open my appointment' }).click();
  await page.waitForSelector('#accept');
  const startsAt = await page.locator('[data-local-time]').getAttribute('data-local-time');
  assert.ok(!Number.isNaN(Date.parse(startsAt)), `an RFC 3339 start: ${startsAt}`);
  await page.getByLabel(/Front of the document/).setInputFiles('tests/photos/card.jpg');
  await page.getByRole('button', { name: 'Accept and book the interview' }).click();
  await page.waitForSelector('h1:has-text("Your interview is booked")');
  await page.context().close();
  return { reference, interviewer, startsAt };
}

/** Moves the service's clock to ten minutes before `startsAt`. */
async function tenMinutesBefore(startsAt) {
  const offset = Math.round((Date.parse(startsAt) - 10 * 60_000 - Date.now()) / 1000);
  assert.ok(offset > 0, `the appointment ${startsAt} is ahead`);
  await app.restart({ clockOffsetSecs: offset });
  return offset;
}

/** The interviewer signs in and opens the interview page from the calendar's next interviews. */
async function openInterview(page, { reference, interviewer, startsAt }) {
  await signIn(page, interviewer);
  await page.getByRole('link', { name: 'Calendar' }).click();
  let row = page.locator('main li', { hasText: reference });
  if ((await row.count()) === 0) {
    // Not in the next interviews: the week of the appointment (Brussels date).
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(startsAt));
    await page.goto(`${base}/en/staff/calendar?week=${date}`);
    row = page.locator('main li', { hasText: reference });
  }
  await row.first().getByRole('link', { name: 'Interview page' }).click();
  await page.waitForURL(/\/en\/staff\/interviews\/[0-9a-f-]{36}$/);
  await page.waitForSelector('#interview');
}

const section = (page, item) => page.locator(`#item-${item}`);

/** Waits for `selector`; on a timeout, fails with what the page shows instead. */
async function expect(page, selector, what, around = '#interview') {
  try {
    await page.waitForSelector(selector, { timeout: 15_000 });
  } catch (error) {
    const shown = await page.locator(around).first().innerText().catch(() => '(not on the page)');
    const status = await page.locator('#save-status').textContent().catch(() => '');
    throw new Error(`${what}: ${selector} did not appear (${error.message.split('\n')[0]}) at ${page.url()}; ` +
      `#save-status "${status}"; ${around} shows:\n${shown.slice(0, 1500)}`);
  }
}

/**
 * Marks an item ok. With JavaScript, choosing the result saves it at once; without, the
 * section's Save button sends it and the page reloads. Either way the section's state shows it.
 */
async function markOk(page, item, { js, note } = {}) {
  if (note) await page.locator(`#item-${item}-note`).fill(note);
  await page.locator(`#item-${item}-state-ok`).check();
  if (!js) await section(page, item).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page, `#item-${item}[data-state="ok"]`, `marking ${item} ok`, `#item-${item}`);
}

/** The checklist of one interview, from the start to the approval. */
async function conductInterview(page, person, booking, { js }) {
  const reference = booking.reference;
  // axe-core runs in the page: only with JavaScript (the JS-off page is the same markup).
  if (js) await assertAccessible(page, 'the interview page before the start');

  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page, '#consent-purpose_told', 'starting the interview', '#start');
  for (const point of ['purpose_told', 'photo_announced', 'retention_told']) {
    await page.locator(`#consent-${point}`).check();
  }
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page, '#item-original_shown-state-ok', 'confirming the consent', '#consent');

  await markOk(page, 'original_shown', { js });

  // The document data, then its mark.
  await page.locator('#item-document_data-kind').selectOption('passport');
  await page.locator('#item-document_data-issuing_country').selectOption('BE');
  await page.locator('#item-document_data-number').fill(person.documentNumber);
  await page.locator('#item-document_data-expiry').fill(person.expiry);
  await page.getByRole('button', { name: 'Save the document data' }).click();
  await section(page, 'document_data').locator('dd', { hasText: person.documentNumber }).waitFor();
  await markOk(page, 'document_data', { js });

  // The zone agrees with the document and the applicant.
  await page.locator('#item-mrz-mrz').fill(passportZone({ ...person, number: person.documentNumber }));
  await page.getByRole('button', { name: 'Check the zone' }).click();
  await section(page, 'mrz')
    .getByText('Every check digit is right and the zone agrees with the data.')
    .waitFor();
  await markOk(page, 'mrz', { js });

  assert.ok((await section(page, 'security_features').locator('ol.features li').count()) === 3,
    'three security features drawn');
  await markOk(page, 'security_features', { js });
  await markOk(page, 'registry_checks', { js, note: 'Not reported lost, stolen or cancelled.' });

  // Mid-checklist.
  if (js) {
    await assertAccessible(page, 'the interview page mid-checklist');
  } else {
    // axe-core needs JavaScript: the same state, read (not saved) by a page that has it.
    const reader = await app.newPage();
    await signIn(reader, booking.interviewer);
    await reader.goto(page.url());
    await reader.waitForSelector('#item-registry_checks[data-state="ok"]');
    await assertAccessible(reader, 'the interview page mid-checklist (saved without JS)');
    await reader.context().close();
  }

  await markOk(page, 'same_person', { js });
  await markOk(page, 'personal_data', { js });

  // The photo of the applicant holding the document.
  const photo = section(page, 'photo_with_document');
  if (js) {
    await photo.getByRole('button', { name: 'Start the camera' }).click();
    const take = photo.getByRole('button', { name: 'Take the photo' });
    await take.waitFor();
    await page.waitForFunction(() => document.querySelector('#item-photo_with_document video')?.videoWidth > 0);
    await take.click();
    await page.waitForFunction(
      () => document.getElementById('item-photo_with_document-photo').files.length === 1,
    );
  } else {
    await page.locator('#item-photo_with_document-photo').setInputFiles('tests/photos/card.jpg');
  }
  await photo.getByRole('button', { name: 'Save the photo' }).click();
  await section(page, 'photo_with_document').getByText('One photo taken.').waitFor();
  await markOk(page, 'photo_with_document', { js });

  // Every item ok: approve. The answer is the activation code, shown once.
  await page.locator('#outcome-approved').getByRole('button', { name: 'Approve' }).click();
  await expect(page, '#activation-code', 'approving', 'main');
  const activationCode = (await page.locator('#activation-code').textContent()).trim();
  assert.match(activationCode, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  if (js) await assertAccessible(page, 'the activation code shown once');
  // Reloading (with JavaScript the address is the interview page's) never shows it again.
  if (js) {
    await page.reload();
    await page.getByText(/Outcome recorded: Approved/).first().waitFor();
    assert.equal(await page.locator('#activation-code').count(), 0, 'the code is not shown again');
  } else {
    await page.getByRole('link', { name: 'Done: the applicant has the code' }).click();
    await page.getByText(/Outcome recorded: Approved/).first().waitFor();
  }

  // The applicant is told.
  const email = await waitForEmail(
    (text) => text.includes(person.email) && text.includes(`Your identity is confirmed ${reference}`),
    `about the approval to ${person.email}`,
  );
  assert.match(email, new RegExp(`^Subject: .*Your identity is confirmed ${reference}`, 'm'));
  assert.deepEqual(page.cspRefusals, [], 'nothing refused by the Content-Security-Policy');
  return activationCode;
}

/** The 6-digit codes emailed to `to` so far. */
function codesSent(to) {
  return emails()
    .filter((text) => text.includes(to) && /^Subject: Your security code/m.test(text))
    .map((text) => text.match(/^(\d{6})\r?$/m)?.[1])
    .filter(Boolean);
}

async function newCode(to, before) {
  for (let i = 0; i < 100; i++) {
    const fresh = codesSent(to).filter((c) => !before.includes(c));
    if (fresh.length === 1) return fresh[0];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no new security code emailed to ${to}`);
}

/** RFC 6238 (SHA-1, 30 s, 6 digits) from a base32 secret, at the service's clock. */
function appCode(secret, at) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30)));
  const h = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const o = h[19] & 15;
  const n = (((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3]) % 1_000_000;
  return String(n).padStart(6, '0');
}

/** The applicant activates a key of `factor` with the emailed link and the code, and signs in. */
async function activateKey(person, activationCode, { js, factor, clockOffsetSecs }) {
  const page = await app.newPage(undefined, { javaScriptEnabled: js });
  const check = async (state) => {
    if (js) return assertAccessible(page, state);
    // axe-core needs JavaScript: the same page, read by a page that has it.
    const reader = await app.newPage();
    await reader.goto(page.url());
    await assertAccessible(reader, `${state} (read with JavaScript)`);
    await reader.context().close();
  };
  const email = await waitForEmail(
    (text) => text.includes(person.email) && /^Subject: Activate your digital key/m.test(text),
    `with the activation link to ${person.email}`,
  );
  const link = email.match(/https?:\/\/[^\s"<]+\/activate\/[0-9a-f]{32}/)[0];
  await page.goto(link);
  await check('the activation code form');
  await page.getByLabel('Activation code').fill(activationCode.toLowerCase());
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('h1:has-text("Choose your digital key")');
  await check('the key choice');
  const username = person.firstNames.split(' ')[0].toLowerCase() + '.' + factor;
  const password = 'mauve lantern orbit 1987';
  await page.locator(`#factor${factor === 'email' ? '' : '-' + factor}`).check();
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  const before = codesSent(person.email);
  await page.getByRole('button', { name: 'Make my digital key' }).click();
  await page.waitForSelector('h1:has-text("Confirm your digital key")');
  await check('the first code of the key');
  const now = () => Date.now() / 1000 + clockOffsetSecs;
  if (factor === 'app') {
    assert.equal(await page.locator('.qr-code svg').count(), 1, 'the QR code, drawn by the server');
    const secret = await page.locator('#app-secret').getAttribute('data-secret');
    await page.getByLabel('Security code').fill(appCode(secret, now()));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForSelector('h1:has-text("Your digital key is active")');
    await check('the key made');
    await page.getByRole('link', { name: 'Sign in with your digital key' }).click();
    await page.getByLabel('Username', { exact: true }).fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('h1:has-text("Enter your security code")');
    // The next step's code: the first one's step is used.
    await page.getByLabel('Security code').fill(appCode(secret, now() + 30));
  } else {
    await page.getByLabel('Security code').fill(await newCode(person.email, before));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForSelector('h1:has-text("Your digital key is active")');
    await check('the key made');
    await page.getByRole('link', { name: 'Sign in with your digital key' }).click();
    await check('the sign-in');
    await page.getByLabel('Username', { exact: true }).fill(username);
    await page.getByLabel('Password').fill(password);
    const sent = codesSent(person.email);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('h1:has-text("Enter your security code")');
    await check('the sign-in code');
    await page.getByLabel('Security code').fill(await newCode(person.email, sent));
  }
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('h1:has-text("My digital key")');
  await check('My digital key');
  assert.match(await page.locator('main').innerText(), new RegExp(person.lastName));
  assert.deepEqual(page.cspRefusals, [], 'nothing refused by the Content-Security-Policy');
  await page.context().close();
}

test('the interviewer goes through the checklist with the camera and approves', { timeout: 180_000 }, async () => {
  const person = {
    lastName: 'Vermeulen', firstNames: 'Lena', birth: '1990-02-14', birthPlace: 'Leuven', sex: 'F',
    email: 'lena.vermeulen@example.org', documentNumber: 'EL1234567', expiry: '2031-05-04',
  };
  const booking = await book(person);
  booking.offset = await tenMinutesBefore(booking.startsAt);
  const page = await app.newPage();
  await openInterview(page, booking);
  const code = await conductInterview(page, person, booking, { js: true });
  await activateKey(person, code, { js: true, factor: 'email', clockOffsetSecs: booking.offset });
});

test('without JavaScript, every form reloads the page and the photo is a file', { timeout: 180_000 }, async () => {
  const person = {
    lastName: 'De Smet', firstNames: 'Pieter Jan', birth: '1978-11-03', birthPlace: 'Gent', sex: 'M',
    email: 'pieter.desmet@example.org', documentNumber: 'EP7654321', expiry: '2030-09-12',
  };
  // Booked at the clock the first test left; the new appointment is days after it.
  const booking = await book(person);
  booking.offset = await tenMinutesBefore(booking.startsAt);
  const page = await app.newPage(undefined, { javaScriptEnabled: false });
  await openInterview(page, booking);
  const code = await conductInterview(page, person, booking, { js: false });
  await activateKey(person, code, { js: false, factor: 'app', clockOffsetSecs: booking.offset });
});
