// Side by side with the peer: the calculator's page and embed against a minimal Chart.js page
// of the same scenario (tests/bench/peer/, copied from the product's shared folder, with
// Chart.js 4.6.1 from npm). Cold loads in one headless Chromium, alternating (a fresh context
// per load), served the same way (gzip, loopback); medians of first contentful paint, of the
// first frame with figures on screen, and of data-ready (when <html data-ready="true">
// appears). Not a test: it prints a table.
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
    // The frame that first shows figures: the first with the price per hour written and
    // visible (the calculator's built or live one; the peer writes its own, and draws its
    // charts, just before it sets data-ready). Timed as the start of that frame, the same way
    // for both.
    const shown = () => {
      const price = document.querySelector('[data-output="price_per_gpu_hour"]');
      return Boolean(price?.textContent.trim()) && price.checkVisibility({ visibilityProperty: true });
    };
    const watch = new MutationObserver(() => {
      if (!shown()) return;
      watch.disconnect();
      // Not the callback's argument: the time the frame was due, which a busy page passes.
      requestAnimationFrame(() => { window.figuresAt = performance.now(); });
    });
    watch.observe(document, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-ready', 'data-paint'] });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.readyAt !== undefined && window.figuresAt !== undefined);
  // First contentful paint is reported a frame after the paint.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const times = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    ready: window.readyAt,
    figures: window.figuresAt,
  }));
  await context.close();
  return times;
}

const measured = new Map(pages.map(([name]) => [name, { paint: [], ready: [], figures: [] }]));
for (let round = 0; round < loads; round += 1) {
  for (const [name, url] of round % 2 ? [...pages].reverse() : pages) {
    const times = await coldLoad(url);
    for (const [key, value] of Object.entries(times)) measured.get(name)[key].push(value);
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const peerTimes = measured.get('peer (Chart.js)');
console.log(`| page (${loads} alternating cold loads each) | first contentful paint, median | figures on screen, median | data-ready, median | paint ≤ peer | ready ≤ peer |`);
console.log('|---|---:|---:|---:|---|---|');
for (const [name, times] of measured) {
  const [paint, figures, ready] = [median(times.paint), median(times.figures), median(times.ready)];
  const versus = name.startsWith('peer') ? ['', ''] : [paint <= median(peerTimes.paint) ? 'yes' : 'NO', ready <= median(peerTimes.ready) ? 'yes' : 'NO'];
  console.log(`| ${name} | ${paint.toFixed(0)} ms | ${figures.toFixed(0)} ms | ${ready.toFixed(0)} ms | ${versus[0]} | ${versus[1]} |`);
}
await browser.close();
await site.close();
await peer.close();
