/**
 * Pin contexts on whole-repository shaped trees (test/fixtures/contexts/<tree>/, each with
 * <tree>.expected.json beside it, written by hand): every pin with its context, every other line
 * that looks like a version named as no pin, every skipped file with its reason. Only `deploy`
 * pins fail by default; settings move files between contexts both ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDatabase } from '../src/advisories/load.js';
import { assess, audit } from '../src/audit.js';
import {
  assignContexts,
  CATALOG_MAX_GAP_LINES,
  CATALOG_MIN_RELEASES,
  CATALOG_MIN_RELEASES_IN_FILE,
  contextOfPath,
} from '../src/extract/contexts.js';
import { extractPins } from '../src/extract/extract.js';
import type { Pin, PinContext } from '../src/extract/types.js';
import type { PolicyOptions } from '../src/policy/policy.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderText } from '../src/report/text.js';
import { planAnnotations } from '../src/action/annotations.js';
import { scanFilesInWorkers } from '../src/scan/parallel.js';
import { scanFiles } from '../src/scan/scan.js';
import { SettingsSchema } from '../src/config/schema.js';
import { parse } from 'yaml';

const FIXTURES = fileURLToPath(new URL('./fixtures/contexts/', import.meta.url));
const WORKER = fileURLToPath(new URL('../dist/scan-worker.cjs', import.meta.url));
const TREES = ['go-module', 'ansible-role', 'terraform-module', 'asset-catalog'];
const TODAY = '2026-11-27';
const { db } = loadDatabase(fileURLToPath(new URL('../data', import.meta.url)), [], FIXTURES);
const POLICY: PolicyOptions = { failOnSeverity: 'high', warnOnly: false, scope: 'all' };

interface ExpectedPin {
  file: string;
  line: number;
  product: string;
  version: string;
  context: PinContext;
  inComment: boolean;
}
interface Expected {
  pins: ExpectedPin[];
  notPins: { file: string; line: number; why: string }[];
  skipped: { file: string; reason: string }[];
}

/** `v1.24`, `1.6.12`, `v1.24.9+rke2r1`: anything a reader could take for a version. */
const LOOKS_LIKE_VERSION_RE = /\bv\d+\.\d+|\b\d+\.\d+\.\d+/;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(abs));
    else out.push(relative(FIXTURES, abs).split(sep).slice(1).join('/'));
  }
  return out.sort();
}

const key = (p: { file: string; line: number }) => `${p.file}:${p.line}`;
const byKey = (a: ExpectedPin, b: ExpectedPin) =>
  key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.version < b.version ? -1 : 1;

function scanTree(tree: string, policy: PolicyOptions = POLICY): Promise<Report> {
  const root = join(FIXTURES, tree);
  return audit({
    root,
    paths: [root],
    include: [],
    exclude: [],
    maxFileSize: 1 << 20,
    db,
    policy,
    today: TODAY,
  });
}

