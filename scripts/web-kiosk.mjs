#!/usr/bin/env node
// The counselling kiosk in the browser build as a young person uses it on a phone: headless
// Chromium (phone viewport, touch) against lernwelt-server --web-dir, the kiosk opened with
// ?open=counselling (a `dev` build). Every step is a finger's tap on the button or field with
// those words (found in the widget map, see web-tools.mjs) and typing through the page's real
// input element: make an account, ask a new question by live chat, open the conversation; a
// counsellor (over the API, with password and authenticator code) takes it and answers, and the
// answer must appear in the open conversation. Pictures of each step land in OUT_DIR.
//
// Usage: LERNWELT_COUNSELLOR=name:password:base32secret node scripts/web-kiosk.mjs [BASE_URL] [OUT_DIR]
//   (the one-time password `counsellor add` printed; see staffLogin in web-tools.mjs)
//   BASE_URL default http://127.0.0.1:8090/ (a dev build: scripts/build-web --dev); the
//   counsellor counsels in German (`counsellor add --languages de,ar` serves every walk).
//   OUT_DIR default out/kiosk.
// Exit codes: 0 ok, 1 setup problem, 2 the page did not load, 3 a check failed.

import {
  api, checker, counsellorFromEnv, findWidget, launchPhone, numberedShots, openPhonePage,
  registerInKiosk, reveal, sleep, staffLogin, tapButton as tapButtonOf, tapWidget, typeInto,
  walkArgs,
} from './web-tools.mjs';

const { base, outDir } = walkArgs('out/kiosk');
const who = counsellorFromEnv();
const checks = checker();
const { check } = checks;

const nickname = `kiosk_${Date.now() % 100000}`;
const question = `Hallo, ich suche einen Minijob am Wochenende. (${nickname})`;
const answer = `Hallo ${nickname}! Gern helfe ich dir. Was kannst du gut?`;

const browser = await launchPhone();
const shot = numberedShots(outDir);
const tapButton = (page, words, what) => tapButtonOf(page, check, words, what);
// Taps `button` once and checks that `next` (a button's words) then appears; if it does not,
// that is a failed check, and the walk taps once more to see the rest.
async function tapOnceTo(page, button, next, what) {
  await tapWidget(page, button);
  // Generous: with a build running beside it a frame here takes seconds; 5 s failed twice
  // during a build, while with the machine quiet it passed every time.
  let shown = await findWidget(page, 'button', next, 12000);
  check(shown, `${what}: one tap is enough`);
  if (!shown) {
    await tapWidget(page, button);
    shown = await findWidget(page, 'button', next, 5000);
  }
  return shown;
}

try {
  const page = await openPhonePage(browser, `${base}/?lang=de&scene=job_centre&open=counselling`);
  await sleep(3000);
  await shot(page, 'account-form');
  const made = await registerInKiosk(page, check, nickname, 'ein langes Passwort');
  await shot(page, 'list-empty');
  if (!made) throw new Error('no account');
  await tapOnceTo(page, made, 'Arbeit', '"Neue Frage" opens a new question');
  await tapButton(page, 'Arbeit', 'topic');
  await tapButton(page, 'Live-Chat', 'mode');
  // The kiosk then asks the server who is online and says so above the message field, which
  // moves the field down: read that first, as a person would, or the tap lands on the note.
  check(
    await findWidget(page, 'text', 'Gerade ist keine Beraterin', 10000),
    'live chat says no counsellor for German is online yet (the answer will wait)',
  );
  // The message field is below the fold on a phone: swipe to it, as a person would.
  const message = await reveal(page, 'field', () => true);
  check(message && (await typeInto(page, message, question)), 'tapping the message field focuses the page input');
  await shot(page, 'new-question');
  await tapButton(page, 'Senden', 'send');
  const listed = await findWidget(page, 'button', 'Arbeit', 20000);
  check(listed, 'the question is listed as a conversation about work');
  await shot(page, 'list-sent');
  if (listed) await tapWidget(page, listed);
  const mine = await findWidget(page, 'text', nickname, 10000);
  check(mine, 'the conversation shows the question');
  await shot(page, 'conversation');

  // The counsellor takes it and answers over the API.
  const staff = await staffLogin(base, who);
  const inbox = await api(base, 'GET', '/api/counselling/inbox', null, staff.token);
  const item = inbox.enquiries.find((i) => i.first_message.text === question);
  check(item && item.enquiry.mode === 'chat' && item.enquiry.topic === 'work', 'the question reached the inbox as a live chat about work');
  if (!item) throw new Error('not in the inbox');
  await api(base, 'POST', `/api/counselling/enquiries/${item.enquiry.id}/accept`, {}, staff.token);
  const sent = Date.now();
  await api(base, 'POST', `/api/counselling/enquiries/${item.enquiry.id}/messages`,
    { client_message_id: `kiosk-${Date.now()}`, text: answer }, staff.token);
  const arrived = await findWidget(page, 'text', answer.slice(0, 20), 20000);
  check(arrived, `the counsellor's answer appears in the open conversation (after ${Date.now() - sent} ms)`);
  await shot(page, 'answer');
} catch (err) {
  check(false, `the walk through the kiosk went on to the end (${err.message})`);
} finally {
  await browser.close();
}
console.log(checks.failures === 0 ? 'all kiosk checks passed' : `${checks.failures} kiosk checks failed`);
process.exit(checks.failures === 0 ? 0 : 3);
