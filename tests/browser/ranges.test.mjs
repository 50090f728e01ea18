// Ranges (issue 15, first part): `key=low~high` in a link, and every output's bounds over every
// combination of the ranges as `data-low` and `data-high`, with the span in words.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, output, typeInto, useSite } from './harness.mjs';
import { findSpills } from './spills.mjs';

const site = useSite();

const bounds = (page, key) =>
  page.locator(`[data-output="${key}"]`).evaluate((element) => [Number(element.dataset.low), Number(element.dataset.high)]);

describe('ranges in a link', () => {
  test('gb200=150000~400000 bounds the fleet and the price, and says so', async () => {
    const { page, context, problems } = await open(site.browser, `${site.server.url}?gb200=150000~400000`, site.server.origin);
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

  test('without ranges no output carries bounds; a reversed range is ignored with a note', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?value=50~30&pue=1.1~1.3`, site.server.origin);
    assert.match(await page.textContent('[data-note="ignored"]'), /value=50~30/);
    // The nine summary figures, the headline price and one price per kind.
    assert.equal(await page.locator('[data-output][data-low]').count(), 11);
    const [low, high] = await bounds(page, 'peak_facility_mw');
    assert.ok(low < high);
    await context.close();
    const plain = await open(site.browser, site.server.url, site.server.origin);
    assert.equal(await plain.page.locator('[data-low], [data-high]').count(), 0);
    await plain.context.close();
  });

  test('Greek at 360 px: the spans fit', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?lang=el&gb200=150000~400000&value=30~50`, site.server.origin, { viewport: { width: 360, height: 900 } });
    assert.match(await page.textContent('[data-range="price_per_gpu_hour"]'), /^από .+ έως .+$/);
    assert.deepEqual(await page.evaluate(findSpills), []);
    await context.close();
  });
});
