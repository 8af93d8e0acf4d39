/** Text rendering of `check` results. */
import type { CheckedVersion } from '../check.js';
import type { DataSources } from '../data/schema.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import { dataLine } from './data-freshness.js';
import { terminalSafe } from './escape.js';

/** Each release's bundle and advisories, and last, as in `scan`'s text, the data's date. */
export function renderCheckText(results: CheckedVersion[], data: DataSources | null): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`${r.version} (${r.product})`);
    if (r.bundle) {
      const parts = (['kubernetes', 'containerd', 'runc', 'etcd'] as const)
        .filter((c) => r.bundle![c])
        .map((c) => `${c} ${r.bundle![c]}`);
      out.push(`  bundles: ${parts.join(', ')}`);
    } else if (!r.bundleKnown) {
      out.push('  bundles: unknown (not in the bundle data); matched on its own advisories only');
    }
    if (!r.advisories.length) {
      out.push(
        r.bundleKnown
          ? '  no known advisory affects it'
          : '  no advisory names it (its bundled components are unknown)',
      );
    }
    for (const a of r.advisories) {
      const via = a.via ? ` (via ${a.via.component} ${a.via.version})` : '';
      const silenced = a.ignored !== null && a.ignored.expired !== true;
      const mark = a.failing ? 'FAIL' : silenced ? 'ignored' : 'warn';
      out.push(
        `  ${mark} ${a.id} [${a.severity} ${a.kind}]${via}: ${terminalSafe(a.summary)}`,
        `       fix: ${a.suggestion ?? 'no unaffected release known'}${a.fixedIn.length ? `; fixed in ${a.fixedIn.join(', ')}` : ''}`,
      );
      if (a.note) out.push(`       note: ${a.note}`);
      if (a.ignored) {
        const why = a.ignored.expired
          ? `ignore expired on ${a.ignored.expires}`
          : `ignored by the settings file${a.ignored.expires ? ` until ${a.ignored.expires}` : ''}`;
        out.push(`       ${why}: ${terminalSafe(a.ignored.reason)}`);
      }
    }
    out.push(`  nearest release free of failing advisories: ${r.upgradeTo ?? 'none known'}`, '');
  }
  out.push(dataLine(data), '');
  return `${out.join('\n')}`;
}

export function renderCheckJson(results: CheckedVersion[]): string {
  return `${JSON.stringify({ schemaVersion: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, results }, null, 2)}\n`;
}