describe.each(TREES)('whole repository %s', (tree) => {
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, `${tree}.expected.json`), 'utf8'),
  ) as Expected;

  it('finds every pin, each in its context, and skips what it says', async () => {
    const report = await scanTree(tree);
    const pins = report.pins
      .map(({ file, line, product, version, context, inComment }) => ({
        file,
        line,
        product,
        version,
        context,
        inComment,
      }))
      .sort(byKey);
    expect(pins).toEqual([...expected.pins].sort(byKey));
    expect(report.skipped.map(({ file, reason }) => ({ file, reason }))).toEqual(expected.skipped);
    const counts = { deploy: 0, test: 0, catalog: 0, docs: 0 };
    for (const pin of expected.pins) counts[pin.context]++;
    expect(report.summary.pinsByContext).toEqual(counts);
  });

  it('accounts for every line that looks like a version: a pin or, said why, no pin', () => {
    const skipped = new Set(expected.skipped.map((s) => s.file));
    const explained = new Set([...expected.pins, ...expected.notPins].map(key));
    const unexplained: string[] = [];
    const lookAlikes = new Set<string>();
    for (const file of filesUnder(join(FIXTURES, tree))) {
      if (skipped.has(file)) continue;
      const lines = readFileSync(join(FIXTURES, tree, file), 'utf8').split('\n');
      lines.forEach((text, i) => {
        if (!LOOKS_LIKE_VERSION_RE.test(text)) return;
        lookAlikes.add(key({ file, line: i + 1 }));
        if (!explained.has(key({ file, line: i + 1 }))) unexplained.push(`${file}:${i + 1}`);
      });
    }
    expect(unexplained).toEqual([]);
    // A stale expectation (a line that moved) would explain nothing.
    expect([...explained].filter((k) => !lookAlikes.has(k))).toEqual([]);
  });

  it('fails only on deploy pins, and reports the rest', async () => {
    const report = await scanTree(tree);
    for (const f of report.findings) {
      if (f.failing) expect(f.context).toBe('deploy');
      if (f.context !== 'deploy') expect(f.failing).toBe(false);
    }
    const deployFailing = report.findings.some((f) => f.failing);
    const liveDeploy = expected.pins.some((p) => p.context === 'deploy' && !p.inComment);
    expect(deployFailing).toBe(liveDeploy);
  });

  it('gives the same pins and skips from the extraction workers', async () => {
    const root = join(FIXTURES, tree);
    const options = { root, paths: [root], include: [], exclude: [], maxFileSize: 1 << 20 };
    const single = scanFiles(options);
    const parallel = await scanFilesInWorkers(options, {
      workerScript: WORKER,
      workers: 1,
      handOffAll: true,
    });
    const order = (a: Pin, b: Pin) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
    expect(parallel.pins.sort(order)).toEqual(single.pins.sort(order));
    expect(parallel.skipped).toEqual(single.skipped);
    expect(parallel.filesScanned).toBe(single.filesScanned);
  });
});

describe('settings that move files between contexts', () => {
  it('fail-on-context lets test pins fail too', async () => {
    const report = await scanTree('terraform-module', {
      ...POLICY,
      failOnContexts: ['deploy', 'test'],
    });
    const failingContexts = new Set(report.findings.filter((f) => f.failing).map((f) => f.context));
    expect([...failingContexts].sort()).toEqual(['deploy', 'test']);
  });

  it('contexts globs override the guess both ways, deploy first on an overlap', async () => {
    const report = await scanTree('terraform-module', {
      ...POLICY,
      contexts: {
        deploy: ['tests/override.tftest.hcl'],
        test: ['examples/**', 'tests/**'],
        docs: ['examples/upgrade/**'],
      },
    });
    const contextOf = (file: string) => report.pins.find((p) => p.file === file)?.context;
    expect(contextOf('tests/override.tftest.hcl')).toBe('deploy');
    expect(contextOf('tests/defaults.tftest.hcl')).toBe('test');
    expect(contextOf('examples/basic/main.tf')).toBe('test');
    // test comes before docs in the order of contexts.
    expect(contextOf('examples/upgrade/main.tf')).toBe('test');
    expect(contextOf('variables.tf')).toBe('deploy');
    const failing = report.findings.filter((f) => f.failing).map((f) => f.file);
    expect(failing).toContain('tests/override.tftest.hcl');
    expect(failing).not.toContain('examples/basic/main.tf');
    // The finding carries the pin's context as the report shows it.
    for (const f of report.findings) expect(f.context).toBe(contextOf(f.file));
  });

  it('are applied after the scan, so the workers need not know them', () => {
    const root = join(FIXTURES, 'go-module');
    const scanned = scanFiles({ root, paths: [root], include: [], exclude: [], maxFileSize: 1e6 });
    const report = assess(scanned, {
      db,
      policy: { ...POLICY, contexts: { deploy: ['test/e2e/**'] } },
      today: TODAY,
    });
    expect(report.pins.find((p) => p.file === 'test/e2e/cluster.yaml')?.context).toBe('deploy');
    expect(report.findings.some((f) => f.file === 'test/e2e/cluster.yaml' && f.failing)).toBe(true);
  });
});

