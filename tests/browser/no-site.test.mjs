// A build with no environment set (scripts/test makes one, into target/dist-no-site, with
// CDC_SITE_URL unset): it succeeds with one warning line, writes relative links that lead to
// the right pages, leaves out what must be absolute (og:url, og:image, oEmbed), and the site
// it makes works.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch, open, serve } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../target/dist-no-site/', import.meta.url));
const LOG = fileURLToPath(new URL('../../target/no-site-build.log', import.meta.url));

let server;
let browser;

before(async () => {
  server = await serve(ROOT);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const exists = (path) => access(path).then(() => true, () => false);

describe('a build with no CDC_SITE_URL', () => {
  test('says so in exactly one warning line', async () => {
    const log = await readFile(LOG, 'utf8');
    const warnings = log.split('\n').filter((line) => line.includes('CDC_SITE_URL is not set'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^warning: /);
  });

  test('writes relative links and leaves out og:url, og:image and oEmbed', async () => {
    for (const path of ['', 'el/', 'deals/meta-amd-2026/', 'es/deals/openai-aws-2025/']) {
      const html = await readFile(`${ROOT}${path}index.html`, 'utf8');
      assert.doesNotMatch(html, /https?:\/\/127\.0\.0\.1|og:url|og:image|twitter:card|json\+oembed/, path);
      assert.match(html, new RegExp(`<link rel="?canonical"? href="?\\./${path.replace(/\//g, '\\/')}"?>`), path);
      assert.match(html, /og:title/, path);
      assert.equal(await exists(`${ROOT}${path}oembed.json`), false, path);
      // The card is still drawn, for a host that sets the address later by hand.
      assert.equal(await exists(`${ROOT}${path}card.png`), true, path);
    }
  });

  test('its relative links lead to the right pages, and its pages work', async () => {
    const { page, context, problems } = await open(browser, `${server.url}es/deals/meta-amd-2026/`, server.origin);
    const href = (selector) => page.$eval(selector, (link) => link.href);
    assert.equal(await href('link[rel="canonical"]'), `${server.url}es/deals/meta-amd-2026/`);
    assert.equal(await href('link[hreflang="en"]'), `${server.url}deals/meta-amd-2026/`);
    assert.equal(await href('link[hreflang="x-default"]'), `${server.url}deals/meta-amd-2026/`);
    assert.ok(Number(await page.getAttribute('[data-output="price_per_gpu_hour"]', 'data-value')) > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
