// The analyst's tools: deal library, fleet editor, solve-for, advanced assumptions, reference
// prices and the comparison with a pinned baseline.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chartSvg, open, output, typeInto, useSite } from './harness.mjs';

const site = useSite();

export const DEAL_IDS = [
  'openai-aws-2025',
  'openai-aws-2026-expansion',
  'openai-aws-all',
  'openai-cerebras-2026',
  'anthropic-amazon-2026',
  'anthropic-google-broadcom-2026',
  'meta-coreweave-2026',
  'meta-nebius-2026',
  'meta-amd-2026',
  'openai-oracle-2025',
  'openai-microsoft-azure-2025',
  'openai-coreweave-2025',
  'nvidia-openai-loi-2025',
  'anthropic-microsoft-nvidia-2025',
  'microsoft-nebius-2025',
  'microsoft-iren-2025',
  'microsoft-nscale-2025',
  'microsoft-lambda-2025',
  'meta-coreweave-2025',
  'openai-amd-2025',
  'openai-broadcom-2025',
  'anthropic-google-2025',
  'anthropic-spacex-2026',
  'meta-google-2025',
];

/**
 * Waits until summary figure `key` equals `expected`, within `tolerance` (relative). A plain
 * function with arguments: the page's policy forbids evaluating strings as code.
 */
async function waitForOutput(page, key, expected, tolerance = 0) {
  await page.waitForFunction(
    ([key, expected, tolerance]) => {
      const element = document.querySelector(`[data-output="${key}"]`);
      if (!element) return false;
      const value = Number(element.dataset.value);
      return Math.abs(value - expected) <= tolerance * Math.abs(expected);
    },
    [key, expected, tolerance],
  );
}

describe('deal library', () => {
  test('every preset loads from the picker, keeps its announced value and draws without errors', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    const options = await page.locator('select[name="preset"] option').evaluateAll((all) => all.map((o) => o.value));
    assert.deepEqual(options.sort(), [...DEAL_IDS].sort());
    for (const id of DEAL_IDS) {
      await page.selectOption('select[name="preset"]', id);
      await page.waitForSelector(`[data-deal="${id}"]`);
      for (const key of ['price_per_gpu_hour', 'contract_value', 'total_gpus', 'peak_facility_mw']) {
        const value = await output(page, key);
        assert.ok(Number.isFinite(value) && value > 0, `${id}: ${key} = ${value}`);
      }
      assert.equal(await page.locator('[data-error-for]').count(), 0, id);
      for (const name of ['gpus', 'compute', 'power', 'spend']) {
        assert.match(await chartSvg(page, name), /<path|<polygon|<polyline/, `${id} ${name}`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the Oracle deal shows $300 billion over 5 years at 4.5 GW, announced apart from assumed', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    await page.selectOption('select[name="preset"]', 'openai-oracle-2025');
    await waitForOutput(page, 'contract_value', 300e9);
    assert.equal(await page.inputValue('input[name="years"]'), '5');
    assert.ok(Math.abs((await output(page, 'peak_facility_mw')) - 4500) < 1e-6);
    assert.match(await page.textContent('[data-announced="value"]'), /\$300 billion/);
    assert.match(await page.textContent('[data-announced="power"]'), /4\.5 GW/);
    // The deal's own words come in the library pack, fetched when the deal is first shown.
    await page.waitForFunction(() => /GB300/.test(document.querySelector('.deal__assumed')?.textContent ?? ''));
    await context.close();
  });
});

describe('fleet editor', () => {
  test('adding an expansion tranche is one click and changes the curves', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    const before = await chartSvg(page, 'gpus');
    await page.click('[data-action="add-tranche"]');
    await waitForOutput(page, 'total_gpus', 400000);
    assert.notEqual(await chartSvg(page, 'gpus'), before);
    assert.equal(await page.inputValue('input[name="t3"]'), '100,000');
    assert.equal(await page.inputValue('input[name="t3_start"]'), '2027-01');
    await context.close();
  });

  test('a tranche can change kind and timing, and be removed', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    await page.locator('.tranche__settings > summary').first().click();
    await page.selectOption('select[name="t1_kind"]', 'h100');
    await page.waitForSelector('input[name="h100"]');
    await typeInto(page, 't1_ramp', '-3');
    await page.locator('[data-error-for="t1_ramp"]').waitFor();
    await typeInto(page, 't1_ramp', '24');
    await page.waitForFunction(() => !document.querySelector('[data-error-for="t1_ramp"]'));
    await page.locator('.tranche__settings').first().getByRole('button', { name: 'Remove this tranche' }).click();
    await waitForOutput(page, 'total_gpus', 100000);
    await context.close();
  });
});