describe('the context a path says', () => {
  it.each([
    ['pkg/k3s/version_test.go', 'test'],
    ['internal/testdata/plan.yaml', 'test'],
    ['src/__tests__/cluster.ts', 'test'],
    ['web/plan.spec.ts', 'test'],
    ['lib/install_spec.rb', 'test'],
    ['tests/integration/expected.json', 'test'],
    ['test/fixtures/user-data.yaml', 'test'],
    ['roles/rke2/molecule/default/converge.yml', 'test'],
    ['e2e/kind.yaml', 'test'],
    ['.github/workflows/e2e.yml', 'test'],
    ['hack/kind-e2e.yaml', 'test'],
    ['clusters/e2e-k3s/main.tf', null],
    ['modules/rke2/tests/main.tftest.hcl', 'test'],
    ['scripts/install.bats', 'test'],
    ['.kitchen.yml', 'test'],
    ['python/test_install.py', 'test'],
    ['docs/demo.cast', 'docs'],
    ['logs/upgrade-2023-01-10.log', 'docs'],
    ['roles/rke2/meta/argument_specs.yml', 'docs'],
    ['scripts/bench/generate.mjs', 'test'],
    ['scripts/bench-adversarial.mjs', 'test'],
    ['pkg/scan_bench.go', 'test'],
    ['pkg/scan.bench.ts', 'test'],
    ['workbench/main.tf', null],
    ['meta/argument_specs.yaml', 'docs'],
    ['meta/main.yml', null],
    ['infra/user-data.yaml', null],
    ['latest.txt', null],
    ['contest/main.tf', null],
    ['examples/basic/main.tf', null],
    ['environments/testing/main.tf', null],
    ['cypress/support/commands/rancher-api-commands.ts', 'test'],
    ['storybook/src/stories/Form/Editor.stories.ts', 'test'],
    ['shell/components/Banner.stories.mdx', 'test'],
    ['.storybook/preview.js', 'test'],
    ['docs/attachments/swagger-v2.8.json', 'docs'],
    ['api/openapi.yaml', 'docs'],
    ['api/swagger.json', 'docs'],
    ['versioned_docs/version-1.2/examples/quickstart/cluster.yaml', 'docs'],
    ['versioned_docs/version-1.2/examples/e2e/cluster.yaml', 'docs'],
    ['swaggerize/main.tf', null],
    ['.github/workflows/extension-compatibility-test.yml', 'test'],
    ['.github/workflows/integration.yml', 'test'],
    ['.github/workflows/tests.yaml', 'test'],
    ['.github/workflows/test-upgrade.yml', 'test'],
    ['.github/workflows/deploy.yml', null],
    ['.github/workflows/latest-release.yml', null],
    ['.github/workflows/contest.yml', null],
    ['deploy/integration.yml', null],
    ['.github/encryption-tests.sh', 'test'],
    ['scripts/test.sh', 'test'],
    ['hack/run-tests.bash', 'test'],
    ['scripts/test-upgrade.ps1', 'test'],
    ['scripts/install-latest.sh', null],
    ['scripts/attestation.sh', null],
    ['scripts/contest.sh', null],
    ['examples/rke2controlplane-test.yaml', null],
    ['scripts/acceptance-cluster-setup.sh', 'test'],
    ['.github/workflows/acceptance.yml', 'test'],
    ['acceptance/main.tf', null],
    ['e2e-tests/config-simple.yaml', 'test'],
    ['integration-tests/main.tf', 'test'],
    ['hack/k8s_e2e/cluster.yaml', null],
    ['test-cluster/main.tf', null],
    ['contests/main.tf', null],
    ['stories/main.tf', null],
  ])('%s: %s', (file, context) => {
    expect(contextOfPath(file)).toBe(context);
  });
});

