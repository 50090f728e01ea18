// Links: the address holds every input, defaults omitted; a shared link reproduces the page;
// garbage in a link is ignored with a visible note.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, output, typeInto, useSite } from './harness.mjs';

const site = useSite();

const KEYS = ['price_per_gpu_hour', 'contract_value', 'total_gpus', 'total_gpu_hours', 'peak_facility_mw', 'total_energy_mwh', 'total_useful_flop', 'average_spend_per_year'];

async function outputs(page) {
  const values = {};
  for (const key of KEYS) values[key] = await page.getAttribute(`[data-output="${key}"]`, 'data-value');
  return values;
}

describe('the address', () => {
  test('opens a preset by URL: ?preset=openai-oracle-2025 is $300 billion, 5 years, 4.5 GW', async () => {
    const { page, context, problems } = await open(site.browser, `${site.server.url}?preset=openai-oracle-2025`, site.server.origin);
    assert.equal(await output(page, 'contract_value'), 300e9);
    assert.equal(await page.inputValue('input[name="years"]'), '5');
    assert.ok(Math.abs((await output(page, 'peak_facility_mw')) - 4500) < 1e-6);
    assert.equal(await page.inputValue('select[name="preset"]'), 'openai-oracle-2025');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('follows every change with replaceState, omitting defaults, and a reload reproduces every output', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    assert.equal(new URL(page.url()).search, '?v=2&data=2027-01');
    const historyLength = await page.evaluate(() => history.length);
    await typeInto(page, 'value', '76');
    await page.locator('input[name="solve"][value="value"]').check();
    await page.click('[data-action="add-tranche"]');
    await page.waitForFunction(() => location.search.includes('fleet='));
    const search = new URL(page.url()).search;
    assert.match(search, /value=76/);
    assert.match(search, /solve=value/);
    assert.equal(await page.evaluate(() => history.length), historyLength);
    const before = await outputs(page);
    const reloaded = await open(site.browser, page.url(), site.server.origin);
    assert.deepEqual(await outputs(reloaded.page), before);
    assert.deepEqual(reloaded.problems, []);
    await reloaded.context.close();
    await context.close();
  });

  test('garbage in a link is ignored with a visible note and the rest of the link still works', async () => {
    const { page, context, problems } = await open(site.browser, `${site.server.url}?value=76&gb200=abc&years=-3&bogus=1`, site.server.origin);
    assert.equal(await output(page, 'contract_value'), 76e9);
    assert.equal(await page.inputValue('input[name="years"]'), '7');
    const note = page.locator('[data-note="ignored"]');
    assert.match(await note.textContent(), /gb200=abc, years=-3, bogus=1/);
    await note.locator('button').click();
    await note.waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('theme=dark forces the dark colours whatever the system says', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?theme=dark`, site.server.origin, { colorScheme: 'light' });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(17, 20, 24)');
    assert.match(await page.locator('[data-chart="gpus"] svg').evaluate((svg) => svg.outerHTML), /#E8EAED/i);
    await context.close();
  });
});
