// Browser test of what axe-core cannot judge alone (WCAG 2.1 AA): reflow at 320 px with long Dutch
// and German words, focus indicators that contrast with what is behind them, notes that do not
// overlap their hint, buttons that keep a border in forced colours, and tap targets of 24 px.

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

const PHONE = { width: 360, height: 800 };

async function signIn(page, email) {
  await page.goto(`${base}/en/staff/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(app.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/en/staff/`);
}

const SUPERVISOR = 'marc@demo.rendezvous.localhost';

/** Presses Tab until `locator` holds the focus, as a keyboard user would reach it. */
async function tabTo(page, locator, what) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((el) => el === document.activeElement)) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

// WCAG 2.1 relative luminance and contrast ratio of two sRGB colours.
function parseColour(css) {
  const m = css.match(/rgba?\(([^)]+)\)/);
  assert.ok(m, `unexpected colour syntax ${css}`);
  const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a };
}
function luminance({ r, g, b }) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The focused element's outline and the colours it is drawn against: the first opaque background
 * among its ancestors and, when the outline touches the element (no offset), its own background.
 */
async function focusRing(locator) {
  return locator.evaluate((el) => {
    const opaque = (c) => c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
    let behind = 'rgb(255, 255, 255)';
    for (let n = el.parentElement; n; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor;
      if (opaque(bg)) { behind = bg; break; }
    }
    const s = getComputedStyle(el);
    const backgrounds = [behind];
    if (parseFloat(s.outlineOffset) < 1 && opaque(s.backgroundColor)) backgrounds.push(s.backgroundColor);
    return {
      focusVisible: el.matches(':focus-visible'),
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      colour: s.outlineColor,
      backgrounds,
    };
  });
}

async function assertFocusRing(page, locator, what) {
  await tabTo(page, locator, what);
  const ring = await focusRing(locator);
  assert.ok(ring.focusVisible, `${what} matches :focus-visible`);
  assert.notEqual(ring.style, 'none', `${what} has an outline`);
  assert.ok(ring.width >= 2, `${what}: outline ${ring.width}px wide`);
  for (const bg of ring.backgrounds) {
    const ratio = contrast(parseColour(ring.colour), parseColour(bg));
    assert.ok(ratio >= 3, `${what}: outline ${ring.colour} on ${bg} is ${ratio.toFixed(2)}:1, under 3:1`);
  }
}