describe('the release catalog rule', () => {
  const pin = (line: number, version: string, product: Pin['product'] = 'k3s'): Pin => ({
    file: 'x.yaml',
    line,
    column: 1,
    product,
    version,
    text: version,
    form: 'yaml',
    inComment: false,
    context: 'deploy',
  });
  const release = (i: number) => `v1.${20 + i}.1+k3s1`;

  it(`needs ${CATALOG_MIN_RELEASES} distinct releases of one product`, () => {
    const few = Array.from({ length: CATALOG_MIN_RELEASES - 1 }, (_, i) => pin(i + 1, release(i)));
    // The same releases again do not make a catalog: a matrix repeated in two jobs.
    const repeated = [...few, ...few.map((p) => pin(p.line + 10, p.version))];
    assignContexts('x.yaml', '', repeated);
    expect(repeated.every((p) => p.context === 'deploy')).toBe(true);

    const many = Array.from({ length: CATALOG_MIN_RELEASES }, (_, i) => pin(i + 1, release(i)));
    assignContexts('x.yaml', '', many);
    expect(many.every((p) => p.context === 'catalog')).toBe(true);
  });

  it('counts one product at a time', () => {
    const mixed = Array.from({ length: CATALOG_MIN_RELEASES }, (_, i) =>
      i % 2 ? pin(i + 1, release(i)) : pin(i + 1, `v1.6.${i + 1}`, 'containerd'),
    );
    assignContexts('x.yaml', '', mixed);
    expect(mixed.every((p) => p.context === 'deploy')).toBe(true);
  });

  it(`breaks a run where pins are more than ${CATALOG_MAX_GAP_LINES} lines apart`, () => {
    const spread = Array.from({ length: CATALOG_MIN_RELEASES }, (_, i) =>
      pin(1 + i * (CATALOG_MAX_GAP_LINES + 1), release(i)),
    );
    assignContexts('x.yaml', '', spread);
    expect(spread.every((p) => p.context === 'deploy')).toBe(true);

    const near = Array.from({ length: CATALOG_MIN_RELEASES }, (_, i) =>
      pin(1 + i * CATALOG_MAX_GAP_LINES, release(i)),
    );
    const farDeploy = pin(near.at(-1)!.line + CATALOG_MAX_GAP_LINES + 1, release(0));
    const all = [...near, farDeploy];
    assignContexts('x.yaml', '', all);
    expect(near.every((p) => p.context === 'catalog')).toBe(true);
    expect(farDeploy.context).toBe('deploy');
  });

  it(`takes ${CATALOG_MIN_RELEASES_IN_FILE} distinct releases of one product anywhere in a file as a catalog`, () => {
    // A bundle table: one record per release, each a dozen lines long.
    const spread = (n: number) =>
      Array.from({ length: n }, (_, i) => pin(1 + i * 15, `v1.${20 + i}.${i}+k3s1`));
    const fewer = spread(CATALOG_MIN_RELEASES_IN_FILE - 1);
    assignContexts('x.yaml', '', fewer);
    expect(fewer.every((p) => p.context === 'deploy')).toBe(true);
    const table = spread(CATALOG_MIN_RELEASES_IN_FILE);
    assignContexts('x.yaml', '', table);
    expect(table.every((p) => p.context === 'catalog')).toBe(true);
  });

  it('takes an advisory record (OSV JSON) as a catalog, and no other JSON', () => {
    const record = JSON.stringify({
      schema_version: '1.6.0',
      id: 'GHSA-xxxx',
      affected: [{ package: { ecosystem: 'RKE2', name: 'rke2' }, versions: ['v1.24.9+rke2r1'] }],
    });
    const one = [pin(1, 'v1.24.9+rke2r1', 'rke2')];
    assignContexts('advisories/GHSA-xxxx.json', record, one);
    expect(one[0]!.context).toBe('catalog');
    // The same keys in a file that is not JSON, or JSON of another shape, say nothing.
    const other = [pin(1, 'v1.24.9+rke2r1', 'rke2')];
    assignContexts(
      'cluster.json',
      '{"schema_version": 1, "affected": [], "rke2": "v1.24.9+rke2r1"}',
      other,
    );
    expect(other[0]!.context).toBe('deploy');
    const yaml = [pin(1, 'v1.24.9+rke2r1', 'rke2')];
    assignContexts('advisory.yaml', record, yaml);
    expect(yaml[0]!.context).toBe('deploy');
  });

  it('keeps a handful of pins in one file deploy: a matrix, an upgrade from/to', () => {
    const text = [
      'strategy:',
      '  matrix:',
      '    k3s: [v1.24.9+k3s1, v1.25.5+k3s2, v1.26.0+k3s2]',
      'upgrade:',
      '  from: v1.24.9+k3s1',
      '  to: v1.24.9+k3s2',
      '',
    ].join('\n');
    const { pins } = extractPins('.github/workflows/upgrade.yml', text);
    expect(pins).toHaveLength(5);
    expect(pins.every((p) => p.context === 'deploy')).toBe(true);
  });

  it('marks a one-line list of many releases as a catalog', () => {
    const versions = Array.from({ length: 7 }, (_, i) => release(i));
    const { pins } = extractPins('supported.json', `{"k3s": ${JSON.stringify(versions)}}\n`);
    expect(pins).toHaveLength(7);
    expect(pins.every((p) => p.context === 'catalog')).toBe(true);
  });

  it('leaves documentation docs and test data test, whatever they list', () => {
    const table = Array.from({ length: 8 }, (_, i) => `| ${release(i)} | notes |`).join('\n');
    expect(extractPins('RELEASES.md', table).pins.every((p) => p.context === 'docs')).toBe(true);
    const list = Array.from({ length: 8 }, (_, i) => `- ${release(i)}`).join('\n');
    expect(
      extractPins('testdata/releases.yaml', list).pins.every((p) => p.context === 'test'),
    ).toBe(true);
  });
});

