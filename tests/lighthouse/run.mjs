// Lighthouse, mobile profile (its default: a mid-range phone on a slow 4G connection,
// simulated), against the release build's page and embed and the Chart.js peer, in one run,
// each served as a real host serves it (tests/bench/host.mjs: the precompressed files), in
// Debian's Chromium. Runs each three times, alternating, and prints the medians as Markdown
// rows: the four categories of the page, then performance, largest contentful paint and time
// to interactive of all three side by side. The page's full report goes to artifacts/. Part
// of scripts/bench, not of the test run.

import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { ARTIFACTS, DIST } from '../browser/harness.mjs';
import { peerRoot, serveAsHost } from '../bench/host.mjs';

const RUNS = 3;
const site = await serveAsHost(DIST);
const peer = await serveAsHost(await peerRoot());
const targets = [
  ['page', site.url],
  ['embed', `${site.url}?embed=1`],
  ['peer', `${peer.url}chartjs.html`],
];
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  const runs = new Map(targets.map(([name]) => [name, []]));
  for (let round = 0; round < RUNS; round += 1) {
    for (const [name, url] of round % 2 ? [...targets].reverse() : targets) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: name === 'page' ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['performance'],
      });
      runs.get(name).push(result.lhr);
      if (name === 'page' && round === 0) {
        await mkdir(ARTIFACTS, { recursive: true });
        await writeFile(`${ARTIFACTS}lighthouse.html`, result.report);
      }
    }
  }
  const page = runs.get('page');
  for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
    const score = median(page.map((lhr) => Math.round(lhr.categories[id].score * 100)));
    console.log(`| Lighthouse mobile, page: ${page[0].categories[id].title} (median of ${RUNS}) | ${score} | 100 | ${score === 100 ? 'yes' : 'NO'} |`);
  }
  // What kept a category below 100, for the reader of the table.
  for (const category of Object.values(page[0].categories)) {
    for (const { id, weight } of category.auditRefs) {
      const audit = page[0].audits[id];
      if (weight > 0 && audit.score !== null && audit.score < 1 && category.id !== 'performance') {
        console.error(`lighthouse: ${category.title}: ${audit.title} (${audit.score})`);
      }
    }
  }
  const figures = (name) => {
    const lhrs = runs.get(name);
    return {
      score: median(lhrs.map((lhr) => Math.round(lhr.categories.performance.score * 100))),
      fcp: median(lhrs.map((lhr) => lhr.audits['first-contentful-paint'].numericValue)),
      lcp: median(lhrs.map((lhr) => lhr.audits['largest-contentful-paint'].numericValue)),
      tti: median(lhrs.map((lhr) => lhr.audits.interactive.numericValue)),
      tbt: median(lhrs.map((lhr) => lhr.audits['total-blocking-time'].numericValue)),
    };
  };
  const peerFigures = figures('peer');
  console.log(`\n| Lighthouse mobile, medians of ${RUNS} | performance | first contentful paint | largest contentful paint | time to interactive | total blocking time | LCP ≤ peer | performance 100 |`);
  console.log('|---|---:|---:|---:|---:|---:|---|---|');
  for (const [name] of targets) {
    const f = figures(name);
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const verdicts = name === 'peer' ? ['', ''] : [f.lcp <= peerFigures.lcp ? 'yes' : 'NO', f.score === 100 ? 'yes' : 'NO'];
    console.log(`| ${name} | ${f.score} | ${s(f.fcp)} | ${s(f.lcp)} | ${s(f.tti)} | ${f.tbt.toFixed(0)} ms | ${verdicts.join(' | ')} |`);
  }
} finally {
  await chrome.kill();
  await site.close();
  await peer.close();
}
