#!/usr/bin/env node
// The browser build's live connection, in headless Chromium against the server that serves the
// page: a young person's session is made over HTTP and kept in the page's storage as "stay
// logged in" would keep it; the page, on a phone viewport, must then open a WebSocket to its own
// origin (/api/ws), authenticate and be told it is ready and whether a counsellor is online;
// a message a counsellor writes must arrive on that socket. Nothing is typed or tapped here:
// web-phone.mjs covers touch and typing.
//
// Usage: node scripts/web-live.mjs [BASE_URL]   (default http://127.0.0.1:8090/, a
//   lernwelt-server with --web-dir web/dist and a counsellor for Arabic made with `counsellor add
//   --languages de,ar` (the same one serves the German walks), whose one-time password and
//   authenticator secret are given in LERNWELT_COUNSELLOR as "name:password:base32secret";
//   without it only the socket's opening is checked; one for German only gets 404 on accepting)
// Exit codes: 0 ok, 1 setup problem, 2 the page did not load, 3 a check failed.

import { api as call, checker, launchPhone, openPhonePage, sleep, staffLogin } from './web-tools.mjs';

const base = (process.argv[2] || 'http://127.0.0.1:8090/').replace(/\/$/, '');
const checks = checker();
const { check } = checks;
const api = (method, route, body, token) => call(base, method, route, body, token);

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

const browser = await launchPhone();
try {
  const sockets = [];
  const received = [];
  // What "stay logged in on this device" keeps in the page's storage.
  const account = JSON.stringify({ nickname, token: youth.token, remember: true, role: 'youth' });
  await openPhonePage(browser, `${base}/?lang=ar&scene=job_centre`, async (page) => {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    cdp.on('Network.webSocketCreated', (e) => sockets.push(e.url));
    cdp.on('Network.webSocketFrameReceived', (e) => received.push(e.response.payloadData));
    await page.evaluateOnNewDocument((value) => localStorage.setItem('lernwelt.account', value), account);
  });
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
    const staff = await staffLogin(base, who);
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
console.log(checks.failures === 0 ? 'all live checks passed' : `${checks.failures} live checks failed`);
process.exit(checks.failures === 0 ? 0 : 3);
