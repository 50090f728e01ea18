// Instant first paint: index.html carries the calculator rendered at build time by the same
// Rust components (scripts/prerender.mjs), which the wasm replaces without moving anything.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, open, useSite } from './harness.mjs';

const site = useSite();

/** Opens `path` with the wasm refused, so the page stays as built. */
async function openWithoutWasm(path, contextOptions = {}) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return { page, context };
}

/**
 * Records on `window.atFirstPaint`, in every page of `context`, what is visible when the
 * browser reports the first contentful paint: the title-only stage, the title, deck, headline
 * and a chart, the title's box, and whether the page scrolls.
 */
async function recordFirstPaint(context) {
  await context.addInitScript(() => {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      const seen = (selector) => document.querySelector(selector)?.checkVisibility({ visibilityProperty: true }) ?? 'not parsed yet';
      window.atFirstPaint = {
        stage: document.documentElement.dataset.paint,
        title: seen('.masthead__title'),
        deck: seen('.masthead__deck'),
        headline: seen('[data-output="price_per_gpu_hour"]'),
        chart: seen('[data-chart] > svg'),
        titleBox: JSON.stringify(document.querySelector('.masthead__title')?.getBoundingClientRect()),
        scrolls: document.documentElement.scrollHeight > innerHeight,
      };
    }).observe({ type: 'paint', buffered: true });
  });
}

