// Lernwelt browser loader: checks WebGL2/WebAssembly support, downloads lernwelt_bg.wasm with real
// byte progress, starts it through the wasm-bindgen glue (lernwelt.js, `--target web`), hides the loading
// screen once the game has drawn its first frame, and shows a readable error page if anything fails.
//
// Page state for tests and tools: <html data-lernwelt="loading|starting|running|error">, details in
// window.__lernwelt (timings in ms since navigation start, error text).
//
// The game may signal readiness itself with `window.dispatchEvent(new Event('lernwelt-ready'))`;
// without that, the loader hides at the first WebGL2 draw/present after the wasm has started.

const CANVAS_ID = 'lernwelt-canvas';
// If the game never draws (or draws in a way the probe does not see), do not keep the loader forever.
const FIRST_FRAME_FALLBACK_MS = 60000;

const $ = (id) => document.getElementById(id);
const html = document.documentElement;

const lernwelt = {
  state: 'loading',
  build: 'dev',
  error: null,
  timings: {
    loaderStart: performance.now(),
    downloadStart: null,
    downloadEnd: null,
    initDone: null,
    firstFrame: null,
    ready: null,
  },
  wasmBytes: null,
};
window.__lernwelt = lernwelt;

// ---------------------------------------------------------------------------------------------------
// Texts: index.html holds the page's words in the six languages of the game as a JSON data block
// (#lernwelt-texts). One language is shown: ?lang= first, then the browser's languages, else English.

const PAGE_TEXTS = (() => {
  try {
    return JSON.parse($('lernwelt-texts')?.textContent || '{}');
  } catch {
    return {};
  }
})();

function pageLanguage() {
  const wanted = [new URLSearchParams(location.search).get('lang'), ...(navigator.languages || [navigator.language])];
  for (const tag of wanted) {
    const code = String(tag || '').toLowerCase().split(/[-_]/)[0];
    if (PAGE_TEXTS[code]) return code;
  }
  return 'en';
}

const LANG = pageLanguage();
// English fills anything a language lacks (and everything if the data block is missing).
const T = { ...PAGE_TEXTS.en, ...PAGE_TEXTS[LANG] };
const HINTS = { ...PAGE_TEXTS.en?.hints, ...T.hints };
html.lang = LANG;
html.dir = T.dir || 'ltr';

function showText(id, key) {
  const el = $(id);
  if (el && T[key]) {
    el.textContent = T[key];
    el.removeAttribute('lang'); // the page's language, set on <html>
  }
}

function setTexts(key) {
  showText('loader-text', key);
  for (const id of ['loader-text-en', 'loader-text-local']) if ($(id)) $(id).hidden = true;
}

function setState(state) {
  lernwelt.state = state;
  html.dataset.lernwelt = state;
}

// ---------------------------------------------------------------------------------------------------
// Progress display.

const progressEl = $('loader-progress');
const barEl = $('loader-bar');
const percentEl = $('loader-percent');
const detailEl = $('loader-detail');

function formatMB(bytes) {
  return (bytes / 1e6).toFixed(1);
}

let pendingProgress = null;
function showProgress(loaded, total) {
  // Coalesce updates to one per animation frame; downloads deliver many small chunks.
  const first = pendingProgress === null;
  pendingProgress = { loaded, total };
  if (first) requestAnimationFrame(flushProgress);
}

function flushProgress() {
  const p = pendingProgress;
  pendingProgress = null;
  if (!p || lernwelt.state !== 'loading') return;
  if (p.total > 0) {
    const pct = Math.min(100, Math.floor((p.loaded / p.total) * 100));
    progressEl.classList.remove('indeterminate');
    barEl.style.width = `${pct}%`;
    progressEl.setAttribute('aria-valuenow', String(pct));
    percentEl.textContent = `${pct} %`;
    detailEl.textContent = `${formatMB(p.loaded)} / ${formatMB(p.total)} MB`;
  } else {
    progressEl.classList.add('indeterminate');
    progressEl.removeAttribute('aria-valuenow');
    percentEl.textContent = '… %';
    detailEl.textContent = `${formatMB(p.loaded)} MB`;
  }
}

function showStarting() {
  if (lernwelt.state !== 'loading') return;
  setState('starting');
  setTexts('starting');
  progressEl.classList.remove('indeterminate');
  progressEl.classList.add('starting');
  progressEl.setAttribute('aria-valuenow', '100');
  barEl.style.width = '100%';
  percentEl.textContent = '100 %';
  if (lernwelt.wasmBytes) detailEl.textContent = `${formatMB(lernwelt.wasmBytes)} MB`;
}

// ---------------------------------------------------------------------------------------------------
// Errors.

