// What the browser checks share (web-phone.mjs, web-live.mjs, web-kiosk.mjs, web-account.mjs,
// web-presence.mjs): their arguments, headless Chromium
// as a phone (393x851 portrait, the browser's own device scale 2, touch, a phone's user agent),
// a finger's tap, the server's JSON API, an authenticator's code, and the widget map a `dev`
// build writes to <html data-lernwelt-widgets> (buttons, fields and texts with their places, from
// the same AccessKit tree a screen reader gets), so a check can tap a button by its words.
//
// Needs puppeteer-core in ~/.cache/lernwelt-tools (or LERNWELT_TOOLS_DIR) and /usr/bin/chromium
// (or CHROMIUM).

import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const toolsDir = process.env.LERNWELT_TOOLS_DIR || path.join(os.homedir(), '.cache', 'lernwelt-tools');
export const puppeteer = createRequire(path.join(toolsDir, 'noop.js'))('puppeteer-core');

// The device scale comes from the browser itself (--force-device-scale-factor), not from
// DevTools' emulation: emulated, the page's ResizeObserver reports its device-pixel box in CSS
// pixels, so Bevy would draw into a canvas of half the resolution with the interface doubled —
// a picture no real phone shows.
export const SCALE = 2;
export const PHONE = { width: 393, height: 851, deviceScaleFactor: 0, isMobile: true, hasTouch: true };
export const AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A walk's `[BASE_URL] [OUT_DIR]` arguments: the server (no trailing slash; default
 * http://127.0.0.1:8090) and the picture folder (default `defaultOut`), made if missing. */
export function walkArgs(defaultOut) {
  const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const base = (positional[0] || 'http://127.0.0.1:8090/').replace(/\/$/, '');
  const outDir = positional[1] || defaultOut;
  fs.mkdirSync(outDir, { recursive: true });
  return { base, outDir };
}

/** `LERNWELT_COUNSELLOR` (name:password:base32secret, a counsellor for German), or exit 1. */
export function counsellorFromEnv() {
  const who = process.env.LERNWELT_COUNSELLOR;
  if (!who) {
    console.log('LERNWELT_COUNSELLOR=name:password:base32secret is needed (a counsellor for German)');
    process.exit(1);
  }
  return who;
}

/** A page's pictures numbered in the order taken: `shot(page, name)` writes OUT_DIR/NN-name.png. */
export function numberedShots(outDir) {
  let step = 0;
  return async (page, name) => {
    step += 1;
    await page.screenshot({ path: path.join(outDir, `${String(step).padStart(2, '0')}-${name}.png`) });
  };
}

/** Counts failed checks and prints each one. */
export function checker() {
  const state = { failures: 0 };
  state.check = (ok, what) => {
    console.log(`${ok ? 'ok    ' : 'FAILED'} ${what}`);
    if (!ok) state.failures += 1;
  };
  return state;
}

/** Headless Chromium with a phone's screen. */
export function launchPhone() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      `--force-device-scale-factor=${SCALE}`,
      `--window-size=${PHONE.width},${PHONE.height}`,
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A new phone page at `url`, once the game runs; exits with 2 when it never does. */
export async function openPhonePage(browser, url, before) {
  const page = await browser.newPage();
  await page.setUserAgent(AGENT);
  await page.setViewport(PHONE);
  page.on('pageerror', (err) => console.log(`page error: ${err.message}`));
  // A panic in the game is written with console.error before the page stops drawing.
  page.on('console', (msg) => {
    if (msg.type() === 'error') console.log(`page console error: ${msg.text().slice(0, 2000)}`);
    // LERNWELT_PAGE_LOG=1 prints everything the page logs (the game's own log lines).
    else if (process.env.LERNWELT_PAGE_LOG) console.log(`page: ${msg.text().slice(0, 500)}`);
  });
  if (before) await before(page);
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(
      () => ['running', 'error'].includes(document.documentElement.dataset.lernwelt),
      { timeout: 120000 },
    );
  } catch {
    console.log(`${url}: the page did not finish loading`);
    process.exit(2);
  }
  const state = await page.evaluate(() => [document.documentElement.dataset.lernwelt, window.__lernwelt?.error]);
  if (state[0] !== 'running') {
    console.log(`${url}: the page shows its error screen: ${state[1]}`);
    process.exit(2);
  }
  return page;
}

