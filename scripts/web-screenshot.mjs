#!/usr/bin/env node
// Headless check of the browser build: opens the page in Chromium with software WebGL (SwiftShader),
// waits until the loading screen is gone (or an error/timeout), waits a few seconds more, saves a PNG
// screenshot, and prints the load time and the browser console messages.
//
// Usage: node scripts/web-screenshot.mjs [URL] [OUT.png] [--timeout=120] [--settle=5] [--viewport=1280x720] [--mobile]
//        [--handover]
//   --handover  with URL …/?lang=ar&scene=interview_room&open=handover served by lernwelt-server
//               (scripts/serve-web): fills in the anonymous-account form (nickname, password, age) by
//               clicks and typing at the places the 1280x720 Arabic layout puts them, waits until the
//               outbox in localStorage says delivered, then asks the API (with the stored token)
//               which enquiries the account has. Exit 5 if the hand-over did not arrive.
//   URL      default http://127.0.0.1:8090/?lang=ar (start scripts/serve-web first)
//   OUT.png  default $TMPDIR/lernwelt-web.png (/tmp/lernwelt-web.png)
//   --mobile phone-like viewport (390x844, device scale 2, touch)
// Needs puppeteer-core (not in the repo): npm install --prefix ~/.cache/lernwelt-tools puppeteer-core@24
// It is found in $LERNWELT_TOOLS_DIR (default ~/.cache/lernwelt-tools), then via NODE_PATH.
// Browser: $CHROMIUM or /usr/bin/chromium.
// Exit codes: 0 ok, 1 usage or browser launch problem, 2 timeout, 3 page error (uncaught exception,
// crash, or the loader's error screen), 4 the page contacted another origin (the page must stay first-party).

import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const EXIT_OK = 0;
const EXIT_USAGE = 1;
const EXIT_TIMEOUT = 2;
const EXIT_PAGE_ERROR = 3;
const EXIT_THIRD_PARTY = 4;
const EXIT_HANDOVER = 5;

