// Where a cold load's time goes before first contentful paint and data-ready: records a
// Chromium trace of one cold load and prints the renderer main thread's top-level tasks (with
// their longest child events) from navigation to data-ready, and the network requests. A
// diagnostic for the side-by-side benchmark (tests/bench/peer.mjs), not a test.
//
//   [ROOT=<a copy of dist/>] [CATS=<trace categories, comma-separated>] \
//   node tests/bench/trace.mjs [path and query, default "/"] [trace file to keep]

import { writeFile } from 'node:fs/promises';
import { launch, serve } from '../browser/harness.mjs';

const target = process.argv[2] ?? '/';
const site = await serve(process.env.ROOT ?? undefined);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await browser.startTracing(page, {
  categories: process.env.CATS ? process.env.CATS.split(',') : ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'blink'],
});
await page.goto(new URL(target.replace(/^\//, ''), site.url).href);
// A build without the wasm (a copy of dist/ served from ROOT) never becomes ready: wait 3 s.
await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 3000 }).catch(() => {});
await page.waitForTimeout(300);
const buffer = await browser.stopTracing();
if (process.argv[3]) await writeFile(process.argv[3], buffer);
const { traceEvents } = JSON.parse(buffer.toString());

const start = traceEvents.find((event) => event.name === 'navigationStart' || event.name === 'NavigationTiming')?.ts
  ?? Math.min(...traceEvents.filter((event) => event.ts > 0).map((event) => event.ts));
const marks = traceEvents.filter((event) => ['firstContentfulPaint', 'firstPaint', 'domContentLoadedEventEnd', 'MarkDOMContent', 'MarkLoad'].includes(event.name));
const at = (ts) => `${((ts - start) / 1000).toFixed(1).padStart(7)} ms`;
for (const mark of marks) console.log(`${at(mark.ts)}  mark ${mark.name}`);

// The renderer's main thread: the thread named CrRendererMain in the process that ran the page.
const mains = traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
const fcp = marks.find((mark) => mark.name === 'firstContentfulPaint');
const main = mains.find((thread) => fcp && thread.pid === fcp.pid && thread.tid === fcp.tid) ?? mains[0];
const onMain = traceEvents.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.ts >= start);
const tasks = onMain.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
for (const task of tasks) {
  if (task.dur < 2000) continue;
  const inside = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur && event.dur >= 1000 && !/RunTask/.test(event.name));
  const names = inside.sort((a, b) => b.dur - a.dur).slice(0, 6).map((event) => `${event.name}${event.args?.data?.url ? `(${event.args.data.url.split('/').pop()})` : ''} ${(event.dur / 1000).toFixed(1)}`);
  console.log(`${at(task.ts)}  task ${(task.dur / 1000).toFixed(1).padStart(6)} ms: ${names.join(', ')}`);
}
for (const event of traceEvents.filter((e) => e.name === 'ResourceSendRequest')) {
  const id = event.args.data.requestId;
  const finish = traceEvents.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id);
  console.log(`${at(event.ts)}  request ${event.args.data.url.replace(site.url, '/')} → ${finish ? at(finish.ts) : 'open'}`);
}
await browser.close();
await site.close();
