// Type and layout in Chromium: no text spills its box in any language at any tested width,
// Greek summary figures take their short form where the long one cannot fit, inputs are large
// enough that iOS does not zoom, the month drop-downs, and a page that stays readable in an
// engine without light-dark(), container queries or content-visibility.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, output, useSite } from './harness.mjs';
import { findSpills, openDisclosures } from './spills.mjs';

const site = useSite();
const LANGS = ['en', 'el', 'es'];
const WIDTHS = [320, 360, 768, 1280];

/** Spills on the page `query` at each width, with every disclosure open. */
async function spillsAcross(query, widths) {
  const { page, context, problems } = await open(site.browser, `${site.server.url}${query}`, site.server.origin, { viewport: { width: widths[0], height: 900 } });
  await page.evaluate(openDisclosures);
  await page.waitForSelector('input[name="pue"]');
  const found = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const spill of await page.evaluate(findSpills)) found.push({ width, ...spill });
  }
  assert.deepEqual(problems, []);
  await context.close();
  return found;
}

describe('no text spills its box', () => {
  for (const lang of LANGS) {
    test(`in ${lang} at ${WIDTHS.join(', ')} px: the page, another deal, fleet mode and the embed`, async () => {
      for (const query of [`?lang=${lang}`, `?lang=${lang}&preset=openai-oracle-2025&solve=fleet`]) {
        assert.deepEqual(await spillsAcross(query, WIDTHS), [], query);
      }
      const embed = await open(site.browser, `${site.server.url}?lang=${lang}&embed=1`, site.server.origin, { viewport: { width: 320, height: 640 } });
      for (const width of [320, 360]) {
        await embed.page.setViewportSize({ width, height: 640 });
        assert.deepEqual(await embed.page.evaluate(findSpills), [], `embed at ${width}`);
      }
      await embed.context.close();
    });
  }

  test('the audit finds text that a box cuts off or lets spill', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin, { viewport: { width: 360, height: 900 } });
    await page.evaluate(() => {
      const cell = document.querySelector('[data-output="contract_value"]');
      cell.style.whiteSpace = 'nowrap';
      cell.firstElementChild.textContent = 'an unbreakable-and-far-too-long-figure-for-its-cell';
      document.querySelector('.summary').style.overflow = 'hidden';
    });
    const spills = await page.evaluate(findSpills);
    assert.equal(spills.length, 1);
    assert.match(spills[0].text, /unbreakable/);
    await context.close();
  });
});

