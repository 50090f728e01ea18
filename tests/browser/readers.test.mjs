// Every reader: Greek, Spanish and English; accessibility (axe-core, WCAG 2.2 AA) in both
// themes, full page and embed; read-outs by pointer and keyboard; the sentence to quote.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { open, output, typeInto, useSite } from './harness.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const SOURCES = new URL('../../src/i18n/', import.meta.url);

const site = useSite();

/** The texts of one language's table, by key. */
async function texts(lang) {
  const source = await readFile(new URL(`${lang}.rs`, SOURCES), 'utf8');
  const table = {};
  for (const [, key, value] of source.matchAll(/Text::(\w+) => "((?:[^"\\]|\\.)*)"/g)) table[key] = value;
  return table;
}

/** English fragments (without placeholders) that must not show in a page in `lang`. */
async function englishFragments(lang) {
  const [english, other] = [await texts('en'), await texts(lang)];
  const fragments = new Set();
  for (const [key, value] of Object.entries(english)) {
    if (other[key] === value) continue;
    for (const fragment of value.split(/\{[a-z_]+\}/)) {
      const trimmed = fragment.trim();
      if (trimmed.length >= 6 && /[a-z]{3}/.test(trimmed)) fragments.add(trimmed);
    }
  }
  return [...fragments];
}

