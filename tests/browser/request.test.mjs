// Browser test of journey step 1: Debian's chromium driven by playwright-core, as a person would
// (fields found by their labels), with axe-core checking WCAG 2.1 A/AA on every state of the form.
// Starts the real binary (RENDEZVOUS_BIN, default target/debug/rendezvous) on a free loopback port
// with a fresh SQLite database.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server, browser, base, dir;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForHealth(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer on ${url} in time`);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rdv-browser-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env = { ...process.env };
  delete env.SMTP_URL; // emails go to files
  delete env.DATABASE_URL;
  server = spawn(process.env.RENDEZVOUS_BIN ?? 'target/debug/rendezvous', ['serve'], {
    env: {
      ...env,
      BIND: `127.0.0.1:${port}`,
      BASE_URL: base,
      DATABASE_URL: `sqlite://${dir}/browser.db?mode=rwc`,
      OUTBOX_DIR: join(dir, 'outbox'),
      UPLOAD_DIR: join(dir, 'uploads'),
      JOB_INTERVAL_SECS: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForHealth(base, Date.now() + 30_000);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs axe-core on the page and fails with the list of violations, if any. */
async function assertAccessible(page, state) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG,
  );
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(violations, [], `axe-core violations on ${state}`);
}

async function newPage(viewport = { width: 1280, height: 900 }) {
  // The page's CSP forbids inline scripts: let the test inject axe-core anyway.
  const context = await browser.newContext({ bypassCSP: true, viewport, locale: 'en-GB' });
  return context.newPage();
}

test('an applicant fills the form by its labels and sees the security code', async () => {
  const page = await newPage();
  await page.goto(`${base}/`);
  await page.getByRole('link', { name: 'Request an interview' }).first().click();
  await page.waitForURL(`${base}/en/request`);
  await assertAccessible(page, 'the blank form');

  // Sending it empty shows every problem, with the summary and messages next to fields.
  await page.getByRole('button', { name: 'Send my request' }).click();
  await page.waitForSelector('.error-summary');
  assert.ok((await page.locator('.error-summary li').count()) >= 10);
  await assertAccessible(page, 'the form with errors');

  await page.getByLabel('Last name', { exact: true }).fill('Janssens');
  await page.getByLabel('First names', { exact: true }).fill('Marie Louise');
  await page.getByLabel('Date of birth', { exact: true }).fill('1985-07-30');
  await page.getByLabel('Country of birth').selectOption({ label: 'Belgium' });
  await page.getByLabel('Place of birth', { exact: true }).fill('Gent');
  await page.getByLabel('Female').check();
  await page.getByLabel(/Belgian national number/).fill('85.07.30-033.28');
  await page.getByLabel('Personal email address').fill('marie.janssens@example.org');
  await page.getByLabel('Motivation').fill('Filing my Belgian taxes from abroad.');
  await page.getByLabel('Dutch').check();
  const firstDay = page.locator('fieldset.day').first();
  await firstDay.getByLabel(/morning/).check();
  await page.locator('fieldset.day').nth(2).getByLabel(/afternoon/).check();
  await page.getByLabel(/I agree/).check();
  await page.getByRole('button', { name: 'Send my request' }).click();

  await page.waitForSelector('#security-code');
  const code = (await page.locator('#security-code').textContent()).trim();
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  assert.equal(await page.locator('h1').textContent(), 'Your request has been received');
  await assertAccessible(page, 'the success page');
});

test('the language switch keeps the page and sets the document language', async () => {
  const page = await newPage();
  await page.goto(`${base}/en/request`);
  await page.getByRole('link', { name: 'Français' }).click();
  await page.waitForURL(`${base}/fr/request`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.match(await page.locator('h1').textContent(), /entretien/);
  await assertAccessible(page, 'the French form');
});

test('the form fits a phone screen without sideways scrolling', async () => {
  const page = await newPage({ width: 360, height: 740 });
  for (const path of ['/nl/', '/nl/request']) {
    await page.goto(`${base}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} is ${overflow}px wider than the phone screen`);
  }
  await assertAccessible(page, 'the Dutch home page on a phone');
});
