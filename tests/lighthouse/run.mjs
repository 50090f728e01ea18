// Lighthouse, mobile profile (its default: a mid-range phone on a slow 4G connection,
// simulated), against the release build served on loopback with gzip, in Debian's Chromium.
// Prints one Markdown row per category and writes the full report to artifacts/. Part of
// scripts/bench, not of the test run.

import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { ARTIFACTS, serve } from '../browser/harness.mjs';

const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const result = await lighthouse(server.url, {
    port: chrome.port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(`${ARTIFACTS}lighthouse.html`, result.report);
  const { categories, audits } = result.lhr;
  for (const category of Object.values(categories)) {
    const score = Math.round(category.score * 100);
    console.log(`| Lighthouse mobile: ${category.title} | ${score} | 100 | ${score === 100 ? 'yes' : 'NO'} |`);
  }
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    console.log(`| Lighthouse mobile: ${audits[id].title} | ${audits[id].displayValue} | | |`);
  }
  // What kept a category below 100, for the reader of the table.
  for (const category of Object.values(categories)) {
    for (const { id, weight } of category.auditRefs) {
      const audit = audits[id];
      if (weight > 0 && audit.score !== null && audit.score < 1 && category.id !== 'performance') {
        console.error(`lighthouse: ${category.title}: ${audit.title} (${audit.score})`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
