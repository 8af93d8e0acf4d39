/**
 * `assess` keeps findings as rows and makes them objects only when `report.findings` is read
 * (src/report/finding-rows.ts). Both must give the same report, byte for byte in JSON, with
 * ignores of every kind, changed lines, notes and pins without findings.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../src/audit.js';
import type { InlineIgnore, Pin } from '../src/extract/types.js';
import { unreadRows } from '../src/report/finding-rows.js';
import { renderJson } from '../src/report/json.js';
import type { Report } from '../src/report/model.js';
import { projectDb } from './support/db.js';

const pin = (file: string, line: number, text: string, extra: Partial<Pin> = {}): Pin => ({
  file,
  line,
  column: 5,
  product: text.includes('k3s') ? 'k3s' : 'rke2',
  version: text.startsWith('v') ? text : `v${text}`,
  text,
  form: 'terraform',
  inComment: false,
  context: 'deploy',
  ...extra,
});

const pins: Pin[] = [
  pin('infra/a.tf', 3, 'v1.24.9+rke2r1'),
  pin('infra/a.tf', 7, 'v1.24.9+rke2r1'),
  pin('infra/a.tf', 9, 'v1.24.9+rke2r1', { inComment: true }),
  pin('infra/b.tf', 2, 'v1.26.0-rc1+rke2r1'),
  pin('win/install.ps1', 4, 'v1.24.9+rke2r1', { form: 'powershell' }),
  pin('docs/guide.md', 12, 'v1.25.5+k3s1', { form: 'documentation', context: 'docs' }),
  pin('infra/c.tf', 1, 'v1.35.6+rke2r1'),
  pin('infra/d.tf', 1, 'v1.99.1+k3s1'),
];

const inlineIgnores: InlineIgnore[] = [
  { file: 'infra/a.tf', line: 2, id: 'KPA-2022-0001', reason: 'rolling out', ownLine: true },
  { file: 'infra/a.tf', line: 30, id: 'KPA-2022-0001', reason: 'stale', ownLine: false },
];

function report(withChanges: boolean): Report {
  return assess(
    {
      filesScanned: 6,
      pins: pins.map((p) => ({ ...p })),
      inlineIgnores,
      skipped: [],
      warnings: [],
    },
    {
      db: projectDb(),
      policy: { failOnSeverity: 'high', warnOnly: false, scope: 'all' },
      today: '2026-12-06',
      ignores: {
        file: '.github/kube-pin-audit.yml',
        rules: [
          { id: 'CVE-2023-25173', reason: 'tracked', paths: ['infra/a.tf'] },
          { id: 'CVE-2024-21626', reason: 'was tracked', expires: '2020-01-01' },
          { id: 'CVE-1999-0001', reason: 'never matches' },
        ],
      },
      ...(withChanges
        ? { changes: { has: (file: string, line: number) => file === 'infra/a.tf' && line === 3 } }
        : {}),
    },
  );
}

describe('findings kept as rows', () => {
  for (const withChanges of [false, true]) {
    it(`write the same JSON as the findings made into objects${withChanges ? ', on a pull request' : ''}`, () => {
      const lazy = report(withChanges);
      const fromRows = renderJson(lazy);
      // Writing the JSON read the rows, not the findings.
      expect(unreadRows(lazy)).toBeDefined();
      const findings = lazy.findings;
      expect(unreadRows(lazy)).toBeUndefined();
      expect(renderJson(lazy)).toBe(fromRows);

      // Every kind of finding the rows hold is in it.
      expect(findings.some((f) => f.ignored?.inline)).toBe(true);
      expect(findings.some((f) => f.ignored && !f.ignored.inline && !f.ignored.expired)).toBe(true);
      expect(findings.some((f) => f.ignored?.expired)).toBe(true);
      expect(findings.some((f) => f.note)).toBe(true);
      expect(findings.some((f) => f.failing)).toBe(true);
      expect(findings.some((f) => !f.failing)).toBe(true);
      expect(findings.some((f) => f.introduced === true)).toBe(withChanges);
      expect(findings.some((f) => f.introduced === false)).toBe(withChanges);
      expect(findings.some((f) => f.line === 9)).toBe(false);

      // Each line is what JSON.stringify writes for its finding object.
      const lines = fromRows
        .split('\n')
        .filter((l) => l.startsWith('    {"file"') && l.includes('"advisory"'))
        .map((l) => l.trim().replace(/,$/, ''));
      expect(lines).toEqual(findings.map((f) => JSON.stringify(f)));
      expect(lazy.summary.findings).toBe(findings.length);
      expect(lazy.summary.failing).toBe(findings.filter((f) => f.failing).length);
      expect(JSON.parse(fromRows)).toEqual(JSON.parse(JSON.stringify(lazy)));
    });
  }

  it('settle the ignores as before: stale ones are warned of, expired ones fail again', () => {
    const { findings, warnings } = report(false);
    const messages = warnings.map((w) => w.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/ignore\.2 \(CVE-1999-0001\) matches no finding/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/ignore\.1 \(CVE-2024-21626\) expired on 2020-01-01/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/inline ignore of KPA-2022-0001 matches no finding/),
    );
    const inline = findings.find((f) => f.line === 3 && f.advisory.id === 'KPA-2022-0001')!;
    expect(inline).toMatchObject({
      failing: false,
      ignored: { reason: 'rolling out', inline: true },
    });
    // The inline ignore on line 2 covers line 3 only, not line 7.
    const next = findings.find((f) => f.line === 7 && f.advisory.id === 'KPA-2022-0001')!;
    expect(next.ignored).toBeNull();
  });

  it('write whole lines when a finding is nearly as large as a chunk (1 MiB)', () => {
    // An ignore reason of almost 1 MiB on every finding of two pins: writing one finding can fill
    // both chunks in turn, and a full chunk must be handed out before the other one fills.
    const two = [pin('a.tf', 1, 'v1.24.9+rke2r1'), pin('a.tf', 2, 'v1.24.9+rke2r1')];
    const options = {
      db: projectDb(),
      policy: { failOnSeverity: 'high', warnOnly: false, scope: 'all' },
      today: '2026-12-06',
    } as const;
    const scanned = () => ({
      filesScanned: 1,
      pins: two.map((p) => ({ ...p })),
      inlineIgnores: [],
      skipped: [],
      warnings: [],
    });
    const ids = [...new Set(assess(scanned(), options).findings.map((f) => f.advisory.id))];
    expect(ids.length).toBeGreaterThan(10);
    for (const length of [(1 << 20) - 600, (1 << 20) - 350, (1 << 20) - 150]) {
      const rules = ids.map((id) => ({ id, reason: 'r'.repeat(length) }));
      const lazy = assess(scanned(), { ...options, ignores: { file: 's.yml', rules } });
      const fromRows = renderJson(lazy);
      void lazy.findings;
      expect(fromRows === renderJson(lazy), `reason of ${length} characters`).toBe(true);
    }
  });

  it('can be replaced, and then the replacement is what the JSON holds', () => {
    const lazy = report(false);
    lazy.findings = [];
    expect(unreadRows(lazy)).toBeUndefined();
    expect((JSON.parse(renderJson(lazy)) as Report).findings).toEqual([]);
  });
});
