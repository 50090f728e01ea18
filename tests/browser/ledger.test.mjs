// The ledger page (`ledger/`, src/components/ledger.rs): every deal on one timeline, as a reader
// uses it — the built page before the wasm, its live figures with their ranges, the controls
// (group, show, buyer, as of, a deal left out), the table and its CSV, the buyers' own totals,
// bad links, the three languages, the embed, and the way back to a deal.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch, open, serve, wordpressPost } from './harness.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The `data-*` of output `key`, as numbers (`null` where absent). */
async function figure(page, key) {
  const element = page.locator(`[data-output="${key}"]`);
  const number = async (name) => {
    const raw = await element.getAttribute(name);
    return raw === null ? null : Number(raw);
  };
  return { value: await number('data-value'), low: await number('data-low'), high: await number('data-high') };
}

/** The ids of the deals ticked in the deal list. */
async function ticked(page) {
  return page.locator('.ledger__deal input:checked').evaluateAll((inputs) => inputs.map((input) => input.value));
}

describe('the ledger', () => {
  test('built at build time: its headline, figures, chart and table are there without the wasm', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}ledger/`);
    assert.match(await page.textContent('[data-ledger-headline]'), /^All buyers: \d+ deals, \$1\.\d trillion \(/);
    assert.equal(await page.locator('[data-chart="ledger"] svg').count(), 1);
    assert.ok(await page.locator('table[data-table="ledger"] tbody tr[data-group="openai"]').count());
    assert.match(await page.getAttribute('meta[property="og:image"]', 'content'), /\/ledger\/card\.png$/);
    await context.close();
  });

  test('live: the sums carry their ranges, and the counting rule holds', async () => {
    const { page, context, problems } = await open(browser, `${server.url}ledger/`, server.origin);
    const value = await figure(page, 'ledger_value');
    assert.ok(value.low < value.value && value.value < value.high, JSON.stringify(value));
    const gw = await figure(page, 'ledger_peak_gw');
    assert.ok(gw.low < gw.value && gw.value < gw.high && gw.value > 10, JSON.stringify(gw));
    const deals = await figure(page, 'ledger_deals');
    // Every component deal announced by now, less the lapsed letter of intent; never the
    // aggregate view of OpenAI's AWS agreements.
    const list = await ticked(page);
    assert.equal(deals.value, list.length);
    assert.ok(!list.includes('nvidia-openai-loi-2025') && !list.includes('openai-aws-all'));
    assert.ok(list.includes('openai-aws-2025') && list.includes('openai-aws-2026-expansion'));
    // The buyers' own words beside the sums.
    assert.match(await page.textContent('[data-yardstick="openai-2025-10"]'), /\$1\.4 trillion, 30(\.0)? GW/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('group by provider, go back to November 2025, see the letter of intent counted, open a deal', async () => {
    const { page, context, problems } = await open(browser, `${server.url}ledger/`, server.origin);
    const before = (await figure(page, 'ledger_deals')).value;
    await page.selectOption('select[name="group"]', 'provider');
    await page.waitForSelector('table[data-table="ledger"] tr[data-group="aws"]');
    assert.ok(await page.locator('table[data-table="ledger"] tr[data-group="nvidia"]').count() === 0, 'no NVIDIA capacity counted today');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('group') === 'provider');
    await page.selectOption('[data-month-field="asof"] select[data-part="year"]', '2025');
    await page.selectOption('[data-month-field="asof"] select[data-part="month"]', '11');
    await page.waitForSelector('table[data-table="ledger"] tr[data-group="nvidia"]');
    assert.ok((await ticked(page)).includes('nvidia-openai-loi-2025'));
    const then = (await figure(page, 'ledger_deals')).value;
    assert.ok(then < before, `${then} deals in November 2025 against ${before} now`);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('asof') === '2025-11');
    // Leave a deal out: the sums drop, the link says so.
    const value = (await figure(page, 'ledger_value')).value;
    await page.uncheck('#ledger-openai-oracle-2025');
    await page.waitForFunction((value) => Number(document.querySelector('[data-output="ledger_value"]').dataset.value) < value, value);
    // Each name opens its deal.
    await page.click('.ledger__deal[data-deal="openai-amd-2025"] a');
    await page.waitForURL(/deals\/openai-amd-2025\/$/);
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.inputValue('select[name="preset"]'), 'openai-amd-2025');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a deal page links to the ledger with its buyer chosen', async () => {
    const { page, context } = await open(browser, `${server.url}deals/anthropic-amazon-2026/`, server.origin);
    await page.click('[data-link="ledger"]');
    await page.waitForURL(/ledger\/anthropic\/$/);
    await page.waitForSelector('html[data-ready="true"]');
    assert.match(await page.textContent('[data-ledger-headline]'), /^Anthropic: \d+ deals/);
    assert.equal(await page.inputValue('select[name="buyer"]'), 'anthropic');
    assert.equal(await page.inputValue('select[name="group"]'), 'provider');
    // Its own card and oEmbed, so that "Anthropic's commitments" shares as a card of its own.
    assert.match(await page.getAttribute('meta[property="og:image"]', 'content'), /\/ledger\/anthropic\/card\.png$/);
    assert.match(await page.getAttribute('meta[property="og:title"]', 'content'), /^Anthropic: every deal on the ledger$/);
    // Anthropic's spend beside its reported revenue.
    assert.match(await page.textContent('table[data-table="revenue"]'), /annualised/);
    // …drawn too: the contracts' yearly bill as a line, the reported revenue dashed.
    const drawn = await page.locator('[data-chart="revenue"] svg').evaluate((svg) => svg.outerHTML);
    assert.match(drawn, />Contracts bill</);
    assert.match(drawn, />Reported revenue</);
    // Every buyer, chosen on a buyer's page, is said in the link and kept on reload.
    await page.selectOption('select[name="buyer"]', '');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('buyer') === '');
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.inputValue('select[name="buyer"]'), '');
    assert.match(await page.textContent('[data-ledger-headline]'), /^All buyers: /);
    await context.close();
  });

  test('a bad link: unknown deals dropped, the rest kept and counted once, the month moved, the default for the rest', async () => {
    const { page, context, problems } = await open(
      browser,
      `${server.url}ledger/?deals=openai-aws-all,nope,openai-aws-2025&asof=2019-01&group=colour&show=gw`,
      server.origin,
    );
    const notes = await page.textContent('[data-note="ledger"]');
    assert.match(notes, /nope/);
    assert.match(notes, /openai-aws-all/);
    assert.match(notes, /2019-01/);
    assert.match(notes, /group=colour/);
    assert.equal(await page.inputValue('select[name="group"]'), 'buyer');
    assert.equal(await page.inputValue('input[name="asof"]'), '2025-08');
    // Only OpenAI–AWS (2025) was announced by August 2025 among those chosen: nothing yet.
    assert.equal((await figure(page, 'ledger_deals')).value, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the table downloads as CSV, a line per group and year with its range', async () => {
    const { page, context } = await open(browser, `${server.url}ledger/?show=spend`, server.origin);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-ledger-csv"]')]);
    assert.equal(download.suggestedFilename(), 'compute-ledger.csv');
    const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
    assert.match(lines[0], /^# Compute Deal Calculator ledger, data version 2027-01, as of 2027-01, spend by buyer/);
    assert.equal(lines[1], 'group,year,value,low,high');
    const groups = await page.locator('table[data-table="ledger"] tbody tr').count();
    assert.equal(lines.length, 2 + groups * 11);
    const [, year, value, low, high] = lines.find((line) => line.startsWith('openai,2028,')).split(',');
    assert.equal(year, '2028');
    assert.ok(Number(low) <= Number(value) && Number(value) <= Number(high));
    await context.close();
  });

  for (const [lang, heading, word] of [['el', /καθολικό/, /συμφωνίες/], ['es', /libro mayor/, /acuerdos/]]) {
    test(`in ${lang === 'el' ? 'Greek' : 'Spanish'}, built and live`, async () => {
      const { page, context, problems } = await open(browser, `${server.url}${lang}/ledger/`, server.origin);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.match(await page.textContent('h1'), heading);
      assert.match(await page.textContent('[data-ledger-headline]'), word);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the embed works inside WordPress\'s sandbox and tells the host its height, with the secret', async () => {
    const pages = {};
    const cors = await serve(undefined, '/', pages, undefined, { 'access-control-allow-origin': '*' });
    pages['/wordpress.html'] = wordpressPost(`http://127.0.0.1:${cors.port}/ledger/openai/?embed=1#?secret=LeDg3r0001`);
    const hostOrigin = `http://localhost:${cors.port}`;
    const { page, context, problems } = await open(browser, `${hostOrigin}/wordpress.html`, hostOrigin, {}, [hostOrigin, `http://127.0.0.1:${cors.port}`], false);
    const frame = page.frameLocator('#wp');
    await frame.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    assert.match(await frame.locator('[data-ledger-headline]').textContent(), /^OpenAI: /);
    const wordpress = await page.waitForFunction(() => window.messages.find((m) => m.data.message === 'height')?.data);
    const { value, secret } = await wordpress.jsonValue();
    assert.equal(secret, 'LeDg3r0001');
    assert.ok(value > 200 && value < 900, `${value} px`);
    assert.deepEqual(problems, []);
    await context.close();
    await cors.close();
  });

  test('the whole page at 360 px: no sideways scroll', async () => {
    const { page, context, problems } = await open(browser, `${server.url}es/ledger/`, server.origin, { viewport: { width: 360, height: 740 } });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the embed shows the headline, the group control and the chart, and at 360 px nothing spills', async () => {
    const { page, context, problems } = await open(browser, `${server.url}ledger/?embed=1&buyer=openai`, server.origin, { viewport: { width: 360, height: 640 } });
    assert.match(await page.textContent('[data-ledger-headline]'), /^OpenAI: /);
    assert.equal(await page.locator('select[name="group"]').count(), 1);
    assert.equal(await page.locator('[data-chart="ledger"] svg').count(), 1);
    assert.equal(await page.locator('table[data-table="ledger"]').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [path, colorScheme, width] of [['ledger/', 'light', 1280], ['el/ledger/openai/', 'dark', 1280], ['es/ledger/?embed=1', 'dark', 360]]) {
    test(`axe finds no WCAG 2.2 AA violation: ${path}, ${colorScheme}, ${width} px`, async () => {
      // axe is injected as an inline script, which the page's own policy rightly refuses.
      const { page, context } = await open(browser, `${server.url}${path}`, server.origin, { colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
      await page.addScriptTag({ path: AXE });
      const results = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
      );
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), []);
      await context.close();
    });
  }
});