let lastPanic = null;

function describe(err) {
  if (err == null) return 'unknown error';
  if (err instanceof Error) {
    const head = `${err.name}: ${err.message}`;
    if (!err.stack) return head;
    // Chrome's stack starts with the message, Firefox's and Safari's do not.
    return err.stack.includes(err.message) ? err.stack : `${head}\n${err.stack}`;
  }
  if (typeof err === 'object' && 'message' in err) return String(err.message);
  return String(err);
}

function hintFor(kind, err) {
  if (HINTS[kind]) return HINTS[kind];
  const text = describe(err);
  if (/out of memory|could not allocate memory|Memory\(\)|allocation failed/i.test(text)) return HINTS.memory;
  if (err instanceof TypeError && /fetch|network|load failed/i.test(text)) return HINTS.network;
  if (/HTTP \d+|Failed to fetch|NetworkError|dynamically imported module/i.test(text)) return HINTS.network;
  return '';
}

function showError(kind, err) {
  if (lernwelt.state === 'error') return; // keep the first (root-cause) error
  const crashed = lernwelt.state === 'running';
  const key = crashed || kind === 'crash' ? 'crash' : 'error';
  setState('error');
  // A Rust panic (printed just before the wasm trapped) is the root cause; the trap comes second.
  const details = lastPanic ? [lastPanic, describe(err)] : [describe(err)];
  details.push(`build ${lernwelt.build} · ${navigator.userAgent}`);
  lernwelt.error = details.join('\n\n');

  showText('error-text', key);
  for (const id of ['error-text-en', 'error-text-local']) if ($(id)) $(id).hidden = true;
  if (T.reload) $('error-reload').textContent = T.reload;
  const summary = document.querySelector('.error-details summary');
  if (summary && T.details) summary.textContent = T.details;
  $('error-hint').textContent = hintFor(kind, err);
  $('error-details').textContent = lernwelt.error;
  $('lernwelt-loader').hidden = true;
  $('lernwelt-error').hidden = false;
  console.error('[lernwelt] ' + lernwelt.error);
}

// winit (older versions) leaves its event loop by throwing this on purpose; it is not a failure.
function isControlFlowException(err) {
  return /Using exceptions for control flow/.test(describe(err));
}

function isFatalRuntimeError(err) {
  if (typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError) return true;
  return /RuntimeError|unreachable/.test(describe(err));
}

function onUncaught(err) {
  if (isControlFlowException(err)) return;
  if (lernwelt.state === 'loading' || lernwelt.state === 'starting') showError('load', err);
  else if (lernwelt.state === 'running' && isFatalRuntimeError(err)) showError('crash', err);
}

