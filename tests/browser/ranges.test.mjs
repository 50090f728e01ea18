// Ranges (issue 15): `key=low~high` in a link; the seed deal's counts as ranges with their
// reason; a range control on every number field; every output's bounds as `data-low` and
// `data-high` and in words; bands on the charts; the sentence; and the sensitivity chart.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, output, typeInto, useSite } from './harness.mjs';
import { findSpills } from './spills.mjs';

const site = useSite();

const bounds = (page, key) =>
  page.locator(`[data-output="${key}"]`).evaluate((element) => [Number(element.dataset.low), Number(element.dataset.high)]);

describe('ranges in a link', () => {
  test('gb200=150000~400000 bounds the fleet and the price, and says so', async () => {
    const { page, context, problems } = await open(site.browser, `${site.server.url}?gb200=150000~400000&gb300=100000`, site.server.origin);
    assert.equal(await output(page, 'total_gpus'), 375000);
    assert.deepEqual(await bounds(page, 'total_gpus'), [250000, 500000]);
    const [low, high] = await bounds(page, 'price_per_gpu_hour');
    const central = await output(page, 'price_per_gpu_hour');
    assert.ok(low < central && central < high, `${low} < ${central} < ${high}`);
    // The value is given, so it has no span in words.
    assert.deepEqual(await bounds(page, 'contract_value'), [38e9, 38e9]);
    assert.equal(await page.locator('[data-range="contract_value"]').count(), 0);
    assert.match(await page.textContent('[data-range="price_per_gpu_hour"]'), /^between \$\d\.\d\d and \$\d\.\d\d$/);
    assert.match(await page.textContent('[data-range="total_gpus"]'), /between 250,000 and 500,000/);
    // The link keeps the range; typing one number replaces it.
    assert.equal(new URL(page.url()).searchParams.get('gb200'), '150000~400000');
    await typeInto(page, 'gb200', '200000');
    await page.waitForFunction(() => !document.querySelector('[data-output="total_gpus"]').hasAttribute('data-low'));
    assert.equal(await page.locator('[data-range]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('one number for each count: no output carries bounds; a reversed range is ignored with a note', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?value=50~30&pue=1.1~1.3`, site.server.origin);
    assert.match(await page.textContent('[data-note="ignored"]'), /value=50~30/);
    // The nine summary figures, the headline price and one price per kind.
    assert.equal(await page.locator('[data-output][data-low]').count(), 11);
    const [low, high] = await bounds(page, 'peak_facility_mw');
    assert.ok(low < high);
    await context.close();
    const plain = await open(site.browser, `${site.server.url}?gb200=200000&gb300=100000`, site.server.origin);
    // No output does (the deals table's cells keep the library's own ranges).
    assert.equal(await plain.page.locator('[data-output][data-low], [data-output][data-high]').count(), 0);
    assert.equal(await plain.page.locator('[data-chart="gpus"] svg text', { hasText: /^Range$/ }).count(), 0, 'no band');
    await plain.context.close();
  });

  test('solving for the fleet with a price range gives a fleet range', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?solve=fleet&price=2~4&gb200=200000&gb300=100000`, site.server.origin);
    const [low, high] = await bounds(page, 'total_gpus');
    const central = await output(page, 'total_gpus');
    assert.ok(low < central && central < high, `${low} < ${central} < ${high}`);
    // Twice the price buys half the accelerators.
    assert.ok(Math.abs(high / low - 2) < 1e-9, `${high / low}`);
    await context.close();
  });

  test('Greek at 360 px: the spans fit', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?lang=el&gb200=150000~400000&value=30~50`, site.server.origin, { viewport: { width: 360, height: 900 } });
    assert.match(await page.textContent('[data-range="price_per_gpu_hour"]'), /^από .+ έως .+$/);
    assert.deepEqual(await page.evaluate(findSpills), []);
    await context.close();
  });
});

