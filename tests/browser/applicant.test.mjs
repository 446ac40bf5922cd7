// Browser test of journey step 2 on the demo data: an applicant requests an interview, an
// interviewer proposes a slot, and the applicant follows the emailed link, types the security
// code, uploads a photo of the ID document, accepts and sees the confirmation. axe-core checks
// every page of the way.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { deflateSync } from 'node:zlib';
import { start, assertAccessible } from './support.mjs';

let app, base;

before(async () => {
  app = await start({ demo: true });
  base = app.base;
});

after(async () => {
  await app?.stop();
});

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A colour test card as a PNG file, like a scan of a card. */
function testCard(width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      rows.set([40 + (x % 200), 40 + (y % 200), 120], row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

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
  await page.getByLabel('Date of birth', { exact: true }).fill('1990-02-14');
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
  assert.match(
    await page.locator('[data-local-time]').textContent(),
    /In your time zone: .*\(America\/New_York\)/,
  );
  await assertAccessible(page, 'the appointment page');

  const dir = mkdtempSync(join(tmpdir(), 'rdv-card-'));
  const card = join(dir, 'id-card.png');
  writeFileSync(card, testCard(1100, 700));
  await page.getByLabel(/Front of the document/).setInputFiles(card);
  await page.getByRole('button', { name: 'Accept and book the interview' }).click();
  await page.waitForSelector('h1:has-text("Your interview is booked")');
  await assertAccessible(page, 'the confirmation');
});
