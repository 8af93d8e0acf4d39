import { describe, expect, it } from 'vitest';
import { makeFinding } from './support/findings.js';
import type { Advisory } from '../src/data/schema.js';
import { buildReport, type AdvisoryRef, type Finding, type Report } from '../src/report/model.js';
import {
  FINGERPRINT_KEY,
  MAX_SARIF_RESULTS,
  renderSarif,
  renderSarifJson,
  sarifOmissionNote,
  TOOL_INFORMATION_URI,
  type SarifLog,
} from '../src/report/sarif.js';
import { TOOL_VERSION } from '../src/tool.js';
import { sarifValidator } from './support/sarif.js';

const DEFECT: Advisory = {
  schema_version: '1.6.0',
  id: 'KPA-2022-0001',
  aliases: ['containerd/containerd#7843'],
  kind: 'defect',
  severity: 'high',
  cvss: null,
  summary: 'containerd forgets pod IPs across a restart',
  details:
    'First paragraph about `crictl inspectp`.\n\nSecond paragraph with <b>markup</b> and @octocat.',
  published: '2022-12-20',
  affected: [
    {
      package: { ecosystem: 'RKE2', name: 'github.com/rancher/rke2' },
      versions: ['v1.24.9+rke2r1'],
      fixed: ['v1.24.9+rke2r2'],
    },
    {
      package: { ecosystem: 'containerd', name: 'github.com/containerd/containerd' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: 'v1.6.9' }, { fixed: 'v1.6.15' }] }],
    },
  ],
  references: [
    { type: 'REPORT', url: 'https://github.com/containerd/containerd/issues/7843' },
    { type: 'FIX', url: 'https://github.com/containerd/containerd/pull/7848' },
  ],
};

