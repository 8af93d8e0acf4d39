/**
 * The context of each pin, guessed from the file it sits in: its path says test data or a
 * recording, its form says documentation, and its content says a release catalog. A user's
 * `contexts` globs override the guess later, in the policy stage (src/policy/contexts.ts).
 */
import type { Pin, PinContext } from './types.js';

/** Folders whose files are test data, expected outputs or test environments' configs. */
const TEST_FOLDERS = new Set([
  'test',
  'tests',
  'testdata',
  '__tests__',
  '__fixtures__',
  '__snapshots__',
  'fixtures',
  'e2e',
  'spec',
  'molecule',
  // Browser tests (Cypress) and UI demos (Storybook): sample data for a page, not a cluster.
  'cypress',
  'storybook',
  '.storybook',
  // Benchmarks plant pins to be found; they deploy nothing.
  'bench',
  'benchmark',
  'benchmarks',
]);

/**
 * `main_test.go`, `cluster.test.ts`, `plan.spec.ts`, `node_spec.rb`, `test_install.py`, an
 * end-to-end suite's `e2e.yml` or `kind-e2e.yaml`, a Storybook story's `Editor.stories.ts`, …
 */
const TEST_FILE_RE =
  /(?:[._]test|[._]spec|[._]bench|\.stories)\.[a-z0-9]+$|^bench(?:mark)?[._-]|^test_[^/]*\.py$|^conftest\.py$|\.tftest\.(?:hcl|json)$|\.bats$|\.golden$|^\.?kitchen(?:\.[^/]*)?\.ya?ml$|(?:^|[._-])e2e(?:[._-]|$)/;

/**
 * A CI workflow named for tests (`test.yml`, `extension-compatibility-test.yml`,
 * `integration.yml`): the releases it pins are the clusters its tests run on, often a matrix of
 * old ones on purpose.
 */
const TEST_WORKFLOW_RE =
  /(?:^|\/)\.github\/workflows\/(?:[^/]*[._-])?(?:tests?|integration|acceptance)(?:[._-][^/]*)?\.ya?ml$/;

/**
 * A shell script named for tests (`test.sh`, `run-tests.sh`, `acceptance-cluster-setup.sh`). Only
 * a file's name: an `acceptance` folder may be a real environment's (development, test,
 * acceptance, production).
 */
const TEST_SCRIPT_RE = /(?:^|[._-])(?:tests?|acceptance)(?:[._-][^/]*)?\.(?:sh|bash|zsh|ps1)$/;

/**
 * A log saved under another name (a CI job's log as `.txt`): most of its first lines open with
 * an ISO 8601 time. Configuration never does.
 */
function isTimestampedLog(text: string): boolean {
  const head = text.slice(0, 4096).split('\n', 21).slice(0, 20);
  const lines = head.filter((line) => line.trim());
  if (lines.length < 5) return false;
  const stamped = lines.filter((line) => LOG_LINE_RE.test(line)).length;
  return stamped >= lines.length * 0.8;
}
const LOG_LINE_RE = /^\uFEFF?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/;

/**
 * A record of events in JSON or YAML (a ledger of CI runs, a dump of a live cluster's objects):
 * an ISO 8601 time for every two pins or more, and five at least. A file a team deploys from
 * holds a time or two, if any.
 */
function isEventRecord(file: string, text: string, pins: number): boolean {
  if (!/\.(?:json|ya?ml)$/i.test(file)) return false;
  const needed = Math.max(5, Math.ceil(pins / 2));
  ISO_TIME_RE.lastIndex = 0;
  for (let times = 0; ISO_TIME_RE.exec(text);) if (++times >= needed) return true;
  return false;
}
const ISO_TIME_RE = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/g;

/**
 * A Grafana dashboard (`panels` and `templating`, also as a `.json.j2` template): a version in it
 * is what its author's cluster showed when it was exported, replaced as the page loads.
 */
