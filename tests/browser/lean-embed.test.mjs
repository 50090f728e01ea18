// The embed's own wasm (src/bin/embed.rs): `?embed=1` loads it and not the calculator's, and it
// reaches the same figures as the full page for the same link, across the deal library, the
// three languages, ranges, solve modes and inputs the embed has no control for. Both views are
// framed by a host page of another origin and compared by what the host API reports: every
// output, every bound, and the query that reproduces them.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { DIST, framedResults, open, useFramingSite } from './harness.mjs';

const site = useFramingSite();


/** The wasm files a page fetched, by bundle name. */
function wasmOf(requests) {
  return requests
    .map((url) => /\/([a-z-]+?)-[0-9a-f]{16}_bg\.wasm$/.exec(url)?.[1])
    .filter(Boolean);
}

/**
 * Frames each link twice on one host page, as the full page and as the embed, and returns the
 * last results message of each frame by its `id`.
 */
async function resultsOf(links) {
  const frames = links.flatMap((query, index) => [
    { id: `full-${index}`, src: `${site.calc}?${query}`, width: 1200, height: 400 },
    { id: `embed-${index}`, src: `${site.calc}?${query}&embed=1`, width: 360, height: 600 },
  ]);
  const { results, problems, requests, context } = await framedResults(site.browser, site.pages, site.host, [site.calc.slice(0, -1)], frames);
  await context.close();
  return { results, problems, requests };
}

describe('the embed\'s own wasm', () => {
  test('?embed=1 fetches the embed\'s wasm and not the calculator\'s; the full page the reverse', async () => {
    for (const [query, wanted] of [['embed=1', 'embed'], ['', 'compute-deal-calculator'], ['embed=0', 'compute-deal-calculator'], ['embed=0&embed=1', 'embed']]) {
      const { page, context, problems } = await open(site.browser, `${site.calc}?${query}`, site.calc.slice(0, -1), {}, [site.calc.slice(0, -1)], false);
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.reload();
      await page.waitForSelector('html[data-ready="true"]');
      assert.deepEqual(wasmOf(requests), [wanted], `${query}: ${requests.join(' ')}`);
      assert.equal(await page.locator('.embed').count() > 0, wanted === 'embed', query);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test("credits each deal's own most trusted sources", async () => {
    const credit = async (path) => {
      const { page, context } = await open(site.browser, `${site.calc}${path}`, site.calc.slice(0, -1));
      const text = await page.textContent('.embed__credit');
      await context.close();
      return text;
    };
    const seed = await credit('?embed=1');
    const meta = await credit('deals/meta-amd-2026/?embed=1');
    // The seed deal's primary source is OpenAI's announcement, then Digitimes (data/deals.toml);
    // Meta–AMD's are others.
    assert.match(seed, /^Deal: openai\.com, apps\.digitimes\.com/);
    assert.match(meta, /^Deal: [\w.-]+\.\w+/);
    assert.notEqual(meta, seed);
  });

  test('its headline says the range where the full page does, in words and in data-low/data-high', async () => {
    const headline = async (path) => {
      const { page, context, problems } = await open(site.browser, `${site.calc}${path}`, site.calc.slice(0, -1));
      const figure = page.locator('.headline [data-output="price_per_gpu_hour"]');
      const read = {
        low: await figure.getAttribute('data-low'),
        high: await figure.getAttribute('data-high'),
        words: await (await page.$('[data-range="price_per_gpu_hour"]'))?.textContent() ?? null,
      };
      assert.deepEqual(problems, []);
      await context.close();
      return read;
    };
    for (const query of ['', '?lang=el', '?preset=openai-oracle-2025&lang=es', '?value=30~45']) {
      const full = await headline(query);
      const embed = await headline(`${query}${query ? '&' : '?'}embed=1`);
      assert.deepEqual(embed, full, query);
    }
    // The seed deal rests on a range of fleet sizes: its headline says so.
    const seed = await headline('?embed=1');
    assert.ok(Number(seed.low) < Number(seed.high));
    assert.match(seed.words, /\$1\.\d\d.*\$3\.\d\d/);
  });

  test('reaches the same figures as the full page for every deal, language, range and solve mode', async () => {
    const deals = await readdir(`${DIST}deals`);
    const links = [
      'v=2',
      'v=2&lang=el',
      'v=2&lang=es&value=76&years=5',
      ...deals.map((id, index) => `v=2&preset=${id}&lang=${['en', 'el', 'es'][index % 3]}`),
      // Ranges, on inputs the embed shows and on ones it does not.
      'v=2&gb200=150000~400000&value=30~45',
      'v=2&lang=el&price=2~3&solve=fleet',
      'v=2&solve=value&price=2.5&util=0.8~0.95',
      // Five tranches: the embed shows two count fields at most.
      'v=2&fleet=gb200.100000.2025-11.12.linear_gb300.50000.2026-03.6.linear_b200.20000.2026-01.3.linear_h100.10000.2025-11.0.linear_trn2.40000.2026-06.12.linear',
      // Garbage beside good inputs: dropped key by key in both.
      'v=2&value=abc&years=9&gb300=-5&pue=1.3',
    ];
    const { results, problems } = await resultsOf(links);
    links.forEach((link, index) => {
      const [full, embed] = [results[`full-${index}`], results[`embed-${index}`]];
      assert.ok(Object.keys(full.outputs).length >= 7, link);
      assert.deepEqual(embed.outputs, full.outputs, `outputs of ${link}`);
      assert.deepEqual(embed.bounds, full.bounds, `bounds of ${link}`);
      assert.equal(embed.query, full.query, `query of ${link}`);
    });
    // The five tranches and the ranges really were in play.
    const five = links.findIndex((link) => link.includes('fleet='));
    assert.equal(results[`embed-${five}`].query.match(/fleet=([^&]*)/)?.[1].split('_').length, 5);
    const util = links.findIndex((link) => link.includes('util='));
    assert.match(results[`embed-${util}`].query, /util=0\.8~0\.95/);
    const ranged = links.findIndex((link) => link.includes('gb200=150000~400000'));
    assert.ok(Object.keys(results[`embed-${ranged}`].bounds).includes('price_per_gpu_hour'));
    assert.deepEqual(problems, []);
  });
});
