// Browser test of the staff pages on the demo data: an interviewer assigns a request to one of
// their slots; a supervisor proposes a slot for another request and reassigns the first one;
// the interviewers see the change. axe-core checks every staff page on the way.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, assertAccessible } from './support.mjs';

let app, base;

before(async () => {
  app = await start({ demo: true });
  base = app.base;
});

after(async () => {
  await app?.stop();
});

const emailOf = (name) => `${name.split(' ')[0].toLowerCase()}@demo.rendezvous.localhost`;

async function signIn(page, name) {
  await page.goto(`${base}/en/staff/sign-in`);
  await page.getByLabel('Email address').fill(emailOf(name));
  await page.getByLabel('Password').fill(app.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/en/staff/`);
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/sign-in/);
}

test('assign, propose, reassign, and see the change in the calendars', async () => {
  const page = await app.newPage();

  // Anna assigns the oldest open request in her languages to her first fitting slot.
  await signIn(page, 'Anna Peeters');
  await assertAccessible(page, 'the staff overview');
  await page.getByRole('link', { name: 'Assign requests' }).click();
  await assertAccessible(page, 'the assignment dashboard');
  const firstRow = page.locator('tbody tr').first();
  const reference = (await firstRow.locator('a').first().textContent()).trim();
  await firstRow.locator('a').first().click();
  await page.waitForSelector('.offers button');
  await assertAccessible(page, 'the dashboard with slots');
  await page.locator('.offers button').first().click();
  await page.waitForSelector('.notice-info');
  assert.match(await page.locator('.notice-info').textContent(), new RegExp(`request ${reference}`));
  await page.getByRole('link', { name: 'Calendar' }).click();
  await assertAccessible(page, 'the calendar');
  // The next interviews list holds the new one.
  assert.match(await page.locator('main').textContent(), new RegExp(reference));
  await signOut(page);

  // Marc, supervisor, opens Anna's calendar and reassigns her interview to a colleague at the
  // same time.
  await signIn(page, 'Marc Lambert');
  await page.getByRole('link', { name: 'Interviewers' }).click();
  await assertAccessible(page, 'the interviewers');
  await page.locator('tr', { hasText: 'Anna Peeters' }).getByRole('link', { name: 'Calendar' }).click();
  await page.locator('main li', { hasText: reference }).getByRole('link').first().click();
  await page.waitForSelector('#reassign');
  await assertAccessible(page, 'an appointment with the reassignment forms');
  const colleague = (await page.locator('#interviewer option:checked').textContent()).trim();
  await page.locator('#interviewer').locator('xpath=ancestor::form').getByLabel('Workload').check();
  await page.getByRole('button', { name: 'Reassign', exact: true }).click();
  await page.waitForSelector('.notice-info');
  assert.match(await page.locator('main dl').textContent(), new RegExp(colleague));
  await page.getByRole('link', { name: 'Audit log' }).click();
  await assertAccessible(page, 'the audit log');
  assert.match(await page.locator('tbody').textContent(), /Reassigned to another interviewer/);
  // The activations: figures, the search by email address, those waiting.
  await page.getByRole('link', { name: 'Activations', exact: true }).click();
  await page.waitForSelector('#activations-pending');
  await assertAccessible(page, 'the activations');
  // He proposes a slot for another request from the queue.
  await page.getByRole('link', { name: 'Queue' }).click();
  await assertAccessible(page, 'the queue');
  const other = page.locator('tbody tr').first().locator('a').first();
  const otherReference = (await other.textContent()).trim();
  assert.notEqual(otherReference, reference);
  await other.click();
  await page.waitForSelector('.offers button');
  await assertAccessible(page, 'a request with everyone\'s slots');
  await page.locator('.offers button').first().click();
  await page.waitForSelector('.notice-info');
  assert.match(await page.locator('.notice-info').textContent(), new RegExp(otherReference));
  await signOut(page);

  // The colleague sees the interview; Anna sees that it left her calendar.
  await signIn(page, colleague);
  assert.match(await page.locator('main').textContent(), new RegExp(reference));
  await page.getByRole('link', { name: 'Calendar' }).click();
  assert.match(await page.locator('main').textContent(), new RegExp(reference));
  await signOut(page);
  await signIn(page, 'Anna Peeters');
  const changes = await page.locator('main').textContent();
  assert.match(changes, /moved to another interviewer/);
  await page.getByRole('link', { name: 'Calendar' }).click();
  const upcoming = await page.locator('main ul').last().textContent();
  assert.doesNotMatch(upcoming, new RegExp(reference), 'the interview left Anna\'s next interviews');
  await page.getByRole('link', { name: 'Working plan' }).click();
  await assertAccessible(page, 'the working plan');
});

test('the staff calendar fits a tablet', async () => {
  const page = await app.newPage({ width: 768, height: 1024 });
  await signIn(page, 'Sofia Janssens');
  await page.goto(`${base}/en/staff/calendar`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the calendar is ${overflow}px wider than the tablet`);
  await assertAccessible(page, 'the calendar on a tablet');
});

