// Side by side with the peer: the calculator's page and embed against a minimal Chart.js page
// of the same scenario (tests/bench/peer/, copied from the product's shared folder, with
// Chart.js 4.6.1 from npm). Cold loads in one headless Chromium, alternating (a fresh context
// per load), served the same way (gzip, loopback); medians of first contentful paint and of
// data-ready (when <html data-ready="true"> appears). Not a test: it prints a table.
//
//   node tests/bench/peer.mjs [loads per page, default 15]

import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from '../browser/harness.mjs';

const loads = Number(process.argv[2] ?? 15);
const peerSource = fileURLToPath(new URL('./peer/', import.meta.url));
const peerRoot = await mkdtemp(join(tmpdir(), 'peer-'));
for (const name of await readdir(peerSource)) await copyFile(join(peerSource, name), join(peerRoot, name));
await copyFile(fileURLToPath(new URL('../../node_modules/chart.js/dist/chart.umd.min.js', import.meta.url)), join(peerRoot, 'chart.umd.min.js'));

const site = await serve();
const peer = await serve(`${peerRoot}/`);
const browser = await launch();
const pages = [
  ['calculator, full page', `${site.url}`],
  ['calculator, embed', `${site.url}?embed=1`],
  ['peer (Chart.js)', `${peer.url}chartjs.html`],
];

async function coldLoad(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    // When data-ready appears, however it is set (an attribute or `dataset`), on the page's clock.
    new MutationObserver((records, observer) => {
      if (document.documentElement.dataset.ready === 'true') {
        window.readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.readyAt !== undefined);
  // First contentful paint is reported a frame after the paint.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const times = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    ready: window.readyAt,
  }));
  await context.close();
  return times;
}

const measured = new Map(pages.map(([name]) => [name, { paint: [], ready: [] }]));
for (let round = 0; round < loads; round += 1) {
  for (const [name, url] of round % 2 ? [...pages].reverse() : pages) {
    const { paint, ready } = await coldLoad(url);
    measured.get(name).paint.push(paint);
    measured.get(name).ready.push(ready);
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const peerTimes = measured.get('peer (Chart.js)');
console.log(`| page (${loads} alternating cold loads each) | first contentful paint, median | data-ready, median | paint ≤ peer | ready ≤ peer |`);
console.log('|---|---:|---:|---|---|');
for (const [name, times] of measured) {
  const paint = median(times.paint);
  const ready = median(times.ready);
  const versus = name.startsWith('peer') ? ['', ''] : [paint <= median(peerTimes.paint) ? 'yes' : 'NO', ready <= median(peerTimes.ready) ? 'yes' : 'NO'];
  console.log(`| ${name} | ${paint.toFixed(0)} ms | ${ready.toFixed(0)} ms | ${versus[0]} | ${versus[1]} |`);
}
await browser.close();
await site.close();
await peer.close();