function installErrorHandlers() {
  window.addEventListener('error', (event) => onUncaught(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => onUncaught(event.reason));
  $('error-reload').addEventListener('click', () => location.reload());

  // Keep the Rust panic message (console_error_panic_hook prints it just before the wasm traps).
  const consoleError = console.error;
  console.error = function (...args) {
    try {
      const text = args.map(String).join(' ');
      if (text.includes('panicked at')) lastPanic = text.slice(0, 4000);
    } catch {
      // ignore unprintable arguments
    }
    return consoleError.apply(this, args);
  };

  $(CANVAS_ID)?.addEventListener('webglcontextlost', (event) => {
    if (lernwelt.state === 'running') showError('contextLost', new Error('WebGL context lost'));
    event.preventDefault();
  });
}

// ---------------------------------------------------------------------------------------------------
// Support checks.

function checkSupport() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    return { kind: 'wasm', error: new Error('WebAssembly is not available') };
  }
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return { kind: 'webgl2', error: new Error('WebGL2 is not available') };
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch (err) {
    return { kind: 'webgl2', error: err };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Readiness: the first WebGL2 draw or present (wgpu's GL backend presents with blitFramebuffer), or an
// explicit 'lernwelt-ready' event from the game. The probe wraps a few prototype methods and puts the
// originals back as soon as it fires.

let initDone = false;
let frameSeen = false;
let hideScheduled = false;

function installFirstFrameProbe() {
  const proto = window.WebGL2RenderingContext?.prototype;
  if (!proto) return;
  const names = [
    'drawArrays',
    'drawElements',
    'drawArraysInstanced',
    'drawElementsInstanced',
    'drawRangeElements',
    'blitFramebuffer',
  ];
  const originals = new Map();
  let fired = false;
  const restore = () => {
    for (const [name, fn] of originals) proto[name] = fn;
  };
  for (const name of names) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    originals.set(name, original);
    proto[name] = function () {
      if (!fired) {
        fired = true;
        restore();
        onFirstFrame();
      }
      return original.apply(this, arguments);
    };
  }
}

function onFirstFrame() {
  if (frameSeen) return;
  frameSeen = true;
  lernwelt.timings.firstFrame = performance.now();
  maybeHide();
}

function maybeHide() {
  if (!initDone || !frameSeen || hideScheduled) return;
  hideScheduled = true;
  // Two animation frames: the frame that issued the first draw is composited before we uncover it.
  requestAnimationFrame(() => requestAnimationFrame(hideLoader));
}

function hideLoader() {
  if (lernwelt.state === 'error' || lernwelt.state === 'running') return;
  lernwelt.timings.ready = performance.now();
  setState('running');
  const loader = $('lernwelt-loader');
  loader.classList.add('fade-out');
  setTimeout(() => {
    loader.hidden = true;
  }, 450);
  const canvas = $(CANVAS_ID);
  if (canvas && document.activeElement === document.body) canvas.focus({ preventScroll: true });
  const t = lernwelt.timings;
  const ms = (a, b) => (a != null && b != null ? Math.round(b - a) : '?');
  console.info(
    `[lernwelt] ready after ${Math.round(t.ready)} ms ` +
      `(download ${ms(t.downloadStart, t.downloadEnd)} ms, compile+start ${ms(t.downloadEnd, t.initDone)} ms, ` +
      `first frame ${ms(t.initDone, t.firstFrame)} ms after start)`,
  );
}

window.addEventListener('lernwelt-ready', () => {
  initDone = true;
  frameSeen = true;
  if (lernwelt.timings.firstFrame == null) lernwelt.timings.firstFrame = performance.now();
  maybeHide();
});

// ---------------------------------------------------------------------------------------------------
// Download with progress. The counted stream is handed to wasm-bindgen as a Response, so the browser
// still compiles while downloading (WebAssembly.instantiateStreaming) and no extra copy is kept.

function contentLengthOf(response) {
  // With Content-Encoding (gzip/br), Content-Length counts compressed bytes but the stream yields
  // decompressed ones, so it cannot serve as the total.
  if (response.headers.get('Content-Encoding')) return 0;
  const n = Number(response.headers.get('Content-Length'));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function countedResponse(response, total) {
  if (!response.body || typeof ReadableStream !== 'function') {
    showProgress(0, 0);
    return response; // no streams: wasm-bindgen reads it as a whole
  }
  const reader = response.body.getReader();
  let loaded = 0;
  showProgress(0, total);
  const stream = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        lernwelt.timings.downloadEnd = performance.now();
        lernwelt.wasmBytes = loaded;
        showStarting(); // downloaded; compiling and running the game's main() may take a moment
        controller.close();
        return;
      }
      loaded += value.byteLength;
      showProgress(loaded, total > 0 && loaded <= total ? total : 0);
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { 'Content-Type': 'application/wasm' },
  });
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  installErrorHandlers();
  setState('loading');
  setTexts('loading');

  const meta = document.querySelector('meta[name="lernwelt-build"]');
  lernwelt.build = meta?.content || 'dev';
  const expectedBytes = Number(meta?.dataset.wasmBytes) || 0;
  const query = lernwelt.build === 'dev' ? '' : `?v=${encodeURIComponent(lernwelt.build)}`;

  const unsupported = checkSupport();
  if (unsupported) {
    showError(unsupported.kind, unsupported.error);
    return;
  }
  installFirstFrameProbe();

  lernwelt.timings.downloadStart = performance.now();
  const gluePromise = import(`./lernwelt.js${query}`);
  const response = await fetch(`lernwelt_bg.wasm${query}`);
  if (!response.ok) {
    throw new Error(`HTTP ${response.status} ${response.statusText} for ${response.url}`);
  }
  const total = expectedBytes || contentLengthOf(response);
  const glue = await gluePromise;

  try {
    await glue.default({ module_or_path: countedResponse(response, total) });
  } catch (err) {
    if (!isControlFlowException(err)) throw err;
  }
  // With a Rust `main`, wasm-bindgen has run it by now; Bevy schedules its frames and returns.
  lernwelt.timings.initDone = performance.now();
  lernwelt.timings.downloadEnd ??= lernwelt.timings.initDone;
  if (lernwelt.state === 'error') return;
  initDone = true;
  showStarting();
  maybeHide();

  setTimeout(() => {
    if (lernwelt.state !== 'starting') return;
    console.warn(`[lernwelt] no first frame seen after ${FIRST_FRAME_FALLBACK_MS} ms; showing the game anyway`);
    frameSeen = true;
    maybeHide();
  }, FIRST_FRAME_FALLBACK_MS);
}

main().catch((err) => showError('load', err));