describe('the renderers say the context of a non-deploy pin', () => {
  it('text, Markdown, annotations and SARIF', async () => {
    const report = await scanTree('terraform-module');
    const json = JSON.parse(renderJson(report)) as Report;
    expect(json.summary.pinsByContext).toEqual({ deploy: 5, test: 3, catalog: 0, docs: 2 });
    const contextAt = new Map(json.pins.map((p) => [`${p.file}:${p.line}`, p.context]));
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) expect(f.context).toBe(contextAt.get(`${f.file}:${f.line}`));
    const text = renderText(report);
    expect(text).toMatch(
      /tests\/override\.tftest\.hcl\n {2}2:\d+ +rke2 +v1\.23\.15\+rke2r1 +hcl, test data\n/,
    );
    expect(text).toMatch(/variables\.tf\n {2}4:\d+ +rke2 +v1\.24\.9\+rke2r1 +terraform\n/);
    // A documentation file's pin says so once: its form is the context.
    expect(text).toMatch(/README\.md\n {2}\d+:\d+ +rke2 +\S+ +documentation\n/);
    const markdown = renderMarkdown(report);
    // The legend names the mark a test or catalog pin's row carries.
    expect(markdown).toContain('ℹ️ test data or a release catalog');
    expect(markdown).toMatch(/tests\/override\.tftest\.hcl:2[^|]*test data/);
    const warnings = planAnnotations(report).filter((a) => a.level === 'warning');
    expect(warnings.some((a) => a.message.includes('(test data) is affected'))).toBe(true);
    const sarif = renderSarif(report, db.advisories) as unknown as {
      runs: {
        results: {
          properties: { context: string };
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const results = sarif.runs[0]!.results;
    const uriOf = (r: (typeof results)[number]) =>
      r.locations[0]!.physicalLocation.artifactLocation.uri;
    const testResult = results.find((r) => uriOf(r) === 'tests/override.tftest.hcl')!;
    expect(testResult.properties.context).toBe('test');
    expect(testResult.message.text).toContain('Context: test data.');
    const deployResult = results.find((r) => uriOf(r) === 'variables.tf')!;
    expect(deployResult.properties.context).toBe('deploy');
    expect(deployResult.message.text).not.toContain('Context:');
  });
});

describe('README', () => {
  it('shows a contexts example that the settings schema accepts', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => parse(m[1]!) as Record<string, unknown>)
      .find((b) => 'contexts' in b);
    const parsed = SettingsSchema.safeParse(block);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.contexts.deploy).toEqual(['tests/prod-smoke/**']);
  });
});

