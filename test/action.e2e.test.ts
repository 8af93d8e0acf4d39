/**
 * The action end to end, run the way the runner runs it: `node dist/index.js` with INPUT_*
 * variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and
 * GITHUB_API_URL pointing at a local stand-in for GitHub's REST API.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/model.js';
import type { SarifLog } from '../src/report/sarif.js';
import { startFakeGitHub, type FakeFile, type FakeGitHub } from './support/fake-github.js';
import { commitTree, initRepo } from './support/git-repo.js';
import { sarifValidator } from './support/sarif.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPO_FIXTURE = fileURLToPath(new URL('./fixtures/action/repo', import.meta.url));
const GIT_BASE_FIXTURE = fileURLToPath(new URL('./fixtures/action-git/base', import.meta.url));
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
  /** The event payload: an object, or the file's text as it is. */
  payload: object | string = {},
): Promise<StepResult> {
  const eventPath = join(temp, 'event.json');
  const outputPath = join(temp, `output-${Date.now()}-${Math.random()}`);
  const summaryPath = join(temp, `summary-${Date.now()}-${Math.random()}`);
  writeFileSync(eventPath, typeof payload === 'string' ? payload : JSON.stringify(payload));
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
    // One annotation per pin: its decision, the release to move to and the same-line fix.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error title=v1\.24\.9\+rke2r1%3A move to v1\.\d+\.\d+\+rke2r\d+ \(KPA-2022-0001 \+\d+\),file=infra\/user-data\.yaml,line=3,col=58,endColumn=72::v1\.24\.9\+rke2r1 is affected by KPA-2022-0001 \(high defect\): .*Move to v1\.\d+\.\d+\+rke2r\d+, the nearest release free of failing advisories\. On its own line, v1\.24\.9\+rke2r2 fixes KPA-2022-0001\./,
    );
    // Introduced scope: the pre-existing pin is annotated as a warning, not an error.
    expect(errors.some((l) => l.includes('file=legacy/install.sh'))).toBe(false);
    expect(step.stdout).toMatch(/^::warning title=[^\n]*file=legacy\/install\.sh,line=2/m);
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
    expect(
      github.requests.filter((r) => r.startsWith('POST /repos/octo/infra/issues')).length,
    ).toBe(1);
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

