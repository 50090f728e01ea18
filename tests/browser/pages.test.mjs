// The site's pages (scripts/pages.mjs): a page per deal in three languages and the home page in
// Greek and Spanish, each built at its inputs, with what link previews and embeds read.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import ogs from 'open-graph-scraper';
import { DIST, open, useSite } from './harness.mjs';
import { siteUrl } from '../../scripts/site-url.mjs';

const site = useSite();
const SITE = siteUrl(process.env.CDC_SITE_URL ?? 'http://127.0.0.1:8080/');

/** The figures a page shows: each summary figure's text. */
const figures = (page) => page.$$eval('[data-output]', (outputs) => outputs.map((output) => `${output.dataset.output}=${output.textContent}`));

/** Opens `path` with the wasm refused: the page as built. */
async function asBuilt(path) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return { page, context };
}

describe('pages', () => {
  test('CDC_SITE_URL, when set, must be an absolute http(s) address; unset, the build goes on with relative links', () => {
    assert.equal(siteUrl(undefined), null);
    assert.equal(siteUrl(''), null);
    assert.throws(() => siteUrl('example.org/calc'), /not an address/);
    assert.throws(() => siteUrl('ftp://example.org/'), /plain http\(s\) address/);
    assert.throws(() => siteUrl('https://example.org/?a=1'), /plain http\(s\) address/);
    assert.equal(siteUrl('https://example.org/calc'), 'https://example.org/calc/');
  });

  test('every deal has a page in English, Greek and Spanish, with its own head and oEmbed', async () => {
    const deals = await readdir(`${DIST}deals`);
    assert.ok(deals.length >= 19, `${deals.length} deals`);
    for (const lang of ['en', 'el', 'es']) {
      const prefix = lang === 'en' ? '' : `${lang}/`;
      for (const id of deals) {
        const html = await readFile(`${DIST}${prefix}deals/${id}/index.html`, 'utf8');
        const path = `${prefix}deals/${id}/`;
        assert.match(html, new RegExp(`<html lang="${lang}"`), path);
        assert.match(html, new RegExp(`<link rel="canonical" href="${SITE}${path}">`), path);
        for (const other of ['en', 'el', 'es']) {
          assert.match(html, new RegExp(`<link rel="alternate" hreflang="${other}" href="${SITE}${other === 'en' ? '' : `${other}/`}deals/${id}/">`), path);
        }
        assert.match(html, new RegExp(`<meta name="page-inputs" content="preset=${id}&amp;lang=${lang}">`), path);
        assert.match(html, /<meta name="description" content="[^"]{40,}">/, path);
        assert.match(html, /<base href="(\.\.\/){2,3}">/, path);
        const oembed = JSON.parse(await readFile(`${DIST}${path}oembed.json`, 'utf8'));
        assert.equal(oembed.version, '1.0');
        assert.equal(oembed.type, 'rich');
        assert.equal(oembed.provider_name, 'Compute Deal Calculator');
        assert.equal(oembed.provider_url, SITE);
        assert.ok(oembed.width > 0 && oembed.height > 0);
        assert.match(oembed.html, new RegExp(`^<blockquote><a href="${SITE}${path}">.+</a></blockquote><iframe src="${SITE}${path}\\?embed=1"`));
      }
    }
    for (const lang of ['el', 'es']) {
      assert.match(await readFile(`${DIST}${lang}/index.html`, 'utf8'), new RegExp(`<meta name="page-inputs" content="lang=${lang}">`));
    }
  });

  test('a deal page shows its own deal before the wasm, and the live page the same figures', async () => {
    for (const [path, heading] of [['deals/meta-amd-2026/', /Meta – AMD/], ['el/deals/meta-amd-2026/', /Meta – AMD: τι αγοράζει/], ['es/deals/anthropic-amazon-2026/', /Anthropic – Amazon/], ['el/', /OpenAI × AWS/]]) {
      const built = await asBuilt(path);
      assert.match(await built.page.textContent('h1'), heading, path);
      assert.equal(await built.page.getAttribute('html', 'data-prerender'), null, `${path}: the built page is not hidden`);
      // At 1280 px the built page paints its title alone first, then the rest (index.html):
      // wait for the rest rather than race it.
      await built.page.locator('[data-output="price_per_gpu_hour"]').waitFor({ state: 'visible', timeout: 5000 });
      const builtFigures = await figures(built.page);
      await built.context.close();
      const live = await open(site.browser, `${site.server.url}${path}`, site.server.origin);
      assert.match(await live.page.textContent('h1'), heading, path);
      // The same figures in the same words: the build's formatting is the browser's.
      assert.deepEqual(await figures(live.page), builtFigures, path);
      assert.deepEqual(live.problems, [], path);
      await live.context.close();
    }
  });

  test('the deal picker and the deals table link to the deal pages', async () => {
    const { page, context } = await open(site.browser, `${site.server.url}?lang=es`, site.server.origin);
    assert.equal(await page.getAttribute('[data-link="deal-page"]', 'href'), 'es/deals/openai-aws-2025/');
    assert.equal(await page.getAttribute('tr[data-deal="meta-amd-2026"] a', 'href'), 'es/deals/meta-amd-2026/');
    // Followed from a deal page, the link resolves against the site's root.
    await page.goto(`${site.server.url}deals/meta-amd-2026/`);
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.$eval('[data-link="deal-page"]', (link) => link.href), `${site.server.url}deals/meta-amd-2026/`);
    assert.equal(await page.inputValue('select[name="preset"]'), 'meta-amd-2026');
    await context.close();
  });

  test('a link-preview library reads the card of a deal page', async () => {
    const { result } = await ogs({ url: `${site.server.url}el/deals/meta-amd-2026/` });
    assert.equal(result.success, true);
    assert.match(result.ogTitle, /Meta – AMD/);
    assert.match(result.ogDescription, /επιταχυντ/);
    assert.equal(result.ogUrl, `${SITE}el/deals/meta-amd-2026/`);
    assert.equal(result.ogLocale, 'el_GR');
    assert.equal(result.twitterCard, 'summary_large_image');
    const [image] = result.ogImage;
    assert.equal(image.url, `${SITE}el/deals/meta-amd-2026/card.png`);
    assert.equal(image.type, 'image/png');
    assert.equal(`${image.width}×${image.height}`, '1200×630');
    assert.match(result.ogImageAlt ?? (await readFile(`${DIST}el/deals/meta-amd-2026/index.html`, 'utf8')), /Meta – AMD/);
  });

  test('every page has its card: a 1200 × 630 PNG of at most 300 KB', async () => {
    const paths = ['', 'el/', 'es/', ...(await readdir(`${DIST}deals`)).flatMap((id) => ['', 'el/', 'es/'].map((prefix) => `${prefix}deals/${id}/`))];
    let total = 0;
    for (const path of paths) {
      const png = await readFile(`${DIST}${path}card.png`);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], path);
      assert.equal(`${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`, '1200×630', path);
      assert.ok(png.length <= 300 * 1024, `${path}: ${png.length} bytes`);
      total += png.length;
      const html = await readFile(`${DIST}${path}index.html`, 'utf8');
      assert.match(html, new RegExp(`<meta property="og:image" content="${SITE}${path}card.png">`), path);
      assert.match(html, /<meta property="og:image:alt" content="[^"]{20,}">/, path);
      const oembed = JSON.parse(await readFile(`${DIST}${path}oembed.json`, 'utf8'));
      assert.equal(oembed.thumbnail_url, `${SITE}${path}card.png`);
      assert.equal(`${oembed.thumbnail_width}×${oembed.thumbnail_height}`, '1200×630');
    }
    console.log(`cards: ${paths.length}, ${(total / 1024).toFixed(0)} KB in all`);
  });

  test("the oEmbed frame is the share panel's embed frame", async () => {
    const { page, context } = await open(site.browser, `${site.server.url}deals/meta-amd-2026/`, site.server.origin);
    const code = await page.inputValue('#embed-code');
    const oembed = JSON.parse(await readFile(`${DIST}deals/meta-amd-2026/oembed.json`, 'utf8'));
    const attributes = (html) => page.evaluate((html) => {
      const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
      return Object.fromEntries([...frame.attributes].filter((a) => !['src', 'title', 'data-compute-deal-calculator'].includes(a.name)).map((a) => [a.name, a.value]));
    }, html);
    assert.deepEqual(await attributes(oembed.html), await attributes(code));
    // For hosts that drop frames and scripts, the deal's card links to the calculator; the
    // resizing script comes from the site's root, not from the deal page.
    const fallback = await page.evaluate((code) => {
      const parsed = new DOMParser().parseFromString(code, 'text/html');
      const noscript = parsed.querySelector('noscript');
      const inner = new DOMParser().parseFromString(noscript.textContent || noscript.innerHTML, 'text/html');
      return { href: inner.querySelector('a')?.getAttribute('href'), img: inner.querySelector('img')?.getAttribute('src'), script: parsed.querySelector('script').getAttribute('src') };
    }, code);
    assert.equal(fallback.img, `${site.server.url}deals/meta-amd-2026/card.png`);
    assert.match(fallback.href, /^http:\/\/127\.0\.0\.1:\d+\/deals\/meta-amd-2026\/\?v=2&data=2027-01&preset=meta-amd-2026$/);
    assert.equal(fallback.script, `${site.server.url}embed.js`);
    await context.close();
  });
});