/** A finger's tap: down, a short moment, up (a real tap lasts longer than one frame). */
export async function tap(page, x, y, holdMs = 150) {
  await page.touchscreen.touchStart(x, y);
  await sleep(holdMs);
  await page.touchscreen.touchEnd();
  await sleep(700);
}

/** The server's JSON API: the parsed answer, or an error naming the route and status. */
export async function api(base, method, route, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(base + route, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/**
 * A counsellor's session over the API, from `name:password:base32secret` as `counsellor add`
 * printed them. The server asks for the one-time password to be changed at the first login:
 * this changes it to `<one-time password> geändert`, which later runs log in with (tried first).
 * Each password is tried with the code of this 30-s step and of the next (a code is taken once).
 */
export async function staffLogin(base, who) {
  const [nickname, oneTime, secret] = who.split(':');
  const changed = `${oneTime} geändert`;
  let failure;
  for (const ahead of [0, 1]) {
    for (const password of [changed, oneTime]) {
      try {
        const session = await api(base, 'POST', '/api/sessions', { nickname, password, totp: totp(secret, ahead) });
        if (session.password_change_required) {
          await api(base, 'POST', '/api/me/password', { current_password: password, new_password: changed }, session.token);
        }
        return session;
      } catch (err) {
        failure = err;
      }
    }
  }
  throw failure;
}

/** RFC 6238 with SHA-1, 6 digits, 30-second steps, as an authenticator app computes it. */
export function totp(secret, stepsAhead = 0) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const step = Buffer.alloc(8);
  step.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000) + stepsAhead));
  const mac = crypto.createHmac('sha1', key).update(step).digest();
  const offset = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

/** The widget map of a `dev` build: `{ widgets: [{kind, text, x, y, w, h, disabled}] }` in CSS pixels. */
export async function widgets(page) {
  return page.evaluate(() => {
    const raw = document.documentElement.dataset.lernweltWidgets;
    if (!raw) return { widgets: [] };
    const map = JSON.parse(raw);
    const scale = map.pixels_per_point / window.devicePixelRatio;
    for (const w of map.widgets) {
      for (const k of ['x', 'y', 'w', 'h']) w[k] *= scale;
    }
    return map;
  });
}

/**
 * Waits (up to `ms`) for a widget of `kind` whose words `match` (a string it contains, or a
 * test), on screen and in the same place for a moment (a panel that is still filling in moves
 * its buttons, and a finger would hit what is there when it lands).
 */
export async function findWidget(page, kind, match, ms = 15000) {
  const test = typeof match === 'function' ? match : (text) => text.includes(match);
  const until = Date.now() + ms;
  let last = null;
  for (;;) {
    const found = (await widgets(page)).widgets.filter((w) => w.kind === kind && test(w.text));
    // On screen only: a widget scrolled out of its area keeps a place outside the viewport.
    const visible = found.find((w) => w.y >= 0 && w.y + w.h / 2 <= PHONE.height && w.w > 0);
    if (visible && last && visible.x === last.x && visible.y === last.y) return visible;
    last = visible || null;
    if (Date.now() > until) return visible || null;
    await sleep(400);
  }
}

/** Taps the middle of a widget. */
export async function tapWidget(page, widget) {
  await tap(page, widget.x + widget.w / 2, widget.y + widget.h / 2);
}

/**
 * A finger's slow drag from (x, fromY) to (x, toY), resting before it lifts (so no fling), then
 * a pause for the sheet to settle. Slow, because under software rendering a frame takes a good
 * part of a second and the game must see the finger down, moving and still.
 */
