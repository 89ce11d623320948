// Prints the DOM of an HTML file after a real headless Chromium loaded it. The browser comes from
// npm (@sparticuz/chromium ships it inside the package, unpacked to the temp folder on first use);
// CHROMIUM=/path uses another one. Driven by puppeteer-core over a pipe.
//
//   node __tests__/report/dumpDom.mjs report.html
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import chromium from '@sparticuz/chromium';
import puppeteer from 'puppeteer-core';

const file = process.argv[2];
if (!file) {
  console.error('usage: node dumpDom.mjs <file.html>');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || (await chromium.executablePath());
// Chromium in --single-process mode now and then closes its target during start-up on a loaded
// machine ("Target closed"): a fresh browser is tried up to three times before giving up.
async function dumpDom() {
  const profile = mkdtempSync(join(tmpdir(), 'datagate-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: 'shell',
    pipe: true,
    timeout: 60_000,
    userDataDir: profile,
    args: [
      '--no-sandbox', '--no-zygote', '--single-process', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  }).catch((error) => {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load', timeout: 60_000 });
    return await page.content();
  } finally {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

for (let attempt = 1; ; attempt++) {
  try {
    process.stdout.write(await dumpDom());
    break;
  } catch (error) {
    if (attempt >= 3) throw error;
    console.error(`chromium attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); retrying`);
  }
}