describe('first paint', () => {
  test('without WebAssembly a link with inputs shows the built figures and a notice naming them', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    // Safari's Lockdown Mode: no WebAssembly at all.
    await context.addInitScript(() => { delete globalThis.WebAssembly; });
    const page = await context.newPage();
    await page.goto(`${site.server.url}?value=76&lang=el`);
    const notice = page.locator('[data-notice="no-wasm"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /WebAssembly/);
    assert.match(await notice.textContent(), /«OpenAI × AWS: .*»/);
    assert.equal(await notice.locator('a').getAttribute('href'), '/');
    // The built page stays visible: never a blank page.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.prerender), undefined);
    assert.ok(await page.locator('[data-output="price_per_gpu_hour"]').isVisible());
    assert.equal(await page.textContent('[data-output="price_per_gpu_hour"]'), '$2.25');
    await context.close();
  });

  test('without JavaScript the page shows the default figures, sentence and four charts', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    assert.equal(await page.textContent('[data-output="price_per_gpu_hour"]'), '$2.25');
    assert.match(await page.textContent('[data-sentence]'), /300,000 \(200,000–400,000\) accelerators, the deal implies about \$2\.25 \(\$1\.69–\$3\.36\) per accelerator-hour/);
    assert.ok((await page.locator('[data-chart] svg path').count()) >= 4, 'every chart draws its series');
    assert.equal(await page.locator('[data-chart] > svg').count(), 4);
    await context.close();
  });

  for (const [path, chart, price] of [['?embed=1', 'gpus', '$2.25'], ['deals/meta-amd-2026/?embed=1&chart=power', 'power', '$1.39'], ['el/deals/meta-amd-2026/?embed=1&chart=spend&id=story', 'spend', '1,39\u00a0$']]) {
    test(`the embed ${path} paints its real headline and chart before the wasm`, async () => {
      const { page, context } = await openWithoutWasm(path, { viewport: { width: 400, height: 640 } });
      assert.equal(await page.getAttribute('html', 'data-prerender'), 'embed');
      const headline = page.locator('[data-output="price_per_gpu_hour"]');
      assert.ok(await headline.isVisible());
      assert.equal(await headline.textContent(), price);
      // Only the chosen chart, and no panel of inputs or sections below.
      const shown = await page.$$eval('[data-chart]', (charts) => charts.filter((chart) => chart.checkVisibility()).map((chart) => chart.dataset.chart));
      assert.deepEqual(shown, [chart]);
      assert.equal(await page.locator('.controls').isVisible(), false);
      assert.equal(await page.locator('[data-lazy="share"]').isVisible(), false);
      // The whole of it fits the embed's default frame.
      assert.ok(await page.evaluate(() => document.documentElement.scrollHeight) <= 640, 'fits 640 px');
      await context.close();
    });
  }

  for (const path of ['', 'es/deals/meta-amd-2026/']) {
    test(`the built page ${path || '/'} at 1280 px paints its title alone first, and the rest once that is on screen`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.route('**/*.wasm', (route) => route.abort());
      // This observer is older than the page's own, which then lifts the title-only stage.
      await recordFirstPaint(context);
      const page = await context.newPage();
      await page.goto(`${site.server.url}${path}`);
      await page.waitForFunction(() => window.atFirstPaint && document.documentElement.dataset.paint === undefined);
      const atFirstPaint = await page.evaluate(() => window.atFirstPaint);
      assert.equal(atFirstPaint.stage, 'title-first');
      assert.equal(atFirstPaint.title, true);
      assert.notEqual(atFirstPaint.deck, true);
      assert.notEqual(atFirstPaint.headline, true);
      // The title stays where it was painted; the full page already scrolls (so that, where a
      // scroll bar takes room, it does not appear with the rest), the embed does not.
      assert.equal(await page.evaluate(() => JSON.stringify(document.querySelector('.masthead__title').getBoundingClientRect())), atFirstPaint.titleBox);
      assert.equal(atFirstPaint.scrolls, true);
      // Then all of it, built figures and charts.
      assert.ok(await page.locator('[data-output="price_per_gpu_hour"]').isVisible());
      assert.ok(await page.locator('[data-chart] > svg').first().isVisible());
      await context.close();
    });
  }

  for (const [path, width] of [['', 360], ['es/deals/meta-amd-2026/', 412], ['?embed=1', 1280], ['?embed=1', 360]]) {
    test(`the built page ${path || '/'} at ${width} px paints its title, figures and chart in its first frame`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      await context.route('**/*.wasm', (route) => route.abort());
      await recordFirstPaint(context);
      const page = await context.newPage();
      await page.goto(`${site.server.url}${path}`);
      await page.waitForFunction(() => window.atFirstPaint);
      // No stage that holds the figures back on a phone or in an embed.
      const { stage, title, headline, chart } = await page.evaluate(() => window.atFirstPaint);
      assert.deepEqual({ stage, title, headline, chart }, { stage: undefined, title: true, headline: true, chart: true });
      await context.close();
    });
  }

  for (const path of ['?embed=1', '', 'es/deals/meta-amd-2026/?embed=1']) {
    test(`the largest paint of ${path || '/'} is the built page's: the live page paints nothing larger`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
      await context.addInitScript(() => {
        window.largest = [];
        new PerformanceObserver((list) => window.largest.push(...list.getEntries().map((entry) => ({
          at: entry.startTime,
          what: `${entry.element?.nodeName}.${entry.element?.getAttribute('class')} ${entry.size} px²`,
        })))).observe({ type: 'largest-contentful-paint', buffered: true });
        new MutationObserver(() => {
          if (document.documentElement.dataset.ready === 'true') window.readyAt ??= performance.now();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
      });
      const page = await context.newPage();
      // As on a phone's network: the wasm comes once the built page is on screen.
      await context.route(/_bg\.wasm$/, async (route) => {
        await page.waitForFunction(() => window.largest.length > 0);
        await route.continue();
      });
      await page.goto(`${site.server.url}${path}`);
      await page.waitForFunction(() => window.readyAt !== undefined);
      // A few frames for the live page's paints to be reported.
      await page.evaluate(() => new Promise((resolve) => { let frames = 5; const next = () => (frames -= 1) ? requestAnimationFrame(next) : resolve(); requestAnimationFrame(next); }));
      const { largest, readyAt } = await page.evaluate(() => ({ largest: window.largest, readyAt: window.readyAt }));
      assert.ok(largest.length > 0 && largest[0].at < readyAt, `built paint first: ${JSON.stringify(largest)} ready ${readyAt}`);
      assert.deepEqual(largest.filter((entry) => entry.at >= readyAt), [], `ready at ${readyAt}`);
      await context.close();
    });
  }

  test('an embed with inputs of its own waits for the wasm rather than show the built figures', async () => {
    const { page, context } = await openWithoutWasm('?embed=1&value=76');
    assert.equal(await page.getAttribute('html', 'data-prerender'), 'stale');
    await context.close();
  });

  test('the built figures are the ones the live page computes', async () => {
    const { page, context } = await openWithoutWasm('');
    const built = await page.$$eval('[data-output]', (nodes) => nodes.map((node) => [node.dataset.output, node.dataset.value]));
    await context.close();
    const live = await open(site.browser, site.server.url, site.server.origin);
    const shown = await live.page.$$eval('[data-output]', (nodes) => nodes.map((node) => [node.dataset.output, node.dataset.value]));
    assert.ok(built.length >= 10, `${built.length} figures`);
    assert.deepEqual(built, shown);
    await live.context.close();
  });

  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    test(`the live page takes over without a layout shift at ${viewport.width} px`, async () => {
      const context = await site.browser.newContext({ viewport });
      await context.addInitScript(() => {
        window.shifts = [];
        // What moved, and by how much, so that a failure names the element.
        const describe = (source) => `${source.node?.nodeName}.${source.node?.getAttribute?.('class') ?? ''} ${JSON.stringify(source.previousRect)} → ${JSON.stringify(source.currentRect)}`;
        new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => `${entry.value} at ${Math.round(entry.startTime)} ms: ${entry.sources.map(describe).join('; ')}`))).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(site.server.url);
      await page.waitForSelector('html[data-ready="true"]');
      // Two frames for any late shift to be reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.deepEqual(await page.evaluate(() => window.shifts), []);
      assert.equal(await page.locator('#prerendered').count(), 0);
      assert.equal(await page.locator('[data-output="price_per_gpu_hour"]').count(), 1);
      await context.close();
    });
  }

  test('a link with inputs, or a Greek or Spanish reader, never sees the default English figures', async () => {
    const visibility = (page) => page.$eval('#prerendered > .page', (node) => getComputedStyle(node).visibility);
    for (const [path, options, expected] of [
      ['', {}, 'visible'],
      ['?v=2&value=76', {}, 'hidden'],
      // The embed of the page's own inputs is built (see below); with inputs of its own it is not.
      ['?embed=1', {}, 'visible'],
      ['?embed=1&gb200=1000', {}, 'hidden'],
      // A page built in Greek is Greek whatever the reader's preference.
      ['el/deals/meta-amd-2026/', { locale: 'en-US' }, 'visible'],
      ['', { locale: 'el-GR' }, 'hidden'],
      ['', { locale: 'en-GB' }, 'visible'],
    ]) {
      const { page, context } = await openWithoutWasm(path, options);
      assert.equal(await visibility(page), expected, `${path} ${options.locale ?? ''}`);
      await context.close();
    }
  });
});