describe('a log saved under another name', () => {
  const log = [
    '\uFEFF2026-02-14T05:03:20.1234567Z ##[group]Run make acceptance-cluster-setup',
    '2026-02-14T05:03:21.0000000Z Creating cluster',
    '2026-02-14T05:03:27.8879912Z Selected k3s image: rancher/k3s:v1.35.1-k3s1',
    '2026-02-14T05:03:28.0000000Z Kubernetes Version: v1.35.1+k3s1',
    '2026-02-14T05:03:29.0000000Z done',
    '',
  ].join('\n');

  it('is docs when most of its first lines open with an ISO 8601 time', () => {
    const { pins } = extractPins('ci/acceptance-different-k8s.txt', log);
    expect(pins.length).toBeGreaterThan(0);
    expect(pins.every((p) => p.context === 'docs')).toBe(true);
  });

  it('but a file with a dated line or two is not', () => {
    const text = [
      '# generated 2026-02-14T05:03:20Z',
      'k3s_version: v1.35.1+k3s1',
      'nodes: 3',
      'region: eu-west-1',
      'channel: stable',
      '',
    ].join('\n');
    expect(extractPins('cluster.yaml', text).pins.map((p) => p.context)).toEqual(['deploy']);
  });
});

describe('a record of events in JSON or YAML', () => {
  it('is docs when it holds an ISO 8601 time for every two pins or more', () => {
    const entry = (i: number) =>
      `    "run-${i}": {"run_id": ${1000 + i}, "completed_at": "2026-11-0${1 + (i % 9)}T10:00:00Z", "verified_at": "2026-11-0${1 + (i % 9)}T11:00:00Z", "recommended_rke2_version": "v1.32.13+rke2r1"}`;
    const ledger = `{\n  "entries": {\n${[0, 1, 2, 3, 4, 5].map(entry).join(',\n')}\n  }\n}\n`;
    const { pins } = extractPins('signoff-ledger.json', ledger);
    expect(pins).toHaveLength(6);
    expect(pins.every((p) => p.context === 'docs')).toBe(true);
  });

  it('but a config with a time or two is not', () => {
    const text = '# updated 2026-11-01T10:00:00Z\nrke2_version: v1.32.13+rke2r1\n';
    expect(extractPins('cluster.yaml', text).pins.map((p) => p.context)).toEqual(['deploy']);
  });
});

describe('a Grafana dashboard', () => {
  it("is docs: its versions are what the author's cluster showed when it was exported", () => {
    const dashboard = JSON.stringify(
      {
        panels: [{ type: 'stat' }],
        templating: {
          list: [{ name: 'k8s_version', current: { text: 'v1.25.4+k3s1', value: 'v1.25.4+k3s1' } }],
        },
      },
      null,
      2,
    );
    const { pins } = extractPins('dashboards/k3s-view-cluster.json.j2', dashboard);
    expect(pins.length).toBe(2);
    expect(pins.every((p) => p.context === 'docs')).toBe(true);
    // A Packer variable file with "value" keys is no dashboard.
    const packer = '{\n  "variables": {"rke2": {"value": "v1.25.4+rke2r1"}}\n}\n';
    expect(extractPins('rke2.pkr.json', packer).pins.map((p) => p.context)).toEqual(['deploy']);
  });
});
