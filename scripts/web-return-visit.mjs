#!/usr/bin/env node
// A first and a return visit of the browser build over an emulated slow mobile link (default
// 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, Chrome DevTools' "Slow 4G"-like figures), in
// headless Chromium with its HTTP cache on: prints for each visit the seconds until the world
// shows and the bytes that came over the network, so the effect of caching (ETag/304,
// precompressed files) can be measured.
//
// Usage: node scripts/web-return-visit.mjs [BASE_URL] [--down=KBIT] [--rtt=MS]
// Needs puppeteer-core in ~/.cache/lernwelt-tools (see scripts/web-screenshot.mjs) and /usr/bin/chromium.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => Number((args.find((a) => a.startsWith(`--${name}=`)) || `=${fallback}`).split('=')[1]);
const base = args.find((a) => !a.startsWith('--')) || 'http://127.0.0.1:8090/';
const downKbit = opt('down', 1600);
const rtt = opt('rtt', 150);
const toolsDir = process.env.LERNWELT_TOOLS_DIR || path.join(os.homedir(), '.cache', 'lernwelt-tools');
const puppeteer = createRequire(path.join(toolsDir, 'noop.js'))('puppeteer-core');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const page = await browser.newPage();
const cdp = await page.createCDPSession();
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
await cdp.send('Network.emulateNetworkConditions', {
  offline: false,
  latency: rtt,
  downloadThroughput: (downKbit * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
});
let bytes = 0;
let notModified = 0;
cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
cdp.on('Network.responseReceived', (e) => { if (e.response.status === 304) notModified += 1; });

async function visit(name) {
  bytes = 0;
  notModified = 0;
  const start = Date.now();
  await page.goto(base, { waitUntil: 'load', timeout: 300000 });
  await page.waitForFunction(
    () => {
      const loader = document.getElementById('lernwelt-loader');
      return !loader || loader.hidden || getComputedStyle(loader).display === 'none';
    },
    { timeout: 300000, polling: 100 },
  );
  const seconds = (Date.now() - start) / 1000;
  console.log(`${name}: ${seconds.toFixed(1)} s until the world shows, ${(bytes / 1024).toFixed(1)} KiB over the network, ${notModified} answered 304`);
}

console.log(`link: ${downKbit} kbit/s down, ${rtt} ms round trip`);
await visit('first visit');
await visit('return visit');
await browser.close();