describe('figures in Greek', () => {
  test('take the short form in a narrow cell and the long form in a wide one; the text stays the long form', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?lang=el`, site.server.origin, { viewport: { width: 360, height: 900 } });
    const cell = page.locator('[data-output="contract_value"]');
    // Intl puts a no-break space between the amount and its unit.
    const plain = (text) => text.replace(/\s/g, ' ').trim();
    assert.equal(plain(await cell.getAttribute('data-short')), '38 δισ. $');
    assert.equal(plain(await cell.textContent()), '38 δισεκατομμύρια δολάρια');
    const shown = () => cell.evaluate((element) => [getComputedStyle(element, '::before').content, getComputedStyle(element.firstElementChild).display]);
    const [before, display] = await shown();
    assert.deepEqual([plain(before), display], ['"38 δισ. $"', 'none']);
    // 480 px: two cells of about 200 px, room for "δισεκατομμύρια".
    await page.setViewportSize({ width: 480, height: 900 });
    assert.deepEqual(await shown(), ['none', 'inline']);
    // English words wrap: no short form.
    assert.equal(await page.locator('[data-short]').count(), 3);
    await context.close();
    const english = await open(site.browser, site.server.url, site.server.origin, { viewport: { width: 360, height: 900 } });
    assert.equal(await english.page.locator('[data-short]').count(), 0);
    await english.context.close();
  });
});

describe('controls', () => {
  test('every input, drop-down and text area uses at least a 16 px font, so iOS does not zoom on focus', async () => {
    for (const query of ['?lang=el', '?embed=1']) {
      const { page, context } = await open(site.browser, `${site.server.url}${query}`, site.server.origin, { viewport: { width: 360, height: 900 } });
      await page.evaluate(openDisclosures);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('input:not([type=hidden]):not([type=range]):not([type=radio]), select, textarea')]
          .filter((field) => field.getClientRects().length > 0)
          .map((field) => [field.name || field.id, parseFloat(getComputedStyle(field).fontSize)])
          .filter(([, size]) => size < 16));
      assert.deepEqual(small, [], query);
      await context.close();
    }
  });

  test('the start month is two labelled drop-downs, localised, that change the link and the curves', async () => {
    const { page, context, problems } = await open(site.browser, `${site.server.url}?lang=es`, site.server.origin);
    const group = page.locator('fieldset[data-month-field="start"]');
    assert.equal(await group.locator('legend').textContent(), 'Inicio del contrato');
    const month = group.locator('select[data-part="month"]');
    const year = group.locator('select[data-part="year"]');
    assert.equal(await month.getAttribute('aria-label'), 'Mes');
    assert.equal(await year.getAttribute('aria-label'), 'Año');
    assert.equal(await month.locator('option:checked').textContent(), 'nov');
    assert.equal(await year.locator('option:checked').textContent(), '2025');
    assert.equal(await year.locator('option').count(), 2040 - 2015 + 1);
    const energy = await output(page, 'total_energy_mwh');
    // Keyboard: focus the year and step it with the arrow key.
    await year.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('start') === '2026-11');
    await month.selectOption('2');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('start') === '2026-02');
    assert.equal(await page.inputValue('input[name="start"]'), '2026-02');
    // The deployment is anchored to the tranche months, so a later start trims the term's energy.
    await page.waitForFunction((before) => Number(document.querySelector('[data-output="total_energy_mwh"]').dataset.value) !== before, energy);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('an engine without light-dark(), container queries or content-visibility', () => {
  /** Relative luminance of a CSS `rgb()` colour. */
  function luminance(rgb) {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  const contrast = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };

  for (const scheme of ['light', 'dark']) {
    test(`keeps readable colours and its layout (system in ${scheme} mode)`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 900 }, colorScheme: scheme });
      // What such an engine does with the stylesheet (inline in the page): drops what it does
      // not know. (The policy loses the stylesheet's hash, which the changed text no longer
      // matches, and allows inline styles instead.)
      await context.route((url) => url.pathname === '/', async (route) => {
        const response = await route.fetch();
        const html = (await response.text())
          .replace(/<style>[\s\S]*?<\/style>/, (style) => style
            .replaceAll('light-dark(', 'unknown-function(')
            .replaceAll('@container', '@unknown-rule')
            .replaceAll('container-type', 'unknown-property')
            .replaceAll('content-visibility', 'unknown-property'))
          .replace(/style-src 'self' 'sha256-[^']+'/, "style-src 'self' 'unsafe-inline'");
        assert.match(html, /unknown-function\(/);
        await route.fulfill({ status: 200, contentType: 'text/html', body: html });
      });
      const page = await context.newPage();
      await page.goto(`${site.server.url}?lang=el`);
      await page.waitForSelector('html[data-ready="true"]');
      // The stylesheet applies, with the light colours.
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ink').trim()), '#1b1f24');
      const pairs = await page.evaluate(() => ['body', '.headline', '.summary__value', '.field__label', '.field__input', '.deal__facts dd']
        .map((selector) => {
          const element = document.querySelector(selector);
          let back = element;
          while (back && getComputedStyle(back).backgroundColor === 'rgba(0, 0, 0, 0)') back = back.parentElement;
          return [selector, getComputedStyle(element).color, back ? getComputedStyle(back).backgroundColor : 'rgb(255, 255, 255)'];
        }));
      for (const [selector, ink, paper] of pairs) {
        assert.ok(contrast(ink, paper) >= 4.5, `${selector}: ${ink} on ${paper}`);
      }
      // The short forms are the default, so they fit without container queries.
      assert.deepEqual(await page.evaluate(findSpills), []);
      const chart = await page.locator('[data-chart="gpus"] svg').boundingBox();
      assert.ok(chart.width > 250 && chart.height > 100, JSON.stringify(chart));
      await context.close();
    });
  }
});
