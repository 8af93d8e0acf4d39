/**
 * The scan with extraction on worker threads (large trees, bundled CLI) must report exactly what
 * the single-thread scan reports: same pins, skips, warnings and findings.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLAIMS,
  CLAIMS_AT,
  FAILED,
  FILES_DONE,
  MAX_WORKERS,
  READY,
  SEEN_AT,
  TAKEN,
} from '../src/scan/extract-worker.js';
import { scanFilesInWorkers, workerCount } from '../src/scan/parallel.js';
import { scanFiles } from '../src/scan/scan.js';
import { loadDatabase } from '../src/advisories/load.js';
import { assess, factsOptionsOf } from '../src/audit.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const WORKER = fileURLToPath(new URL('../dist/scan-worker.cjs', import.meta.url));
let tree: string;
const TEAMS = 20;

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'kpa-parallel-'));
  mkdirSync(join(tree, '.git'));
  writeFileSync(join(tree, '.gitignore'), 'generated/\n*.tfstate\n');
  // 4,000 files in folders three levels deep: workers start after the first 2,000.
  for (let team = 0; team < TEAMS; team++) {
    for (let stack = 0; stack < 10; stack++) {
      const dir = join(tree, `team-${team}`, `stack-${stack}`, 'modules');
      mkdirSync(dir, { recursive: true });
      if (stack === 3)
        writeFileSync(join(tree, `team-${team}`, `stack-${stack}`, '.gitignore'), 'local.tfvars\n');
      for (let i = 0; i < 20; i++) {
        const pinned = (team * 10 + stack + i) % 9 === 0;
        const body = pinned
          ? `variable "rke2_version" {\n  default = "v1.2${4 + (i % 3)}.9+rke2r1"\n}\n`
          : `resource "null_resource" "n${i}" {}\n`;
        writeFileSync(join(dir, `main-${i}.tf`), body);
      }
      writeFileSync(
        join(tree, `team-${team}`, `stack-${stack}`, 'local.tfvars'),
        'rke2_version = "v1.24.9+rke2r1"\n',
      );
      writeFileSync(
        join(tree, `team-${team}`, `stack-${stack}`, 'terraform.tfstate'),
        '{"v":"v1.24.9+rke2r1"}',
      );
    }
    mkdirSync(join(tree, `team-${team}`, 'generated'));
    writeFileSync(join(tree, `team-${team}`, 'generated', 'x.yaml'), 'version: v1.24.9+rke2r1\n');
    writeFileSync(join(tree, `team-${team}`, 'bad.yaml'), 'k3s: [v1.25.5+k3s1\n');
    symlinkSync('/etc/hostname', join(tree, `team-${team}`, 'out-link'));
    // Files larger than a read's room go to the workers by path: one pin at the end of each,
    // and one file over the size limit of the tests that set it (1 MiB).
    const filler = `# ${'generated '.repeat(8_000 + team * 500)}\n`;
    writeFileSync(
      join(tree, `team-${team}`, 'rendered.yaml'),
      `${filler}image: rancher/rke2-runtime:v1.24.9-rke2r1\n`,
    );
    if (team === 7) {
      writeFileSync(
        join(tree, `team-${team}`, 'huge.yaml'),
        `${filler.repeat(14)}version: v1.24.9+rke2r1\n`,
      );
    }
  }
});

afterAll(() => rmSync(tree, { recursive: true, force: true }));

function scan(workers: string) {
  const run = spawnSync(process.execPath, [CLI, 'scan', '.', '--format', 'json'], {
    cwd: tree,
    encoding: 'utf8',
    env: { ...process.env, KUBE_PIN_AUDIT_WORKERS: workers },
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    code: run.status,
    report: JSON.parse(run.stdout) as Record<string, unknown> & { summary: Record<string, number> },
  };
}

describe('scanning in worker threads', () => {
  it('reports exactly what the single-thread scan reports', () => {
    const single = scan('0');
    const parallel = scan('2');
    expect(single.report.summary.filesScanned).toBeGreaterThan(4000);
    expect(single.report.summary.pins).toBeGreaterThan(100);
    expect(single.report.summary.filesSkipped).toBeGreaterThan(TEAMS * 3);
    expect(parallel.report).toEqual(single.report);
    expect(parallel.code).toBe(single.code);
  });

  it('hands every file to the bundled workers and still finds the same', async () => {
    const options = { root: tree, paths: [tree], include: [], exclude: [], maxFileSize: 1 << 20 };
    const single = scanFiles(options);
    // The large files are in it: read whole, or skipped for their size.
    expect(single.pins.filter((p) => p.file.endsWith('rendered.yaml'))).toHaveLength(TEAMS);
    expect(single.skipped).toContainEqual(
      expect.objectContaining({ file: 'team-7/huge.yaml', reason: 'too-large' }),
    );
    for (const workers of [1, 2]) {
      const parallel = await scanFilesInWorkers(options, {
        workerScript: WORKER,
        workers,
        handOffAll: true,
      });
      expect(parallel.filesScanned).toBe(single.filesScanned);
      expect(parallel.pins.sort(byPosition)).toEqual(single.pins.sort(byPosition));
      expect(parallel.skipped).toEqual(single.skipped);
      expect(parallel.warnings).toEqual(single.warnings);
      expect(parallel.inlineIgnores.sort(byPosition)).toEqual(
        single.inlineIgnores.sort(byPosition),
      );
    }
  });
});

describe('files this thread reads while the workers run', () => {
  it('are extracted by the workers when they may hold a pin or are large, and found the same', async () => {
    // Workers from the 10th file on, and no batch by path: this thread reads every file, and
    // hands each candidate and each large file (rendered.yaml, huge.yaml) to the worker, which
    // settles every batch (none taken back), whatever the timing.
    const options = { root: tree, paths: [tree], include: [], exclude: [], maxFileSize: 1 << 20 };
    const single = scanFiles(options);
    const split = { batches: 0, handedOver: 0, takenBack: 0 };
    const parallel = await scanFilesInWorkers(options, {
      workerScript: WORKER,
      workers: 1,
      startAfter: 10,
      queuedPerWorker: 0,
      leaveToWorkers: true,
      split,
    });
    expect(split.handedOver).toBeGreaterThan(TEAMS);
    expect(split.batches).toBe(Math.ceil(split.handedOver / 8));
    expect(split.takenBack).toBe(0);
    expect(parallel.filesScanned).toBe(single.filesScanned);
    expect(parallel.pins.sort(byPosition)).toEqual(single.pins.sort(byPosition));
    expect(parallel.skipped).toEqual(single.skipped);
    expect(parallel.warnings).toEqual(single.warnings);
  });
});

describe('release facts worked out by the workers', () => {
  it('give the same report as facts worked out after the scan', async () => {
    const { db } = loadDatabase(fileURLToPath(new URL('../data', import.meta.url)), [], tree);
    const policy = { failOnSeverity: 'high', warnOnly: false, scope: 'all' } as const;
    const options = { root: tree, paths: [tree], include: [], exclude: [], maxFileSize: 1 << 20 };
    const today = '2026-11-27';
    const parallel = await scanFilesInWorkers(options, {
      workerScript: WORKER,
      workers: 1,
      handOffAll: true,
      match: { db, options: factsOptionsOf({ db, policy, today }) },
    });
    expect(parallel.releases?.facts.size).toBeGreaterThan(0);
    const fromWorkers = assess(parallel, { db, policy, today });
    const afterwards = assess(scanFiles(options), { db, policy, today });
    expect(fromWorkers).toEqual(afterwards);
    // Facts for another threshold are not used.
    const medium = { ...policy, failOnSeverity: 'medium' } as const;
    expect(assess(parallel, { db, policy: medium, today })).toEqual(
      assess(scanFiles(options), { db, policy: medium, today }),
    );
  });
});

function byPosition(a: { file: string; line: number }, b: { file: string; line: number }) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

describe('the number of extraction workers', () => {
  it('is one fewer than the processors, at most two, unless asked', () => {
    expect(workerCount({}, 1)).toBe(0);
    expect(workerCount({}, 2)).toBe(1);
    expect(workerCount({}, 8)).toBe(2);
    expect(workerCount({ KUBE_PIN_AUDIT_WORKERS: '0' }, 8)).toBe(0);
    expect(workerCount({ KUBE_PIN_AUDIT_WORKERS: '3' }, 1)).toBe(3);
    expect(workerCount({ KUBE_PIN_AUDIT_WORKERS: '99' }, 2)).toBe(16);
    expect(workerCount({ KUBE_PIN_AUDIT_WORKERS: 'many' }, 2)).toBe(1);
  });
});

describe('a failing extraction worker', () => {
  const failing = fileURLToPath(new URL('./fixtures/workers/failing-worker.mjs', import.meta.url));

  function treeOf(files: number, bytes: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-failing-'));
    const body = `# ${'x'.repeat(bytes)}\nrke2_version = "v1.24.9+rke2r1"\n`;
    for (let i = 0; i < files; i++) writeFileSync(join(dir, `f${i}.tfvars`), body);
    return dir;
  }
  const scanOf = (root: string) =>
    scanFilesInWorkers(
      { root, paths: [root], include: [], exclude: [], maxFileSize: 1 << 20 },
      { workerScript: failing, workers: 1, handOffAll: true },
    );

  it('keeps the fixture in step with the protocol', () => {
    expect(FAILED).toBe(0);
    expect(READY).toBe(1);
    expect(FILES_DONE).toBe(2);
    expect(CLAIMS_AT).toBe(3);
    expect(CLAIMS).toBe(1024);
    expect(TAKEN).toBe(-1);
    expect(SEEN_AT).toBe(1027);
    expect(MAX_WORKERS).toBe(16);
  });

  it('fails the scan with the worker error', async () => {
    const root = treeOf(400, 100);
    try {
      await expect(scanOf(root)).rejects.toThrow('extraction blew up');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails with the worker error, not a note that a worker failed, when the walk is long', async () => {
    // 3,000 files: the walk stops at the next batch it would post once FAILED is up, and the
    // error thrown is still the worker's own.
    const root = treeOf(3000, 100);
    try {
      const started = Date.now();
      await expect(scanOf(root)).rejects.toThrow('extraction blew up');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the order of what the workers find', () => {
  it('is the single-thread order, however the answers arrive', async () => {
    // 2,000 files of 8 KB in 100 folders: about 60 batches, shared by two workers.
    const root = mkdtempSync(join(tmpdir(), 'kpa-order-'));
    try {
      for (let d = 0; d < 100; d++) {
        mkdirSync(join(root, `d${d}`));
        for (let i = 0; i < 20; i++) {
          writeFileSync(
            join(root, `d${d}`, `f${i}.tf`),
            `# ${'x'.repeat(8000)}\n# kube-pin-audit: ignore CVE-2000-${d}${i} -- stale\n` +
              `variable "v" { default = "v1.24.${i}+rke2r1" }\n`,
          );
        }
      }
      const options = { root, paths: [root], include: [], exclude: [], maxFileSize: 1 << 20 };
      const single = scanFiles(options);
      const parallel = await scanFilesInWorkers(options, {
        workerScript: WORKER,
        workers: 2,
        handOffAll: true,
      });
      expect(parallel.inlineIgnores).toHaveLength(2000);
      expect(parallel.inlineIgnores).toEqual(single.inlineIgnores);
      expect(parallel.warnings).toEqual(single.warnings);
      expect(parallel.skipped).toEqual(single.skipped);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a worker that never finishes a batch', () => {
  const stuck = fileURLToPath(new URL('./fixtures/workers/stuck-worker.mjs', import.meta.url));
  const cases = [
    // Many batches: the worker claims the first, and the rest wait behind it in its queue.
    { name: 'with batches queued behind the one it holds', files: 600, bytes: 100 },
    // A few large files, one batch.
    { name: 'holding the only batch', files: 3, bytes: 100_000 },
  ];

  for (const { name, files, bytes } of cases) {
    it(`is stopped, and the scan fails saying so, ${name}`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'kpa-stuck-'));
      try {
        const body = `# ${'x'.repeat(bytes)}\nrke2_version = "v1.24.9+rke2r1"\n`;
        for (let i = 0; i < files; i++) writeFileSync(join(root, `f${i}.tfvars`), body);
        const options = { root, paths: [root], include: [], exclude: [], maxFileSize: 1 << 20 };
        const started = Date.now();
        await expect(
          scanFilesInWorkers(options, {
            workerScript: stuck,
            workers: 1,
            handOffAll: true,
            silenceMs: 1000,
          }),
        ).rejects.toThrow('a scan worker did not answer for 1 s');
        expect(Date.now() - started).toBeLessThan(10_000);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

describe('a worker slow over a batch', () => {
  const slow = fileURLToPath(new URL('./fixtures/workers/slow-worker.mjs', import.meta.url));

  it('is waited for while it shows it is alive, however long the batch', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kpa-slow-'));
    try {
      // The first file is read before the workers start; the second goes to them.
      writeFileSync(join(root, 'a.tfvars'), '# small\n');
      writeFileSync(join(root, 'b.tfvars'), `# ${'x'.repeat(100_000)}\n`);
      const options = { root, paths: [root], include: [], exclude: [], maxFileSize: 1 << 20 };
      // 2 s over the one batch, twice the silence allowed, with a sign of life every 250 ms.
      const parallel = await scanFilesInWorkers(options, {
        workerScript: slow,
        workers: 1,
        handOffAll: true,
        silenceMs: 1000,
      });
      expect(parallel.filesScanned).toBe(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a worker that takes no batch', () => {
  const cases = [
    {
      // It never raises READY and never claims a batch, as a worker still loading would.
      name: 'one that never gets going',
      fixture: 'idle-worker.mjs',
      // 300 files of 60 KB: the workers start after 100; two batches are queued for the worker
      // and taken back once the walk is over, and this thread settles the rest as it walks.
      padding: 60_000,
    },
    { name: 'one that fails as it loads', fixture: 'broken-worker.mjs', padding: 0 },
  ];

  for (const { name, fixture, padding } of cases) {
    it(`leaves every file to the walking thread, which finds the same and does not wait: ${name}`, async () => {
      const script = fileURLToPath(new URL(`./fixtures/workers/${fixture}`, import.meta.url));
      const root = mkdtempSync(join(tmpdir(), 'kpa-idle-'));
      try {
        const body = (i: number) =>
          `# ${'x'.repeat(padding)}\nrke2_version = "v1.24.${i % 20}+rke2r1"\n`;
        for (let i = 0; i < 300; i++) writeFileSync(join(root, `f${i}.tfvars`), body(i));
        const options = { root, paths: [root], include: [], exclude: [], maxFileSize: 1 << 20 };
        const started = Date.now();
        const parallel = await scanFilesInWorkers(options, {
          workerScript: script,
          workers: 1,
          startAfter: 100,
        });
        expect(Date.now() - started).toBeLessThan(10_000);
        const single = scanFiles(options);
        expect(parallel.filesScanned).toBe(300);
        expect(parallel.pins.sort(byPosition)).toEqual(single.pins.sort(byPosition));
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

describe('a worker that fails as it loads, beside a healthy one', () => {
  const firstBroken = fileURLToPath(
    new URL('./fixtures/workers/first-broken-worker.cjs', import.meta.url),
  );

  it('soon gets no more batches: the healthy worker takes them', async () => {
    // 12,000 files, one in ten holding a pin: the walk lasts well past the workers' loading.
    const root = mkdtempSync(join(tmpdir(), 'kpa-half-'));
    try {
      for (let d = 0; d < 30; d++) {
        mkdirSync(join(root, `d${d}`));
        for (let i = 0; i < 400; i++) {
          const body = i % 10 === 0 ? `v = "v1.24.${i % 20}+rke2r1"\n` : `# stack ${i}\n`;
          writeFileSync(join(root, `d${d}`, `f${i}.tfvars`), body);
        }
      }
      const options = { root, paths: [root], include: [], exclude: [], maxFileSize: 1 << 20 };
      const split = { batches: 0, handedOver: 0, takenBack: 0 };
      const parallel = await scanFilesInWorkers(options, {
        workerScript: firstBroken,
        workers: 2,
        startAfter: 10,
        // Once the healthy one has loaded; before, the two look alike and share the batches
        // for as long as the loading takes, which on a busy machine is long.
        awaitReady: true,
        split,
      });
      expect(parallel.pins).toHaveLength(1200);
      expect(parallel.filesScanned).toBe(12000);
      // Each batch goes to the worker with fewer waiting, which the broken one has only when the
      // healthy one falls as far behind as the broken one's whole count. Sent in turn, half
      // would be the broken one's, to be taken back once the walk is over.
      // Measured with four busy loops beside the test: 7-12 of 205-255 taken back.
      expect(split.takenBack).toBeLessThan(split.batches / 3);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('a worker that never takes a batch, over many files that may hold a pin', () => {
  const idle = fileURLToPath(new URL('./fixtures/workers/idle-worker.mjs', import.meta.url));

  it('gets no more batches than there are claim entries for; the walking thread does the rest', async () => {
    // 9,000 candidates would make 1,125 batches of 8 for the workers, more than the 1,024 claim
    // entries: past 512 waiting batches, this thread extracts them itself.
    const root = mkdtempSync(join(tmpdir(), 'kpa-many-'));
    try {
      for (let d = 0; d < 30; d++) {
        mkdirSync(join(root, `d${d}`));
        for (let i = 0; i < 300; i++) {
          writeFileSync(join(root, `d${d}`, `f${i}.tfvars`), `v = "v1.24.${i % 20}+rke2r1"\n`);
        }
      }
      const options = { root, paths: [root], include: [], exclude: [], maxFileSize: 1 << 20 };
      const parallel = await scanFilesInWorkers(options, {
        workerScript: idle,
        workers: 1,
        startAfter: 10,
      });
      expect(parallel.filesScanned).toBe(9000);
      expect(parallel.pins).toHaveLength(9000);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);
});
