// Shared set-up for the browser tests: a static server for dist/ on loopback and Debian's
// headless Chromium driven by playwright-core. Every page records console errors, uncaught
// exceptions and requests to other origins so that tests can assert there were none.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

/** Content types of the files the servers compress, by extension. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Gzipped bodies by file, made once: the server compresses as any static host would. */
const gzipped = new Map();

/**
 * A WordPress post: a frame of `src` sandboxed as WordPress sandboxes every embed it finds
 * (`allow-scripts` alone), and every message the page hears kept on `window.messages`.
 */
export function wordpressPost(src) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Post</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><p>A post.</p>
<iframe id="wp" sandbox="allow-scripts" title="calculator" width="600" height="700" style="border:0" src="${src}"></iframe>
<script>
  window.messages = [];
  window.addEventListener('message', (event) => window.messages.push({ origin: event.origin, data: event.data }));
</script></body></html>`;
}

/** Where a served page's first script is `probe` when `serve` is asked to watch pages. */
export const PROBE_PATH = '/__probe.js';

/**
 * Serves `root` on 127.0.0.1 at a free port, optionally under a path prefix such as `/calc/`,
 * plus `pages`: extra HTML documents by path (host pages for embeds). With `probe` (a script's
 * source), every HTML document served loads it first, from this origin (the site's CSP allows
 * it): how the WebDriver journeys, which cannot read a console, hear of errors.
 */
export async function serve(root = DIST, prefix = '/', pages = {}, probe = undefined, headers = {}) {
  const watch = (html) => (probe ? html.replace(/<html[^>]*>/, `$&<script src="${PROBE_PATH}"></script>`) : html);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (probe && path === PROBE_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(probe);
      return;
    }
    if (pages[path]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(watch(pages[path]));
      return;
    }
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const sent = { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      let body = await readFile(file);
      if (probe && extname(file) === '.html') body = Buffer.from(watch(body.toString()));
      const key = `${probe ? 'watched:' : ''}${file}`;
      if (TYPES[extname(file)] && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        sent['content-encoding'] = 'gzip';
      }
      response.writeHead(200, sent);
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const port = server.address().port;
  return {
    url: `${origin}${prefix}`,
    origin,
    port,
    close: () => new Promise((r) => server.close(r)),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens `url` in a fresh context and waits for `<html data-ready="true">`.
 * Returns the page and a `problems` list of console errors, page errors and foreign requests.
 */
export async function open(browser, url, origin, contextOptions = {}, origins = [origin], waitForReady = true) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const local = origins.some((allowed) => request.url().startsWith(allowed));
    if (!local && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  await page.goto(url);
  if (waitForReady) {
    await page.waitForSelector('html[data-ready="true"]');
    await liveSections(page);
  }
  return { page, context, problems };
}

/**
 * Brings in the page's later sections (the second wasm: src/components/lazy.rs) as a reader
 * scrolling down would, then returns to the top; a page without them (the embed) is left as
 * it is. Tests of the sections themselves then never act on the built, not yet live, markup.
 */
export async function liveSections(page) {
  const slot = page.locator('[data-lazy]').first();
  if ((await slot.count()) === 0) return;
  await slot.scrollIntoViewIfNeeded();
  await page.waitForSelector('html[data-extras="ready"]');
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The raw `data-value` of the summary figure `key`, as a number. */
export async function output(page, key) {
  const raw = await page.getAttribute(`[data-output="${key}"]`, 'data-value');
  return Number(raw);
}

/** Replaces the text of input `name` as a reader would: select all, type. */
export async function typeInto(page, name, text) {
  const field = page.locator(`input[name="${name}"]`);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
}

/**
 * Starts the site on loopback and a browser before the file's tests and stops both after;
 * returns an object whose `server` and `browser` are set once the tests run.
 */
export function useSite() {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    site.server = await serve();
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * As `useSite`, for tests that frame the site on a host page of another origin: the returned
 * object also has `calc` (the site's address, on 127.0.0.1), `host` (the same server as
 * `localhost`, another origin) and `pages` (extra pages the server serves, for host pages).
 */
export function useFramingSite() {
  const site = { server: undefined, browser: undefined, calc: undefined, host: undefined, pages: {} };
  before(async () => {
    site.server = await serve(undefined, '/', site.pages);
    site.calc = `http://127.0.0.1:${site.server.port}/`;
    site.host = `http://localhost:${site.server.port}`;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** The outer HTML of chart `name`'s SVG. */
export async function chartSvg(page, name) {
  return page.locator(`[data-chart="${name}"] svg`).evaluate((svg) => svg.outerHTML);
}

/**
 * Frames `frames` ({ id, src, width, height }, `src` on another origin than `host`) on one host
 * page, served at a new path of `pages` (the server's extra pages), and returns the last results
 * message of each frame by its `id`, once none has come for a while; with the open page (its
 * `frames()` reach into each frame), its context, the problems seen and every request made.
 */
export async function framedResults(browser, pages, host, origins, frames) {
  const iframes = frames.map(({ id, src, width, height }) =>
    `<iframe title="${id}" width="${width}" height="${height}" src="${src}${src.includes('?') ? '&' : '?'}id=${id}"></iframe>`);
  const path = `/frames-${Object.keys(pages).length}.html`;
  pages[path] = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
${iframes.join('\n')}
<script>
  window.results = {};
  addEventListener('message', (event) => {
    if (event.data?.type === 'compute-deal-calculator:results') window.results[event.data.id] = event.data.results;
  });
</script></body></html>`;
  const { page, context, problems } = await open(browser, `${host}${path}`, host, {}, [host, ...origins], false);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.reload();
  const ids = frames.map(({ id }) => id);
  await page.waitForFunction((ids) => ids.every((id) => window.results[id]), ids, { timeout: 90000 });
  let before = '';
  for (;;) {
    const now = JSON.stringify(await page.evaluate(() => window.results));
    if (now === before) break;
    before = now;
    await page.waitForTimeout(300);
  }
  const results = await page.evaluate(() => window.results);
  return { results, page, context, problems, requests };
}