describe('the seed deal as ranges', () => {
  test('opens with 200,000–400,000 accelerators, says why, and draws bands', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    assert.equal(await output(page, 'total_gpus'), 300000);
    assert.deepEqual(await bounds(page, 'total_gpus'), [200000, 400000]);
    assert.match(await page.textContent('[data-range="price_per_gpu_hour"]'), /^between \$1\.69 and \$3\.36$/);
    assert.match(await page.textContent('[data-note="ranges"]'), /500,000 chips/);
    assert.equal(await page.inputValue('input[name="gb200_low"]'), '150,000');
    assert.equal(await page.inputValue('input[name="gb300_high"]'), '150,000');
    // The defaults write no inputs to the link.
    assert.equal(new URL(page.url()).search, '?v=2&data=2027-01');
    for (const chart of ['gpus', 'compute', 'power', 'spend']) {
      assert.equal(await page.locator(`[data-chart="${chart}"] svg text`, { hasText: /^Range$/ }).count(), 1, `${chart} has a band`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('other deals as ranges', () => {
  test('an assumed price is a range: the fleet it buys gets bounds, and the page says why', async () => {
    const { page, context, problems } = await open(site.browser, `${site.server.url}?preset=openai-coreweave-2025`, site.server.origin);
    await page.waitForFunction(() => document.querySelector('[data-note="ranges"]')?.textContent.includes('3.15–5.25'));
    assert.equal(await page.inputValue('input[name="price_low"]'), '3.15');
    assert.equal(await page.inputValue('input[name="price_high"]'), '5.25');
    // Solving for the fleet: the cheaper the hour, the more accelerators the value buys.
    const [low, high] = await bounds(page, 'total_gpus');
    const central = await output(page, 'total_gpus');
    assert.ok(low < central && central < high, `${low} < ${central} < ${high}`);
    assert.ok(Math.abs(high / low - 5.25 / 3.15) < 1e-9);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the range control', () => {
  test('turns a number into a range and back, by keyboard, keeping the other inputs', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    const toggle = page.locator('[data-range-toggle="value"]');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.locator('input[name="value_low"]').waitFor();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.inputValue('input[name="value_low"]'), '30.4');
    assert.equal(await page.inputValue('input[name="value_high"]'), '45.6');
    assert.equal(await page.getAttribute('input[name="value_low"]', 'aria-label'), 'Contract value, low end');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('value') === '30.4~45.6');
    assert.deepEqual(await bounds(page, 'contract_value'), [30.4e9, 45.6e9]);
    // A reversed range: a message beside the field; the results and every other input stay.
    const before = await output(page, 'price_per_gpu_hour');
    // One input event, as a paste would be: no intermediate value.
    await page.fill('input[name="value_low"]', '60');
    await page.locator('[data-error-for="value"]').waitFor();
    assert.match(await page.textContent('[data-error-for="value"]'), /low end of the range must not be above the high end/);
    assert.equal(await output(page, 'price_per_gpu_hour'), before);
    assert.equal(await page.inputValue('input[name="years"]'), '7');
    assert.equal(await page.inputValue('input[name="gb200_low"]'), '150,000');
    await page.fill('input[name="value_low"]', '30');
    await page.waitForFunction(() => !document.querySelector('[data-error-for="value"]'));
    assert.equal(await output(page, 'contract_value'), 37.8e9);
    // Back to one number: the central value stays, its range goes.
    await toggle.click();
    await page.waitForFunction(() => !document.querySelector('input[name="value_low"]'));
    assert.deepEqual(await bounds(page, 'contract_value'), [37.8e9, 37.8e9]);
    assert.equal(await output(page, 'contract_value'), 37.8e9);
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('value')?.includes('~'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the sentence to quote reads the ranges', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    assert.match(await page.textContent('[data-sentence]'), /for 300,000 \(200,000–400,000\) accelerators, the deal implies about \$2\.25 \(\$1\.69–\$3\.36\) per accelerator-hour/);
    await context.close();
  });
});

describe('the sensitivity chart', () => {
  test('ranks the assumptions for price and peak power, reads its bars by keyboard, and has a table', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    const chart = page.locator('[data-chart="sensitivity"]');
    const price = chart.locator('.tornado[data-metric="price"] .tornado__row');
    const power = chart.locator('.tornado[data-metric="power"] .tornado__row');
    assert.ok((await price.count()) >= 4, `${await price.count()} price bars`);
    assert.ok((await power.count()) >= 4, `${await power.count()} power bars`);
    // Widest first.
    const swings = await price.evaluateAll((rows) => rows.map((row) => Math.abs(Number(row.dataset.atHigh) - Number(row.dataset.atLow))));
    assert.deepEqual(swings, [...swings].sort((a, b) => b - a));
    // The deal's own ranges, and ±20 % for the rest, labelled so.
    assert.match(await chart.locator('.tornado[data-metric="price"] [data-field="gb200"]').textContent(), /150,000–250,000/);
    assert.match(await chart.locator('.tornado[data-metric="price"] [data-field="value"]').textContent(), /±20 %/);
    // PUE moves the power, not the price.
    assert.equal(await chart.locator('.tornado[data-metric="price"] [data-field="pue"]').count(), 0);
    assert.equal(await chart.locator('.tornado[data-metric="power"] [data-field="pue"]').count(), 1);
    // Arrow keys read the bars.
    await chart.locator('.tornado[data-metric="price"] .tornado__bars').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('[data-readout="sensitivity-price"]').textContent.length > 0);
    assert.match(await page.textContent('[data-readout="sensitivity-price"]'), /: \$\d\.\d\d to \$\d\.\d\d$/);
    assert.equal(await price.first().getAttribute('data-current'), 'true');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelectorAll('.tornado[data-metric="price"] .tornado__row')[1]?.dataset.current === 'true');
    // The table: one row per assumption that moves either output.
    await chart.locator('details.chart__table > summary').click();
    // Its rows are built when it opens.
    await chart.locator('tbody tr').first().waitFor();
    assert.ok((await chart.locator('tbody tr').count()) >= await power.count());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('in Greek at 360 px and in dark mode, nothing spills', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?lang=el`, site.server.origin, { viewport: { width: 360, height: 900 }, colorScheme: 'dark' });
    await page.locator('[data-chart="sensitivity"] details.chart__table > summary').click();
    await page.locator('[data-chart="sensitivity"] tbody tr').first().waitFor();
    assert.deepEqual(await page.evaluate(findSpills), []);
    await context.close();
  });
});
