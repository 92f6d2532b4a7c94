// Company for trying presence and for screenshots: a few young people (registered on the spot)
// and, with a demo server's logins file, the demo counsellor, who enter a place over the real
// WebSocket, stroll in small circles at walking pace and every ten seconds say a line (the
// counsellor waves).
//
//   node scripts/presence-guests.mjs http://127.0.0.1:8090 [--place job_centre] [--guests 3]
//        [--demo DATA_DIR/demo-accounts.json] [--seconds 120]
//
// Needs the `ws` package that comes with puppeteer-core in ~/.cache/lernwelt-tools.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { api, sleep, totp } from './web-tools.mjs';

const toolsDir = process.env.LERNWELT_TOOLS_DIR || path.join(os.homedir(), '.cache', 'lernwelt-tools');
const WebSocket = createRequire(path.join(toolsDir, 'noop.js'))('ws');

const args = process.argv.slice(2);
const base = args[0] || 'http://127.0.0.1:8090';
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const place = option('--place', 'job_centre');
const guests = Number(option('--guests', '3'));
const demoFile = option('--demo', null);
const seconds = Number(option('--seconds', '120'));

// Where they stand in each place (metres), clear of the furniture, and what they say.
const SPOTS = {
  job_centre: [[-1.5, 2.8], [1.6, 2.2], [2.8, 3.6], [-2.6, 3.4]],
  company: [[-1.0, 1.0], [1.5, 0.5], [0.0, 2.5], [-2.0, 2.0]],
  interview_room: [[-1.0, 1.0], [1.0, 1.2], [0.0, 2.0], [-1.5, 2.0]],
};
const NAMES = ['Lina_17', 'مريم', 'Arben_16', 'Oleh_18'];
const LINES = ['Hallo zusammen!', 'مرحبا، أين المكتب؟', 'Ku është recepsioni?', 'Привет! Я тоже жду.'];

function stepFrame(x, z, headingDeg, gait) {
  const frame = Buffer.alloc(7);
  frame[0] = 1;
  frame.writeInt16LE(Math.round(x * 100), 1);
  frame.writeInt16LE(Math.round(z * 100), 3);
  frame[5] = Math.round((((headingDeg % 360) + 360) % 360) / 360 * 256) % 256;
  frame[6] = gait;
  return frame;
}

function connect(token, name) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(base.replace(/^http/, 'ws') + '/api/ws');
    ws.on('open', () => ws.send(JSON.stringify({ type: 'auth', token })));
    ws.on('message', (data, binary) => {
      if (binary) return;
      const frame = JSON.parse(data.toString());
      if (frame.type === 'ready') resolve(ws);
      if (frame.type === 'error') console.log(`${name}: ${frame.code} ${frame.message}`);
    });
    ws.on('error', reject);
  });
}

async function stroll(token, name, index, counsellor) {
  const ws = await connect(token, name);
  const [cx, cz] = SPOTS[place][index % SPOTS[place].length];
  const radius = 0.6;
  ws.send(JSON.stringify({ type: 'enter', place, at: { x: Math.round((cx + radius) * 100), z: Math.round(cz * 100) } }));
  if (counsellor) ws.send(JSON.stringify({ type: 'availability', availability: 'available' }));
  const start = Date.now();
  let angle = 0;
  let lastSaid = Date.now() - 10000 + 3000 + index * 2500;
  while (Date.now() - start < seconds * 1000) {
    // A slow circle: 0.6 m radius, about a tenth of a turn a second.
    angle += 0.06;
    const x = cx + radius * Math.cos(angle);
    const z = cz + radius * Math.sin(angle);
    const heading = (Math.atan2(-Math.sin(angle), Math.cos(angle)) * 180) / Math.PI;
    ws.send(stepFrame(x, z, heading, 1));
    // Every ten seconds a line (or a wave from the counsellor), staggered between guests.
    if (Date.now() - lastSaid > 10000) {
      lastSaid = Date.now();
      if (counsellor) ws.send(JSON.stringify({ type: 'emote', emote: 'wave' }));
      else ws.send(JSON.stringify({ type: 'say', text: LINES[index % LINES.length] }));
    }
    await sleep(100);
  }
  ws.close();
}

const walkers = [];
for (let i = 0; i < guests; i++) {
  const nickname = `${NAMES[i % NAMES.length]}${i >= NAMES.length ? i : ''}`;
  let token;
  try {
    token = (await api(base, 'POST', '/api/accounts', {
      nickname, password: 'ein-langes-passwort-1', age_band: '16_17', languages: ['de'],
    })).token;
  } catch {
    token = (await api(base, 'POST', '/api/sessions', { nickname, password: 'ein-langes-passwort-1' })).token;
  }
  walkers.push(stroll(token, nickname, i, false));
}
if (demoFile) {
  const demo = JSON.parse(fs.readFileSync(demoFile, 'utf8'));
  const c = demo.counsellor;
  const { token } = await api(base, 'POST', '/api/sessions', {
    nickname: c.nickname, password: c.password, totp: totp(c.totp_secret),
  });
  walkers.push(stroll(token, c.nickname, guests, true));
}
console.log(`${walkers.length} guests in ${place} for ${seconds} s`);
await Promise.all(walkers);
