// Post-build step (scripts/post-build.mjs, last: it copies the finished index.html): the
// site's other pages and what link previews and embeds read from every page.
//
// - A page per deal, `deals/<id>/`, and the same in Greek and Spanish (`el/deals/<id>/`,
//   `es/deals/<id>/`), plus the home page in Greek and Spanish (`el/`, `es/`). Each is
//   index.html with the calculator rendered at build time at its inputs (`prerender --pages`:
//   the same components, natively), its own title, description (the sentence to quote),
//   language, and `<meta name="page-inputs">`, from which the live page opens at the same
//   inputs (src/components/location.rs). A `<base>` two or three levels up keeps every
//   relative address of the copied page working.
// - On every page, the home page too: a canonical link, `hreflang` alternates, Open Graph and
//   Twitter tags with the page's social card (`card.png`, 1200 × 630, drawn by the prerender
//   binary: src/card.rs), and an oEmbed discovery link to the page's `oembed.json`, written
//   here.
//
// Absolute addresses come from CDC_SITE_URL, the address the site is served from (for example
// https://example.org/calc/). Without it (a build on one's own machine: `trunk serve`), links
// are relative (each page's <base> leads them to the site's root), og:url, og:image and the
// oEmbed files, which must be absolute, are left out, and the build says so in one line. A
// value that is set but unusable stops the build: it never writes broken absolute links.

import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { NO_SITE_WARNING, siteUrl } from './site-url.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');

const site = siteUrl(process.env.CDC_SITE_URL);
if (!site) console.warn(NO_SITE_WARNING);
/** The address of the page at `path` (relative to the site's root): absolute when the site's is known. */
const at = (path) => (site ? `${site}${path}` : `./${path}`);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const LOCALES = { en: 'en_US', el: 'el_GR', es: 'es_ES' };
const PROVIDER = 'Compute Deal Calculator';
// The social cards (src/card.rs), which `prerender --pages` draws beside each page.
const CARD = { width: 1200, height: 630 };
// The embed's frame, as the share panel writes it (src/components/share.rs; a test compares).
const FRAME = { width: 640, height: 640, style: 'border:0;width:1px;min-width:100%', allow: 'web-share; clipboard-write' };

const file = join(dir, 'index.html');
const template = await readFile(file, 'utf8');
const built = /<!--built-->[\s\S]*<!--\/built-->/;
if (!built.test(template)) throw new Error('index.html has no <!--built--> page (scripts/prerender.mjs marks it)');

const output = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', '--pages', dir, site ?? ''], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
const pages = output.split('\u001e').map((record) => {
  const [path, inputs, lang, title, description, alt, body, link] = record.split('\u001f');
  return { path, inputs, lang, title, description, alt, body, link };
});
// The English home page is index.html itself, as built: it keeps its title and description.
const descriptionTag = /<meta\b[^>]*\bname="?description"?[^>]*>/;
const home = pages.find((page) => page.path === '');
home.title = /<title>([^<]*)<\/title>/.exec(template)?.[1];
home.description = /\bcontent="([^"]*)"/.exec(descriptionTag.exec(template)?.[0] ?? '')?.[1];
home.inputs = '';
home.body = null;
if (!home.title || !home.description) throw new Error('index.html has no title or description');

/** The address of the page at `path` in `lang`: the same deal (or the home page) in another language. */
const inLang = (path, lang) => `${lang === 'en' ? '' : `${lang}/`}${path.replace(/^(el|es)\//, '')}`;

let bytes = 0;
for (const page of pages) {
  const depth = page.path.split('/').filter(Boolean).length;
  const address = at(page.path);
  const title = page.body === null ? page.title : escape(page.title);
  const description = page.body === null ? page.description : escape(page.description);
  const head = [
    `<link rel="canonical" href="${address}">`,
    ...Object.keys(LOCALES).map((lang) => `<link rel="alternate" hreflang="${lang}" href="${at(inLang(page.path, lang))}">`),
    `<link rel="alternate" hreflang="x-default" href="${at(inLang(page.path, 'en'))}">`,
    ...(site ? [`<link rel="alternate" type="application/json+oembed" href="${address}oembed.json" title="${title}">`] : []),
    ...Object.entries({
      type: 'website',
      site_name: PROVIDER,
      title,
      description,
      locale: LOCALES[page.lang],
      ...(site && {
        url: address,
        image: `${address}card.png`,
        'image:type': 'image/png',
        'image:width': CARD.width,
        'image:height': CARD.height,
        'image:alt': escape(page.alt),
      }),
    }).map(([property, content]) => `<meta property="og:${property}" content="${content}">`),
    ...(site ? [`<meta name="twitter:card" content="summary_large_image">`] : []),
    ...(page.inputs ? [`<meta name="page-inputs" content="${escape(page.inputs)}">`] : []),
  ].join('');
  let html = template
    .replace(/<html lang="?en"?/, () => `<html lang="${page.lang}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
    .replace(descriptionTag, () => `<meta name="description" content="${description}">`)
    .replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}${head}`);
  if (page.body !== null) {
    html = html
      .replace(/<base href="?\.\/"?>/, () => `<base href="${'../'.repeat(depth)}">`)
      .replace(built, () => `<!--built-->${page.body}<!--/built-->`);
    if (!html.includes(`<base href="${'../'.repeat(depth)}">`)) throw new Error(`no <base> to move for ${page.path}`);
  }
  // A ledger page's own styles, which the calculator's pages do without.
  if (new URLSearchParams(page.inputs).get('page') === 'ledger') {
    html = html.replace('</head>', () => '<link rel="stylesheet" href="ledger.css"></head>');
  }
  // A calculator page's way to its buyer's ledger page, built outside the calculator.
  if (page.link) html = html.replace('<div id="prerendered">', () => `${page.link}<div id="prerendered">`);
  const frame = `<iframe src="${escape(`${address}?embed=1`)}" title="${title}" width="100%" height="${FRAME.height}" loading="lazy" allow="${FRAME.allow}" style="${FRAME.style}"></iframe>`;
  const oembed = {
    version: '1.0',
    type: 'rich',
    title: page.title,
    provider_name: PROVIDER,
    provider_url: site,
    // A link first, which WordPress shows when it drops the frame.
    html: `<blockquote><a href="${escape(address)}">${title}</a></blockquote>${frame}`,
    width: FRAME.width,
    height: FRAME.height,
    thumbnail_url: `${address}card.png`,
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
  };
  const target = join(dir, page.path, 'index.html');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, html);
  if (site) await writeFile(join(dir, page.path, 'oembed.json'), `${JSON.stringify(oembed, null, 2)}\n`);
  if (page.body !== null) bytes += Buffer.byteLength(html);
}
console.log(`pages: ${pages.length - 1} pages besides the home page, a card for each (${(bytes / 1024 / 1024).toFixed(1)} MB), ${site ? `oembed.json for each, at ${site}` : 'no oembed.json (no CDC_SITE_URL)'}`);
