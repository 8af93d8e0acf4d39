/**
 * The action end to end, run the way the runner runs it: `node dist/index.js` with INPUT_*
 * variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and
 * GITHUB_API_URL pointing at a local stand-in for GitHub's REST API.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/model.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { sarifValidator } from './support/sarif.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPO_FIXTURE = fileURLToPath(new URL('./fixtures/action/repo', import.meta.url));
const MARKER = '<!-- kube-pin-audit:kube-pin-audit -->';
const PR_PATCH =
  '@@ -1,2 +1,3 @@\n #cloud-config\n runcmd:\n+  - curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=v1.24.9+rke2r1 sh -';

interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

let github: FakeGitHub;
let temp: string;
let workspace: string;

beforeEach(async () => {
  github = await startFakeGitHub('octo', 'infra');
  github.files = [
    { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
    { filename: 'docs/x.md', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
    { filename: 'infra/user-data.yaml', status: 'modified', patch: PR_PATCH },
  ];
  temp = mkdtempSync(join(tmpdir(), 'kpa-action-'));
  workspace = join(temp, 'workspace');
  cpSync(REPO_FIXTURE, workspace, { recursive: true });
});

afterEach(async () => {
  await github.close();
  rmSync(temp, { recursive: true, force: true });
});

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

async function runStep(
  inputs: Record<string, string>,
  event = 'pull_request',
  payload: object = {},
): Promise<StepResult> {
  const eventPath = join(temp, 'event.json');
  const outputPath = join(temp, `output-${Date.now()}-${Math.random()}`);
  const summaryPath = join(temp, `summary-${Date.now()}-${Math.random()}`);
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/infra',
    GITHUB_SHA: 'merge0000',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': 'ghs_test_token',
    // The scan date is pinned: end of life and the releases named depend on it.
    INPUT_DATE: '2023-01-10',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

const PR_EVENT = { pull_request: { number: 7, head: { sha: 'head1234' } } };

describe('on a pull request', () => {
  it('fails, annotates the line, writes outputs and summary, and comments once', async () => {
    const step = await runStep({ 'report-file': 'out/report.json' }, 'pull_request', PR_EVENT);
    expect(step.code).toBe(1);
    const errors = step.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^::error title=KPA-2022-0001 \(high defect\)%3A v1\.24\.9\+rke2r1,file=infra\/user-data\.yaml,line=3,col=58,endColumn=72::v1\.24\.9\+rke2r1 is affected by KPA-2022-0001: .*Move to v1\.24\.9\+rke2r2\./,
      ),
    );
    // Introduced scope: the pre-existing pin is annotated as a warning, not an error.
    expect(errors.some((l) => l.includes('file=legacy/install.sh'))).toBe(false);
    expect(step.stdout).toMatch(/^::warning title=[^\n]*file=legacy\/install\.sh,line=2/m);
    expect(step.stdout).toMatch(
      /^::notice title=More kube-pin-audit findings than annotations::\d+ more failing/m,
    );
    expect(step.stdout).toMatch(/^::error::\d+ finding\(s\) fail the check/m);
    expect(step.stdout).not.toMatch(/at .*\.js:\d+/); // no stack trace

    const report = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as Report;
    expect(step.outputs).toMatchObject({
      pins: String(report.summary.pins),
      findings: String(report.summary.findings),
      failing: String(report.summary.failing),
      'report-file': join(workspace, 'out/report.json'),
    });
    // Introduced scope (the default on pull_request): only the line the PR adds fails.
    const failing = report.findings.filter((f) => f.failing);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((f) => f.file === 'infra/user-data.yaml' && f.introduced === true)).toBe(
      true,
    );
    expect(
      report.findings.some(
        (f) => f.file === 'legacy/install.sh' && f.introduced === false && !f.failing,
      ),
    ).toBe(true);

    expect(step.summary).toContain('KPA-2022-0001');
    expect(step.summary).toContain(
      'https://github.com/octo/infra/blob/head1234/infra/user-data.yaml#L3',
    );

    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(github.comments[0]!.body).toContain('KPA-2022-0001');
    // The PR files list came in pages, and every page was read.
    expect(github.requests.filter((r) => r.endsWith('/pulls/7/files')).length).toBe(2);
  });

  it('updates its comment in place on the next run, and says all is clear once the pins are fixed', async () => {
    const first = await runStep({ 'report-file': 'report.json' }, 'pull_request', PR_EVENT);
    expect(first.code).toBe(1);
    // Someone quoting the marker must not have their comment taken over.
    github.comments.unshift({
      id: 1,
      body: `> ${MARKER}\nwhy does this fail?`,
      user: { login: 'octocat', type: 'User' },
    });
    const second = await runStep({}, 'pull_request', PR_EVENT);
    expect(second.code).toBe(1);
    expect(github.comments).toHaveLength(2);
    expect(github.requests.filter((r) => r.startsWith('POST')).length).toBe(1);
    expect(github.comments[0]!.body).toBe(`> ${MARKER}\nwhy does this fail?`);

    const report = JSON.parse(readFileSync(join(workspace, 'report.json'), 'utf8')) as Report;
    const clean = report.pins.find((p) => p.file === 'infra/user-data.yaml')!.upgradeTo!;
    expect(clean).toMatch(/^v1\.\d+\.\d+\+rke2r\d+$/);
    const file = join(workspace, 'infra/user-data.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('v1.24.9+rke2r1', clean));
    const third = await runStep({}, 'pull_request', PR_EVENT);
    expect(third.code).toBe(0);
    expect(github.comments).toHaveLength(2);
    const ours = github.comments.find((c) => c.user.login === 'github-actions[bot]')!;
    expect(ours.body.startsWith(MARKER)).toBe(true);
    expect(ours.body).not.toContain('KPA-2022-0001');
    expect(ours.body.toLowerCase()).toMatch(/clear|no failing/);
  });

  it('creates no comment for a clean run in on-failure mode', async () => {
    const step = await runStep({ 'warn-only': 'true' }, 'pull_request', PR_EVENT);
    expect(step.code).toBe(0);
    expect(Number(step.outputs.findings)).toBeGreaterThan(0);
    expect(step.outputs.failing).toBe('0');
    expect(github.comments).toHaveLength(0);
    expect(step.stdout).toMatch(/^::warning title=[^\n]*file=infra\/user-data\.yaml,line=3/m);
    expect(step.stdout).not.toMatch(/^::error /m);
  });

  it('keeps the verdict when the token may not comment (a fork pull request)', async () => {
    github.refuseCommentWrites = 403;
    const step = await runStep({}, 'pull_request', PR_EVENT);
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(
      /^::warning::kube-pin-audit could not comment on the pull request \(HTTP 403.*pull-requests: write/m,
    );
    expect(github.comments).toHaveLength(0);
  });

  it('fails on pre-existing pins too with fail-on-scope: all', async () => {
    const step = await runStep(
      { 'fail-on-scope': 'all', 'report-file': 'r.json' },
      'pull_request',
      PR_EVENT,
    );
    expect(step.code).toBe(1);
    const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
    expect(
      report.findings.some(
        (f) => f.file === 'legacy/install.sh' && f.failing && f.introduced === false,
      ),
    ).toBe(true);
  });

  it("uses a personal token's own login to find its comment", async () => {
    github.viewer = 'infra-bot';
    await runStep({}, 'pull_request', PR_EVENT);
    await runStep({}, 'pull_request', PR_EVENT);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.user.login).toBe('infra-bot');
  });
});

describe('when GitHub misbehaves', () => {
  it('retries the changed-files list, then counts every finding and says so', async () => {
    github.failFiles = 502;
    const step = await runStep({ 'report-file': 'r.json' }, 'pull_request', PR_EVENT);
    expect(github.requests.filter((r) => r.endsWith('/pulls/7/files'))).toHaveLength(3);
    expect(step.stdout).toMatch(/^::warning::kube-pin-audit could not list the change's files/m);
    expect(step.stdout).toMatch(
      /^::warning::kube-pin-audit could not tell which lines this change introduces/m,
    );
    const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
    expect(report.findings.some((f) => f.file === 'legacy/install.sh' && f.failing)).toBe(true);
    expect(step.code).toBe(1);
  });

  it('a server error on the comment is a warning; the verdict stands', async () => {
    github.refuseCommentWrites = 503;
    const step = await runStep({}, 'pull_request', PR_EVENT);
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(
      /^::warning::kube-pin-audit could not comment on the pull request \(HTTP 503/m,
    );
  });

  it("finds its comment by marker when the token cannot say who it is (a GitHub App's token)", async () => {
    github.comments.push({
      id: 5,
      body: `${MARKER}\nold findings`,
      user: { login: 'infra-app[bot]', type: 'Bot' },
    });
    await runStep({}, 'pull_request', PR_EVENT);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.id).toBe(5);
    expect(github.comments[0]!.body).toContain('KPA-2022-0001');
  });

  it('comment: always comments on a clean run too', async () => {
    const step = await runStep(
      { comment: 'always', 'warn-only': 'true' },
      'pull_request',
      PR_EVENT,
    );
    expect(step.code).toBe(0);
    expect(github.comments).toHaveLength(1);
  });
});

describe('on other events', () => {
  it('push: every finding counts, nothing is commented, SARIF is written', async () => {
    const step = await runStep({ 'sarif-file': 'results.sarif' }, 'push', {});
    expect(step.code).toBe(1);
    expect(github.requests.some((r) => r.includes('/comments') || r.includes('/files'))).toBe(
      false,
    );
    const sarif = JSON.parse(readFileSync(join(workspace, 'results.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    expect(step.outputs['sarif-file']).toBe(join(workspace, 'results.sarif'));
    expect(
      sarif.runs[0].results.some(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri === 'legacy/install.sh',
      ),
    ).toBe(true);
  });

  it('merge_group: introduced lines come from comparing the group to its base', async () => {
    const step = await runStep({ 'report-file': 'r.json' }, 'merge_group', {
      merge_group: { base_sha: 'base1', head_sha: 'head2' },
    });
    expect(step.code).toBe(1);
    expect(github.requests).toContain('GET /repos/octo/infra/compare/base1...head2');
    const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
    expect(
      report.findings.filter((f) => f.failing).every((f) => f.file === 'infra/user-data.yaml'),
    ).toBe(true);
  });

  it('an invalid input fails the step with one line naming it and the accepted values', async () => {
    const step = await runStep({ 'fail-on-severity': 'severe' }, 'push', {});
    expect(step.code).toBe(1);
    expect(step.stdout).toContain(
      "::error::input 'fail-on-severity' must be one of low, medium, high, critical (got 'severe')",
    );
    expect(step.stdout).not.toMatch(/\n\s+at /);
  });

  it('a misspelled key in the config file names the file, line and the closest key', async () => {
    writeFileSync(join(workspace, 'kpa.yml'), 'comment: never\nfail-on-severty: high\n');
    const step = await runStep({ 'config-file': 'kpa.yml' }, 'push', {});
    expect(step.code).toBe(1);
    expect(step.stdout).toContain(
      "::error title=kube-pin-audit settings,file=kpa.yml,line=2::kpa.yml:2: unknown key 'fail-on-severty' (did you mean 'fail-on-severity'?)",
    );
    expect(existsSync(join(workspace, 'kpa.yml'))).toBe(true);
  });
});
