// The deals of 2026: the deals table (sorted by mouse and keyboard, each row opening its deal,
// assumed figures marked, CSV export), the deal card's status, trust tags and readings, the
// accelerators of 2026, what changed in the data, and links pinned to older data versions.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, output, useSite } from './harness.mjs';

const site = useSite();

/** The `data-value` of column `index` (0-based, after the row header) of every body row. */
async function columnValues(page, index) {
  return page
    .locator('[data-table="deals"] tbody tr')
    .evaluateAll((rows, index) => rows.map((row) => Number(row.querySelectorAll('td')[index].dataset.value)), index);
}

function isSorted(values, descending) {
  return values.every((value, i) => i === 0 || (descending ? values[i - 1] >= value : values[i - 1] <= value));
}

describe('deals table', () => {
  test('lists every deal with the yardsticks that compare them, assumed figures marked', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    const table = page.locator('table[data-table="deals"]');
    const options = await page.locator('select[name="preset"] option').count();
    assert.equal(await table.locator('tbody tr').count(), options);
    const headers = await table.locator('thead th').allTextContents();
    assert.ok(headers.some((h) => /\$ per GW-year/.test(h)), headers.join('|'));
    assert.ok(headers.some((h) => /\$ per dense FP8 exaFLOP-hour/.test(h)), headers.join('|'));
    // The seed deal: $38 billion announced, its gigawatts assumed, about $10.0 billion per
    // gigawatt-year delivered (the ramps included), its price a range (its counts are).
    const seed = table.locator('tr[data-deal="openai-aws-2025"]');
    const cells = seed.locator('td');
    assert.equal(await cells.nth(1).getAttribute('data-assumed'), null);
    assert.equal(await cells.nth(3).getAttribute('data-assumed'), 'true');
    // An asterisk drawn by the style sheet, and the word for screen readers.
    assert.match(await cells.nth(3).locator('.deals__figure').evaluate((figure) => getComputedStyle(figure, '::after').content), /^"\*"/);
    assert.match(await cells.nth(3).textContent(), /\(assumed\)/);
    const perGwYear = Number(await cells.nth(6).getAttribute('data-value'));
    assert.ok(Math.abs(perGwYear / 1e9 - 9.97) < 0.05, `${perGwYear}`);
    assert.equal(await cells.nth(1).getAttribute('data-low'), null, 'an announced value has no range');
    const price = cells.nth(5);
    const [low, high] = ['data-low', 'data-high'].map(async (name) => Number(await price.getAttribute(name)));
    assert.ok(await low < 2.25 && await high > 2.25);
    assert.match(await price.textContent(), /\$1\.69–\$3\.36/);
    // A TPU deal and a GPU deal side by side, in dollars per dense FP8 exaFLOP-hour.
    const tpu = table.locator('tr[data-deal="anthropic-google-broadcom-2026"]');
    assert.match(await tpu.textContent(), /TPU7x Ironwood/);
    assert.ok(Number(await tpu.locator('td').nth(7).getAttribute('data-value')) > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('sorts by any column with the mouse and the keyboard', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    // By value: high to low first, then low to high.
    await page.click('[data-sort="value"]');
    assert.equal(await page.getAttribute('th:has([data-sort="value"])', 'aria-sort'), 'descending');
    assert.ok(isSorted(await columnValues(page, 1), true));
    await page.click('[data-sort="value"]');
    assert.equal(await page.getAttribute('th:has([data-sort="value"])', 'aria-sort'), 'ascending');
    assert.ok(isSorted(await columnValues(page, 1), false));
    // By price, from the keyboard: focus the header's button and press Enter, then Space.
    await page.focus('[data-sort="price"]');
    await page.keyboard.press('Enter');
    assert.ok(isSorted(await columnValues(page, 5), true));
    await page.keyboard.press('Space');
    assert.ok(isSorted(await columnValues(page, 5), false));
    assert.equal(await page.getAttribute('th:has([data-sort="value"])', 'aria-sort'), null, 'only the sorted column has aria-sort');
    // By parties, A to Z.
    await page.click('[data-sort="deal"]');
    const parties = await page.locator('[data-table="deals"] tbody th').allTextContents();
    assert.deepEqual(parties, [...parties].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await context.close();
  });

  test('each row opens its deal, and the table downloads as CSV', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    await page.click('tr[data-deal="meta-amd-2026"] a');
    await page.waitForSelector('[data-deal="meta-amd-2026"].deal__card');
    assert.equal(await page.inputValue('select[name="preset"]'), 'meta-amd-2026');
    await page.waitForFunction(() => location.search.includes('preset=meta-amd-2026'));
    // A press estimate of “about $60 billion”, some say over $100 billion: $60–100 billion.
    assert.equal(await output(page, 'contract_value'), 80e9);
    assert.equal(await page.getAttribute('tr[data-deal="meta-amd-2026"]', 'aria-current'), 'true');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="download-deals-csv"]'),
    ]);
    assert.equal(download.suggestedFilename(), 'compute-deals.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\n');
    assert.match(lines[1], /^id,parties,announced,status,as_of,value_usd,value_assumed/);
    assert.equal(lines.length, 2 + (await page.locator('[data-table="deals"] tbody tr').count()));
    assert.match(csv, /\nmeta-amd-2026,"Meta – AMD",2026-02-24,active,/);
    await context.close();
  });
});

