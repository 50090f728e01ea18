// The hosting recipes of docs/hosting/, run for real: nginx, Caddy and Apache, in turn, serve a
// copy of the release build (dist/) with the file as written, and each answers with the headers
// the recipe promises (CORS, nosniff, the wasm type, the cache rule of each kind of file), the
// precompressed copies of scripts/compress.mjs by Accept-Encoding, a plain 404 for a missing
// file, and an embed that comes alive in a frame sandboxed with `allow-scripts` alone on another
// origin, as WordPress frames it.
//
// What a test machine must change in a temporary copy of each file, and nothing else: the site's
// folder (/srv/calculator: a temporary copy of dist/, world-readable, for nginx's and Apache's
// workers run as nobody), the port (8080 when it is free, else any free one: `trunk serve`
// takes 8080), the address (loopback only), nginx's pid and log files, and Caddy's admin
// endpoint (off, so that nothing else is bound). Apache has no such file: the test writes a
// minimal httpd.conf whose virtual host allows .htaccess (AllowOverride All), loads the modules
// the recipe needs and, as Debian does by default, mod_deflate (with mod_brotli), which must
// not compress the copies again. Debian's packages: scripts/setup.sh, ensure_servers. Runs as
// root or not (nginx then needs its temp folders, /var/lib/nginx, writable).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DIST, launch, open, output, serve, wordpressPost } from '../browser/harness.mjs';

const DOCS = new URL('../../docs/hosting/', import.meta.url);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

let work;
let root;
let port;
let browser;
/** Paths in the site of each kind of file checked, found in the build. */
const files = {};

/** `text` with `from` replaced by `to`; fails if the recipe no longer says `from`. */
function substitute(text, from, to) {
  assert.ok(text.includes(from), `the recipe no longer says ${JSON.stringify(from)}`);
  return text.replaceAll(from, to);
}

/** 8080, the recipes' port, when it is free on loopback; else a free port. */
async function choosePort(preferred = 8080) {
  const tryListen = (wanted) =>
    new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(undefined));
      probe.listen(wanted, '127.0.0.1', () => {
        const { port: got } = probe.address();
        probe.close(() => resolve(got));
      });
    });
  return (await tryListen(preferred)) ?? tryListen(0);
}

/** One request without any decoding: status, raw headers and the body's bytes. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** Starts `command` in the foreground and waits until the site answers on `port`. */
async function start(command, args, env = {}) {
  const child = spawn(command, args, { cwd: work, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`${command} exited (${code}) before it answered:\n${log}`);
  });
  exited.catch(() => {});
  const deadline = Date.now() + 20000;
  for (;;) {
    try {
      await Promise.race([get('/'), exited]);
      break;
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${command} did not answer on ${port}: ${error.message}\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    log: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await gone;
      clearTimeout(timer);
    },
  };
}

const SERVERS = {
  async nginx() {
    let conf = await readFile(new URL('nginx.conf', DOCS), 'utf8');
    conf = substitute(conf, 'root /srv/calculator;', `root ${root};`);
    conf = substitute(conf, 'listen 8080;', `listen 127.0.0.1:${port};`);
    conf = substitute(conf, '/run/nginx-calculator.pid', join(work, 'nginx.pid'));
    conf = substitute(conf, '/var/log/nginx/calculator-error.log', join(work, 'nginx-error.log'));
    conf = substitute(conf, '/var/log/nginx/calculator-access.log', join(work, 'nginx-access.log'));
    const file = join(work, 'nginx.conf');
    await writeFile(file, conf);
    return start('nginx', ['-e', join(work, 'nginx-startup.log'), '-c', file, '-g', 'daemon off;']);
  },
  async caddy() {
    let conf = await readFile(new URL('Caddyfile', DOCS), 'utf8');
    conf = substitute(conf, 'root * /srv/calculator', `root * ${root}`);
    conf = substitute(conf, 'http://:8080 {', `http://:${port} {`);
    const file = join(work, 'Caddyfile');
    await writeFile(file, `{\n\tadmin off\n\tdefault_bind 127.0.0.1\n}\n\n${conf}`);
    const home = join(work, 'caddy-home');
    return start('caddy', ['run', '--config', file, '--adapter', 'caddyfile'], { HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home });
  },
  async apache2() {
    await cp(new URL('apache.htaccess', DOCS), join(root, '.htaccess'));
    await chmod(join(root, '.htaccess'), 0o644);
    const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'rewrite', 'headers', 'filter', 'deflate', 'brotli'];
    const conf = `# Written by tests/hosting/servers.test.mjs: just enough httpd for docs/hosting/apache.htaccess.
ServerRoot ${work}
ServerName 127.0.0.1
PidFile ${join(work, 'apache.pid')}
ErrorLog ${join(work, 'apache-error.log')}
LogLevel warn
Mutex file:${work} default
${process.getuid?.() === 0 ? 'User nobody\nGroup nogroup\n' : ''}${modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join('\n')}
TypesConfig /etc/mime.types
# As Debian's mime.conf and deflate.conf have it, and mod_brotli besides.
AddType application/x-gzip .gz .tgz
AddOutputFilterByType BROTLI_COMPRESS;DEFLATE text/html text/plain text/xml text/css text/javascript application/javascript application/json application/wasm image/svg+xml
Listen 127.0.0.1:${port}
<VirtualHost *:${port}>
    DocumentRoot ${root}
    <Directory />
        AllowOverride None
        Require all denied
    </Directory>
    <Directory ${root}>
        AllowOverride All
        Require all granted
    </Directory>
</VirtualHost>
`;
    const file = join(work, 'httpd.conf');
    await writeFile(file, conf);
    return start('apache2', ['-X', '-f', file]);
  },
};