function isDashboard(file: string, text: string): boolean {
  return (
    /\.json(?:\.[a-z0-9]+)?$/i.test(file) &&
    /"panels"\s*:\s*\[/.test(text) &&
    /"templating"\s*:\s*\{/.test(text)
  );
}

/**
 * A folder named for a suite of tests with a part before or after (`e2e-tests`,
 * `integration-tests`). A `test` or `e2e` part alone is not enough: `test-cluster/` and
 * `clusters/e2e-k3s/` may be real clusters that tests run on.
 */
const TEST_FOLDER_PART_RE = /(?:^|[._-])tests(?:[._-]|$)/;

/** Recordings and logs describe a cluster; they deploy nothing. */
const RECORDING_RE = /\.(?:cast|log|transcript)$/;
/**
 * An API description (`swagger-v2.8.json`, `openapi.yaml`): its `info.version` is the version of
 * the server it was taken from, not a release anyone deploys.
 */
const API_DESCRIPTION_RE = /^(?:swagger|openapi)(?:[._-][^/]*)?\.(?:json|ya?ml)$/;
/** Docusaurus keeps each released version's docs, examples included, frozen in here. */
const DOCS_FOLDERS = new Set(['versioned_docs']);
const ARGUMENT_SPECS_RE = /(?:^|\/)meta\/argument_specs\.ya?ml$/;

/**
 * A release catalog: at least this many distinct releases of one product, each pin within
 * CATALOG_MAX_GAP_LINES lines of the one before (one table or mapping). A matrix of three
 * releases or an upgrade plan's from/to stays `deploy`.
 */
export const CATALOG_MIN_RELEASES = 6;
export const CATALOG_MAX_GAP_LINES = 4;
/**
 * A file naming this many distinct releases of one product, wherever they stand, lists them
 * (a bundle table with a record per release, an end-of-life table): no deploy file pins a
 * dozen releases of one product.
 */
export const CATALOG_MIN_RELEASES_IN_FILE = 12;

/**
 * An advisory record (OSV: `schema_version`, `id`, `affected`) names the releases it affects
 * and fixes; it deploys none of them. The key test is cheap; the parse confirms the shape.
 */
function isAdvisoryRecord(file: string, text: string): boolean {
  if (!/\.json$/i.test(file) || !/"affected"\s*:\s*\[/.test(text)) return false;
  if (!/"schema_version"\s*:/.test(text)) return false;
  try {
    const record = JSON.parse(text) as { id?: unknown; affected?: unknown };
    return typeof record.id === 'string' && Array.isArray(record.affected);
  } catch {
    return false;
  }
}

/** The context a file's path says, or null when it says nothing (then: deploy). */
export function contextOfPath(file: string): 'test' | 'docs' | null {
  const lower = file.toLowerCase();
  const slash = lower.lastIndexOf('/');
  const name = lower.slice(slash + 1);
  if (RECORDING_RE.test(name) || API_DESCRIPTION_RE.test(name)) return 'docs';
  // An Ansible role's argument specs document its variables; the defaults it runs with are
  // defaults/main.yml's (Ansible never applies an argument spec's `default`).
  if (ARGUMENT_SPECS_RE.test(lower)) return 'docs';
  const folders = slash > 0 ? lower.slice(0, slash).split('/') : [];
  if (folders.some((folder) => DOCS_FOLDERS.has(folder))) return 'docs';
  if (TEST_FILE_RE.test(name) || TEST_SCRIPT_RE.test(name) || TEST_WORKFLOW_RE.test(lower)) {
    return 'test';
  }
  if (folders.some((folder) => TEST_FOLDERS.has(folder) || TEST_FOLDER_PART_RE.test(folder))) {
    return 'test';
  }
  return null;
}

/**
 * The context a whole file's content says (an advisory record; a log, a record of events or a
 * dashboard), or null when it says nothing.
 */
function contextOfContent(file: string, text: string, pins: number): 'catalog' | 'docs' | null {
  if (isAdvisoryRecord(file, text)) return 'catalog';
  if (isTimestampedLog(text) || isEventRecord(file, text, pins) || isDashboard(file, text)) {
    return 'docs';
  }
  return null;
}

/**
 * Sets `context` on each pin of one file: docs, then test (by path), then catalog (an advisory
 * record, or a product's pins that make a catalog), else deploy.
 */
export function assignContexts(file: string, text: string, pins: Pin[]): void {
  if (!pins.length) return;
  const byPath = contextOfPath(file) ?? contextOfContent(file, text, pins.length);
  const inCatalog = byPath ? null : catalogPins(pins);
  for (const pin of pins) {
    pin.context =
      pin.form === 'documentation'
        ? 'docs'
        : (byPath ?? (inCatalog?.has(pin) ? 'catalog' : 'deploy'));
  }
}

/** The pins that belong to a run of many distinct releases of one product. */
function catalogPins(pins: Pin[]): Set<Pin> | null {
  if (pins.length < CATALOG_MIN_RELEASES) return null;
  let found: Set<Pin> | null = null;
  const byProduct = new Map<string, Pin[]>();
  for (const pin of pins) {
    const list = byProduct.get(pin.product);
    if (list) list.push(pin);
    else byProduct.set(pin.product, [pin]);
  }
  for (const list of byProduct.values()) {
    if (list.length < CATALOG_MIN_RELEASES) continue;
    if (new Set(list.map((p) => p.version)).size >= CATALOG_MIN_RELEASES_IN_FILE) {
      found ??= new Set();
      for (const pin of list) found.add(pin);
      continue;
    }
    list.sort((a, b) => a.line - b.line || a.column - b.column);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && list[i]!.line - list[i - 1]!.line <= CATALOG_MAX_GAP_LINES) continue;
      const run = list.slice(start, i);
      if (new Set(run.map((p) => p.version)).size >= CATALOG_MIN_RELEASES) {
        found ??= new Set();
        for (const pin of run) found.add(pin);
      }
      start = i;
    }
  }
  return found;
}

/** A short phrase for a non-deploy pin in the renderers; null for `deploy`. */
export function contextNote(context: PinContext): string | null {
  switch (context) {
    case 'test':
      return 'test data';
    case 'catalog':
      return 'release catalog';
    case 'docs':
      return 'documentation';
    case 'deploy':
      return null;
  }
}