describe('deals of 2026', () => {
  test('the OpenAI–AWS expansion is read both ways, and the seed deal says it was expanded', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?preset=openai-aws-2026-expansion`, site.server.origin);
    const readings = page.locator('[data-readings] li');
    assert.equal(await readings.count(), 2);
    assert.match(await readings.nth(0).textContent(), /Incremental/);
    assert.match(await readings.nth(1).textContent(), /Total/);
    const before = await output(page, 'price_per_gpu_hour');
    await readings.nth(1).locator('button').click();
    await page.waitForFunction(() => document.querySelector('[data-output="contract_value"]').dataset.value === '62000000000');
    assert.ok(Math.abs((await output(page, 'price_per_gpu_hour')) / before - 0.62) < 1e-9);
    assert.match(await page.textContent('.deal__card'), /Trainium3|Trainium/);
    await page.selectOption('select[name="preset"]', 'openai-aws-2025');
    await page.waitForSelector('[data-status="expanded"]');
    assert.match(await page.textContent('[data-status]'), /expanded/i);
    // The seed deal's sources, each with its trust tag.
    const items = await page.locator('.deal__sources [data-trust]').evaluateAll((all) => all.map((li) => [li.dataset.trust, li.textContent]));
    assert.ok(items.length > 0, 'sources listed');
    for (const [tag, text] of items) assert.match(text, new RegExp(`\\(\\d{4}[-\\d]*, ${tag}\\)$`), text);
    assert.match(await page.textContent('.deal__trust-legend'), /P primary/);
    // Any other deal links to its sources, with their notes, on the methodology page.
    await page.selectOption('select[name="preset"]', 'nvidia-openai-loi-2025');
    await page.waitForSelector('[data-status="superseded"]');
    assert.equal(await page.getAttribute('[data-link="deal-sources"]', 'href'), 'methodology/en.html#nvidia-openai-loi-2025');
    await page.click('[data-link="deal-sources"]');
    await page.waitForURL(/methodology\/en\.html#nvidia-openai-loi-2025$/);
    assert.match(await page.textContent('#nvidia-openai-loi-2025'), /10 gigawatts/);
    await context.close();
  });

  test('all OpenAI × AWS agreements on one timeline: GB200, GB300 and Trainium3 from 2027', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?preset=openai-aws-all`, site.server.origin);
    assert.equal(await output(page, 'contract_value'), 138e9);
    const legend = await page.locator('[data-chart="gpus"] svg').evaluate((svg) => svg.textContent);
    for (const name of ['GB200', 'GB300', 'Trainium3']) assert.match(legend, new RegExp(name));
    await context.close();
  });

  test('the methodology pages list the catalogue, the conflicts, every source and the data history, without script', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    // The calculator shows the current version's changes and links to the methodology page.
    const versions = await page.locator('[data-changes] [data-version]').evaluateAll((all) => all.map((v) => v.dataset.version));
    assert.deepEqual(versions, ['2027-01']);
    await page.click('[data-link="methodology"]');
    await page.waitForURL(/methodology\/en\.html$/);
    const names = await page.locator('.methodology-page tbody th').allTextContents();
    for (const name of ['Trainium2 AWS', 'Trainium3 AWS', 'TPU7x Ironwood Google', 'MI355X AMD', 'MI450 AMD', 'Vera Rubin NVIDIA']) {
      assert.ok(names.includes(name), `${name} in ${names.join('|')}`);
    }
    const conflicts = await page.locator('[data-conflicts] li').allTextContents();
    assert.ok(conflicts.some((c) => /^Vera Rubin, FP4/.test(c)), conflicts.join('\n'));
    assert.ok(conflicts.some((c) => /^TPU7x Ironwood, All-in power/.test(c)), conflicts.join('\n'));
    // Every deal's sources with their notes and trust tags; the whole history of the data.
    assert.equal(await page.locator('.methodology__deal').count(), await page.locator('table[data-table="deals"] tbody tr').count());
    assert.match(await page.textContent('.methodology__deal[data-deal="openai-aws-2026-expansion"]'), /additional \$100 billion over eight years/);
    const history = await page.locator('[data-changes] [data-version]').evaluateAll((all) => all.map((v) => v.dataset.version));
    assert.deepEqual(history, ['2027-01', '2026-12', '2026-11', '2025-11']);
    // The deals table, static: no sort buttons; each deal opens the calculator.
    assert.equal(await page.locator('table[data-table="deals"] button').count(), 0);
    assert.equal(await page.getAttribute('tr[data-deal="meta-amd-2026"] a', 'href'), '../deals/meta-amd-2026/');
    assert.equal(await page.locator('script').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
    // In Greek too.
    const greek = await open(site.browser, `${site.server.url}methodology/el.html`, site.server.origin, {}, [site.server.origin], false);
    assert.equal(await greek.page.getAttribute('html', 'lang'), 'el');
    assert.match(await greek.page.textContent('h1'), /Μεθοδολογία/);
    assert.equal(await greek.page.getAttribute('tr[data-deal="meta-amd-2026"] a', 'href'), '../el/deals/meta-amd-2026/');
    assert.deepEqual(greek.problems, []);
    await greek.context.close();
  });

  test("every deal's words but the seed deal's come from a library pack, fetched once and only when needed", async () => {
    const fetched = async (url) => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const packs = [];
      page.on('request', (request) => { if (request.url().includes('/lang/library-')) packs.push(request.url().split('/lang/')[1].split('-').slice(0, 2).join('-')); });
      await page.goto(url);
      await page.waitForSelector('html[data-ready="true"]');
      return { page, context, packs };
    };
    const seed = await fetched(site.server.url);
    assert.deepEqual(seed.packs, []);
    // Opening another deal fetches the English library pack, once, and shows its words.
    await seed.page.selectOption('select[name="preset"]', 'meta-amd-2026');
    await seed.page.waitForFunction(() => /hardware purchase/.test(document.querySelector('.deal__assumed').textContent));
    await seed.page.selectOption('select[name="preset"]', 'anthropic-amazon-2026');
    await seed.page.waitForFunction(() => /Trainium/.test(document.querySelector('.deal__assumed').textContent));
    assert.deepEqual(seed.packs, ['library-en']);
    await seed.context.close();
    // A link to a deal preloads the reader's library pack with the wasm: one request.
    const linked = await fetched(`${site.server.url}?preset=meta-amd-2026&lang=es`);
    await linked.page.waitForFunction(() => document.querySelector('.deal__assumed').textContent.length > 20);
    assert.match(await linked.page.textContent('.deal__assumed'), /compra de hardware/i);
    assert.deepEqual(linked.packs, ['library-es']);
    await linked.context.close();
  });

  test('a link pinned to data version 2026-11 keeps its numbers; the current one shows the new data', async () => {
    const pinned = await open(site.browser, `${site.server.url}?v=2&data=2026-11&preset=microsoft-nscale-2025`, site.server.origin);
    // As published in November 2026: no value announced, so the value was solved at $2.25.
    assert.equal(await output(pinned.page, 'price_per_gpu_hour'), 2.25);
    const pinnedValue = await output(pinned.page, 'contract_value');
    assert.ok(Math.abs(pinnedValue / 1e9 - 17.98) < 0.1, `${pinnedValue}`);
    await pinned.context.close();
    const current = await open(site.browser, `${site.server.url}?preset=microsoft-nscale-2025`, site.server.origin);
    assert.equal(await output(current.page, 'contract_value'), 23e9);
    assert.match(new URL(current.page.url()).search, /data=2027-01/);
    await current.context.close();
  });

  test('Greek and Spanish readers get the new deal words from their language pack', async () => {
    for (const [lang, word] of [['el', /επεκτάθηκε/], ['es', /ampliado/]]) {
      const { page, context, problems } = await open(site.browser, `${site.server.url}?lang=${lang}`, site.server.origin);
      assert.match(await page.textContent('[data-status]'), word);
      assert.match(await page.textContent('[data-changes]'), lang === 'el' ? /παραδοχή/ : /supuesto/);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