describe('solve for', () => {
  test('switching from price to value keeps the value; fleet mode marks the fleet computed', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    const price = await output(page, 'price_per_gpu_hour');
    await page.locator('input[name="solve"][value="value"]').check();
    await page.waitForSelector('.field[data-computed] input[name="value"]');
    assert.ok(Math.abs((await output(page, 'contract_value')) / 38e9 - 1) < 1e-9);
    assert.ok(Math.abs((await output(page, 'price_per_gpu_hour')) / price - 1) < 1e-12);

    await page.locator('input[name="solve"][value="fleet"]').check();
    await typeInto(page, 'price', '1.5');
    await waitForOutput(page, 'price_per_gpu_hour', 1.5);
    const gpus = await output(page, 'total_gpus');
    assert.ok(gpus > 300000, `a lower price buys more GPUs: ${gpus}`);
    assert.match(await page.textContent('.fleet__total'), /computed/i);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the fleet can be sized in megawatts of facility power', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    await page.locator('input[name="fleet_by"][value="mw"]').check();
    await page.waitForSelector('input[name="fleet_mw"]');
    await typeInto(page, 'fleet_mw', '1000');
    await waitForOutput(page, 'peak_facility_mw', 1000, 1e-9);
    assert.ok((await output(page, 'total_gpus')) > 500000);
    await context.close();
  });
});

describe('assumptions and outputs', () => {
  test('advanced assumptions are collapsed, validated and change the results', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    assert.equal(await page.isVisible('input[name="pue"]'), false);
    await page.click('.advanced__summary');
    const mw = await output(page, 'peak_facility_mw');
    await typeInto(page, 'pue', '1.5');
    await waitForOutput(page, 'peak_facility_mw', (mw * 1.5) / 1.14, 1e-9);
    await typeInto(page, 'util', '150');
    await page.locator('[data-error-for="util"]').waitFor();
    assert.match(await page.textContent('[data-error-for="util"]'), /Utilisation must be between 0% and 100%/);
    await context.close();
  });

  test('the implied price sits beside the AWS Capacity Block rate of $10.58', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    const row = page.locator('[data-reference="aws-u-p6e-gb200x72-capacity-block"]');
    assert.match(await row.textContent(), /\$10\.58/);
    const change = Number(await row.locator('td[data-value]').getAttribute('data-value'));
    const gb200 = await output(page, 'price_gb200');
    assert.ok(Math.abs(change - (gb200 / (761.904 / 72) - 1)) < 1e-9);
    await context.close();
  });

  test('a pinned baseline is compared in a table and drawn on every chart', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    await page.click('[data-action="pin-baseline"]');
    await typeInto(page, 'value', '76');
    await waitForOutput(page, 'contract_value', 76e9);
    const table = page.locator('[data-compare="table"]');
    await table.waitFor();
    assert.match(await table.textContent(), /\+100%/);
    for (const name of ['gpus', 'compute', 'power', 'spend']) {
      assert.match(await chartSvg(page, name), />\s*Baseline\s*</, name);
    }
    await page.click('[data-action="clear-baseline"]');
    await page.waitForFunction(() => !document.querySelector('[data-compare="table"]'));
    await context.close();
  });
});
