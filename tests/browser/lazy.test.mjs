// The page's later sections (the sensitivity chart, the share panel and the table of deals)
// come from a second wasm (src/components/lazy.rs), fetched once one of them nears the screen
// or the inputs change. A first visit shows them as built, and never another scenario's
// figures or another language's words.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, typeInto, useSite } from './harness.mjs';

const site = useSite();

/** Opens `path` without bringing the later sections in; lists the second wasm's requests. */
async function firstVisit(path = '', contextOptions = {}) {
  const { page, context, problems } = await open(site.browser, `${site.server.url}${path}`, site.server.origin, contextOptions, undefined, false);
  const extras = [];
  page.on('request', (request) => {
    if (/\/extras-[0-9a-f]+(_bg\.wasm|\.js)$/.test(request.url())) extras.push(request.url());
  });
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForLoadState('networkidle');
  return { page, context, problems, extras };
}

const slotChildren = (page, name) => page.locator(`[data-lazy="${name}"] > *`).count();
const priceCentre = (page) => page.textContent('[data-metric="price"] .tornado__central');

describe('later sections', () => {
  for (const [width, height] of [[1280, 900], [360, 740]]) {
    test(`a first visit at ${width} px fetches no second wasm and shows the built sections`, async () => {
      const { page, context, problems, extras } = await firstVisit('', { viewport: { width, height }, deviceScaleFactor: 2 });
      assert.deepEqual(extras, []);
      assert.equal(await page.getAttribute('html', 'data-extras'), null);
      // The built sensitivity chart and share panel, moved into the live page's slots.
      assert.equal(await page.getAttribute('[data-lazy="sensitivity"]', 'data-built'), 'true');
      assert.ok((await page.locator('[data-lazy="sensitivity"] .tornado__row').count()) > 5);
      assert.equal(await priceCentre(page), '$2.25');
      assert.equal(await page.locator('[data-lazy="share"] .share').count(), 1);
      // The table of deals is live only.
      assert.equal(await slotChildren(page, 'deals'), 0);
      // Near the screen, the second wasm replaces them with live ones.
      await page.locator('[data-lazy="sensitivity"]').scrollIntoViewIfNeeded();
      await page.waitForSelector('html[data-extras="ready"]');
      assert.equal(extras.length, 2);
      assert.equal(await page.getAttribute('[data-lazy="sensitivity"]', 'data-built'), null);
      await page.locator('[data-table="deals"] tbody tr').first().waitFor();
      assert.equal(await priceCentre(page), '$2.25');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('changing an input marks the built sections stale and brings the live ones', async () => {
    const { page, context, problems } = await firstVisit();
    await typeInto(page, 'value', '76');
    await page.waitForSelector('html[data-extras="ready"]');
    await page.waitForFunction(() => document.querySelector('[data-metric="price"] .tornado__central')?.textContent === '$4.49');
    assert.equal(await page.locator('[data-lazy][data-stale]').count(), 0);
    // The share panel's link carries the new value.
    assert.match(await page.textContent('.share__link[data-link="print"]'), /value=76/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the stale mark shows before the second wasm arrives', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Hold the second wasm back, as a slow connection would.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(/\/extras-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.waitForSelector('html[data-ready="true"]');
    await typeInto(page, 'value', '76');
    await page.waitForSelector('[data-lazy="sensitivity"][data-stale="true"]');
    assert.equal(await priceCentre(page), '$2.25');
    release();
    await page.waitForSelector('html[data-extras="ready"]');
    await page.waitForFunction(() => document.querySelector('[data-metric="price"] .tornado__central')?.textContent === '$4.49');
    await context.close();
  });

  for (const [path, words] of [['?value=76', /\$4\.49/], ['?lang=el', /Ποια παραδοχή/]]) {
    test(`${path} leaves the slots empty until the live sections come, never showing the built ones`, async () => {
      const { page, context, problems, extras } = await firstVisit(path, { viewport: { width: 1280, height: 900 } });
      assert.deepEqual(extras, []);
      for (const name of ['sensitivity', 'share', 'deals']) assert.equal(await slotChildren(page, name), 0, name);
      await page.locator('[data-lazy="sensitivity"]').scrollIntoViewIfNeeded();
      await page.waitForSelector('html[data-extras="ready"]');
      await page.waitForFunction(() => document.querySelector('[data-chart="sensitivity"] .tornado__central'));
      assert.match(await page.textContent('[data-chart="sensitivity"]'), words);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
