// Embedding: the compact view, auto-height through the host script, the host API, embed code,
// exports and citations. Host pages are served from `localhost` and embed the calculator from
// `127.0.0.1`, so frames and hosts are of different origins, as in a newsroom.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, open, output, serve, typeInto, wordpressPost } from './harness.mjs';

let server;
let browser;
let calc;
let host;

function hostPage(frames) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0">
<p>An article.</p>
${frames}
<script src="${calc}embed.js" async></script>
<script>
  window.messages = [];
  window.addEventListener('message', (event) => window.messages.push({ origin: event.origin, data: event.data }));
</script>
</body></html>`;
}

before(async () => {
  const pages = {};
  server = await serve(undefined, '/', pages);
  calc = `http://127.0.0.1:${server.port}/`;
  host = `http://localhost:${server.port}`;
  pages['/two.html'] = hostPage(`
    <iframe id="short" data-compute-deal-calculator title="one" width="360" height="300" style="border:0"
      src="${calc}?v=2&embed=1&controls=value&id=short"></iframe>
    <iframe id="tall" data-compute-deal-calculator title="two" width="360" height="300" style="border:0"
      sandbox="allow-scripts allow-same-origin allow-popups"
      src="${calc}?v=2&embed=1&id=tall"></iframe>`);
  pages['/locked.html'] = hostPage(`
    <iframe id="locked" data-compute-deal-calculator title="locked" width="360" height="600"
      src="${calc}?v=2&embed=1&origin=https://news.example&id=locked"></iframe>`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function frameReady(page, selector) {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  await frame.waitForSelector('html[data-ready="true"]');
  return frame;
}

describe('on an AMP page', () => {
  // The <amp-iframe> example of docs/embedding.md, run by a stand-in for AMP's runtime that does
  // what amp-iframe does with it: a frame with the example's attributes, resized on the embed's
  // embed-size message when `resizable`.
  test("docs/embedding.md's example loads the embed and takes its height", async () => {
    const doc = await readFile(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
    const example = doc.match(/<!-- amp-example[^>]*-->\s*```html\n([\s\S]*?)```/)[1]
      .replace('https://YOUR-HOST/PATH/', calc);
    const pages = {};
    const amp = await serve(undefined, '/', pages);
    pages['/amp.html'] = `<!doctype html><html><head><meta charset="utf-8"><title>AMP</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><script>
  customElements.define('amp-iframe', class extends HTMLElement {
    connectedCallback() {
      const frame = document.createElement('iframe');
      for (const name of ['src', 'sandbox', 'title', 'width', 'height', 'frameborder']) frame.setAttribute(name, this.getAttribute(name));
      this.prepend(frame);
      window.addEventListener('message', (event) => {
        const data = event.data;
        if (event.source === frame.contentWindow && this.hasAttribute('resizable') && data?.sentinel === 'amp' && data.type === 'embed-size') {
          frame.height = String(Math.ceil(data.height));
          this.dataset.resized = 'true';
        }
      });
    }
  });
</script>${example}</body></html>`;
    const hostOrigin = `http://localhost:${amp.port}`;
    const { page, context, problems } = await open(browser, `${hostOrigin}/amp.html`, hostOrigin, {}, [hostOrigin, calc.slice(0, -1)], false);
    const frame = await frameReady(page, 'amp-iframe iframe');
    assert.ok((await output(frame, 'price_per_gpu_hour')) > 2);
    await page.waitForSelector('amp-iframe[data-resized="true"]');
    const content = await frame.locator('.embed').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    const given = Number(await page.getAttribute('amp-iframe iframe', 'height'));
    assert.ok(Math.abs(given - content) <= 2, `${given} vs ${content}`);
    assert.deepEqual(problems, []);
    await context.close();
    await amp.close();
  });
});

describe('inside WordPress', () => {
  // WordPress wraps every embed it discovers in <iframe sandbox="allow-scripts">: no
  // allow-same-origin, so the frame's origin is opaque and every file it loads is cross-origin.
  test('a frame sandboxed with allow-scripts alone renders styled and live where the host sends CORS', async () => {
    const pages = {};
    const cors = await serve(undefined, '/', pages, undefined, { 'access-control-allow-origin': '*' });
    // WordPress adds a secret to the fragment of each frame it embeds.
    const src = `http://127.0.0.1:${cors.port}/?v=2&embed=1#?secret=AbC123xYz0`;
    pages['/wordpress.html'] = wordpressPost(src);
    const hostOrigin = `http://localhost:${cors.port}`;
    const { page, context, problems } = await open(browser, `${hostOrigin}/wordpress.html`, hostOrigin, {}, [hostOrigin, `http://127.0.0.1:${cors.port}`], false);
    const frame = await frameReady(page, '#wp');
    assert.equal(await frame.evaluate(() => window.origin), 'null', 'the frame runs in an opaque origin');
    // The styles applied (inline, allowed by the policy in an opaque origin) and the wasm runs.
    assert.notEqual(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '');
    assert.ok((await output(frame, 'price_per_gpu_hour')) > 2);
    const height = await frame.locator('.embed').evaluate((element) => element.getBoundingClientRect().height);
    assert.ok(height < 800, `styled embed is ${height}px tall`);
    // Its height reaches the host page: ours, WordPress's with the secret echoed, Embedly's as
    // JSON text.
    await page.waitForFunction(() => window.messages.some((m) => m.origin === 'null' && m.data.type === 'compute-deal-calculator:height'));
    const wordpress = await page.waitForFunction(() => window.messages.find((m) => m.data.message === 'height')?.data);
    const { value, secret } = await wordpress.jsonValue();
    assert.equal(secret, 'AbC123xYz0');
    assert.ok(Math.abs(value - height) <= 1, `${value} vs ${height}`);
    const embedly = await page.evaluate(() => window.messages.filter((m) => typeof m.data === 'string').map((m) => JSON.parse(m.data)));
    assert.ok(embedly.some((m) => m.context === 'iframe.resize' && m.height > 0 && m.src.startsWith('http://127.0.0.1')), JSON.stringify(embedly));
    // The sandbox forbids the frame to open the full calculator at the top level: it asks
    // WordPress to, and stays where it is.
    await frame.click('[data-action="open-full"]');
    const link = await page.waitForFunction(() => window.messages.find((m) => m.data.message === 'link')?.data);
    const asked = await link.jsonValue();
    assert.equal(asked.secret, 'AbC123xYz0');
    assert.doesNotMatch(asked.value, /embed=1/);
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.ready), 'true');
    assert.deepEqual(problems, []);
    await context.close();
    await cors.close();
  });
});