test('a supervisor proposes slots for all and follows the run to its end', async () => {
  const page = await app.newPage();
  await signIn(page, 'Marc Lambert');
  await page.getByRole('link', { name: 'Queue' }).click();
  const before = await page.locator('tbody tr').count();
  assert.ok(before > 0, 'the demo has open requests');
  await page.getByRole('button', { name: 'Propose slots for all open requests' }).click();
  await page.waitForURL(/\/en\/staff\/propose-all\/[0-9a-f-]{36}$/);
  // The page follows the run by itself (run-progress.js) until it has ended.
  await page.waitForSelector('#run[data-state="finished"]', { timeout: 30000 });
  const report = await page.locator('#run').textContent();
  const proposed = Number(report.match(/(\d+) of (\d+) open requests received a proposal/)[1]);
  assert.ok(proposed > 0, report);
  await assertAccessible(page, 'the report of propose for all');

  // The script: a page shown while the run was going puts the end in place by itself, without
  // reloading.
  const runUrl = page.url();
  const strict = page;
  let served = 0;
  await strict.route(runUrl, async (route) => {
    const response = await route.fetch();
    let body = await response.text();
    if (served++ === 0) {
      body = body.replace('data-state="finished"', 'data-state="running"').replace('<title>', '<title>Running — ');
    }
    await route.fulfill({ response, body });
  });
  await strict.goto(runUrl);
  assert.equal(await strict.locator('#run').getAttribute('data-state'), 'running');
  await strict.waitForSelector('#run[data-state="finished"]', { timeout: 10000 });
  assert.ok(served >= 2, 'the script read the page again');
  assert.equal(strict.url(), runUrl, 'without reloading the page');
  assert.doesNotMatch(await strict.title(), /Running/, 'the title follows');
  assert.equal(await strict.evaluate(() => document.activeElement.tagName), 'H1', 'the heading has the focus');
  assert.deepEqual(strict.cspRefusals, [], 'nothing refused by the Content-Security-Policy');
  await strict.unroute(runUrl);

  await page.getByRole('link', { name: /Back to the queue/ }).click();
  const after = await page.locator('tbody tr').count();
  assert.equal(after, before - proposed, 'the proposed requests left the queue');
});

/** A people list as an organisation would send it: three people, one line with mistakes. */
const NISS = {
  js: ['90010112395', '90010112593', '90010112791'],
  nojs: ['75050520195', '75050520393', '75050520591'],
};

function peopleList(tag) {
  const [a, b, c] = NISS[tag];
  return Buffer.from([
    'NISS;Email;Language;First names;Last name;Card',
    `${a};marie.${tag}@example.org;FR;Marie;Dupont;EP123456`,
    `${b};jan.${tag}@example.org;NL;Jan;Peeters;ID987654`,
    `85073003329;not-an-email;IT;Eva;;X`,
    `${c};ann.${tag}@example.org;EN;Ann;Smith;ABC123456`,
  ].join('\r\n'), 'utf8');
}

async function importList(page, { js, tag }) {
  const check = async (state) => {
    if (js) return assertAccessible(page, state);
    const reader = await app.newPage();
    await signIn(reader, 'Marc Lambert');
    await reader.goto(page.url());
    await assertAccessible(reader, `${state} (read with JavaScript)`);
    await reader.context().close();
  };
  await signIn(page, 'Marc Lambert');
  await page.getByRole('link', { name: 'Import a list' }).click();
  await check('the import form');
  // A wrong file first: one message, the organisation kept.
  await page.getByLabel('Organisation').fill(`Embassy ${tag}`);
  await page.getByLabel('The list').setInputFiles({ name: 'list.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
  await page.getByRole('button', { name: 'Check the list' }).click();
  await page.waitForSelector('.error-summary');
  assert.match(await page.locator('.error-summary').textContent(), /This is a PDF file/);
  assert.equal(await page.getByLabel('Organisation').inputValue(), `Embassy ${tag}`);
  await check('the import form with an error');

  await page.getByLabel('The list').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: peopleList(tag) });
  await page.getByRole('button', { name: 'Check the list' }).click();
  await page.waitForSelector('h1:has-text("Check before importing")');
  assert.equal((await page.locator('#preview-create').textContent()).trim(), '3');
  assert.equal((await page.locator('#preview-refused').textContent()).trim(), '1');
  assert.match(await page.locator('#refused').textContent(), /the check digits are wrong/);
  await check('the preview');
  const refusedCsv = await page.request.get(base + await page.locator('a[href*="refused.csv"]').getAttribute('href'));
  assert.match(await refusedCsv.text(), /not-an-email/);

  await page.getByRole('button', { name: 'Confirm the import' }).click();
  await page.waitForURL(/\/en\/staff\/import\/[0-9a-f-]{36}$/);
  if (js) {
    await page.waitForSelector('#run[data-state="finished"]', { timeout: 30000 });
  } else {
    for (let i = 0; i < 60 && (await page.locator('#run[data-state="finished"]').count()) === 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      await page.reload();
    }
  }
  assert.equal((await page.locator('#report-created').textContent()).trim(), '3');
  await check('the import report');
  const report = await page.request.get(base + await page.locator('a[href$="report.csv"]').getAttribute('href'));
  const text = await report.text();
  assert.equal((text.match(/Registered/g) || []).length, 3, text);
  assert.deepEqual(page.cspRefusals, [], 'nothing refused by the Content-Security-Policy');
}

test('a supervisor imports a list of people, reads the refused lines and downloads the report', async () => {
  await importList(await app.newPage(), { js: true, tag: 'js' });
});

test('the import works without JavaScript', async () => {
  await importList(await app.newPage(undefined, { javaScriptEnabled: false }), { js: false, tag: 'nojs' });
});
