// The reader journeys, run in one engine through WebDriver: what a reader does in Firefox or
// Safari must work there as it does in Chromium. Each engine's test file calls `journeys`.
// The full suite runs in Chromium (tests/browser/); these cover the journeys, the text-spill
// audit in three languages at four widths, input font sizes, and a screenshot per width.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { By } from 'selenium-webdriver';
import { ARTIFACTS, serve } from '../browser/harness.mjs';
import { findSpills, openDisclosures } from '../browser/spills.mjs';
import {
  PROBE,
  ENGINES,
  chartSvg,
  choose,
  load,
  output,
  outputBecomes,
  problems,
  startEngine,
  typeInto,
  until,
} from './webdriver.mjs';

const LANGS = ['en', 'el', 'es'];
const WIDTHS = [320, 360, 768, 1280];

/**
 * A page of one frame per width, each `width` px wide, showing `query`. Same origin. The
 * frames lie on top of each other at the top left: WebKit throttles frames outside the
 * viewport, which then never get ready.
 */
function framesPage(query, widths, height = 2400) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Widths</title><link rel="icon" href="data:,"></head>
<body style="margin:0">${widths
    .map((width) => `<iframe data-width="${width}" title="${width}" src="/${query}" width="${width}" height="${height}" style="border:0;position:absolute;top:0;left:0"></iframe>`)
    .join('')}</body></html>`;
}

export function journeys(engine) {
  const { name } = ENGINES[engine];
  const pages = {};
  let server;
  let driver;
  let stop;
  let calc;
  let host;

  before(async () => {
    server = await serve(undefined, '/', pages, PROBE);
    calc = `http://127.0.0.1:${server.port}/`;
    // Host pages are served from `localhost`: another origin than the calculator's.
    host = `http://localhost:${server.port}`;
    pages['/host.html'] = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><p>An article.</p>
<iframe id="embed" data-compute-deal-calculator title="Calculator" width="360" height="300" style="border:0"
  src="${calc}?embed=1"></iframe>
