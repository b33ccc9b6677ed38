// What the browser end-to-end scripts share: launching headless Chromium, logging each check,
// and exiting non-zero when any check failed.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const base = process.env.BASE_URL;
export const out = process.env.OUT_DIR || 'target/e2e';
if (!base) throw new Error('BASE_URL is not set');
mkdirSync(out, { recursive: true });

const failures = [];

export function check(condition, message) {
  if (!condition) failures.push(message);
  console.log((condition ? 'ok   ' : 'FAIL ') + message);
}

// Runs body(page, errors) on a fresh page of a laptop-sized window, errors collecting the dialogs
// and script errors the page raised; closes the browser and exits with the outcome of all checks.
export async function withPage(body) {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors = { dialogs: [], script: [] };
    page.on('dialog', async (dialog) => { errors.dialogs.push(dialog.message()); await dialog.dismiss(); });
    page.on('pageerror', (error) => errors.script.push(String(error)));
    await body(page, errors);
    check(errors.script.length === 0, 'no script errors on the page (' + errors.script.join(' | ') + ')');
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(failures.length + ' check(s) failed');
    process.exit(1);
  }
  console.log('all browser checks passed');
}