export async function swipe(page, x, fromY, toY, steps = 8) {
  await page.touchscreen.touchStart(x, fromY);
  await sleep(300);
  for (let i = 1; i <= steps; i++) {
    await page.touchscreen.touchMove(x, fromY + ((toY - fromY) * i) / steps);
    await sleep(150);
  }
  await sleep(500);
  await page.touchscreen.touchEnd();
  await sleep(800);
}

/**
 * Swipes the sheet (down its middle: its right edge is the scroll bar, which moves the other
 * way) until a widget of `kind` whose
 * words `match` is wholly on screen, as a person scrolls to a field below the fold; that
 * widget once it stands still, or null.
 */
export async function reveal(page, kind, match, tries = 8, ms = 15000) {
  const test = typeof match === 'function' ? match : (text) => text.includes(match);
  const until = Date.now() + ms;
  for (let i = 0; i <= tries; ) {
    const widget = (await widgets(page)).widgets.find((w) => w.kind === kind && test(w.text));
    if (!widget) {
      // Not drawn yet (a page still coming from the server).
      if (Date.now() > until) return null;
      await sleep(400);
      continue;
    }
    i += 1;
    if (widget.y >= 0 && widget.y + widget.h <= PHONE.height - 8) return findWidget(page, kind, match, 5000);
    const below = widget.y + widget.h > PHONE.height;
    await swipe(page, PHONE.width / 2, below ? 650 : 300, below ? 300 : 650);
  }
  return null;
}

/** The page's focused element: its tag, id and whether it is hidden. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? { tag: el.tagName, id: el.id, hidden: el.hidden } : null;
  });
}

/**
 * Taps a field and types into it as the phone's keyboard would; whether the page's own input
 * had the focus (what opens that keyboard). The game focuses it in one of its next frames, slow
 * under software rendering; a tap that lands while the panel still scrolls is tried once more.
 */
export async function typeInto(page, field, text) {
  for (let attempt = 0; attempt < 2; attempt++) {
    await tapWidget(page, field);
    for (let i = 0; i < 30; i++) {
      const focus = await focused(page);
      if (focus && focus.tag === 'INPUT' && focus.id === 'egui_text_agent') {
        await page.keyboard.sendCharacter(text);
        await sleep(500);
        return true;
      }
      await sleep(100);
    }
  }
  return false;
}

/**
 * Taps the button with these words, scrolling to it as a person would; a button that waits for
 * typed text to arrive is enabled a frame or two later. `check` records whether it was there.
 */
export async function tapButton(page, check, words, what) {
  const match = (t) => t === words || t.includes(words);
  let button = await reveal(page, 'button', match);
  for (let i = 0; i < 10 && button && button.disabled; i += 1) {
    await sleep(500);
    button = await findWidget(page, 'button', match, 2000);
  }
  check(button && !button.disabled, `${what}: the button "${words}" is there`);
  if (button) await tapWidget(page, button);
  return button;
}

/**
 * Makes an account in the counselling kiosk's form by touch (nickname, password, age 18–21);
 * the kiosk's "Neue Frage" button once the account exists, else null.
 */
export async function registerInKiosk(page, check, nickname, password) {
  const fields = (await widgets(page)).widgets.filter((w) => w.kind === 'field').sort((a, b) => a.y - b.y);
  check(fields.length >= 2, `the kiosk asks for a nickname and a password (${fields.length} fields)`);
  if (fields.length < 2) return null;
  check(await typeInto(page, fields[0], nickname), 'tapping the nickname field focuses the page input');
  check(await typeInto(page, fields[1], password), 'tapping the password field focuses the page input');
  await tapButton(page, check, '18–21', 'age');
  await tapButton(page, check, 'Konto anlegen', 'register');
  const made = await findWidget(page, 'button', 'Neue Frage', 20000);
  check(made, 'the account is made and the kiosk offers "Neue Frage"');
  return made;
}