<script src="${calc}embed.js" async></script>
<script>window.messages = []; addEventListener('message', (event) => window.messages.push({ origin: event.origin, data: event.data }));</script>
</body></html>`;
    for (const lang of LANGS) pages[`/widths-${lang}.html`] = framesPage(`?lang=${lang}`, WIDTHS);
    // Frames no taller than the window, so that every engine shows all of one.
    pages['/phone.html'] = framesPage('', [390], 720);
    pages['/narrow.html'] = framesPage('', [360], 720);
    ({ driver, stop } = await startEngine(engine));
  });

  after(async () => {
    await stop?.();
    await server?.close();
  });

  /** Asserts that the page recorded no error, CSP violation or foreign request. */
  async function clean() {
    assert.deepEqual(await problems(driver), []);
  }

  describe(`${name}: reader journeys`, () => {
    test('loads to data-ready with the announced deal', async () => {
      await load(driver, calc);
      assert.equal(await output(driver, 'contract_value'), 38e9);
      assert.equal(await output(driver, 'total_gpus'), 300000);
      assert.ok((await output(driver, 'price_per_gpu_hour')) > 1);
      await clean();
    });

    test('typing twice the value doubles the price', async () => {
      await load(driver, calc);
      const price = await output(driver, 'price_per_gpu_hour');
      await typeInto(driver, 'value', '76');
      await outputBecomes(driver, 'contract_value', 76e9);
      await outputBecomes(driver, 'price_per_gpu_hour', price * 2);
      await clean();
    });

    test('changing a GPU count changes the chart', async () => {
      await load(driver, calc);
      const chart = await chartSvg(driver, 'gpus');
      await typeInto(driver, 'gb200', '400000');
      await outputBecomes(driver, 'total_gpus', 500000);
      assert.notEqual(await chartSvg(driver, 'gpus'), chart);
      await clean();
    });

    test('every solve mode', async () => {
      await load(driver, calc);
      const solve = async (mode) => {
        await driver.findElement(By.xpath(`//input[@name="solve"][@value="${mode}"]/..`)).click();
        // The solved-for field turns computed; in fleet mode, neither value nor price is.
        await until(
          driver,
          `const computed = [...document.querySelectorAll('.field[data-computed] input[name]')].map((input) => input.name);
           return document.querySelector('input[name="solve"][value="${mode}"]').checked
             && (arguments[0] === 'fleet' ? !computed.includes('value') && !computed.includes('price') : computed.includes(arguments[0]));`,
          [mode],
        );
      };
      const price = await output(driver, 'price_per_gpu_hour');
      await solve('value');
      await typeInto(driver, 'price', '4.5');
      await outputBecomes(driver, 'price_per_gpu_hour', 4.5);
      await outputBecomes(driver, 'contract_value', (38e9 * 4.5) / price);
      await solve('fleet');
      await typeInto(driver, 'price', '2.25');
      await outputBecomes(driver, 'price_per_gpu_hour', 2.25);
      assert.ok((await output(driver, 'total_gpus')) > 300000, 'the value at a lower price buys more accelerators');
      await solve('price');
      await typeInto(driver, 'value', '38');
      await outputBecomes(driver, 'contract_value', 38e9);
      await clean();
    });

    test('the later sections come from the second wasm, live, once near the screen', async () => {
      await load(driver, calc);
      // A first visit shows them as built, without the second wasm.
      assert.equal(await driver.executeScript('return document.documentElement.dataset.extras ?? null'), null);
      assert.ok(await driver.executeScript('return document.querySelectorAll("[data-lazy=sensitivity] .tornado__row").length') > 0);
      await driver.executeScript('document.querySelector("[data-lazy=sensitivity]").scrollIntoView()');
      await until(driver, 'return document.documentElement.dataset.extras === "ready"');
      await until(driver, 'return document.querySelectorAll("[data-table=deals] tbody tr").length > 10');
      // They follow the inputs: twice the value moves the price tornado's centre.
      const centre = 'return document.querySelector("[data-metric=price] .tornado__central").textContent';
      const before = await driver.executeScript(centre);
      await typeInto(driver, 'value', '76');
      await until(driver, `${centre} !== arguments[0]`, [before]);
      await clean();
    });

    test('a preset opens its deal', async () => {
      await load(driver, calc);
      await choose(driver, 'select[name="preset"]', 'openai-oracle-2025');
      await outputBecomes(driver, 'contract_value', 300e9);
      await outputBecomes(driver, 'peak_facility_mw', 4500);
      await clean();
    });

    test('a link round trip, with the month drop-downs', async () => {
      await load(driver, `${calc}?value=50&start=2026-01`);
      assert.equal(await output(driver, 'contract_value'), 50e9);
      assert.equal(await driver.executeScript('return document.querySelector(\'input[name="start"]\').value'), '2026-01');
      await choose(driver, '[data-month-field="start"] select[data-part="month"]', '3');
      await choose(driver, '[data-month-field="start"] select[data-part="year"]', '2027');
      await until(driver, 'return new URLSearchParams(location.search).get("start") === "2027-03"');
      await typeInto(driver, 'gb300', '150000');
      await outputBecomes(driver, 'total_gpus', 350000);
      await until(driver, 'return new URLSearchParams(location.search).get("gb300") === "150000"');
      const link = await driver.getCurrentUrl();
      const price = await output(driver, 'price_per_gpu_hour');
      await load(driver, link);
      assert.equal(await output(driver, 'total_gpus'), 350000);
      assert.equal(await output(driver, 'price_per_gpu_hour'), price);
      assert.equal(await driver.executeScript('return document.querySelector(\'input[name="start"]\').value'), '2027-03');
      await clean();
    });

    test('the embed resizes itself on a host page of another origin', async () => {
      await driver.get(`${host}/host.html`);
      const height = await until(
        driver,
        `const frame = document.getElementById('embed');
         const told = window.messages.some((m) => m.origin === arguments[0] && m.data.type === 'compute-deal-calculator:height');
         return told && frame.style.height !== '' && parseFloat(frame.style.height);`,
        [calc.slice(0, -1)],
        30,
        'the embed to report its height',
      );
      assert.ok(height > 400 && height <= 650, `the embed is ${height} px tall`);
      await driver.switchTo().frame(await driver.findElement(By.id('embed')));
      assert.ok((await output(driver, 'price_per_gpu_hour')) > 1);
      await clean();
      await driver.switchTo().defaultContent();
      await clean();
    });

    test('the ledger: group by provider, back to November 2025 with the letter of intent counted, open a deal', async () => {
      await load(driver, `${calc}ledger/`);
      const today = await output(driver, 'ledger_deals');
      assert.ok(today > 10, `${today} deals counted`);
      await choose(driver, 'select[name="group"]', 'provider');
      await until(driver, 'return document.querySelector(\'table[data-table="ledger"] tr[data-group="aws"]\') !== null');
      await until(driver, 'return new URLSearchParams(location.search).get("group") === "provider"');
      await choose(driver, '[data-month-field="asof"] select[data-part="year"]', '2025');
      await choose(driver, '[data-month-field="asof"] select[data-part="month"]', '11');
      await until(driver, 'return document.querySelector(\'table[data-table="ledger"] tr[data-group="nvidia"]\') !== null', [], 20, 'the letter of intent counted in November 2025');
      assert.equal(await driver.executeScript('return document.getElementById("ledger-nvidia-openai-loi-2025").checked'), true);
      assert.ok((await output(driver, 'ledger_deals')) < today);
      await until(driver, 'return new URLSearchParams(location.search).get("asof") === "2025-11"');
      await driver.findElement(By.css('.ledger__deal[data-deal="openai-amd-2025"] a')).click();
      await until(driver, 'return location.pathname.endsWith("/deals/openai-amd-2025/") && document.documentElement.dataset.ready === "true"');
      assert.equal(await driver.executeScript('return document.querySelector(\'select[name="preset"]\').value'), 'openai-amd-2025');
      await clean();
    });

    test('bad input gets a message beside its field and keeps every other input', async () => {
      await load(driver, calc);
      await typeInto(driver, 'gb300', '150000');
      await outputBecomes(driver, 'total_gpus', 350000);
      await typeInto(driver, 'value', '-5');
      const message = await until(driver, `return document.querySelector('[data-error-for="value"]')?.textContent`);
      assert.match(message, /Contract value must be between \$1 million and \$5 trillion/);
      const kept = await driver.executeScript('return ["value", "years", "gb300"].map((name) => document.querySelector(`input[name="${name}"]`).value)');
      assert.deepEqual(kept, ['-5', '7', '150000']);
      assert.equal(await output(driver, 'total_gpus'), 350000);
      await typeInto(driver, 'value', '38');
      await until(driver, `return !document.querySelector('[data-error-for="value"]')`);
      await clean();
    });
  });

  describe(`${name}: type and layout`, () => {
    for (const lang of LANGS) {
      test(`no text spills its box in ${lang} at ${WIDTHS.join(', ')} px`, async () => {
        await driver.get(`${calc}widths-${lang}.html`);
        await until(
          driver,
          'return [...document.querySelectorAll("iframe")].every((f) => f.contentDocument?.documentElement?.dataset.ready === "true")',
          [],
          60,
          'every frame ready',
        );
        await driver.executeScript(`for (const f of document.querySelectorAll('iframe')) (${openDisclosures})(f.contentDocument);`);
        // Opened disclosures build their contents on the next render.
        await until(driver, 'return [...document.querySelectorAll("iframe")].every((f) => f.contentDocument.querySelector(\'input[name="pue"]\'))');
        const spills = await driver.executeScript(`return [...document.querySelectorAll('iframe')].flatMap((f) =>
          (${findSpills})(f.contentDocument).map((spill) => ({ width: f.dataset.width, ...spill })))`);
        assert.deepEqual(spills, []);
        const small = await driver.executeScript(`return [...document.querySelectorAll('iframe')].flatMap((f) =>
          [...f.contentDocument.querySelectorAll('input:not([type=hidden]):not([type=range]):not([type=radio]), select, textarea')]
            .filter((field) => field.getClientRects().length > 0)
            .map((field) => [field.name || field.id, parseFloat(f.contentWindow.getComputedStyle(field).fontSize)])
            .filter(([, size]) => size < 16))`);
        assert.deepEqual(small, [], 'inputs below 16 px make iOS zoom on focus');
        await clean();
      });
    }

    test('screenshots at 1280 and 390 px, and of each language at 360 px', async () => {
      const folder = `${ARTIFACTS}engines/`;
      await mkdir(folder, { recursive: true });
      await load(driver, calc);
      await writeFile(`${folder}${engine}-1280.png`, await driver.takeScreenshot(), 'base64');
      // Windows do not shrink to a phone's width in every engine; a 390 px frame does.
      await driver.get(`${calc}phone.html`);
      await until(driver, 'return document.querySelector("iframe").contentDocument?.documentElement?.dataset.ready === "true"', [], 30);
      const frame = await driver.findElement(By.css('iframe'));
      await writeFile(`${folder}${engine}-390.png`, await frame.takeScreenshot(), 'base64');
      // Each language at 360 px, the narrowest common phone.
      await driver.get(`${calc}narrow.html`);
      const narrow = await driver.findElement(By.css('iframe'));
      for (const lang of LANGS) {
        await driver.executeScript(`document.querySelector('iframe').src = '/?lang=${lang}'`);
        await until(driver, `const doc = document.querySelector("iframe").contentDocument;
          return doc?.documentElement?.lang === '${lang}' && doc.documentElement.dataset.ready === "true"`, [], 30);
        await writeFile(`${folder}${engine}-360-${lang}.png`, await narrow.takeScreenshot(), 'base64');
      }
      await clean();
    });
  });
}
