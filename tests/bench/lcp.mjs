// What the largest contentful paint is, and when, on the page and the embed under a phone's
// conditions: every LCP entry with its element, size and time, beside data-ready. A diagnostic
// for the benchmark's "largest contentful paint" column. Not a test.
//
//   node tests/bench/lcp.mjs [path, default '?embed=1'] [desktop]

import { DIST, launch, serve } from '../browser/harness.mjs';

const path = process.argv[2] ?? '?embed=1';
const site = await serve(DIST);
const browser = await launch();
const desktop = process.argv[3] === 'desktop';
const context = await browser.newContext(desktop ? { viewport: { width: 1280, height: 900 } } : { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
await context.addInitScript(() => {
  window.entries = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const node = entry.element;
      window.entries.push(`${entry.startTime.toFixed(0)} ms: ${entry.size} px² ${node ? `${node.nodeName}.${node.getAttribute('class') ?? ''}${node.isConnected ? '' : ' (removed)'} “${(node.textContent ?? '').trim().slice(0, 40)}”` : '(no element)'}`);
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver(() => {
    if (document.documentElement.dataset.ready === 'true' && !window.readyAt) window.readyAt = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
if (!desktop) {
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}
await page.goto(`${site.url}${path}`);
await page.waitForFunction(() => window.readyAt, null, { timeout: 60000 });
await page.waitForTimeout(2000);
console.log(`${path}: data-ready at ${(await page.evaluate(() => window.readyAt)).toFixed(0)} ms`);
for (const line of await page.evaluate(() => window.entries)) console.log(`  ${line}`);
await browser.close();
await site.close();
