// Every headline honest: for every deal of the library and every language, the built deal page
// (what a reader sees before the wasm runs, its description and its card's alternative text),
// the live page, its embed and the host API show a range exactly when the deal's data has one
// (a `*_range` key in its current scenario, data/deals.toml), and all of them agree on the
// figure and its ends. The cards themselves are checked natively (src/card.rs).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { framedResults, useFramingSite } from './harness.mjs';

const LANGS = ['en', 'el', 'es'];

/** Each deal's id, and whether its current scenario holds a range, from the data file. */
function library() {
  const text = readFileSync(new URL('../../data/deals.toml', import.meta.url), 'utf8');
  return text.split(/^\[\[deal\]\]$/m).slice(1).map((block) => {
    const id = /^id = "([^"]+)"/m.exec(block)[1];
    const scenario = block.slice(block.indexOf('[deal.scenario]')).split('[[deal.earlier]]')[0];
    return { id, ranged: /^\w+_range = /m.test(scenario) };
  });
}

/** The attribute `name` of the first element with `data-output="price_per_gpu_hour"`. */
function headlineAttribute(html, name) {
  const element = /<[^>]*data-output="price_per_gpu_hour"[^>]*>/.exec(html)?.[0] ?? '';
  return new RegExp(`${name}="([^"]*)"`).exec(element)?.[1] ?? null;
}

/** The `content` of the meta element whose `attribute` is `value`. */
function meta(html, attribute, value) {
  return new RegExp(`<meta ${attribute}="${value}" content="([^"]*)"`).exec(html)?.[1] ?? null;
}

/** What a frame's headline shows: the figure's data, and the words of its range. */
function headlineIn(frame) {
  return frame.evaluate(() => {
    const figure = document.querySelector('.headline [data-output="price_per_gpu_hour"], .embed [data-output="price_per_gpu_hour"]');
    return {
      value: figure?.dataset.value ?? null,
      low: figure?.dataset.low ?? null,
      high: figure?.dataset.high ?? null,
      words: document.querySelector('[data-range="price_per_gpu_hour"]')?.textContent ?? null,
    };
  });
}

const site = useFramingSite();
const deals = library();


describe('a range wherever a figure rests on an assumption', () => {
  test('the library: every deal whose price rests on assumptions has a range in the data', () => {
    // No deal announces its accelerator-hours, so each price rests on assumptions: the rule
    // "a figure with no range is one whose inputs were all announced" leaves none without.
    assert.ok(deals.length >= 19);
    assert.deepEqual(deals.filter((deal) => !deal.ranged).map((deal) => deal.id), []);
  });

  for (const lang of LANGS) {
    test(`${lang}: built page, live page, embed and host API agree, with a range exactly where the data has one`, async () => {
      const prefix = lang === 'en' ? '' : `${lang}/`;
      // The built pages, as fetched: what a reader (or a crawler, or a social network) gets.
      const built = {};
      for (const { id } of deals) {
        const html = await (await fetch(`${site.calc}${prefix}deals/${id}/`)).text();
        built[id] = {
          value: headlineAttribute(html, 'data-value'),
          low: headlineAttribute(html, 'data-low'),
          high: headlineAttribute(html, 'data-high'),
          words: /<p data-range="price_per_gpu_hour"[^>]*>([^<]*)</.exec(html)?.[1] ?? null,
          description: meta(html, 'name', 'description'),
          alt: meta(html, 'property', 'og:image:alt'),
        };
      }
      // The same pages live, and their embeds, framed on another origin.
      const frames = deals.flatMap(({ id }, index) => [
        { id: `full-${index}`, src: `${site.calc}${prefix}deals/${id}/`, width: 1200, height: 400 },
        { id: `embed-${index}`, src: `${site.calc}${prefix}deals/${id}/?embed=1`, width: 360, height: 600 },
      ]);
      const { results, page, context, problems } = await framedResults(site.browser, site.pages, site.host, [site.calc.slice(0, -1)], frames);
      const byId = Object.fromEntries(await Promise.all(page.frames().map(async (frame) => {
        const id = new URL(frame.url()).searchParams.get('id');
        return [id, id ? await headlineIn(frame) : null];
      })));
      await context.close();
      assert.deepEqual(problems, []);

      deals.forEach(({ id, ranged }, index) => {
        const seen = { built: built[id], live: byId[`full-${index}`], embed: byId[`embed-${index}`] };
        const api = [results[`full-${index}`], results[`embed-${index}`]];
        for (const [where, headline] of Object.entries(seen)) {
          assert.ok(headline?.value, `${id} ${lang} ${where}: a headline`);
          assert.equal(headline.low !== null && headline.high !== null, ranged, `${id} ${lang} ${where}: data-low/data-high`);
          assert.equal(Boolean(headline.words), ranged, `${id} ${lang} ${where}: the range in words`);
          // The same figure and ends everywhere: the built page is the live page's first frame.
          assert.deepEqual([headline.value, headline.low, headline.high], [seen.live.value, seen.live.low, seen.live.high], `${id} ${lang} ${where}`);
          assert.equal(headline.words, seen.live.words, `${id} ${lang} ${where}: the words`);
        }
        for (const reported of api) {
          const bounds = reported.bounds.price_per_gpu_hour;
          assert.equal(Boolean(bounds), ranged, `${id} ${lang}: host API bounds`);
          assert.equal(reported.outputs.price_per_gpu_hour, Number(seen.live.value), `${id} ${lang}: host API figure`);
          if (ranged) assert.deepEqual(bounds, [Number(seen.live.low), Number(seen.live.high)], `${id} ${lang}: host API bounds`);
        }
        if (ranged) {
          // The sentence to quote and the card's words say the range too.
          const [low, high] = seen.live.words.match(/[\d.,]+/g).slice(-2);
          for (const text of [built[id].description, built[id].alt]) {
            assert.ok(text.includes(low) && text.includes(high), `${id} ${lang}: ${low}–${high} in “${text}”`);
          }
          assert.ok(Number(seen.live.low) < Number(seen.live.value) && Number(seen.live.value) < Number(seen.live.high), `${id} ${lang}: the figure lies inside its range`);
        }
      });
    });
  }

  test('a link pinned to data from before ranges keeps one number, on the page and in the embed', async () => {
    const frames = [
      { id: 'full', src: `${site.calc}deals/anthropic-amazon-2026/?data=2026-12`, width: 1200, height: 400 },
      { id: 'embed', src: `${site.calc}deals/anthropic-amazon-2026/?data=2026-12&embed=1`, width: 360, height: 600 },
      { id: 'now', src: `${site.calc}deals/anthropic-amazon-2026/`, width: 1200, height: 400 },
    ];
    const { results, context, problems } = await framedResults(site.browser, site.pages, site.host, [site.calc.slice(0, -1)], frames);
    await context.close();
    assert.deepEqual(problems, []);
    // 2026-12 divided the value's floor by the power's ceiling, with no range: $0.45.
    for (const id of ['full', 'embed']) {
      assert.equal(results[id].outputs.price_per_gpu_hour.toFixed(2), '0.45');
      assert.equal(results[id].bounds.price_per_gpu_hour, undefined);
      assert.match(results[id].query, /data=2026-12/);
    }
    const [low, high] = results.now.bounds.price_per_gpu_hour;
    assert.ok(low < 0.45 && results.now.outputs.price_per_gpu_hour > 0.45 && high > 1, `${low}–${high}`);
  });
});