before(async () => {
  await stat(join(DIST, 'index.html.br')).catch(() => {
    throw new Error('dist/ has no precompressed files: build it (trunk build --release) with scripts/compress.mjs');
  });
  work = await mkdtemp(join(tmpdir(), 'hosting-'));
  root = join(work, 'calculator');
  await cp(DIST, root, { recursive: true });
  // Readable by the workers of nginx and Apache, which run as nobody.
  await chmod(work, 0o755);
  await chmod(root, 0o755);
  const top = await readdir(root);
  const wasm = top.find((name) => /^compute-deal-calculator-[0-9a-f]+_bg\.wasm$/.test(name));
  const deal = (await readdir(join(root, 'deals'))).sort()[0];
  const pack = (await readdir(join(root, 'lang'))).find((name) => name.endsWith('.txt'));
  assert.ok(wasm && deal && pack, `the build has a hashed wasm (${wasm}), a deal page (${deal}), a language pack (${pack})`);
  files.wasm = `/${wasm}`;
  files.deal = `/deals/${deal}/`;
  files.card = `/deals/${deal}/card.png`;
  files.pack = `/lang/${pack}`;
  // Written only when the build knows the site's address (CDC_SITE_URL: scripts/pages.mjs).
  if (top.includes('oembed.json')) files.oembed = '/oembed.json';
  port = await choosePort();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Every file of the site, as paths from its root (`/lang/el-….txt`), copies left out. */
async function siteFiles() {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
    .map((entry) => `/${relative(root, join(entry.parentPath, entry.name))}`);
}

/** A file whose name carries a hash of its content, as the servers' recipes recognise it. */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg|txt)$/;

test('docs/hosting/README.md quotes each file whole, as it is', async () => {
  const readme = await readFile(new URL('README.md', DOCS), 'utf8');
  for (const name of ['nginx.conf', 'Caddyfile', 'apache.htaccess']) {
    const quote = new RegExp(`<!-- quote: ${name.replace('.', '\\.')} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\n<!-- /quote -->`).exec(readme);
    assert.ok(quote, `no quote of ${name}`);
    assert.equal(quote[1], await readFile(new URL(name, DOCS), 'utf8'), name);
  }
});

test('static/_headers marks exactly the files with a hash in their name immutable', async () => {
  // Netlify's matching (the `*` of a path is any characters) and Cloudflare Pages' agree on
  // these patterns: prefixes ending in one `*`.
  const rules = [];
  for (const line of (await readFile(new URL('../../static/_headers', import.meta.url), 'utf8')).split('\n')) {
    if (line.startsWith('/')) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`, 'i'), cache: [] });
    } else if (/^\s+cache-control:/i.test(line)) {
      rules.at(-1).cache.push(line.split(':').slice(1).join(':').trim());
    }
  }
  const all = await siteFiles();
  assert.ok(all.some((path) => HASHED.test(path)));
  for (const path of all) {
    const cache = rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.cache);
    assert.deepEqual(cache, HASHED.test(path) ? [IMMUTABLE] : [], path);
  }
});

/** The file of the site at `path` (a folder's is its index.html), as built. */
const built = (path, suffix = '') => readFile(join(root, path.endsWith('/') ? `${path}index.html` : path) + suffix);

for (const name of Object.keys(SERVERS)) {
  describe(name, () => {
    let server;
    before(async () => {
      server = await SERVERS[name]();
    });
    after(async () => {
      await server?.stop();
    });

    test('a page, a deal page, the hashed wasm, a language pack, a card: type, CORS, nosniff, cache rule', async (t) => {
      const kinds = [
        ['/', /^text\/html;\s*charset=utf-8$/i, REVALIDATE],
        [files.deal, /^text\/html;\s*charset=utf-8$/i, REVALIDATE],
        [files.wasm, /^application\/wasm$/, IMMUTABLE],
        [files.pack, /^text\/plain(;\s*charset=utf-8)?$/i, IMMUTABLE],
        [files.card, /^image\/png$/, REVALIDATE],
        ...(files.oembed ? [[files.oembed, /^application\/json(;\s*charset=utf-8)?$/i, REVALIDATE]] : []),
      ];
      for (const [path, type, cache] of kinds) {
        const { status, headers } = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
        t.diagnostic(`${name} ${path}: ${JSON.stringify(headers)}`);
        assert.equal(status, 200, path);
        assert.match(headers['content-type'], type, path);
        assert.equal(headers['access-control-allow-origin'], '*', path);
        assert.equal(headers['x-content-type-options'], 'nosniff', path);
        assert.equal(headers['cache-control'], cache, path);
        if (!path.endsWith('.png')) assert.match(headers.vary ?? '', /accept-encoding/i, path);
      }
    });

    test('Accept-Encoding br gets the .br file, gzip the .gz, none the file itself; same type', async () => {
      for (const path of ['/', files.deal, files.wasm]) {
        const raw = await get(path);
        assert.equal(raw.headers['content-encoding'], undefined, path);
        assert.ok(raw.body.equals(await built(path)), `${path}: the file itself`);
        const type = raw.headers['content-type'].replace(/;\s*/, '; ');
        for (const [accepted, encoding, suffix] of [
          ['br', 'br', '.br'],
          ['gzip, deflate, br, zstd', 'br', '.br'],
          ['gzip', 'gzip', '.gz'],
          ['deflate, gzip', 'gzip', '.gz'],
        ]) {
          const { status, headers, body } = await get(path, { 'accept-encoding': accepted });
          assert.equal(status, 200);
          assert.equal(headers['content-encoding'], encoding, `${path} with ${accepted}`);
          assert.equal(headers['content-type'].replace(/;\s*/, '; '), type, `${path} with ${accepted}`);
          assert.match(headers.vary ?? '', /accept-encoding/i);
          assert.ok(body.equals(await built(path, suffix)), `${path} with ${accepted}: the ${suffix} file's bytes`);
        }
      }
    });

    test('a missing file is a 404, never index.html', async () => {
      for (const path of ['/no-such-file.js', '/deals/no-such-deal/', '/compute-deal-calculator-ffffffffffffffff_bg.wasm', '/no/such/page']) {
        const { status, body, headers } = await get(path, { 'accept-encoding': 'br' });
        assert.equal(status, 404, path);
        assert.ok(!body.includes('data-ready'), `${path} answered with a page of the site`);
        assert.notEqual(headers['cache-control'], IMMUTABLE, path);
      }
    });

    test('the embed comes alive in <iframe sandbox="allow-scripts"> on another origin', async () => {
      const pages = {};
      const host = await serve(undefined, '/', pages);
      const site = `http://127.0.0.1:${port}`;
      pages['/post.html'] = wordpressPost(`${site}/?embed=1#?secret=AbC123xYz0`);
      const hostOrigin = `http://localhost:${host.port}`;
      // Opened blank first, so that every response of the post and its frame is seen.
      const { page, context, problems } = await open(browser, 'about:blank', hostOrigin, {}, [hostOrigin, site], false);
      const responses = [];
      page.on('response', (response) => responses.push(response));
      try {
        await page.goto(`${hostOrigin}/post.html`);
        const frame = await (await page.waitForSelector('#wp')).contentFrame();
        await frame.waitForSelector('html[data-ready="true"]');
        assert.equal(await frame.evaluate(() => window.origin), 'null', 'the frame runs in an opaque origin');
        assert.ok((await output(frame, 'price_per_gpu_hour')) > 2);
        await page.waitForFunction(() => window.messages.some((m) => m.origin === 'null' && m.data.type === 'compute-deal-calculator:height'));
        // The embed's own wasm (scripts/bundles.mjs: embed-<hash>_bg.wasm).
        const wasm = responses.find((response) => /\/embed-[0-9a-f]+_bg\.wasm$/.test(response.url()));
        assert.ok(wasm, `the frame fetched the embed's wasm: ${responses.map((response) => response.url()).join(' ')}`);
        assert.equal((await wasm.allHeaders())['cache-control'], IMMUTABLE);
        const headers = await wasm.allHeaders();
        assert.equal(headers['content-encoding'], 'br', 'Chromium got the Brotli copy');
        assert.equal(headers['access-control-allow-origin'], '*');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
        await host.close();
      }
    });
  });
}