function parseArgs(argv) {
  const opts = {
    url: 'http://127.0.0.1:8090/?lang=ar',
    out: path.join(os.tmpdir(), 'lernwelt-web.png'),
    timeout: 120,
    settle: 5,
    handover: false,
    width: 1280,
    height: 720,
    mobile: false,
  };
  const positional = [];
  for (const arg of argv) {
    let m;
    if ((m = arg.match(/^--timeout=(\d+(?:\.\d+)?)$/))) opts.timeout = Number(m[1]);
    else if ((m = arg.match(/^--settle=(\d+(?:\.\d+)?)$/))) opts.settle = Number(m[1]);
    else if ((m = arg.match(/^--viewport=(\d+)x(\d+)$/))) [opts.width, opts.height] = [Number(m[1]), Number(m[2])];
    else if (arg === '--mobile') Object.assign(opts, { mobile: true, width: 390, height: 844 });
    else if (arg === '--handover') opts.handover = true;
    else if (arg === '-h' || arg === '--help') {
      const text = fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n');
      const header = text.slice(1, text.findIndex((l, i) => i > 0 && !l.startsWith('//')));
      console.log(header.map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
      process.exit(EXIT_OK);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length > 2) throw new Error('too many arguments');
  if (positional[0]) opts.url = positional[0];
  if (positional[1]) opts.out = positional[1];
  return opts;
}

function loadPuppeteer() {
  const toolsDir = process.env.LERNWELT_TOOLS_DIR || path.join(os.homedir(), '.cache', 'lernwelt-tools');
  // createRequire from the tools dir first; a plain require also honours NODE_PATH.
  const bases = [path.join(toolsDir, 'noop.js'), path.join(process.cwd(), 'noop.js'), import.meta.url];
  for (const base of bases) {
    try {
      return createRequire(base)('puppeteer-core');
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') throw err;
    }
  }
  throw new Error(
    `puppeteer-core not found in ${toolsDir} or NODE_PATH; install it with:\n` +
      `  npm install --prefix ${toolsDir} puppeteer-core@24`,
  );
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  let opts;
  let puppeteer;
  try {
    opts = parseArgs(process.argv.slice(2));
    puppeteer = loadPuppeteer();
  } catch (err) {
    console.error(`web-screenshot: ${err.message}`);
    return EXIT_USAGE;
  }

  const pageOrigin = new URL(opts.url).origin;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lernwelt-chromium-'));
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  const consoleMessages = [];
  const pageErrors = [];
  const failedRequests = [];
  const foreignRequests = [];
  let browser;
  let exitCode = EXIT_OK;

  try {
    try {
      browser = await puppeteer.launch({
        executablePath,
        headless: true,
        userDataDir,
        args: [
          '--headless=new',
          '--no-sandbox',
          // A phone's device scale from the browser itself: DevTools' emulated scale reports
          // the canvas' device-pixel box in CSS pixels, which no real phone does.
          `--force-device-scale-factor=${opts.mobile ? 2 : 1}`,
          `--window-size=${opts.width},${opts.height}`,
          '--use-angle=swiftshader',
          '--enable-unsafe-swiftshader',
          '--disable-gpu-sandbox',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${userDataDir}`,
        ],
        defaultViewport: {
          width: opts.width,
          height: opts.height,
          deviceScaleFactor: 0,
          isMobile: opts.mobile,
          hasTouch: opts.mobile,
        },
        // Software WebGL keeps the renderer busy; give CDP calls (screenshot) room.
        protocolTimeout: (opts.timeout + 120) * 1000,
      });
    } catch (err) {
      console.error(`web-screenshot: could not launch ${executablePath}: ${err.message}`);
      return EXIT_USAGE;
    }

    const page = await browser.newPage();
    page.on('console', (msg) => {
      const loc = msg.location();
      const where = loc?.url ? ` (${loc.url.replace(pageOrigin, '')}${loc.lineNumber != null ? `:${loc.lineNumber + 1}` : ''})` : '';
      consoleMessages.push({ type: msg.type(), text: msg.text(), where });
    });
    page.on('pageerror', (err) => pageErrors.push(err?.stack || err?.message || String(err)));
    page.on('error', (err) => pageErrors.push(`page crashed: ${err?.message || err}`));
    page.on('requestfailed', (req) => failedRequests.push(`${req.failure()?.errorText || 'failed'} ${req.url()}`));
    page.on('request', (req) => {
      const url = req.url();
      if (/^(data|blob|about|chrome|chrome-extension|devtools):/.test(url)) return;
      if (new URL(url).origin !== pageOrigin) foreignRequests.push(url);
    });

    const start = Date.now();
    const deadline = start + opts.timeout * 1000;
    console.log(`Opening ${opts.url} (${opts.width}x${opts.height}${opts.mobile ? ', mobile' : ''}, timeout ${opts.timeout} s)`);
    try {
      await page.goto(opts.url, { waitUntil: 'domcontentloaded', timeout: opts.timeout * 1000 });
    } catch (err) {
      console.error(`web-screenshot: navigation failed: ${err.message}`);
      return EXIT_PAGE_ERROR;
    }

    // The loader sets <html data-lernwelt="loading|starting|running|error">.
    let state = null;
    try {
      const handle = await page.waitForFunction(
        () => {
          const s = document.documentElement.dataset.lernwelt;
          return s === 'running' || s === 'error' ? s : false;
        },
        { timeout: Math.max(1, deadline - Date.now()), polling: 250 },
      );
      state = await handle.jsonValue();
    } catch (err) {
      if (!/timeout|Waiting failed/i.test(err.message)) pageErrors.push(`waiting for the loader: ${err.message}`);
    }
    const elapsed = Date.now() - start;
    const info = await page
      .evaluate(() => ({
        state: document.documentElement.dataset.lernwelt ?? null,
        lernwelt: window.__lernwelt ?? null,
        loaderText: document.getElementById('lernwelt-loader')?.innerText ?? null,
        webgl2: !!document.createElement('canvas').getContext('webgl2'),
      }))
      .catch((err) => ({ state, evaluateError: err.message }));

    if (state === 'running') {
      const t = info.lernwelt?.timings ?? {};
      const part = (a, b) => (a != null && b != null ? seconds(b - a) : '?');
      console.log(`Loader hidden ${seconds(elapsed)} after navigation started (page clock: ${t.ready != null ? seconds(t.ready) : '?'}).`);
      console.log(
        `  download ${part(t.downloadStart, t.downloadEnd)}, compile+start ${part(t.downloadEnd, t.initDone)}, ` +
          `first frame ${part(t.initDone, t.firstFrame)} later; wasm ${info.lernwelt?.wasmBytes ?? '?'} bytes`,
      );
      console.log(`Waiting ${opts.settle} s before the screenshot …`);
      await sleep(opts.settle * 1000);
      if (opts.handover) exitCode = await handOver(page, opts);
    } else if (state === 'error') {
      console.log(`Loader shows an ERROR after ${seconds(elapsed)}:\n${info.lernwelt?.error ?? '(no details)'}`);
      exitCode = EXIT_PAGE_ERROR;
    } else {
      console.log(
        `TIMEOUT after ${seconds(elapsed)}: loader state ${info.state ?? 'unknown'}` +
          `${info.loaderText ? ` — loader shows: ${info.loaderText.replace(/\s+/g, ' ').trim()}` : ''}` +
          `${info.webgl2 === false ? ' (no WebGL2 in this browser!)' : ''}`,
      );
      exitCode = EXIT_TIMEOUT;
    }

    try {
      fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
      await page.screenshot({ path: opts.out, type: 'png' });
      console.log(`Screenshot: ${path.resolve(opts.out)}`);
    } catch (err) {
      console.error(`web-screenshot: screenshot failed: ${err.message}`);
      if (exitCode === EXIT_OK) exitCode = EXIT_PAGE_ERROR;
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  const counts = consoleMessages.reduce((acc, m) => ({ ...acc, [m.type]: (acc[m.type] || 0) + 1 }), {});
  console.log(
    `\nBrowser console: ${consoleMessages.length} messages` +
      (consoleMessages.length ? ` (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')})` : ''),
  );
  // Identical messages (per-frame warnings) are printed once with a count.
  const unique = new Map();
  for (const m of consoleMessages) {
    const key = `${m.type}\u0000${m.text}`;
    const seen = unique.get(key);
    if (seen) seen.count += 1;
    else unique.set(key, { ...m, count: 1 });
  }
  const shown = [...unique.values()].slice(-400);
  if (shown.length < unique.size) console.log(`  … ${unique.size - shown.length} earlier distinct messages left out`);
  for (const m of shown) {
    const text = m.text.length > 3000 ? `${m.text.slice(0, 3000)} …` : m.text;
    const where = m.type === 'error' || m.type === 'warn' ? m.where : '';
    console.log(`  [${m.type}]${m.count > 1 ? ` (${m.count}x)` : ''} ${text}${where}`);
  }
  if (pageErrors.length) {
    console.log(`\nPage errors (${pageErrors.length}):`);
    for (const e of pageErrors) console.log(`  ${e}`);
    if (exitCode === EXIT_OK) exitCode = EXIT_PAGE_ERROR;
  }
  if (failedRequests.length) {
    console.log(`\nFailed requests (${failedRequests.length}):`);
    for (const r of failedRequests) console.log(`  ${r}`);
  }
  if (foreignRequests.length) {
    console.log(`\nRequests to other origins than ${pageOrigin} (not allowed):`);
    for (const r of foreignRequests) console.log(`  ${r}`);
    if (exitCode === EXIT_OK) exitCode = EXIT_THIRD_PARTY;
  }
  console.log(`\nResult: ${['ok', 'usage error', 'timeout', 'page error', 'third-party request', 'hand-over failed'][exitCode]} (exit ${exitCode})`);
  return exitCode;
}

/** Fills in the account form of the hand-over (Arabic layout at 1280x720) and checks the result. */
async function handOver(page, opts) {
  const nickname = `web_${Date.now().toString(36)}`;
  const step = async (what, x, y, text) => {
    await page.mouse.click(x, y);
    await sleep(1500);
    if (text) {
      await page.keyboard.type(text, { delay: 120 });
      await sleep(1500);
    }
    console.log(`  ${what}`);
  };
  console.log(`Hand-over: making the account ${nickname} through the form …`);
  await step('nickname typed', 900, 495, nickname);
  await step('password typed', 900, 565, 'ein langes Passwort 1');
  await step('age band 18–21 chosen', 818, 636);
  await step('"create the account and send" pressed', 945, 680);
  const deadline = Date.now() + opts.timeout * 1000;
  let outbox = null;
  while (Date.now() < deadline) {
    outbox = await page.evaluate(() => localStorage.getItem('lernwelt.outbox'));
    if (outbox && JSON.parse(outbox).delivered?.length) break;
    await sleep(1000);
  }
  const delivered = outbox ? JSON.parse(outbox).delivered ?? [] : [];
  if (!delivered.length) {
    console.log(`  nothing delivered; outbox: ${outbox}`);
    return EXIT_HANDOVER;
  }
  const answer = await page.evaluate(async () => {
    const account = JSON.parse(localStorage.getItem('lernwelt.account') || '{}');
    const r = await fetch('/api/counselling/enquiries', { headers: { Authorization: `Bearer ${account.token}` } });
    return { status: r.status, body: await r.json(), nickname: account.nickname };
  });
  const enquiries = answer.body?.enquiries ?? [];
  console.log(`  delivered as enquiry ${delivered[0].enquiry}; GET /api/counselling/enquiries as ${answer.nickname}: ` +
    `${answer.status}, ${enquiries.length} enquiry, language ${enquiries[0]?.language}, status ${enquiries[0]?.status}`);
  return answer.status === 200 && enquiries.length === 1 && answer.nickname === nickname ? EXIT_OK : EXIT_HANDOVER;
}

process.exitCode = await main().catch((err) => {
  console.error(`web-screenshot: ${err?.stack || err}`);
  return EXIT_USAGE;
});
