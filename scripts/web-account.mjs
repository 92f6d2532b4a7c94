#!/usr/bin/env node
// A young person's own account on a phone, in headless Chromium (phone viewport, touch) against
// lernwelt-server --web-dir, a `dev` build opened at the counselling kiosk: every step is a
// finger's tap on the widget with those words (web-tools.mjs) and typing through the page's real
// input element. Makes an account and asks a question; the same account also logs in "on another
// device" (over the API). A counsellor (over the API) closes the question as spam: the page's
// list must say so and the conversation must show the plain note. Then menu → settings → "Wo bin
// ich angemeldet?" lists both sessions, and "Dort abmelden" ends the other one: its token must
// get 401 afterwards while this page stays logged in. Pictures of each step land in OUT_DIR.
//
// Usage: LERNWELT_COUNSELLOR=name:password:base32secret node scripts/web-account.mjs [BASE_URL] [OUT_DIR]
//   (a counsellor for German, as for web-kiosk.mjs); BASE_URL default http://127.0.0.1:8090/,
//   OUT_DIR default out/account.
// Exit codes: 0 ok, 1 setup problem, 2 the page did not load, 3 a check failed.

import {
  api, checker, counsellorFromEnv, findWidget, launchPhone, numberedShots, openPhonePage,
  registerInKiosk, reveal, sleep, staffLogin, tap, tapButton as tapButtonOf, tapWidget, typeInto,
  walkArgs, widgets,
} from './web-tools.mjs';

const { base, outDir } = walkArgs('out/account');
const who = counsellorFromEnv();
const checks = checker();
const { check } = checks;

const nickname = `konto_${Date.now() % 100000}`;
const password = 'ein langes Passwort';
const question = `Kauft jetzt billige Uhren! (${nickname})`;

const browser = await launchPhone();
const shot = numberedShots(outDir);
const tapButton = (page, words, what) => tapButtonOf(page, check, words, what);
/** The status of `token`'s session: 200 while it counts, 401 once it ended. */
async function statusOf(token) {
  const res = await fetch(`${base}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
  return res.status;
}

try {
  const page = await openPhonePage(browser, `${base}/?lang=de&scene=job_centre&open=counselling`);
  await sleep(3000);
  await shot(page, 'account-form');
  const made = await registerInKiosk(page, check, nickname, password);
  if (!made) throw new Error('no account');
  await tapWidget(page, made);
  await tapButton(page, 'Arbeit', 'topic');
  await tapButton(page, 'Nachricht', 'mode');
  const message = await reveal(page, 'field', () => true);
  check(message && (await typeInto(page, message, question)), 'tapping the message field focuses the page input');
  await tapButton(page, 'Senden', 'send');
  check(await findWidget(page, 'button', 'Arbeit', 20000), 'the question is listed');
  await shot(page, 'question-sent');

  // The same account on another device.
  const other = await api(base, 'POST', '/api/sessions', { nickname, password });
  check((await statusOf(other.token)) === 200, 'the other device is logged in');

  // A counsellor closes the question as spam (without blocking the account).
  const staff = await staffLogin(base, who);
  const inbox = await api(base, 'GET', '/api/counselling/inbox', null, staff.token);
  const item = inbox.enquiries.find((i) => i.first_message.text === question);
  check(item, 'the question reached the inbox');
  if (!item) throw new Error('not in the inbox');
  await api(base, 'POST', `/api/counselling/enquiries/${item.enquiry.id}/spam`, { block: false }, staff.token);
  // As a person would: look for news.
  await tapButton(page, 'Nach Antworten schauen', 'refresh');
  const status = (await findWidget(page, 'text', 'Als Spam geschlossen', 30000))
    || (await findWidget(page, 'button', 'Als Spam geschlossen', 1000));
  check(status, 'the list says the question was closed as spam');
  await shot(page, 'list-spam');
  const listed = await findWidget(page, 'button', 'Arbeit', 5000);
  if (listed) await tapWidget(page, listed);
  // A paragraph is one label per display line (for right-to-left shaping): one word of it.
  const note = await findWidget(page, 'text', 'Irrtum', 10000);
  check(note, 'the conversation tells plainly why it was closed and what to do');
  await shot(page, 'conversation-spam-note');

  // Close the kiosk; menu → settings → where the account is logged in.
  await tapButton(page, '×', 'close the kiosk');
  await sleep(1000);
  await tap(page, 40, 30);
  await tapButton(page, 'Einstellungen', 'settings');
  await tapButton(page, 'Wo bin ich angemeldet?', 'sessions list');
  // This device stands first in the list, under the settings: scroll down to it.
  const here = await reveal(page, 'text', 'dieses Gerät');
  check(here, 'the list marks this device');
  const ends = (await widgets(page)).widgets.filter((w) => w.kind === 'button' && w.text.includes('Dort abmelden'));
  check(ends.length === 1, `one other session can be ended from here (${ends.length} "Dort abmelden")`);
  await shot(page, 'sessions');
  if (ends.length !== 1) throw new Error('no other session listed');
  const end = await reveal(page, 'button', (t) => t.includes('Dort abmelden'));
  await tapWidget(page, end);
  let gone = false;
  for (let i = 0; i < 20 && !gone; i += 1) {
    gone = (await statusOf(other.token)) === 401;
    if (!gone) await sleep(500);
  }
  check(gone, 'one tap on "Dort abmelden" ends the other device\'s session (its token gets 401)');
  let left = 1;
  for (let i = 0; i < 20 && left > 0; i += 1) {
    await sleep(500);
    left = (await widgets(page)).widgets.filter((w) => w.kind === 'button' && w.text.includes('Dort abmelden')).length;
  }
  check(left === 0, 'the list no longer shows the other device');
  check(await findWidget(page, 'text', 'dieses Gerät', 5000), 'this device is still listed and logged in');
  await shot(page, 'sessions-after');
} catch (err) {
  check(false, `the walk through the account went on to the end (${err.message})`);
} finally {
  await browser.close();
}
console.log(checks.failures === 0 ? 'all account checks passed' : `${checks.failures} account checks failed`);
process.exit(checks.failures === 0 ? 0 : 3);