test('public pages in German and Dutch reflow at 320 px without scrolling sideways', async () => {
  const page = await app.newPage({ width: 320, height: 800 });
  for (const lang of ['de', 'nl']) {
    for (const path of ['', 'privacy', 'request', 'staff/sign-in', 'key/sign-in', `activate/${'0'.repeat(32)}`]) {
      const url = `/${lang}/${path}`;
      await page.goto(`${base}${url}`);
      const { width, wide } = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        // The elements whose content sticks out, to say what overflows.
        wide: [...document.querySelectorAll('body *')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > 320.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} "${el.textContent.trim().slice(0, 40)}"`),
      }));
      assert.ok(width <= 320, `${url} is ${width}px wide at 320px: ${wide.join('; ')}`);
      await assertAccessible(page, `${url} at 320px`);
    }
  }
});

test('the focus indicator contrasts 3:1 with the background on the page, header, footer and buttons', async () => {
  const page = await app.newPage();
  await page.goto(`${base}/en/privacy`);
  await assertFocusRing(page, page.locator('.site-name'), 'the site name in the blue header');
  await page.goto(`${base}/en/privacy`);
  await assertFocusRing(page, page.locator('.language-switch a').first(), 'a language link in the header');
  await page.goto(`${base}/en/privacy`);
  await assertFocusRing(page, page.locator('main a').first(), 'a link in the page');
  await page.goto(`${base}/en/privacy`);
  await assertFocusRing(page, page.locator('.site-footer a').first(), 'a link in the tinted footer');

  await page.goto(`${base}/en/request`);
  await assertFocusRing(page, page.getByLabel('Last name', { exact: true }), 'a text input');
  await page.goto(`${base}/en/request`);
  await assertFocusRing(page, page.getByRole('button', { name: 'Send my request' }), 'the blue submit button');
  await page.goto(`${base}/en/`);
  await assertFocusRing(page, page.locator('main a.button').first(), 'a link styled as a button');
});

test('a wide table\'s scroll box shows the focus indicator', async () => {
  const page = await app.newPage(PHONE);
  await signIn(page, SUPERVISOR);
  await page.goto(`${base}/en/staff/audit`);
  const wrap = page.locator('.table-wrap').first();
  // The audit page makes its scroll box a focusable region; older markup may not, and the style
  // is what this checks.
  await wrap.evaluate((el) => { if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0'); });
  await assertFocusRing(page, wrap, 'the audit table\'s scroll box');
});

test('a note under a hint sits below it, and the image check warning below its field', async () => {
  const page = await app.newPage(PHONE);
  await page.goto(`${base}/en/request`);
  // The markup the upload form renders after one side was refused (see views/partials/form.rs
  // and id_upload.rs), added to a served page so that the served stylesheet applies.
  const boxes = await page.evaluate(() => {
    const section = document.createElement('div');
    section.innerHTML = `
      <div class="upload-check">
        <div class="field">
          <label for="a11y-front">Front of the document</label>
          <p class="hint" id="a11y-front-hint">A photo or scan, JPEG or PNG, with the whole document in the picture.</p>
          <p class="field-note" id="a11y-front-note">The front you sent earlier passed; send it again.</p>
          <input id="a11y-front" type="file" aria-describedby="a11y-front-hint a11y-front-note">
        </div>
        <p class="field-warning" role="status">This image looks blurred.</p>
      </div>`;
    document.querySelector('main').prepend(section);
    const box = (sel) => section.querySelector(sel).getBoundingClientRect();
    return { hint: box('.hint'), note: box('.field-note'), input: box('input'), warning: box('.field-warning') };
  });
  assert.ok(boxes.note.top >= boxes.hint.bottom,
    `the note's top (${boxes.note.top}) is above the hint's bottom (${boxes.hint.bottom})`);
  assert.ok(boxes.input.top >= boxes.note.bottom,
    `the input's top (${boxes.input.top}) is above the note's bottom (${boxes.note.bottom})`);
  assert.ok(boxes.warning.top >= boxes.input.bottom,
    `the warning's top (${boxes.warning.top}) is above the input's bottom (${boxes.input.bottom})`);
});

test('buttons keep a visible border in forced colours', async () => {
  const page = await app.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  for (const [url, button] of [
    ['/en/request', (p) => p.getByRole('button', { name: 'Send my request' })],
    ['/en/', (p) => p.locator('main a.button').first()],
  ]) {
    await page.goto(`${base}${url}`);
    const border = await button(page).evaluate((el) => {
      const s = getComputedStyle(el);
      return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle };
    });
    assert.ok(border.width > 0, `the button on ${url} has a ${border.width}px border in forced colours`);
    assert.notEqual(border.style, 'none', `the button's border on ${url} is drawn in forced colours`);
  }
});

test('language links and staff navigation are tap targets of at least 24 px', async () => {
  const page = await app.newPage(PHONE);
  const assertTall = async (locator, what) => {
    const count = await locator.count();
    assert.ok(count > 0, `no ${what} found`);
    for (let i = 0; i < count; i++) {
      const item = locator.nth(i);
      const { height } = await item.boundingBox();
      const text = (await item.textContent()).trim();
      assert.ok(height >= 24, `${what} "${text}" is ${height.toFixed(1)}px high, under 24px`);
    }
  };
  await page.goto(`${base}/en/`);
  await assertTall(page.locator('.language-switch a'), 'language link');

  await signIn(page, SUPERVISOR);
  await assertTall(page.locator('.staff-nav a'), 'staff navigation link');
  await assertTall(page.getByRole('button', { name: 'Sign out' }), 'sign-out button');
});
