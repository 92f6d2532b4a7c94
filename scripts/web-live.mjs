#!/usr/bin/env node
// The browser build's live connection, in headless Chromium against the server that serves the
// page: a young person's session is made over HTTP and kept in the page's storage as "stay
// logged in" would keep it; the page, on a phone viewport, must then open a WebSocket to its own
// origin (/api/ws), authenticate and be told it is ready and whether a counsellor is online;
// a message a counsellor writes must arrive on that socket. Nothing is typed or tapped here:
// web-phone.mjs covers touch and typing.
//
// Usage: node scripts/web-live.mjs [BASE_URL]   (default http://127.0.0.1:8090/, a
//   lernwelt-server with --web-dir web/dist and a counsellor made with `counsellor add`, whose
//   one-time password and authenticator secret are given in LERNWELT_COUNSELLOR as
//   "name:password:base32secret"; without it only the socket's opening is checked)
// Exit codes: 0 ok, 1 setup problem, 2 the page did not load, 3 a check failed.

import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

const base = (process.argv[2] || 'http://127.0.0.1:8090/').replace(/\/$/, '');
const toolsDir = process.env.LERNWELT_TOOLS_DIR || path.join(os.homedir(), '.cache', 'lernwelt-tools');
const puppeteer = createRequire(path.join(toolsDir, 'noop.js'))('puppeteer-core');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${what}`);
  if (!ok) failures += 1;
};

async function api(method, route, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(base + route, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

// RFC 6238 with SHA-1, 6 digits, 30-second steps, as an authenticator app computes it.
function totp(secret) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const step = Buffer.alloc(8);
  step.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
  const mac = crypto.createHmac('sha1', key).update(step).digest();
  const offset = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

const nickname = `phone_${Date.now() % 100000}`;
const youth = await api('POST', '/api/accounts', {
  nickname,
  password: 'ein langes Passwort',
  age_band: '16_17',
  languages: ['ar'],
});
const enquiry = await api(
  'POST',
  '/api/counselling/enquiries',
  { topic: 'work', language: 'ar', mode: 'chat', message: 'مرحبا، عندي سؤال عن العمل.', client_message_id: 'web-1' },
  youth.token,
);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--force-device-scale-factor=2',
    '--window-size=393,851',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 393, height: 851, deviceScaleFactor: 0, isMobile: true, hasTouch: true });
  page.on('pageerror', (err) => console.log(`page error: ${err.message}`));
  const sockets = [];
  const received = [];
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.webSocketCreated', (e) => sockets.push(e.url));
  cdp.on('Network.webSocketFrameReceived', (e) => received.push(e.response.payloadData));
  // What "stay logged in on this device" keeps in the page's storage.
  const account = JSON.stringify({ nickname, token: youth.token, remember: true, role: 'youth' });
  await page.evaluateOnNewDocument((value) => localStorage.setItem('lernwelt.account', value), account);
  await page.goto(`${base}/?lang=ar&scene=job_centre`, { waitUntil: 'load' });
  try {
    await page.waitForFunction(
      () => ['running', 'error'].includes(document.documentElement.dataset.lernwelt),
      { timeout: 120000 },
    );
  } catch {
    console.log('the page did not finish loading');
    process.exit(2);
  }
  const frames = (type) => received.filter((f) => f.includes(`"type":"${type}"`));
  for (let i = 0; i < 120 && frames('ready').length === 0; i++) await sleep(500);
  // What follows "ready" comes in the next moments.
  for (let i = 0; i < 20 && (frames('counsellor_online').length === 0 || frames('position').length === 0); i++) {
    await sleep(250);
  }
  const own = new URL(base);
  check(
    sockets.some((u) => u === `ws://${own.host}/api/ws`),
    `the page opens a WebSocket to its own origin (${sockets.join(', ') || 'none'})`,
  );
  check(frames('ready').length > 0, 'the socket authenticates with the stored session and is ready');
  check(frames('counsellor_online').length > 0, 'the page is told whether a counsellor for Arabic is online');
  check(frames('position').length > 0, 'the waiting chat question gets its place in line');
  const who = process.env.LERNWELT_COUNSELLOR;
  if (who) {
    const [name, password, secret] = who.split(':');
    const staff = await api('POST', '/api/sessions', { nickname: name, password, totp: totp(secret) });
    await api('POST', `/api/counselling/enquiries/${enquiry.id}/accept`, {}, staff.token);
    await api(
      'POST',
      `/api/counselling/enquiries/${enquiry.id}/messages`,
      { client_message_id: `web-staff-${Date.now()}`, text: 'أهلاً! كيف أستطيع مساعدتك؟' },
      staff.token,
    );
    for (let i = 0; i < 40 && frames('message').length === 0; i++) await sleep(250);
    check(frames('message').length > 0, "the counsellor's answer arrives on the page's socket");
  }
} finally {
  await browser.close();
}
console.log(failures === 0 ? 'all live checks passed' : `${failures} live checks failed`);
process.exit(failures === 0 ? 0 : 3);
