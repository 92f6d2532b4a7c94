#!/usr/bin/env node
// The browser build on a phone, in headless Chromium: a 393x851 portrait viewport at device scale 2
// (the browser's own, see web-tools.mjs)
// with touch and a phone's user agent. For each language it opens the world, takes pictures of the
// HUD, the folded menu, the settings sheet and list mode, taps list mode's filter field and checks
// that a real input element of the page then has the focus (what makes a phone show its keyboard),
// types into it, and checks that a tap on the world walks (the picture changes) while a tap on a
// button does only what the button does.
//
// Usage: node scripts/web-phone.mjs [BASE_URL] [OUT_DIR] [--langs=de,ar]
//   BASE_URL default http://127.0.0.1:8090/ (scripts/serve-web); OUT_DIR default out/phone
// Needs puppeteer-core and Chromium (see web-tools.mjs).
// Exit codes: 0 ok, 1 setup problem, 2 the page did not load, 3 a check failed.

import fs from 'node:fs';
import path from 'node:path';
import {
  PHONE, checker, findWidget, focused as focusedOf, launchPhone, openPhonePage, sleep, tap,
} from './web-tools.mjs';

const args = process.argv.slice(2);
const langs = (args.find((a) => a.startsWith('--langs=')) || '--langs=de,ar').slice(8).split(',');
const positional = args.filter((a) => !a.startsWith('--'));
const base = positional[0] || 'http://127.0.0.1:8090/';
const outDir = positional[1] || 'out/phone';
fs.mkdirSync(outDir, { recursive: true });

// Where list mode's filter field is, in CSS pixels from the top, per language, for a build
// without the widget map (not `--dev`): under the "who is here" row and the help text (three
// lines in German, two in Arabic).
const FIELD_Y = { de: 244, ar: 219 };
const checks = checker();
const { check } = checks;

async function shot(page, name) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  return fs.readFileSync(file);
}

const browser = await launchPhone();
try {
  for (const lang of langs) {
    const rtl = lang === 'ar';
    const url = new URL(base);
    url.searchParams.set('lang', lang);
    url.searchParams.set('scene', 'job_centre');
    const page = await openPhonePage(browser, url.toString());
    await sleep(6000);
    const hud = await shot(page, `${lang}-1-hud`);
    // The folded menu button sits in the top corner on the reading side.
    const menuX = rtl ? PHONE.width - 40 : 40;
    await tap(page, menuX, 30);
    await shot(page, `${lang}-2-menu`);
    // Its second entry is list mode.
    await tap(page, menuX + (rtl ? -60 : 60), 30 + 44 + 14 + 44 + 8 + 22);
    await shot(page, `${lang}-3-list`);
    const field = await page.evaluate(() => document.activeElement && document.activeElement.id);
    check(field !== 'egui_text_agent', `${lang}: no input has the focus before the field is tapped`);
    // The filter field: where a dev build's widget map says, else where it stands.
    const mapped = await findWidget(page, 'field', () => true, 5000);
    await tap(page, PHONE.width / 2, mapped ? mapped.y + mapped.h / 2 : (FIELD_Y[lang] ?? 244));
    // The game focuses the page's input in one of its next frames (slow in software rendering).
    let focused = null;
    for (let i = 0; i < 20 && !(focused && focused.id === 'egui_text_agent'); i += 1) {
      await sleep(300);
      focused = await focusedOf(page);
    }
    const tapped = await shot(page, `${lang}-3b-tapped`);
    check(
      focused && focused.tag === 'INPUT' && focused.id === 'egui_text_agent' && !focused.hidden,
      `${lang}: tapping the filter field focuses a real input element (${JSON.stringify(focused)})`,
    );
    await page.keyboard.sendCharacter(rtl ? 'منتدى' : 'Forum');
    await sleep(1500);
    const typed = await shot(page, `${lang}-4-typed`);
    // Against the picture right after the tap (with the field's caret), not the one before it.
    check(!typed.equals(tapped), `${lang}: what is typed reaches the field (the list is filtered)`);
    // Close the sheet with its × (top corner opposite the reading side) and tap the floor.
    await tap(page, rtl ? 30 : PHONE.width - 30, 30);
    const before = await shot(page, `${lang}-5-closed`);
    await tap(page, PHONE.width / 2, PHONE.height * 0.62);
    await sleep(2500);
    const after = await shot(page, `${lang}-6-walked`);
    check(!before.equals(after), `${lang}: a tap on the floor walks (the picture changed)`);
    check(hud.length > 10000, `${lang}: the HUD picture is not empty`);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(checks.failures ? `${checks.failures} check(s) failed` : "all phone checks passed");
process.exit(checks.failures ? 3 : 0);