const RUNC_CVE: Advisory = {
  schema_version: '1.6.0',
  id: 'GO-2024-2491',
  aliases: ['CVE-2024-21626', 'GHSA-xr7r-f8xq-vfvv'],
  kind: 'security',
  severity: 'high',
  cvss: { score: 8.6, vector: 'CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H' },
  summary: 'Container breakout through process.cwd trickery and leaked fds in runc',
  details: 'runc 1.1.11 and earlier leak an internal file descriptor.',
  published: '2024-01-31',
  affected: [
    {
      package: { ecosystem: 'runc', name: 'github.com/opencontainers/runc' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.1.12' }] }],
    },
  ],
  references: [{ type: 'ADVISORY', url: 'https://github.com/advisories/GHSA-xr7r-f8xq-vfvv' }],
};

const NO_CVSS: Advisory = {
  ...RUNC_CVE,
  id: 'GHSA-aaaa-bbbb-cccc',
  aliases: [],
  severity: 'medium',
  cvss: null,
  summary: 'A medium security advisory without a CVSS score',
  references: [{ type: 'WEB', url: 'https://example.com/advisory' }],
};

function ref(a: Advisory): AdvisoryRef {
  return {
    id: a.id,
    aliases: a.aliases,
    kind: a.kind,
    severity: a.severity,
    summary: a.summary,
    url: a.references[0]!.url,
  };
}

const finding = makeFinding;

function sampleReport(): Report {
  const findings: Finding[] = [
    finding({ advisory: ref(DEFECT) }),
    finding({
      advisory: ref(RUNC_CVE),
      via: { component: 'runc', version: 'v1.1.10' },
      suggestion: 'v1.24.17+rke2r1',
      fixedIn: ['v1.24.17+rke2r1'],
    }),
    // Documentation: reported, not failing.
    finding({
      file: 'docs/upgrade notes #1.md',
      line: 3,
      column: 5,
      form: 'documentation',
      advisory: ref(DEFECT),
      failing: false,
    }),
    // Ignored by configuration.
    finding({
      file: 'clusters/legacy.tf',
      line: 7,
      column: 15,
      text: '1.24.9+rke2r1',
      advisory: ref(NO_CVSS),
      failing: false,
      suggestion: null,
      fixedIn: [],
      upgradeTo: null,
      ignored: { reason: 'legacy cluster [decommissioned](1) soon', expires: '2030-01-01' },
    }),
  ];
  return buildReport({
    filesScanned: 10,
    pins: findings.map(
      ({ advisory: _a, via: _v, fixedIn: _f, suggestion: _s, failing: _x, ignored: _i, ...pin }) =>
        pin,
    ),
    findings,
    skipped: [],
    warnings: [],
  });
}

const ADVISORIES = [DEFECT, RUNC_CVE, NO_CVSS];

describe('renderSarif', () => {
  it('is valid SARIF 2.1.0 by the official JSON schema', () => {
    const validate = sarifValidator();
    const log = renderSarif(sampleReport(), ADVISORIES);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // An empty report is valid too.
    const empty = buildReport({
      filesScanned: 0,
      pins: [],
      findings: [],
      skipped: [],
      warnings: [],
    });
    expect(validate(renderSarif(empty, []))).toBe(true);
    // The validator does reject what is not SARIF 2.1.0.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const broken = structuredClone(log) as unknown as { runs: { results: object[] }[] };
    broken.runs[0]!.results[0] = { ruleId: 'X', locations: 'here' };
    expect(validate(broken)).toBe(false);
    expect(
      validate({
        ...log,
        runs: [{ ...log.runs[0], tool: { driver: { name: 'x', informationUri: 'not a uri' } } }],
      }),
    ).toBe(false);
  });

  it('describes the tool and one rule per advisory with findings', () => {
    const log = renderSarif(sampleReport(), new Map(ADVISORIES.map((a) => [a.id, a])));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({
      name: 'kube-pin-audit',
      version: TOOL_VERSION,
      informationUri: TOOL_INFORMATION_URI,
    });
    expect(driver.rules.map((r) => r.id)).toEqual([
      'GHSA-aaaa-bbbb-cccc',
      'GO-2024-2491',
      'KPA-2022-0001',
    ]);
    const [noCvss, runc, defect] = driver.rules;

    expect(defect).toMatchObject({
      id: 'KPA-2022-0001',
      name: 'Kpa20220001',
      shortDescription: { text: 'containerd forgets pod IPs across a restart' },
      fullDescription: { text: 'First paragraph about `crictl inspectp`.' },
      helpUri: 'https://github.com/containerd/containerd/issues/7843',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['defect', 'RKE2', 'containerd'], precision: 'very-high' },
    });
    expect(defect!.properties['security-severity']).toBeUndefined();
    expect(defect!.help.text).toContain('RKE2: v1.24.9+rke2r2');
    expect(defect!.help.text).toContain('containerd: v1.6.15');
    expect(defect!.help.text).toContain('https://github.com/containerd/containerd/pull/7848');
    expect(defect!.help.markdown).toContain('`v1.24.9+rke2r2`');
    expect(defect!.help.markdown).toContain(
      '- [https:\u2060//github.com/containerd/containerd/pull/7848](https://github.com/containerd/containerd/pull/7848)',
    );
    // Advisory text is escaped in Markdown too: no raw HTML, no live mention.
    expect(defect!.help.markdown).not.toMatch(/<b>|@octocat/);
    expect(defect!.help.markdown).toContain('&lt;b&gt;markup&lt;/b&gt;');

    // Security: CVSS when known, else the documented mapping from severity.
    expect(runc).toMatchObject({
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'runc'], 'security-severity': '8.6' },
    });
    expect(runc!.help.markdown).toContain('CVSS 8.6');
    expect(noCvss).toMatchObject({
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['security', 'runc'], 'security-severity': '5.5' },
    });
  });

  it('puts one result per finding at the pin, sorted, with suppressions for ignores', () => {
    const log = renderSarif(sampleReport(), ADVISORIES);
    const { rules, results } = {
      rules: log.runs[0].tool.driver.rules,
      results: log.runs[0].results,
    };
    expect(
      results.map((r) => [r.locations[0].physicalLocation.artifactLocation.uri, r.ruleId]),
    ).toEqual([
      ['clusters/legacy.tf', 'GHSA-aaaa-bbbb-cccc'],
      ['docs/upgrade%20notes%20%231.md', 'KPA-2022-0001'],
      ['infra/user-data.yaml', 'GO-2024-2491'],
      ['infra/user-data.yaml', 'KPA-2022-0001'],
    ]);
    for (const r of results) {
      expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(r).not.toHaveProperty('partialFingerprints');
      expect(Object.keys(r.fingerprints)).toEqual([FINGERPRINT_KEY]);
    }
    const [ignored, docs, runc, defect] = results;

    expect(defect!.level).toBe('error');
    expect(defect!.locations[0].physicalLocation.region).toEqual({
      startLine: 12,
      startColumn: 30,
      endColumn: 30 + 'v1.24.9+rke2r1'.length,
    });
    expect(defect!.message.text).toContain('v1.24.9+rke2r1 is affected by KPA-2022-0001');
    expect(defect!.message.text).toContain('Fix: move to v1.24.9+rke2r2.');
    expect(defect!.message.text).toContain('v1.24.10+rke2r1');

    expect(runc!.message.text).toContain('through its bundled runc v1.1.10');
    expect(docs!.level).toBe('warning');
    expect(docs!.message.text).toContain('documentation');
    expect(docs!.properties).toMatchObject({ documentation: true, failing: false });

    expect(ignored!.level).toBe('warning');
    expect(ignored!.suppressions).toEqual([
      {
        kind: 'external',
        justification: 'legacy cluster [decommissioned](1) soon (until 2030-01-01)',
      },
    ]);
    // `[text](n)` in a plain-text message would be a SARIF embedded link.
    expect(ignored!.message.text).toContain('\\[decommissioned\\](1)');
    expect(ignored!.message.text).toContain('(written "1.24.9+rke2r1")');
    expect(ignored!.message.text).toContain('No fixed release is known.');
    expect(results.filter((r) => r.suppressions)).toHaveLength(1);
  });

  it('fingerprints survive line moves and tell repeated pins apart', () => {
    const report = sampleReport();
    const before = renderSarif(report, ADVISORIES).runs[0].results;
    const moved = structuredClone(report);
    for (const f of moved.findings) f.line += 40;
    const after = renderSarif(moved, ADVISORIES).runs[0].results;
    expect(after.map((r) => r.fingerprints)).toEqual(before.map((r) => r.fingerprints));

    const twice = structuredClone(report);
    twice.findings.push({ ...twice.findings[0]!, line: 99 });
    const prints = renderSarif(twice, ADVISORIES)
      .runs[0].results.filter((r) => r.ruleId === 'KPA-2022-0001')
      .map((r) => r.fingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(prints.length);
    expect(prints.every((p) => /^[0-9a-f]{64}:\d+$/.test(p!))).toBe(true);
  });

  it('does not suppress a finding whose ignore expired', () => {
    const expired = finding({
      advisory: ref(DEFECT),
      failing: false,
      ignored: { reason: 'legacy', expires: '2024-01-01', expired: true },
    });
    const report = buildReport({
      filesScanned: 1,
      pins: [],
      findings: [expired],
      skipped: [],
      warnings: [],
    });
    const [result] = renderSarif(report, ADVISORIES).runs[0].results;
    expect(result!.suppressions).toBeUndefined();
    expect(result!.message.text).toContain('Ignore expired on 2024-01-01: legacy.');
  });

  it('levels: failing is error; otherwise by severity; low is a note', () => {
    const low = finding({
      advisory: { ...ref(DEFECT), id: 'KPA-LOW', severity: 'low' },
      failing: false,
    });
    const report = buildReport({
      filesScanned: 1,
      pins: [],
      findings: [low],
      skipped: [],
      warnings: [],
    });
    const log = renderSarif(report, []);
    expect(log.runs[0].results[0]!.level).toBe('note');
    // A rule built from the AdvisoryRef alone when the full record is missing.
    expect(log.runs[0].tool.driver.rules[0]).toMatchObject({
      id: 'KPA-LOW',
      defaultConfiguration: { level: 'note' },
      properties: { tags: ['defect', 'RKE2'] },
    });
    expect(sarifValidator()(log)).toBe(true);
  });

  it('escapes hostile repository text and stays deterministic', () => {
    const hostile = finding({
      file: 'a|b/<img src=x onerror=alert(1)>/`x`\u001b[31m@octocat.yaml',
      advisory: ref(DEFECT),
    });
    const report = buildReport({
      filesScanned: 1,
      pins: [],
      findings: [hostile],
      skipped: [],
      warnings: [],
    });
    const log = renderSarif(report, ADVISORIES);
    const uri = log.runs[0].results[0]!.locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe(
      'a%7Cb/%3Cimg%20src=x%20onerror=alert%281%29%3E/%60x%60%1B%5B31m%40octocat.yaml',
    );
    expect(sarifValidator()(log)).toBe(true);
    expect(renderSarifJson(report, ADVISORIES)).toBe(
      renderSarifJson(report, [...ADVISORIES].reverse()),
    );
    expect(JSON.parse(renderSarifJson(report, ADVISORIES))).toEqual(log as SarifLog);
  });
});

