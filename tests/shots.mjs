// Screenshots for a person to look at, at 1280 px, 360 px (device scale 2) and in dark mode:
// node tests/shots.mjs [query] [prefix] → artifacts/shots/<prefix>-<desktop|phone|dark>.png
// (the whole page, with its later sections live)
import { mkdir } from 'node:fs/promises';
import { ARTIFACTS, liveSections, serve, launch } from './browser/harness.mjs';
const query = process.argv[2] ?? '';
const prefix = process.argv[3] ?? 'page';
await mkdir(`${ARTIFACTS}shots`, { recursive: true });
const server = await serve();
const browser = await launch();
for (const [name, options] of [
  ['desktop', { viewport: { width: 1280, height: 900 } }],
  ['phone', { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 }],
  ['dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
]) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  // The later sections as a reader who scrolls down sees them (the second wasm), then every
  // section drawn, which content-visibility would otherwise leave out of a full-page picture.
  await liveSections(page);
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${ARTIFACTS}shots/${prefix}-${name}.png`, fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
