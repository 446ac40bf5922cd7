// Browser test of journey step 2 on the demo data: an applicant requests an interview, an
// interviewer proposes a slot, and the applicant follows the emailed link, types the security
// code, uploads a photo of the ID document, accepts and sees the confirmation. axe-core checks
// every page of the way.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, assertAccessible } from './support.mjs';

let app, base;

before(async () => {
  app = await start({ demo: true });
  base = app.base;
});

after(async () => {
  await app?.stop();
});

/** The appointment link in the proposal email written to the outbox folder. */
async function proposalLink(email) {
  for (let i = 0; i < 50; i++) {
    let files = [];
    try { files = readdirSync(app.outbox); } catch { /* not yet */ }
    for (const file of files) {
      const text = readFileSync(join(app.outbox, file), 'utf8').replace(/=\r?\n/g, '');
      if (text.includes(email) && /\/appointment\//.test(text)) {
        return text.match(/https?:\/\/[^\s"<]+\/appointment\/[0-9a-f]{32}/)[0];
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no proposal email in the outbox');
}

test('follow the link, type the code, upload the ID and accept', async () => {
  // An applicant abroad: the page adds their own local time.
  const page = await app.newPage(undefined, { timezoneId: 'America/New_York' });
  const email = 'lena.vermeulen@example.org';

  // The request, in Dutch.
  await page.goto(`${base}/en/request`);
  await page.getByLabel('Last name', { exact: true }).fill('Vermeulen');
  await page.getByLabel('First names', { exact: true }).fill('Lena');
  const birth = page.getByRole('group', { name: 'Date of birth' });
  await birth.getByLabel('Day').fill('14');
  await birth.getByLabel('Month').fill('2');
  await birth.getByLabel('Year').fill('1990');
  await page.getByLabel('Country of birth').selectOption({ label: 'Belgium' });
  await page.getByLabel('Place of birth', { exact: true }).fill('Leuven');
  await page.getByLabel('Female').check();
  await page.getByLabel('Personal email address').fill(email);
  await page.getByLabel('Motivation').fill('Using Belgian online services from abroad.');
  await page.getByLabel('Dutch').check();
  await page.locator('fieldset.day').first().getByLabel(/morning/).check();
  await page.getByLabel(/I agree/).check();
  await page.getByRole('button', { name: 'Send my request' }).click();
  await page.waitForSelector('#security-code');
  const code = (await page.locator('#security-code').textContent()).trim();
  const reference = (await page.locator('p.lead').first().textContent()).match(/([0-9A-F]{8})/)[1];

  // Anna proposes her first fitting slot.
  const staff = await app.newPage();
  await staff.goto(`${base}/en/staff/sign-in`);
  await staff.getByLabel('Email address').fill('anna@demo.rendezvous.localhost');
  await staff.getByLabel('Password').fill(app.password);
  await staff.getByRole('button', { name: 'Sign in' }).click();
  await staff.waitForURL(`${base}/en/staff/`);
  await staff.goto(`${base}/en/staff/assign`);
  await staff.getByRole('link', { name: reference }).click();
  await staff.locator('.offers button').first().click();
  await staff.waitForSelector('.notice-info');

  // The applicant follows the emailed link.
  const link = await proposalLink(email);
  assert.ok(link.startsWith(base), link);
  await page.goto(link);
  await assertAccessible(page, 'the code form');
  await page.getByLabel('Security code').fill('AAAA-AAAA-AAAA');
  await page.getByRole('button', { name: 'Open my appointment' }).click();
  await page.waitForSelector('.field-error');
  await assertAccessible(page, 'the code form with a wrong code');
  await page.getByLabel('Security code').fill(code);
  await page.getByRole('button', { name: 'Open my appointment' }).click();
  await page.waitForSelector('#accept');
  assert.match(await page.locator('main dl').textContent(), /Brussels time, CE/);
  // The date to answer by, not a count of working days.
  assert.match(await page.locator('main').textContent(), /Please answer before \w+day \d+ \w+ \d{4}, \d\d:\d\d \(Brussels time, CES?T\)/);
  assert.match(
    await page.locator('[data-local-time]').textContent(),
    /In your time zone: .*\(America\/New_York\)/,
  );
  await assertAccessible(page, 'the appointment page');

  // A blurred photo: the page warns at once, and the server refuses it next to the field.
  const front = page.getByLabel(/Front of the document/);
  await front.setInputFiles('tests/photos/card-blurred.jpg');
  await page.waitForSelector('#front-check:not([hidden])');
  assert.match(await page.locator('#front-check').textContent(), /blurred/);
  await page.getByRole('button', { name: 'Accept and book the interview' }).click();
  await page.waitForSelector('#front-error');
  assert.match(await page.locator('#front-error').textContent(), /blurred \(sharpness \d+, at least 200 needed\)/);
  await assertAccessible(page, 'the refusal of a blurred photo');

  // A sharp photo of a card on a table (tests/photos/LICENSE.md): no warning.
  await page.getByLabel(/Front of the document/).setInputFiles('tests/photos/card.jpg');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#front-check').isHidden(), true, 'no warning for a sharp photo');
  await page.getByRole('button', { name: 'Accept and book the interview' }).click();
  await page.waitForSelector('h1:has-text("Your interview is booked")');
  await assertAccessible(page, 'the confirmation');
});

test('every page names its icon, and the browser finds it', async () => {
  const page = await app.newPage();
  const missing = [];
  page.on('response', (res) => { if (res.status() === 404) missing.push(res.url()); });
  await page.goto(`${base}/en/`);
  const href = await page.locator('link[rel=icon]').getAttribute('href');
  for (const path of [href, '/favicon.ico']) {
    const res = await page.request.get(`${base}${path}`);
    assert.equal(res.status(), 200, path);
    assert.match(res.headers()['content-type'], /^image\/svg\+xml/, path);
  }
  assert.deepEqual(missing, [], 'nothing the home page asks for is missing');
});
