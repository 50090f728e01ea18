// Side by side with the peer: the calculator's page and embed, and the ledger's, against a minimal Chart.js page
// of the same scenario (tests/bench/peer/, copied from the product's shared folder, with
// Chart.js 4.6.1 from npm). Cold loads in one headless Chromium, alternating (a fresh context
// per load), served the same way, as a real host serves them (loopback; the precompressed
// `.br` or `.gz` beside a file when the browser asks for it, else compressed on the fly: the
// peer has no precompressed files). Two profiles in one run: desktop (1280 px) and a phone
// (Lighthouse's mobile profile: 412 px, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up,
// CPU slowed 4×, set by CDP). Medians of first contentful paint, of the first frame with
// figures on screen, of the largest contentful paint, of data-ready (when <html
// data-ready="true"> appears), and the bytes sent. Not a test: it prints a table.
//
//   node tests/bench/peer.mjs [loads per page, default 15] [phone loads, default 5]

import { DIST, launch } from '../browser/harness.mjs';
import { peerRoot, serveAsHost as serve } from './host.mjs';

const loads = Number(process.argv[2] ?? 15);
const phoneLoads = Number(process.argv[3] ?? 5);

const site = await serve(DIST);
const peer = await serve(await peerRoot());
const browser = await launch();
const pages = [
  ['calculator, full page', `${site.url}`],
  ['calculator, embed', `${site.url}?embed=1`],
  ['ledger, full page', `${site.url}ledger/`],
  ['ledger, embed', `${site.url}ledger/?embed=1`],
  ['peer (Chart.js)', `${peer.url}chartjs.html`],
];

const PROFILES = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: {
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpu: 4,
  },
};

async function coldLoad(url, profile) {
  const { network, cpu, ...options } = PROFILES[profile];
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    window.largest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.largest = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
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
      // The ledger's figures are its headline in words.
      const price = document.querySelector('[data-output="price_per_gpu_hour"], [data-ledger-headline]');
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
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => { bytes += event.encodedDataLength; });
  await page.goto(url);
  await page.waitForFunction(() => window.readyAt !== undefined && window.figuresAt !== undefined, null, { timeout: 60000 });
  // First contentful paint is reported a frame after the paint; the largest contentful paint
  // is whatever was last reported once the page has settled (no input ends it here).
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await page.waitForTimeout(profile === 'phone' ? 1500 : 500);
  const times = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    figures: window.figuresAt,
    largest: window.largest,
    ready: window.readyAt,
  }));
  await context.close();
  return { ...times, bytes };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
for (const [profile, rounds] of [['desktop', loads], ['phone', phoneLoads]]) {
  const measured = new Map(pages.map(([name]) => [name, { paint: [], figures: [], largest: [], ready: [], bytes: [] }]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, url] of round % 2 ? [...pages].reverse() : pages) {
      const times = await coldLoad(url, profile);
      for (const [key, value] of Object.entries(times)) measured.get(name)[key].push(value);
    }
  }
  const peer = Object.fromEntries(Object.entries(measured.get('peer (Chart.js)')).map(([key, values]) => [key, median(values)]));
  const ratio = (value, key) => (peer[key] ? ` (${(value / peer[key]).toFixed(2)}×)` : '');
  console.log(`\n${profile} (${rounds} alternating cold loads each; medians, and × the peer's)\n`);
  console.log('| page | first contentful paint | figures on screen | largest contentful paint | data-ready | bytes received |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, times] of measured) {
    const cells = ['paint', 'figures', 'largest', 'ready'].map((key) => {
      const value = median(times[key]);
      return `${value.toFixed(0)} ms${name.startsWith('peer') ? '' : ratio(value, key)}`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} | ${(median(times.bytes) / 1024).toFixed(1)} KB |`);
  }
}
await browser.close();
await site.close();
await peer.close();
