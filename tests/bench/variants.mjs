// A/B of builds: first contentful paint, DOMContentLoaded and data-ready of each directory
// given (copies of dist/, or of the peer), served side by side, alternating cold loads in one
// headless Chromium; medians. How a change to the first paint is judged against the build
// before it, on the same machine at the same moment. Not a test: it prints a line per build.
//
//   LOADS=15 QUERY='?embed=1' [PHONE=1] node tests/bench/variants.mjs <dir> <dir> …
//
// PHONE=1: Lighthouse's mobile conditions (412 px, 150 ms round trip, 1.6 Mbit/s, CPU 4×).
import { launch, serve } from '../browser/harness.mjs';
const loads = Number(process.env.LOADS ?? 11);
const query = process.env.QUERY ?? '';
const roots = process.argv.slice(2);
const browser = await launch();
const sites = await Promise.all(roots.map((root) => serve(root.endsWith('/') ? root : `${root}/`)));
async function coldLoad(url) {
  const phone = Boolean(process.env.PHONE);
  const context = await browser.newContext(phone ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true } : { viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    new MutationObserver((records, observer) => {
      if (document.documentElement.dataset.ready === 'true') { window.readyAt = performance.now(); observer.disconnect(); }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await page.waitForFunction(() => window.readyAt !== undefined, null, { timeout: 30000 }).catch(() => {});
  const t = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
    ready: window.readyAt ?? NaN,
  }));
  await context.close();
  return t;
}
const results = roots.map(() => ({ paint: [], dcl: [], ready: [] }));
for (let round = 0; round < loads; round += 1) {
  const order = roots.map((_, i) => i);
  if (round % 2) order.reverse();
  for (const i of order) {
    const t = await coldLoad(`${sites[i].url}${query}`);
    for (const k of Object.keys(t)) results[i][k].push(t[k]);
  }
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
roots.forEach((root, i) => console.log(`${root.padEnd(28)} fcp ${median(results[i].paint).toFixed(0).padStart(4)}  dcl ${median(results[i].dcl).toFixed(0).padStart(4)}  ready ${median(results[i].ready).toFixed(0).padStart(4)}`));
await browser.close();
for (const s of sites) await s.close();
