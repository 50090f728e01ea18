// What a reader sees: the release build in headless Chromium.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { ARTIFACTS, chartSvg, open, output, typeInto, useSite } from './harness.mjs';

const site = useSite();


describe('first load', () => {
  test('shows a plausible implied price, every figure and four drawn charts, with no errors', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    const price = await output(page, 'price_per_gpu_hour');
    assert.ok(price > 2 && price < 3, `implied price ${price}`);
    assert.match(await page.textContent('[data-output="price_per_gpu_hour"]'), /^\$2\.\d\d$/);
    const keys = ['contract_value', 'total_gpus', 'total_gpu_hours', 'peak_facility_mw', 'total_energy_mwh', 'total_useful_flop'];
    for (const key of keys) {
      const value = await output(page, key);
      assert.ok(Number.isFinite(value) && value > 0, `${key} = ${value}`);
      assert.notEqual((await page.textContent(`[data-output="${key}"]`)).trim(), '');
    }
    assert.equal(await output(page, 'contract_value'), 38e9);
    assert.equal(await output(page, 'total_gpus'), 300000);
    for (const name of ['gpus', 'compute', 'power', 'spend']) {
      const svg = await chartSvg(page, name);
      assert.match(svg, /<text[^>]*>\s*2026\s*<\/text>/, `${name} chart has calendar ticks`);
    }
    const gpus = await chartSvg(page, 'gpus');
    assert.match(gpus, />\s*GB200\s*</);
    assert.match(gpus, />\s*GB300\s*</);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every input has a name equal to its URL key and a label', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    for (const name of ['value', 'years', 'gb200', 'gb300']) {
      const input = page.locator(`input[name="${name}"]`);
      assert.equal(await input.count(), 1, name);
      const id = await input.getAttribute('id');
      assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, `${name} is labelled`);
    }
    assert.equal(await page.inputValue('input[name="value"]'), '38');
    assert.equal(await page.inputValue('input[name="years"]'), '7');
    assert.equal(await page.inputValue('input[name="gb200"]'), '200,000');
    await context.close();
  });
});

describe('changing inputs', () => {
  test('doubling the value from 38 to 76 doubles the implied price', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    const before = await output(page, 'price_per_gpu_hour');
    await typeInto(page, 'value', '76');
    await page.waitForFunction(() => document.querySelector('[data-output="contract_value"]').dataset.value === '76000000000');
    const after = await output(page, 'price_per_gpu_hour');
    assert.ok(Math.abs(after / before - 2) < 1e-9, `${before} → ${after}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('changing the GB200 count redraws the GPU chart and changes the price', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    const chartBefore = await chartSvg(page, 'gpus');
    const priceBefore = await output(page, 'price_per_gpu_hour');
    await typeInto(page, 'gb200', '500000');
    await page.waitForFunction(() => document.querySelector('[data-output="total_gpus"]').dataset.value === '600000');
    assert.notEqual(await chartSvg(page, 'gpus'), chartBefore);
    assert.ok((await output(page, 'price_per_gpu_hour')) < priceBefore);
    await context.close();
  });

  test('the sliders work from the keyboard', async () => {
    const { page, context } = await open(site.browser, site.server.url, site.server.origin);
    const slider = page.getByRole('slider', { name: /Duration/ });
    await slider.focus();
    await slider.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('input[name="years"]').value !== '7');
    const years = Number(await page.inputValue('input[name="years"]'));
    assert.ok(years > 7 && years <= 8, `years ${years}`);
    const chartBefore = await chartSvg(page, 'gpus');
    const gpuSlider = page.getByRole('slider', { name: /GB200/ });
    await gpuSlider.focus();
    await gpuSlider.press('End');
    await page.waitForFunction(() => document.querySelector('input[name="gb200"]').value === '2,000,000');
    assert.notEqual(await chartSvg(page, 'gpus'), chartBefore);
    await context.close();
  });
});

describe('bad input', () => {
  test('a negative value gets a message beside the field and keeps every other input', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    await typeInto(page, 'gb300', '150000');
    await page.waitForFunction(() => document.querySelector('[data-output="total_gpus"]').dataset.value === '350000');
    const price = await output(page, 'price_per_gpu_hour');

    await typeInto(page, 'value', '-5');
    const message = page.locator('[data-error-for="value"]');
    await message.waitFor();
    assert.match(await message.textContent(), /Contract value must be between \$1 million and \$5 trillion/);
    assert.equal(await page.getAttribute('input[name="value"]', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('input[name="value"]'), '-5');
    assert.equal(await page.inputValue('input[name="years"]'), '7');
    assert.equal(await page.inputValue('input[name="gb200"]'), '200,000');
    assert.equal(await page.inputValue('input[name="gb300"]'), '150000');
    // The last valid result stays on screen, marked stale.
    assert.equal(await output(page, 'price_per_gpu_hour'), price);
    assert.equal(await page.locator('.headline[data-stale]').count(), 1);

    // The page keeps working: another change is held, and fixing the value applies both.
    await typeInto(page, 'gb200', '100000');
    await typeInto(page, 'value', '38');
    await page.waitForFunction(() => document.querySelector('[data-output="total_gpus"]').dataset.value === '250000');
    assert.equal(await page.locator('[data-error-for="value"]').count(), 0);
    assert.equal(await page.locator('[data-stale]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('text that is not a number is kept and explained', async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin);
    await typeInto(page, 'years', 'seven');
    await page.locator('[data-error-for="years"]').waitFor();
    assert.match(await page.textContent('[data-error-for="years"]'), /Duration: enter a number/);
    assert.equal(await page.inputValue('input[name="years"]'), 'seven');
    await typeInto(page, 'years', '400');
    assert.match(await page.textContent('[data-error-for="years"]'), /between 1 month and 30 years/);
    await typeInto(page, 'gb200', '0');
    await typeInto(page, 'gb300', '0');
    await typeInto(page, 'years', '7');
    await page.locator('[data-error-for="fleet"]').waitFor();
    assert.match(await page.textContent('[data-error-for="fleet"]'), /No accelerator is online/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('layout', () => {
  const shots = [
    { name: 'desktop-1280', viewport: { width: 1280, height: 900 } },
    { name: 'phone-360', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    { name: 'phone-360-dark', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: 'dark' },
    { name: 'desktop-1280-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  ];
  for (const shot of shots) {
    test(`${shot.name}: no sideways scroll, charts fit, screenshot saved`, async () => {
      const { name, ...options } = shot;
      const { page, context, problems } = await open(site.browser, site.server.url, site.server.origin, options);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'page scrolls sideways');
      for (const chart of ['gpus', 'compute', 'power', 'spend']) {
        const widths = await page.locator(`[data-chart="${chart}"]`).evaluate((box) => [box.clientWidth, box.querySelector('svg').getAttribute('width')]);
        assert.equal(Number(widths[1]), widths[0], `${chart} svg drawn at its box width`);
      }
      if (options.colorScheme === 'dark') {
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(background, 'rgb(17, 20, 24)');
      }
      await mkdir(`${ARTIFACTS}screenshots`, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}screenshots/${name}.png`, fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
