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

  // Marc, supervisor, proposes a slot for another request from the queue.
  await signIn(page, 'Marc Lambert');
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

  // He opens Anna's calendar and reassigns her interview to a colleague at the same time.
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
  assert.match(await page.locator('tbody').textContent(), /reassign/);
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
