// Shared by the browser tests: starts the real binary (RENDEZVOUS_BIN, default
// target/debug/rendezvous) on a free loopback port with a fresh SQLite database, drives Debian's
// chromium through playwright-core, and checks pages with axe-core (WCAG 2.1 A/AA).

import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BIN = process.env.RENDEZVOUS_BIN ?? 'target/debug/rendezvous';

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

/**
 * Starts the service and a browser. With `demo`, fills the database first with `rendezvous demo`
 * and returns the demo password it printed. With `camera`, chromium has a fake camera that it
 * may use without asking.
 */
export async function start({ demo = false, camera = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rdv-browser-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env };
  delete env.SMTP_URL; // emails go to files
  const serviceEnv = {
    ...env,
    BIND: `127.0.0.1:${port}`,
    BASE_URL: base,
    DATABASE_URL: `sqlite://${dir}/browser.db?mode=rwc`,
    OUTBOX_DIR: join(dir, 'outbox'),
    UPLOAD_DIR: join(dir, 'uploads'),
    JOB_INTERVAL_SECS: '1',
  };
  let password;
  if (demo) {
    const out = execFileSync(BIN, ['demo'], { env: serviceEnv, encoding: 'utf8' });
    password = out.match(/password (\S+?)\)/)[1];
  }
  const serve = async (extraEnv = {}) => {
    const child = spawn(BIN, ['serve'], {
      env: { ...serviceEnv, ...extraEnv },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const failed = new Promise((_, reject) => {
      child.once('exit', (code, signal) => reject(new Error(`the server exited (${code ?? signal})`)));
    });
    failed.catch(() => {});
    await Promise.race([waitForHealth(base, Date.now() + 30_000), failed]);
    return child;
  };
  const stopServer = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await exited;
    }
  };
  let server = await serve();
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
  if (camera) args.push('--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream');
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args,
    });
  } catch (error) {
    // Without a browser no test runs: stop the server, or it keeps node (and the run) alive.
    await stopServer();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    base,
    password,
    outbox: join(dir, 'outbox'),
    uploads: join(dir, 'uploads'),
    browser,
    /**
     * Stops the server and starts it again on the same port with the same database, audit key
     * (audit.key beside the database), outbox and uploads. `clockOffsetSecs` (signed seconds)
     * moves the service's clock (the hidden CLOCK_OFFSET_SECS setting), e.g. to just before an
     * appointment days ahead. The browser and its contexts stay.
     */
    async restart({ clockOffsetSecs = 0 } = {}) {
      await stopServer();
      server = await serve({ CLOCK_OFFSET_SECS: String(Math.trunc(clockOffsetSecs)) });
    },
    async stop() {
      await browser.close();
      // Let the server stop before its folders go, so that no job writes into a removed one.
      await stopServer();
      rmSync(dir, { recursive: true, force: true });
    },
    async newPage(viewport = { width: 1280, height: 900 }, options = {}) {
      // Under the pages' real Content-Security-Policy, so that a script it would block fails
      // the test; a message about a refusal fails it too.
      const context = await browser.newContext({ viewport, locale: 'en-GB', ...options });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) page.cspRefusals.push(message.text());
      });
      page.cspRefusals = [];
      return page;
    },
  };
}

/** Runs axe-core on the page and fails with the list of violations, if any. */
export async function assertAccessible(page, state) {
  // Evaluated by the browser's debugging protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  assert.deepEqual(page.cspRefusals ?? [], [], `Content-Security-Policy refusals before ${state}`);
  // Checked as the page is shown, and at a phone's width too (then back).
  const shown = page.viewportSize();
  const widths = shown && shown.width !== 360 ? [shown, { width: 360, height: 740 }] : [shown];
  for (const viewport of widths) {
    if (viewport && viewport !== shown) await page.setViewportSize(viewport);
    const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      WCAG,
    );
    const violations = result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    const width = viewport ? `${viewport.width} px` : 'its width';
    assert.deepEqual(violations, [], `axe-core violations on ${state} at ${width}`);
  }
  if (shown && widths.length > 1) await page.setViewportSize(shown);
}