describe('suggested changes', () => {
  const INTRODUCED = '  - curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=v1.24.9+rke2r1 sh -';

  it('posts one review with a suggestion on the introduced line and on no other', async () => {
    const step = await runStep(
      { 'fail-on-scope': 'all', 'report-file': 'r.json' },
      'pull_request',
      PR_EVENT,
    );
    expect(step.code).toBe(1);
    const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
    // The pre-existing pin fails too (scope all), but its line is not in the change.
    expect(report.findings.some((f) => f.file === 'legacy/install.sh' && f.failing)).toBe(true);
    const upgradeTo = report.pins.find((p) => p.file === 'infra/user-data.yaml')!.upgradeTo!;
    expect(github.reviews).toHaveLength(1);
    const [review] = github.reviews;
    expect(review).toMatchObject({ event: 'COMMENT', commit_id: 'head1234' });
    expect(review!.comments).toHaveLength(1);
    const [suggestion] = review!.comments;
    expect(suggestion).toMatchObject({ path: 'infra/user-data.yaml', line: 3, side: 'RIGHT' });
    expect(suggestion!.body).toContain(
      `\n\`\`\`suggestion\n${INTRODUCED.replace('v1.24.9+rke2r1', upgradeTo)}\n\`\`\``,
    );
    expect(suggestion!.body).toMatch(/`v1\.24\.9\+rke2r1` is affected by KPA-2022-0001/);
    // The workspace itself is not touched: a suggestion is only a proposal.
    expect(readFileSync(join(workspace, 'infra/user-data.yaml'), 'utf8')).toContain(INTRODUCED);
    expect(github.comments[0]!.body).toContain("1 suggested change posted on this PR's lines");
  });

  it('posts nothing new on the next push when the suggestion is already there', async () => {
    await runStep({}, 'pull_request', PR_EVENT);
    expect(github.reviews).toHaveLength(1);
    const second = await runStep({}, 'pull_request', PR_EVENT);
    expect(second.code).toBe(1);
    expect(github.reviews).toHaveLength(1);
    expect(github.reviewComments).toHaveLength(1);
    expect(github.requests.filter((r) => r.endsWith('/pulls/7/reviews'))).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('1 already there from an earlier push');
  });

  it('a refused review is a warning; the verdict and the comment stand', async () => {
    github.refuseReviews = 403;
    const step = await runStep({}, 'pull_request', PR_EVENT);
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(
      /^::warning::kube-pin-audit could not post its suggested changes \(HTTP 403.*pull-requests: write/m,
    );
    expect(github.reviews).toHaveLength(0);
    expect(github.comments).toHaveLength(1);
  });

  it('suggestions: false posts no review', async () => {
    const step = await runStep({ suggestions: 'false' }, 'pull_request', PR_EVENT);
    expect(step.code).toBe(1);
    expect(
      github.requests.some((r) => r.includes('/pulls/7/comments') || r.includes('/reviews')),
    ).toBe(false);
    expect(github.comments).toHaveLength(1);
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

  it('sarif-file past 25,000 findings: the most urgent are kept, and a warning says so', async () => {
    // 51 files of 10 pins of v1.20.4+rke2r1 (50 advisories each): 25,500 findings.
    mkdirSync(join(workspace, 'many'));
    const body = Array.from({ length: 10 }, (_, i) => `v${i} = "v1.20.4+rke2r1"\n`).join('');
    for (let i = 0; i < 51; i++) writeFileSync(join(workspace, 'many', `s${i}.tfvars`), body);
    const step = await runStep({ 'sarif-file': 'r.sarif', paths: 'many' }, 'push', {});
    expect(step.code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(workspace, 'r.sarif'), 'utf8')) as SarifLog;
    expect(sarif.runs[0].results).toHaveLength(25_000);
    expect(step.stdout).toMatch(
      /^::warning::r\.sarif: 25500 findings: the SARIF log keeps the 25000 most urgent/m,
    );
  }, 60_000);

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

describe('a hostile settings file on pull_request_target (the fork-safe recipe)', () => {
  const SECRET = 'root:x:0:0:kpa-secret-7c1e';
  const SETTINGS = '.github/kube-pin-audit.yml';
  let outside: string;

  beforeEach(() => {
    // What a pull request can add: links out of the checkout, and a settings file of its own.
    outside = join(temp, 'outside');
    mkdirSync(join(outside, 'pins'), { recursive: true });
    writeFileSync(join(outside, 'passwd'), `${SECRET}\ndaemon:x:1:1::/usr/sbin:/bin/false\n`);
    writeFileSync(join(outside, 'secret.json'), `{"token": "${SECRET}"`);
    writeFileSync(join(outside, 'victim.txt'), 'keep me');
    writeFileSync(
      join(outside, 'pins', 'install.sh'),
      'curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=v1.25.5+k3s1 sh -\n',
    );
    mkdirSync(join(workspace, '.git', 'hooks'), { recursive: true });
    mkdirSync(join(workspace, '.github'), { recursive: true });
    mkdirSync(join(workspace, 'sub', 'advisories'), { recursive: true });
    symlinkSync(outside, join(workspace, 'sub', 'outlink'));
    symlinkSync(join(outside, 'secret.json'), join(workspace, 'sub', 'advisories', 'x.json'));
    symlinkSync(join(outside, 'victim.txt'), join(workspace, 'report.json'));
  });

  /** Everything the step showed: the log, the job summary and the comment. */
  function shown(step: StepResult): string {
    return step.stdout + step.stderr + step.summary + github.comments.map((c) => c.body).join('');
  }

  function expectNothingEscaped(step: StepResult): void {
    expect(shown(step)).not.toContain('kpa-secret');
    expect(shown(step)).not.toContain('daemon:x');
    expect(shown(step)).not.toContain('INSTALL_K3S_VERSION');
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(readdirSync(join(workspace, '.git', 'hooks'))).toEqual([]);
    expect(readdirSync(outside).sort()).toEqual(['passwd', 'pins', 'secret.json', 'victim.txt']);
    expect(readdirSync(temp).filter((f) => f.includes('escaped'))).toEqual([]);
  }

  it.each([
    ['report-file: .git/hooks/post-checkout', "'report-file' must not point into .git/"],
    ['report-file: .GIT/hooks/post-checkout', "'report-file' must not point into .git/"],
    ['report-file: out/../.git/hooks/pre-push', "'report-file' must not leave the workspace"],
    ['sarif-file: ../escaped.sarif', "'sarif-file' must not leave the workspace with '..'"],
    ['sarif-file: sub/outlink/x.json', "'sarif-file' goes through a symbolic link (sub/outlink)"],
    ['report-file: report.json', "'report-file' goes through a symbolic link (report.json)"],
    ['advisories: [OUTSIDE/passwd]', "'advisories' must be a path relative to the workspace"],
    ['advisories: [/etc/passwd]', "'advisories' must be a path relative to the workspace"],
    ['advisories: [../../etc/passwd]', "'advisories' must not leave the workspace with '..'"],
    ['advisories: [../outside/passwd]', "'advisories' must not leave the workspace with '..'"],
    ['advisories: [sub/outlink/secret.json]', "'advisories' goes through a symbolic link"],
    ['paths: [sub/outlink/]', "'paths' goes through a symbolic link (sub/outlink)"],
    ['paths: [infra, sub/outlink/pins]', "'paths' goes through a symbolic link (sub/outlink)"],
  ])('%s is a settings error naming the file, line and key', async (line, message) => {
    writeFileSync(
      join(workspace, SETTINGS),
      `comment: always\n${line.replace('OUTSIDE', outside)}\n`,
    );
    const step = await runStep({}, 'pull_request_target', PR_EVENT);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain(
      `::error title=kube-pin-audit settings,file=${SETTINGS},line=2::${SETTINGS}:2: ${message}`,
    );
    expect(github.comments).toHaveLength(0);
    expectNothingEscaped(step);
  });

  it('a link among the files of an advisories folder is refused, and its target never shown', async () => {
    writeFileSync(join(workspace, SETTINGS), 'advisories: [sub/advisories]\n');
    const step = await runStep({}, 'pull_request_target', PR_EVENT);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain(
      '::error::sub/advisories/x.json: a symbolic link; advisory files in the repository are read only when they are not links',
    );
    expectNothingEscaped(step);
  });

  it('a settings file that is itself a link out is not read', async () => {
    symlinkSync(join(outside, 'passwd'), join(workspace, SETTINGS));
    const step = await runStep({}, 'pull_request_target', PR_EVENT);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain(
      `${SETTINGS}: settings file goes through a symbolic link (${SETTINGS}); links in the repository are not followed`,
    );
    expectNothingEscaped(step);
  });

  it('a settings file that is not YAML is named by line and column, never quoted', async () => {
    writeFileSync(join(workspace, SETTINGS), `comment: never\ntoken: "${SECRET}\n`);
    const step = await runStep({}, 'pull_request_target', PR_EVENT);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain(
      `${SETTINGS}:3:1: not valid YAML (a closing quote or bracket is missing)`,
    );
    expectNothingEscaped(step);
  });

  it('an advisory file that is not JSON is named by line and column, never quoted', async () => {
    writeFileSync(join(workspace, 'sub', 'advisories', 'bad.json'), `\n  ${SECRET}\n`);
    rmSync(join(workspace, 'sub', 'advisories', 'x.json'));
    writeFileSync(join(workspace, SETTINGS), 'advisories: [sub/advisories/bad.json]\n');
    const step = await runStep({}, 'pull_request_target', PR_EVENT);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain(
      '::error::sub/advisories/bad.json: not valid JSON at line 2, column 3: unexpected character where a value should start',
    );
    expectNothingEscaped(step);
  });

  it('paths inside the workspace still work; a report file is made anew, not written into a hard link', async () => {
    writeFileSync(
      join(workspace, SETTINGS),
      'paths: [infra, legacy]\nreport-file: out/report.json\nsarif-file: out/kpa.sarif\n',
    );
    mkdirSync(join(workspace, 'out'));
    linkSync(join(outside, 'victim.txt'), join(workspace, 'out/report.json'));
    // An input wins over the file, and may name RUNNER_TEMP.
    const step = await runStep(
      { 'sarif-file': join(temp, 'kpa.sarif') },
      'pull_request_target',
      PR_EVENT,
    );
    expect(step.code).toBe(1);
    const report = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as Report;
    expect(report.pins.map((p) => p.file)).toContain('infra/user-data.yaml');
    expect(step.outputs['sarif-file']).toBe(join(temp, 'kpa.sarif'));
    expect(JSON.parse(readFileSync(join(temp, 'kpa.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(existsSync(join(workspace, 'out/kpa.sarif'))).toBe(false);
    expectNothingEscaped(step);
  });
});

const NOT_FOLLOWED = 'links in the repository are not followed';

describe('inputs are the workflow author’s, but never write into .git/ or through a link', () => {
  it.each([
    ['report-file', '.git/hooks/post-checkout', 'must not point into .git/'],
    // The workspace is RUNNER_TEMP/workspace here: two levels up is outside both.
    ['sarif-file', '../../TEMP-escaped.sarif', 'must name a file in the workspace or RUNNER_TEMP'],
    ['report-file', 'report.json', `goes through a symbolic link (report.json); ${NOT_FOLLOWED}`],
    ['paths', 'sub/outlink', `goes through a symbolic link (sub/outlink); ${NOT_FOLLOWED}`],
  ])("input '%s: %s' fails the step naming the input", async (key, given, message) => {
    // A name of this run's own, beside its temporary folder.
    const value = given.replace('TEMP', basename(temp));
    mkdirSync(join(workspace, '.git', 'hooks'), { recursive: true });
    mkdirSync(join(workspace, 'sub'));
    mkdirSync(join(temp, 'outside'));
    writeFileSync(join(temp, 'outside', 'victim.txt'), 'keep me');
    symlinkSync(join(temp, 'outside'), join(workspace, 'sub', 'outlink'));
    symlinkSync(join(temp, 'outside', 'victim.txt'), join(workspace, 'report.json'));
    const step = await runStep({ [key]: value }, 'push', {});
    expect(step.code).toBe(1);
    expect(step.stdout).toContain(`::error::input '${key}' ${message} (got '${value}')`);
    expect(readdirSync(join(workspace, '.git', 'hooks'))).toEqual([]);
    expect(existsSync(join(temp, '..', `${basename(temp)}-escaped.sarif`))).toBe(false);
    expect(readFileSync(join(temp, 'outside', 'victim.txt'), 'utf8')).toBe('keep me');
  });
});

describe('the event payload', () => {
  it('is named by line and column when it is not JSON, never quoted, and the check fails closed', async () => {
    const broken = await runStep(
      { 'report-file': 'r.json' },
      'pull_request',
      '{"pull_request": {"title": "ghp_secret\u0001"}}',
    );
    expect(broken.stderr).toBe('');
    expect(broken.stdout).toContain(
      '::warning::kube-pin-audit: the event payload (GITHUB_EVENT_PATH) is not valid JSON at line 1, column 39: a control character inside a string, so the pull request is unknown to this run.',
    );
    expect(broken.stdout).not.toContain('ghp_secret');
    const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
    expect(report.findings.some((f) => f.file === 'legacy/install.sh' && f.failing)).toBe(true);
    expect(broken.code).toBe(1);
  });
});

describe('pin contexts and the report files of earlier runs', () => {
  it('report-file and sarif-file of an earlier run are skipped, not scanned', async () => {
    const inputs = { 'report-file': 'out/report.json', 'sarif-file': 'out/results.sarif' };
    const first = await runStep(inputs, 'push', {});
    const before = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as Report;
    const second = await runStep(inputs, 'push', {});
    const after = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as Report;
    expect(second.code).toBe(first.code);
    expect(after.pins).toEqual(before.pins);
    expect(after.skipped).toEqual([
      { file: 'out/report.json', reason: 'output' },
      { file: 'out/results.sarif', reason: 'output' },
    ]);
  });

  it('the contexts input moves a folder out of deploy, and its pins stop failing', async () => {
    const step = await runStep(
      { contexts: 'test:\n  - legacy/**\n', 'report-file': 'r.json' },
      'push',
      {},
    );
    const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
    expect(report.pins.find((p) => p.file === 'legacy/install.sh')?.context).toBe('test');
    expect(report.findings.some((f) => f.file === 'legacy/install.sh' && f.failing)).toBe(false);
    expect(report.findings.some((f) => f.file === 'infra/user-data.yaml' && f.failing)).toBe(true);
    expect(step.stdout).toMatch(
      /^::warning [^\n]*file=legacy\/install\.sh[^\n]*::v1\.25\.5\+k3s1 \(test data\) is affected/m,
    );
    expect(step.code).toBe(1);
  });
});

describe('changed lines: never pass what could not be seen (issue 13)', () => {
  const bigList = (count: number) => {
    const files: FakeFile[] = [
      { filename: 'infra/user-data.yaml', status: 'modified', patch: PR_PATCH },
    ];
    for (let i = 1; i < count; i++)
      files.push({ filename: `gen/file-${i}.tf`, status: 'added', patch: '@@ -0,0 +1 @@\n+x' });
    return files;
  };

  it('3,000 files listed and changed_files 3,001: every finding counts, and the warning names the fix', async () => {
    github.pageSize = 100;
    github.files = bigList(3000);
    const step = await runStep({ 'report-file': 'r.json' }, 'pull_request', {
      pull_request: { number: 7, head: { sha: 'head1234' }, changed_files: 3001 },
    });
    expect(github.requests.filter((r) => r.endsWith('/pulls/7/files'))).toHaveLength(30);
    expect(step.stdout).toMatch(
      /^::warning::GitHub listed 3000 of the 3001 files this pull request changes .*`fetch-depth: 0`/m,
    );
    const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
    // legacy/install.sh lies past the cut: its pin is not known to be old, so it fails.
    expect(report.findings.some((f) => f.file === 'legacy/install.sh' && f.failing)).toBe(true);
    expect(step.code).toBe(1);
  });

  it('a 300-file comparison in a merge group: every finding counts', async () => {
    github.pageSize = 100;
    github.files = bigList(300);
    const step = await runStep({ 'report-file': 'r.json' }, 'merge_group', {
      merge_group: { base_sha: 'base1', head_sha: 'head2' },
    });
    expect(github.requests).toContain('GET /repos/octo/infra/compare/base1...head2');
    expect(step.stdout).toMatch(
      /^::warning::GitHub's comparison listed 300 files for this merge group, the most it lists \(300\).*`fetch-depth: 0`/m,
    );
    const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
    expect(report.findings.some((f) => f.file === 'legacy/install.sh' && f.failing)).toBe(true);
    expect(step.code).toBe(1);
  });

  describe('a checkout holding the base commit', () => {
    let baseSha: string;
    let headSha: string;
    beforeEach(() => {
      // The base lacks the pin on infra/user-data.yaml line 3; the head (the action fixture) adds it.
      initRepo(workspace);
      baseSha = commitTree(workspace, GIT_BASE_FIXTURE, 'base');
      headSha = commitTree(workspace, REPO_FIXTURE, 'pin rke2');
      // GitHub's list is wrong both ways: it names a file the change left alone, and leaves out
      // the one it changed.
      github.files = [
        {
          filename: 'legacy/install.sh',
          status: 'modified',
          patch: '@@ -1,2 +1,2 @@\n #!/bin/sh\n-old\n+curl -sfL https://get.k3s.io',
        },
      ];
    });

    it('pull request: git wins over the API, and the API is not asked', async () => {
      const step = await runStep({ 'report-file': 'r.json' }, 'pull_request', {
        pull_request: {
          number: 7,
          head: { sha: headSha },
          base: { sha: baseSha },
          changed_files: 1,
        },
      });
      expect(
        github.requests.filter((r) => r.includes('/files') || r.includes('/compare/')),
      ).toEqual([]);
      expect(step.stdout).toContain('changed lines from git: 1 file(s) changed');
      const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
      const failing = report.findings.filter((f) => f.failing);
      expect(failing.length).toBeGreaterThan(0);
      expect(failing.every((f) => f.file === 'infra/user-data.yaml' && f.line === 3)).toBe(true);
      expect(
        report.findings
          .filter((f) => f.file === 'legacy/install.sh')
          .every((f) => f.introduced === false && !f.failing),
      ).toBe(true);
      expect(step.code).toBe(1);
      // The comment is still posted through the API.
      expect(github.comments).toHaveLength(1);
    });

    it('merge group: git wins, no comparison is asked for', async () => {
      const step = await runStep({ 'report-file': 'r.json' }, 'merge_group', {
        merge_group: { base_sha: baseSha, head_sha: headSha },
      });
      expect(github.requests.some((r) => r.includes('/compare/'))).toBe(false);
      const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
      expect(
        report.findings.filter((f) => f.failing).every((f) => f.file === 'infra/user-data.yaml'),
      ).toBe(true);
      expect(report.findings.some((f) => f.file === 'infra/user-data.yaml' && f.failing)).toBe(
        true,
      );
      expect(step.code).toBe(1);
    });

    it('needs no token when git answers', async () => {
      const step = await runStep({ 'report-file': 'r.json', 'github-token': '' }, 'pull_request', {
        pull_request: { number: 7, head: { sha: headSha }, base: { sha: baseSha } },
      });
      expect(github.requests).toEqual([]);
      expect(step.stdout).not.toMatch(/could not tell which lines/);
      const report = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')) as Report;
      expect(report.findings.some((f) => f.file === 'legacy/install.sh' && f.failing)).toBe(false);
      expect(step.code).toBe(1);
    });
  });
});
