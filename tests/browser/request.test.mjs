// Browser test of journey step 1: Debian's chromium driven by playwright-core, as a person would
// (fields found by their labels), with axe-core checking WCAG 2.1 A/AA on every state of the form.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, assertAccessible } from './support.mjs';

let app, base;

before(async () => {
  app = await start();
  base = app.base;
});

after(async () => {
  await app?.stop();
});

const newPage = (viewport) => app.newPage(viewport);

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
  const birth = page.getByRole('group', { name: 'Date of birth' });
  await birth.getByLabel('Day').fill('30');
  await birth.getByLabel('Month').fill('7');
  await birth.getByLabel('Year').fill('1985');
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

test('the error summary has the focus, and its links keep each question in view', async () => {
  for (const viewport of [undefined, { width: 360, height: 740 }]) {
    const page = await newPage(viewport);
    await page.goto(`${base}/fr/request`);
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.waitForSelector('.error-summary');
    // Focused by `autofocus` as the page loads: no script runs for it.
    assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
      'the summary has the focus');
    assert.match(await page.title(), /^Erreur\u00a0: /);
    // Each link leads to an input; the question (its label or its group's legend) stays on screen.
    for (const id of ['last_name', 'birth_day', 'sex', 'slot', 'consent']) {
      await page.locator(`.error-summary a[href="#${id}"]`).click();
      const top = await page.evaluate((id) => {
        const input = document.getElementById(id);
        const question = input.closest('fieldset.field')?.querySelector('legend')
          ?? document.querySelector(`label[for="${id}"]`);
        return question.getBoundingClientRect().top;
      }, id);
      assert.ok(top >= 0, `${id}: its question is ${-top}px above the window (${JSON.stringify(viewport)})`);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  }
});