describe('print', () => {
  test('prints on A4 with the figures, charts, sources and the link, without controls', async () => {
    // A reader in dark mode: the page and its charts still print in light colours.
    const { page, context, problems } = await open(site.browser, `${site.server.url}?value=76`, site.server.origin, { viewport: { width: 794, height: 1123 }, colorScheme: 'dark' });
    await page.waitForFunction(() => location.search.includes('value=76'));
    assert.ok(await page.locator('[data-chart="gpus"] svg [fill="#E8EAED"]').count() > 0, 'drawn in the dark palette');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('input[name="value"]').isVisible(), false, 'no inputs');
    assert.equal(await page.locator('[data-action="copy-link"]').isVisible(), false, 'no buttons');
    assert.ok(await page.locator('[data-output="price_per_gpu_hour"]').isVisible());
    assert.ok(await page.locator('[data-sentence]').isVisible());
    for (const chart of ['gpus', 'compute', 'power', 'spend', 'sensitivity']) {
      assert.ok(await page.locator(`[data-chart="${chart}"]`).isVisible(), chart);
    }
    assert.ok(await page.locator('.deal__card a[href^="https://apps.digitimes.com"]').isVisible(), 'sources');
    const link = page.locator('[data-link="print"]');
    assert.ok(await link.isVisible());
    assert.equal(await link.textContent(), page.url());
    const ink = await page.locator('[data-chart="gpus"] svg [fill="#E8EAED"]').first().evaluate((element) => getComputedStyle(element).fill);
    assert.equal(ink, 'rgb(27, 31, 36)');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(27, 31, 36)');
    // A document of a few A4 pages.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g).length;
    assert.ok(pages >= 2 && pages <= 6, `${pages} pages`);
    await page.screenshot({ path: `${ARTIFACTS}print-a4.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
