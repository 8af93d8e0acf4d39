#!/usr/bin/env node
/**
 * Adversarial-input benchmark for the extract stage (issue 5, item 3): builds inputs made to
 * make a scanner super-linear at 1, 2, 4 and 8 MB, times `extractPins` on each, and prints
 * milliseconds per size and the growth ratio per doubling (about 2 means linear). A kind whose
 * ratio exceeds 3, or that does not finish within the time limit, is flagged.
 *
 *   node scripts/bench-adversarial.mjs [--timeout MS] [--only KIND[,KIND...]]
 *
 * extract.ts is bundled with esbuild into a temporary folder; each measurement runs in its own
 * worker thread, so that a runaway one can be stopped at the time limit.
 */
import { Buffer } from 'node:buffer';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';

const MiB = 1024 * 1024;
const SIZES_MB = [1, 2, 4, 8];
const PIN = 'INSTALL_RKE2_VERSION=v1.24.9+rke2r1';

/** `unit` repeated until the text is about `size` characters long. */
function fill(unit, size) {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

let bombB64;
/** ~100 MB of zeros behind a pin, gzip+base64: about 140 KB. */
function bomb() {
  bombB64 ??= gzipSync(Buffer.concat([Buffer.from(`${PIN}\n`), Buffer.alloc(100 * MiB)]), {
    level: 9,
  }).toString('base64');
  return bombB64;
}

/** Each kind: the file name it is scanned under and its text at about `size` characters. */
const KINDS = {
  'digits-dots': ['bait.conf', (n) => `${fill('1.', n)}1 v1.24.9+rke2r1\n`],
  'semver-dashes': ['bait.sh', (n) => `${fill('v1.2.3-', n)}v1.24.9+rke2r1\n`],
  'prerelease-plus': ['bait.sh', (n) => `${fill('1.2.3-rc.1+', n)}k3s1\n${PIN}\n`],
  'containerd-run': ['bait.yaml', (n) => `${fill('containerd', n)}\ncontainerd_version: 1.6.12\n`],
  'containerd-words': ['bait.yaml', (n) => `${fill('containerd ', n)}\n${PIN}\n`],
  'containerd-block-keys': ['bait.yaml', (n) => `${fill('containerd:\n', n)}  version: 1.6.12\n`],
  'containerd-version-spaces': [
    'bait.yaml',
    (n) => `containerd_version: ${' '.repeat(n)}1.6.12\ncontainerd_version: 1.6.9\n`,
  ],
  'long-line': ['long.sh', (n) => `echo ${'a'.repeat(n)} ; ${PIN}\n`],
  'many-pins-crlf': ['crlf.sh', (n) => fill(`${PIN}\r\n`, n)],
  'many-pins-one-line': ['one.sh', (n) => `${fill('v1.24.9+rke2r1 ', n)}\n`],
  'heredoc-open': ['bait.tf', (n) => `x = <<EOF\n${fill('echo x\n', n)}${PIN}\n`],
  'interpolation-nest': ['bait.tf', (n) => `x = "${fill('"${', n)}\n${PIN}\n`],
  'block-comment-open': ['bait.tf', (n) => `${PIN}\n/*${fill(' *', n)}\n`],
  'hcl-strings-one-line': ['bait.tf', (n) => `${fill('"" ', n)}\nrke2 = "v1.24.9+rke2r1"\n`],
  'hardened-containerd-one-line': [
    'values.yaml',
    (n) => `${fill('hardened-containerd ', n)}\nimage: rancher/hardened-containerd:v1.6.12-k3s1\n`,
  ],
  'helm-repository-lines': [
    'values.yaml',
    (n) => `${fill('repository: rancher/hardened-containerd\n', n)}tag: v1.6.12-k3s1\n`,
  ],
  'ignore-reason-spaces': [
    'bait.sh',
    (n) => `# kube-pin-audit: ignore KPA-2022-0001 -- a${' '.repeat(n)}b\n${PIN}\n`,
  ],
  'inline-ignores': [
    'bait.sh',
    (n) => `${fill('# kube-pin-audit: ignore KPA-1 -- r\n', n)}${PIN}\n`,
  ],
  'markdown-comment-open': ['README.md', (n) => `${PIN}\n<!--${fill(' x', n)}\n`],
  'powershell-comment-open': ['bait.ps1', (n) => `${PIN}\n${fill('<# a ', n)}\n`],
  'yaml-documents': ['bait.yaml', (n) => `${fill('---\nkind: X\n', n)}${PIN}\n`],
  'cloud-init-huge-b64': [
    'user-data',
    (n) =>
      '#cloud-config\nwrite_files:\n  - path: /opt/install.sh\n    encoding: b64\n    content: ' +
      Buffer.from(`${fill('# filler line\n', Math.floor((n * 3) / 4))}${PIN}\n`).toString(
        'base64',
      ) +
      '\n',
  ],
  'cloud-init-many-payloads': [
    'user-data',
    (n) => {
      const entry = `  - path: /x\n    encoding: b64\n    content: ${Buffer.from(`${PIN}\n`).toString('base64')}\n`;
      return `#cloud-config\nwrite_files:\n${fill(entry, n)}`;
    },
  ],
  'cloud-init-gzip-bombs': [
    'user-data',
    (n) => {
      const entry = `  - path: /x\n    encoding: gz+b64\n    content: ${bomb()}\n`;
      return `#cloud-config\nwrite_files:\n${fill(entry, n)}runcmd:\n  - ${PIN}\n`;
    },
  ],
  'cloud-init-deep-flow': [
    'user-data',
    (n) => `#cloud-config\nencoding: b64\nx: ${'['.repeat(n)}\nruncmd:\n  - ${PIN}\n`,
  ],
};

async function measureInWorker() {
  const { extractPins } = await import(workerData.bundle);
  const [file, make] = KINDS[workerData.kind];
  // Warm up the code paths on a small input of the same kind.
  extractPins(file, make(64 * 1024));
  const text = make(workerData.size);
  let best = Infinity;
  let pins = 0;
  let spent = 0;
  for (let run = 0; run < 5 && (run === 0 || spent < 300); run++) {
    const start = performance.now();
    pins = extractPins(file, text).pins.length;
    const ms = performance.now() - start;
    spent += ms;
    best = Math.min(best, ms);
  }
  parentPort.postMessage({ ms: best, pins, chars: text.length });
}

function measure(bundle, kind, size, timeoutMs) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { bundle, kind, size },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    const timer = setTimeout(() => {
      worker.terminate().then(() => resolve(null), reject);
    }, timeoutMs);
    worker.once('message', (m) => {
      clearTimeout(timer);
      worker.terminate().then(() => resolve(m), reject);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

function parseArgs(argv) {
  const options = { timeoutMs: 15_000, only: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--timeout') options.timeoutMs = Number(argv[++i]);
    else if (argv[i] === '--only') options.only = argv[++i].split(',');
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return options;
}

async function mainThread() {
  const options = parseArgs(process.argv.slice(2));
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'kpa-bench-adv-'));
  const outfile = join(dir, 'extract.mjs');
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(root, 'src/extract/extract.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'warning',
      // yaml is CommonJS: give the ESM bundle a require() for its node: built-ins.
      banner: {
        js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);",
      },
    });
    const bundle = pathToFileURL(outfile).href;
    const kinds = Object.keys(KINDS).filter((k) => !options.only || options.only.includes(k));
    const rows = [];
    for (const kind of kinds) {
      const times = [];
      for (const mb of SIZES_MB) {
        if (times.includes(null)) {
          times.push(undefined); // a smaller size already ran out of time
          continue;
        }
        const m = await measure(bundle, kind, mb * MiB, options.timeoutMs);
        times.push(m ? m.ms : null);
        process.stderr.write(
          `${kind} ${mb} MB: ${m ? `${m.ms.toFixed(1)} ms, ${m.pins} pins` : 'timed out'}\n`,
        );
      }
      rows.push({ kind, times });
    }
    printTable(rows, options.timeoutMs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ratios below this many milliseconds (the larger of the pair) are noise, not growth. */
const NOISE_MS = 20;

function printTable(rows, timeoutMs) {
  const header = ['kind', ...SIZES_MB.map((mb) => `${mb} MB`), 'ratio/doubling', 'flag'];
  const lines = [];
  const flagged = [];
  for (const { kind, times } of rows) {
    const cells = times.map((t) =>
      t === null ? `>${timeoutMs}` : t === undefined ? '-' : t.toFixed(1),
    );
    const ratios = [];
    let superLinear = times.includes(null);
    for (let i = 1; i < times.length; i++) {
      const [a, b] = [times[i - 1], times[i]];
      if (typeof a !== 'number' || typeof b !== 'number') continue;
      const r = b / Math.max(a, 0.01);
      ratios.push(r.toFixed(1));
      if (r > 3 && b >= NOISE_MS) superLinear = true;
    }
    if (superLinear) flagged.push(kind);
    lines.push([kind, ...cells, ratios.join(' ') || '-', superLinear ? 'SUPER-LINEAR' : '']);
  }
  const table = [header, ...lines];
  const widths = header.map((_, c) => Math.max(...table.map((r) => String(r[c]).length)));
  const fmt = (r) =>
    `| ${r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join(' | ')} |`;
  console.log('extractPins, ms per input size (best of up to 5 runs)\n');
  console.log(fmt(header));
  console.log(
    `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const l of lines) console.log(fmt(l));
  console.log(
    `\nFlagged (a ratio above 3 where the larger time is at least ${NOISE_MS} ms, or over ${timeoutMs} ms): ` +
      (flagged.length ? flagged.join(', ') : 'none'),
  );
  process.exitCode = flagged.length ? 1 : 0;
}

if (isMainThread) await mainThread();
else await measureInWorker();
