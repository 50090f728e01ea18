// Screenshots for a person to look at, at 1280 px, 360 px (device scale 2) and in dark mode:
// node tests/shots.mjs [query] [prefix] → artifacts/shots/<prefix>-<desktop|phone|dark>.png
import { mkdir } from 'node:fs/promises';
import { ARTIFACTS, serve, launch } from './browser/harness.mjs';
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
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${ARTIFACTS}shots/${prefix}-${name}.png`, fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
