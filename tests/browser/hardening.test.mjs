// Hardening: a strict Content-Security-Policy with zero violations while the page is used,
// any sub-path, and links full of garbage.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, output, serve, typeInto } from './harness.mjs';

let browser;
let server;
let nested;

before(async () => {
  browser = await launch();
  server = await serve();
  nested = await serve(undefined, '/calc/');
});

after(async () => {
  await browser?.close();
  await server?.close();
  await nested?.close();
});

/** Records Content-Security-Policy violations from the first script on. */
async function watchViolations(context) {
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
}

describe('content security policy', () => {
  test('is strict and the page runs under it with zero violations', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await watchViolations(context);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    // The stylesheet is inline, allowed by its hash alone.
    assert.match(policy, /style-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel="stylesheet"]').length), 0);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
    await typeInto(page, 'value', '76');
    await page.selectOption('select[name="preset"]', 'openai-oracle-2025');
    await page.click('[data-action="add-tranche"]');
    await page.click('.share__preview summary');
    const frame = await (await page.waitForSelector('.share__frame[width="360"]')).contentFrame();
    await frame.waitForSelector('html[data-ready="true"]');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-chart="gpus"] ~ .chart__downloads [data-download="png"]')]);
    assert.equal(png.suggestedFilename(), 'gpus.png');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(await frame.evaluate(() => window.violations), []);
    await context.close();
  });
});

describe('any sub-path', () => {
  test('the site works served under /calc/, links and embed code included', async () => {
    const server = nested;
    const { page, context, problems } = await open(browser, server.url, server.origin);
    assert.ok((await output(page, 'price_per_gpu_hour')) > 2);
    await typeInto(page, 'value', '76');
    await page.waitForFunction(() => location.pathname === '/calc/' && location.search.includes('value=76'));
    const code = await page.inputValue('[data-embed-code]');
    assert.match(code, /src="http:\/\/127\.0\.0\.1:\d+\/calc\/\?v=2/);
    assert.match(code, /src="http:\/\/127\.0\.0\.1:\d+\/calc\/embed\.js"/);
    const embedded = await open(browser, `${server.url}?embed=1`, server.origin);
    assert.match(await embedded.page.getAttribute('[data-action="open-full"]', 'href'), /\/calc\/\?v=2/);
    assert.deepEqual([...problems, ...embedded.problems], []);
    await embedded.context.close();
    await context.close();
  });
});

describe('garbage in links', () => {
  test('a link full of garbage opens the defaults with a note and a working page', async () => {
    const garbage = '?v=9&value=1e400&gb200=-1&years=NaN&fleet=%00%ff&start=2099-13&price=abc&lang=xx&theme=%3Cscript%3E&preset=..%2F..&util=2&chart=<b>';
    const { page, context, problems } = await open(browser, `${server.url}${garbage}`, server.origin);
    assert.equal(await output(page, 'contract_value'), 38e9);
    assert.equal(await output(page, 'total_gpus'), 300000);
    const note = await page.textContent('[data-note="ignored"]');
    for (const part of ['v=9', 'value=1e400', 'gb200=-1', 'years=NaN', 'lang=xx', 'util=2']) assert.ok(note.includes(part), part);
    await typeInto(page, 'value', '76');
    await page.waitForFunction(() => document.querySelector('[data-output="contract_value"]').dataset.value === '76000000000');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
