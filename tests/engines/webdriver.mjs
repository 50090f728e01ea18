// Firefox ESR and WebKitGTK through W3C WebDriver (npm selenium-webdriver): each engine's
// driver started on a free loopback port, a session opened on it, and the few page helpers the
// journeys need. Pages are served with a probe (see ../browser/harness.mjs `serve`) that
// records page errors, console errors, CSP violations and requests to other origins in
// `window.__problems`, since WebDriver cannot read a console.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, By, Key } from 'selenium-webdriver';

/** The probe each served page loads first. */
export const PROBE = `(() => {
  const problems = (window.__problems = []);
  const note = (text) => problems.push(String(text));
  addEventListener('error', (event) => note('page error: ' + (event.message || event.target?.src || event.target?.href)), true);
  addEventListener('unhandledrejection', (event) => note('unhandled rejection: ' + event.reason));
  document.addEventListener('securitypolicyviolation', (event) => note('CSP: ' + event.violatedDirective + ' ' + event.blockedURI));
  const error = console.error;
  console.error = (...parts) => { note('console: ' + parts.join(' ')); error.apply(console, parts); };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const url = new URL(entry.name, location.href);
      const local = ['127.0.0.1', 'localhost'].includes(url.hostname) || ['data:', 'blob:'].includes(url.protocol);
      if (!local) note('request to another origin: ' + entry.name);
    }
  }).observe({ type: 'resource', buffered: true });
})();`;

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** How each engine's driver starts, and the capabilities of its session. */
export const ENGINES = {
  firefox: {
    name: 'Firefox ESR',
    command: (port) => ['geckodriver', ['--port', String(port), '--host', '127.0.0.1']],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'], prefs: { 'ui.systemUsesDarkTheme': 0 } },
    },
  },
  webkit: {
    name: 'WebKitGTK',
    // WebKitGTK has no headless mode: it draws into a virtual X display.
    command: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1400x1000x24', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
};

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntilReady(url, process, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`the driver exited with ${process.exitCode}`);
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the driver at ${url} was not ready after ${seconds} s`);
}

/**
 * Starts `engine`'s driver and a session in a 1280 × 900 window. Returns the session and a
 * `stop` that ends both.
 */
export async function startEngine(engine) {
  const { command, capabilities } = ENGINES[engine];
  const port = await freePort();
  const [program, args] = command(port);
  const driverProcess = spawn(program, args, { detached: true, stdio: 'ignore' });
  // The test run does not wait on the driver's process; `stop` ends it.
  driverProcess.unref();
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(url, driverProcess);
  const driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  await driver.manage().setTimeouts({ script: 30000, pageLoad: 60000 });
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  // A driver may hang on quit (WebKitWebDriver did, once in CI): give it ten seconds, then
  // end the driver, its browser and its virtual display by their process group.
  const stop = async () => {
    await Promise.race([driver.quit().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 10000).unref())]);
    for (const signal of ['SIGTERM', 'SIGKILL']) {
      try {
        process.kill(-driverProcess.pid, signal);
      } catch {
        // Already gone.
      }
      if (signal === 'SIGTERM') await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  return { driver, stop };
}

/** Waits until `script` (run in the page with `args`) returns something truthy; returns it. */
export async function until(driver, script, args = [], seconds = 20, what = script) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const result = await driver.executeScript(script, ...args);
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens `url` and waits for `<html data-ready="true">`. */
export async function load(driver, url) {
  await driver.get(url);
  await until(driver, 'return document.documentElement.dataset.ready === "true"', [], 30, `data-ready at ${url}`);
}

/** What the probe recorded in the page (and its same-origin frames). */
export async function problems(driver) {
  return driver.executeScript(`
    const all = [...(window.__problems ?? [])];
    for (const frame of document.querySelectorAll('iframe')) {
      try { all.push(...(frame.contentWindow.__problems ?? [])); } catch { /* another origin */ }
    }
    return all;`);
}

/** The raw `data-value` of output `key`, as a number. */
export async function output(driver, key) {
  return Number(await driver.executeScript(`return document.querySelector('[data-output="${key}"]').dataset.value`));
}

/** Waits until output `key` is `expected` (within a relative 1e-9). */
export async function outputBecomes(driver, key, expected) {
  return until(
    driver,
    'const value = Number(document.querySelector(`[data-output="${arguments[0]}"]`)?.dataset.value); return Math.abs(value / arguments[1] - 1) < 1e-9',
    [key, expected],
    20,
    `${key} = ${expected}`,
  );
}

/** Replaces the text of input `name` as a reader would: click, select all, type. */
export async function typeInto(driver, name, text) {
  const field = await driver.findElement(By.css(`input[name="${name}"]`));
  await field.click();
  await field.sendKeys(Key.chord(Key.CONTROL, 'a'));
  await field.sendKeys(text);
}

/** Chooses the option of value (or text) `value` in the drop-down `selector`, by clicking it. */
export async function choose(driver, selector, value) {
  const select = await driver.findElement(By.css(selector));
  await select.findElement(By.xpath(`./option[@value="${value}" or normalize-space()="${value}"]`)).click();
}

/** The outer HTML of chart `name`'s SVG. */
export async function chartSvg(driver, name) {
  return driver.executeScript(`return document.querySelector('[data-chart="${name}"] svg')?.outerHTML`);
}