describe('a report with more findings than GitHub takes in one SARIF run', () => {
  it('keeps the most urgent, in file order, says how many were left out, and stays valid', () => {
    // Sample findings: two failing (the defect and the runc CVE), one in documentation and one
    // ignored. With room for three, the ignored one goes: it is the least urgent.
    const report = sampleReport();
    const log = renderSarif(report, ADVISORIES, 3);
    const results = log.runs[0].results;
    expect(results).toHaveLength(3);
    expect(results.map((r) => r.ruleId).sort()).toEqual([RUNC_CVE.id, DEFECT.id, DEFECT.id]);
    expect(results.some((r) => r.suppressions)).toBe(false);
    // In file order, like a log that keeps everything; rules only for what is kept.
    const files = results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(files).toEqual([...files].sort());
    expect(log.runs[0].tool.driver.rules.map((r) => r.id)).toEqual([RUNC_CVE.id, DEFECT.id].sort());
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: {
              text: '4 findings: the SARIF log keeps the 3 most urgent, since GitHub code scanning rejects a run with more results; the JSON report has every one',
            },
          },
        ],
      },
    ]);
    const validate = sarifValidator();
    expect(validate(log)).toBe(true);
    // With room for all, nothing is left out and nothing is said.
    expect(renderSarif(report, ADVISORIES, 4).runs[0].invocations).toBeUndefined();
    expect(renderSarif(report, ADVISORIES).runs[0].results).toHaveLength(4);
  });

  it("is cut at GitHub's hard limit of 25,000 results per run", () => {
    expect(MAX_SARIF_RESULTS).toBe(25_000);
    expect(sarifOmissionNote(25_000)).toBeNull();
    expect(sarifOmissionNote(25_001)).toMatch(/^25001 findings: the SARIF log keeps the 25000/);
  });
});