describe('embed view', () => {
  test('is compact: headline, four controls, chart tabs, credit, and fits 360 × 650 without scripts', async () => {
    const { page, context, problems } = await open(browser, `${server.url}?embed=1`, server.origin, { viewport: { width: 360, height: 640 } });
    assert.equal(await page.locator('.masthead').count(), 0);
    assert.ok((await output(page, 'price_per_gpu_hour')) > 2);
    // The seed deal's counts are ranges: an embed shows their central values (its headline says
    // the range); the boxes of the ends stay on the full page.
    const names = await page.locator('.embed input[name]:visible').evaluateAll((all) => all.map((input) => input.name));
    assert.deepEqual(names, ['value', 'years', 'gb200', 'gb300']);
    assert.equal(await page.locator('[role="tab"]').count(), 4);
    const height = await page.locator('.embed').evaluate((element) => element.getBoundingClientRect().height);
    assert.ok(height <= 650, `embed is ${height}px tall`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    const full = await page.getAttribute('[data-action="open-full"]', 'href');
    assert.doesNotMatch(full, /embed=1/);
    assert.match(full, /v=2/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('controls=value,years shows exactly those inputs; chart= and the tabs choose the chart', async () => {
    const { page, context } = await open(browser, `${server.url}?embed=1&controls=value,years&chart=spend`, server.origin, { viewport: { width: 360, height: 640 } });
    const names = await page.locator('.embed input[name]').evaluateAll((all) => all.map((input) => input.name));
    assert.deepEqual(names, ['value', 'years']);
    assert.equal(await page.locator('[data-chart="spend"]').count(), 1);
    await page.click('#tab-power');
    await page.waitForSelector('[data-chart="power"] svg');
    assert.equal(await page.getAttribute('#tab-power', 'aria-selected'), 'true');
    await typeInto(page, 'value', '76');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('value') === '76');
    assert.equal(new URL(page.url()).searchParams.get('embed'), '1');
    await context.close();
  });
});

describe('host page', () => {
  test('two frames, one sandboxed, each resize to their own content', async () => {
    const { page, context, problems } = await open(browser, `${host}/two.html`, host, {}, [host, calc], false);
    const short = await frameReady(page, '#short');
    const tall = await frameReady(page, '#tall');
    const contentHeight = (frame) => frame.locator('.embed').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    await page.waitForFunction(() => ['short', 'tall'].every((id) => document.getElementById(id).style.height !== ''));
    const [shortHeight, tallHeight] = [await contentHeight(short), await contentHeight(tall)];
    assert.ok(tallHeight > shortHeight + 100, `${shortHeight} vs ${tallHeight}`);
    await page.waitForFunction(
      ([a, b]) => document.getElementById('short').style.height === `${a}px` && document.getElementById('tall').style.height === `${b}px`,
      [shortHeight, tallHeight],
    );
    const messages = await page.evaluate(() => window.messages.map((message) => message.data));
    assert.ok(messages.some((data) => data.sentinel === 'amp' && data.type === 'embed-size' && data.height > 0));
    assert.ok(messages.some((data) => data.type === 'compute-deal-calculator:height' && data.id === 'tall'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the host API sets inputs and receives results; wrong shapes are ignored', async () => {
    const { page, context, problems } = await open(browser, `${host}/two.html`, host, {}, [host, calc], false);
    const frame = await frameReady(page, '#tall');
    const before = await output(frame, 'price_per_gpu_hour');
    // Messages of the wrong shape change nothing: the results asked for after them still hold
    // the announced value. A message with one unreadable input is ignored as a whole.
    await page.evaluate(() => {
      const target = document.getElementById('tall').contentWindow;
      target.postMessage('nonsense', '*');
      target.postMessage({ type: 'compute-deal-calculator:set', inputs: 'not an object' }, '*');
      target.postMessage({ type: 'compute-deal-calculator:set', inputs: [50] }, '*');
      target.postMessage({ type: 'compute-deal-calculator:set', inputs: { value: 50, years: true } }, '*');
      target.postMessage({ type: 'compute-deal-calculator:setter', inputs: { value: 50 } }, '*');
      target.postMessage({ type: 'compute-deal-calculator:get', id: 'after-nonsense' }, '*');
    });
    const unchanged = await page.waitForFunction(() => window.messages.filter((m) => m.data.type === 'compute-deal-calculator:results' && m.data.id === 'tall').length >= 2
      && window.messages.filter((m) => m.data.type === 'compute-deal-calculator:results' && m.data.id === 'tall').at(-1).data.results.outputs.contract_value);
    assert.equal(await unchanged.jsonValue(), 38e9);
    await page.evaluate(() => {
      const target = document.getElementById('tall').contentWindow;
      target.postMessage({ type: 'compute-deal-calculator:set', inputs: { value: 76, years: '7', bogus: 1 } }, '*');
    });
    await frame.waitForFunction(() => document.querySelector('input[name="value"]').value === '76');
    await page.waitForFunction(() => window.messages.some((m) => m.data.type === 'compute-deal-calculator:results' && m.data.id === 'tall' && m.data.results.outputs.contract_value === 76e9));
    const results = await page.evaluate(() => window.messages.filter((m) => m.data.type === 'compute-deal-calculator:results' && m.data.id === 'tall').at(-1));
    assert.equal(results.origin, calc.slice(0, -1));
    assert.ok(Math.abs(results.data.results.outputs.price_per_gpu_hour / before - 2) < 1e-9);
    assert.match(results.data.results.query, /value=76/);
    // The seed deal's counts are ranges: the results carry each figure's [low, high].
    assert.deepEqual(results.data.results.bounds.total_gpus, [200000, 400000]);
    const [low, high] = results.data.results.bounds.price_per_gpu_hour;
    assert.ok(low < results.data.results.outputs.price_per_gpu_hour && results.data.results.outputs.price_per_gpu_hour < high);
    const answered = await page.evaluate(() => window.messages.filter((m) => m.data.type === 'compute-deal-calculator:results').length);
    await page.evaluate(() => document.getElementById('tall').contentWindow.postMessage({ type: 'compute-deal-calculator:get' }, '*'));
    await page.waitForFunction((count) => window.messages.filter((m) => m.data.type === 'compute-deal-calculator:results').length > count, answered);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('origin= restricts the parent the embed listens to', async () => {
    const { page, context } = await open(browser, `${host}/locked.html`, host, {}, [host, calc], false);
    const frame = await frameReady(page, '#locked');
    await page.evaluate(() => document.getElementById('locked').contentWindow.postMessage({ type: 'compute-deal-calculator:set', inputs: { value: 76 } }, '*'));
    // A message the embed does accept from itself proves the listener ran before we look.
    await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await typeInto(frame, 'years', '8');
    await frame.waitForFunction(() => document.querySelector('input[name="years"]').value === '8');
    assert.equal(await frame.inputValue('input[name="value"]'), '38');
    const fromLocked = await page.evaluate(() => window.messages.filter((m) => m.data.id === 'locked').length);
    assert.equal(fromLocked, 0, 'posts only to the allowed origin');
    await context.close();
  });
});

describe('share and export', () => {
  test('embed code, link and citations carry the current state', async () => {
    const { page, context } = await open(browser, server.url, server.origin);
    await typeInto(page, 'value', '76');
    await page.waitForFunction(() => location.search.includes('value=76'));
    await page.selectOption('select[name="embed_chart"]', 'power');
    const code = await page.inputValue('[data-embed-code]');
    // `width:1px;min-width:100%`: iOS Safari otherwise sizes a frame by its content.
    assert.match(code, /^<iframe style="border:0;width:1px;min-width:100%" src="[^"]*embed=1[^"]*" title="[^"]+" width="100%" height="640" loading="lazy" allow="web-share; clipboard-write"/);
    assert.match(code, /value=76/);
    assert.match(code, /chart=power/);
    assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async=""><\/script>/);
    // Citations are written when their disclosure opens.
    await page.click('.share__cite summary');
    assert.match(await page.textContent('[data-cite="apa"]'), /data version 2027-01.*value=76/s);
    assert.match(await page.textContent('[data-cite="bibtex"]'), /\\url\{http:\/\/127\.0\.0\.1:\d+\/\?v=2&data=2027-01&value=76\}/);
    await page.click('.share__preview summary');
    const preview = await page.waitForSelector('.share__frame[width="360"]');
    const frame = await preview.contentFrame();
    await frame.waitForSelector('html[data-ready="true"]');
    assert.equal(await frame.inputValue('input[name="value"]'), '76');
    await context.close();
  });

  test('CSV, JSON, SVG and PNG downloads parse and hold the current numbers', async () => {
    const { page, context, problems } = await open(browser, server.url, server.origin, { acceptDownloads: true });
    await typeInto(page, 'value', '76');
    await page.waitForFunction(() => document.querySelector('[data-output="contract_value"]').dataset.value === '76000000000');
    const price = await output(page, 'price_per_gpu_hour');
    const fetch = async (selector) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
    };
    const csv = await fetch('[data-action="download-csv"]');
    const lines = csv.body.toString('utf8').trim().split('\n');
    assert.match(lines[0], /data version 2027-01/);
    assert.match(lines[1], /value=76/);
    // The seed deal's ranges: each figure's low and high, then low and high columns.
    assert.match(lines[2], /^# range of price_per_gpu_hour: [\d.]+ to [\d.]+$/);
    const top = lines.findIndex((line) => line.startsWith('month,'));
    const header = lines[top].split(',');
    assert.ok(header.includes('gpus_online_low') && header.includes('cumulative_spend_usd_high'));
    const last = lines.at(-1).split(',');
    assert.equal(lines.length, top + 1 + 84);
    assert.ok(Math.abs(Number(last[header.indexOf('cumulative_spend_usd')]) / 76e9 - 1) < 1e-9);

    const json = JSON.parse((await fetch('[data-action="download-json"]')).body.toString('utf8'));
    assert.equal(json.data_version, '2027-01');
    const results = Object.fromEntries(json.results);
    assert.equal(results.price_per_gpu_hour, price);
    assert.equal(results.contract_value, 76e9);
    const bounds = Object.fromEntries(json.bounds);
    assert.deepEqual(bounds.total_gpus, [200000, 400000]);
    assert.ok(bounds.price_per_gpu_hour[0] < price && price < bounds.price_per_gpu_hour[1]);

    const svg = await fetch('[data-chart="spend"] ~ .chart__downloads [data-download="svg"]');
    assert.equal(svg.name, 'spend.svg');
    const spend = svg.body.toString('utf8');
    assert.match(spend, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(spend, />\s*80\s*</, 'the y axis reaches the new value');

    const png = await fetch('[data-chart="gpus"] ~ .chart__downloads [data-download="png"]');
    assert.equal(png.name, 'gpus.png');
    assert.deepEqual([...png.body.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    const width = png.body.readUInt32BE(16);
    const box = await page.locator('[data-chart="gpus"]').evaluate((element) => element.clientWidth);
    assert.equal(width, box * 2, 'PNG at twice the chart size');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