describe('languages', () => {
  for (const [lang, decimal] of [['el', /^2,25/], ['es', /^2,25/]]) {
    test(`?lang=${lang} shows no English UI text, formats with decimal commas and sets <html lang>`, async () => {
      const { page, context, problems } = await open(site.browser, `${site.server.url}?lang=${lang}`, site.server.origin);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.match((await page.textContent('[data-output="price_per_gpu_hour"]')).trim(), decimal);
      await page.click('.advanced__summary');
      await page.locator('input[name="pue"]').waitFor();
      // Quotes and notes from English-language sources are marked lang="en" and left out.
      const visible = await page.evaluate(() => {
        const copy = document.body.cloneNode(true);
        for (const quoted of copy.querySelectorAll('[lang="en"]')) quoted.remove();
        document.body.append(copy);
        copy.hidden = false;
        const text = copy.innerText;
        copy.remove();
        return text;
      });
      const word = (fragment) => new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
      const leaks = (await englishFragments(lang)).filter((fragment) => word(fragment).test(visible));
      assert.deepEqual(leaks, []);
      // Tick labels ("300 χιλ.", "300 mil") are whole: none starts left of its chart.
      const clipped = await page.evaluate(() => [...document.querySelectorAll('[data-chart] svg text')]
        .filter((text) => text.getBoundingClientRect().left < text.ownerSVGElement.getBoundingClientRect().left - 0.5)
        .map((text) => text.textContent));
      assert.deepEqual(clipped, []);
      // Ticks carry the language's month names when the term is short.
      await typeInto(page, 'years', '1');
      await page.waitForFunction(() => document.querySelector('input[name="years"]').value === '1');
      const ticks = await page.locator('[data-chart="gpus"] svg').evaluate((svg) => svg.textContent);
      const months = lang === 'el' ? /Φεβ|Μαρ|Απρ/ : /feb|mar|abr/;
      assert.match(ticks, months);
      // A decimal comma is read as a decimal comma.
      await typeInto(page, 'years', '2,5');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('years') === '2.5');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('without lang= the browser preference decides, and the switcher changes language', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin, { locale: 'es-AR' });
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    await page.selectOption('select[name="lang"]', 'el');
    await page.waitForFunction(() => document.documentElement.lang === 'el');
    assert.match(await page.textContent('h1'), /Τι αγοράζουν/);
    // The address follows once the inputs rest.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'el');
    await context.close();
  });

  test('Greek and Spanish come in a language pack only their readers fetch', async () => {
    const fetched = async (url, locale) => {
      const context = await site.browser.newContext({ locale });
      const page = await context.newPage();
      const packs = [];
      page.on('request', (request) => { if (request.url().includes('/lang/')) packs.push(request.url().split('/lang/')[1]); });
      await page.goto(url);
      await page.waitForSelector('html[data-ready="true"]');
      await context.close();
      return packs;
    };
    assert.deepEqual(await fetched(site.server.url, 'en-GB'), []);
    // Once each, and before the page shows: the preload the page starts is the file the wasm reads.
    assert.deepEqual((await fetched(`${site.server.url}?lang=el`, 'en-GB')).map((name) => name.split('-')[0]), ['el']);
    assert.deepEqual((await fetched(site.server.url, 'es-MX')).map((name) => name.split('-')[0]), ['es']);
  });

  test('a language pack that cannot be fetched leaves English words and a working page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/lang/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.url}?lang=el`);
    await page.waitForSelector('html[data-ready="true"]');
    assert.match(await page.textContent('h1'), /What does it buy\?/);
    // The numbers are still Greek: 38 δισ.
    assert.match(await page.textContent('[data-output="contract_value"]'), /38/);
    await typeInto(page, 'value', '76');
    await page.waitForFunction(() => document.querySelector('[data-output="contract_value"]').dataset.value === '76000000000');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('accessibility', () => {
  const matrix = [];
  for (const lang of ['en', 'el', 'es']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const embed of [false, true]) matrix.push({ lang, colorScheme, embed });
    }
  }
  for (const { lang, colorScheme, embed } of matrix) {
    test(`axe finds no WCAG 2.2 AA violation: ${lang}, ${colorScheme}, ${embed ? 'embed' : 'full page'}`, async () => {
      const url = `${site.server.url}?lang=${lang}${embed ? '&embed=1' : ''}`;
      const viewport = embed ? { width: 360, height: 640 } : { width: 1280, height: 900 };
      // axe is injected as an inline script, which the page's own policy rightly refuses.
      const { page, context } = await open(site.browser, url, site.server.origin, { colorScheme, viewport, bypassCSP: true });
      if (!embed) {
        for (const summary of await page.locator('details > summary').all()) await summary.click();
        // What a disclosure holds is built when it opens.
        await page.waitForFunction(() => [...document.querySelectorAll('details')].every((details) => details.children.length > 1));
        await page.waitForFunction(() => [...document.querySelectorAll('.chart__table')].every((table) => table.querySelector('tbody tr')));
      }
      await page.addScriptTag({ path: AXE });
      const results = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
      );
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
});

describe('reading the charts', () => {
  test('the pointer and the keyboard read values month by month', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    const chart = page.locator('[data-chart="gpus"]');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    await chart.hover({ position: { x: box.width * 0.9, y: box.height / 2 } });
    await page.waitForFunction(() => /GB300 100,000/.test(document.querySelector('[data-readout="gpus"]').textContent));
    await chart.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(() => /^Nov 2025 · GB200 16,667/.test(document.querySelector('[data-readout="gpus"]').textContent));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Dec 2025 · GB200 33,333/.test(document.querySelector('[data-readout="gpus"]').textContent));
    await page.keyboard.press('End');
    await page.waitForFunction(() => /^Oct 2032/.test(document.querySelector('[data-readout="gpus"]').textContent));
    assert.equal(await page.locator('[data-chart="gpus"] .chart__cursor').count(), 1);
    await context.close();
  });

  test('each chart has a text description and a table view', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    const described = await page.getAttribute('[data-chart="gpus"]', 'aria-describedby');
    const description = await page.textContent(`#${described.split(' ')[0]}`);
    assert.match(description, /Accelerators online: .*peak of 300,000 in Nov 2026/);
    const table = page.locator('[data-chart="power"]').locator('xpath=..').locator('.chart__table');
    await table.locator('summary').click();
    // Rows are built when the table opens.
    await table.locator('tbody tr').nth(83).waitFor();
    assert.equal(await table.locator('tbody tr').count(), 84);
    await context.close();
  });

  test('the sentence to quote follows the inputs and is announced once they settle', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    assert.match(await page.textContent('[data-sentence]'), /^At \$38 billion over 7 years for 300,000 \(200,000–400,000\) accelerators, the deal implies about \$2\.25 \(\$1\.69–\$3\.36\) per accelerator-hour/);
    await typeInto(page, 'value', '76');
    await page.waitForFunction(() => /\$76 billion/.test(document.querySelector('[data-sentence]').textContent));
    await page.waitForFunction(() => /\$76 billion/.test(document.querySelector('[data-announcer]').textContent));
    await context.close();
  });
});
