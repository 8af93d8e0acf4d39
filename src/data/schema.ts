/**
 * Schemas for the data kube-pin-audit ships (`data/advisories/*.json`, `data/bundles/*.json`)
 * and for user-supplied advisory files in the same format. The same schemas validate the data
 * when `scripts/build-data.ts` writes it, when tests read it, and when the runtime loads it.
 * Importing this module has no side effects.
 */
import * as z from 'zod/mini';
import { withMessages } from '../config/messages.js';

export const ECOSYSTEMS = [
  'RKE2',
  'K3s',
  'RFO',
  'containerd',
  'k3s-containerd',
  'runc',
  'kubernetes',
  'etcd',
] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * An advisory's severity: a level, or `unknown` where no rating could be found (it fails a
 * check only when `fail-on-unknown-severity` says so).
 */
export const ADVISORY_SEVERITIES = [...SEVERITIES, 'unknown'] as const;
export type AdvisorySeverity = (typeof ADVISORY_SEVERITIES)[number];

/** Operating systems an advisory can be limited to (`os`); absent means every one. */
export const OPERATING_SYSTEMS = ['windows', 'linux'] as const;
export type OperatingSystem = (typeof OPERATING_SYSTEMS)[number];

/** GitHub's advisory severities in ours (GitHub's MODERATE is medium). */
export const GITHUB_SEVERITY: Readonly<Record<string, Severity>> = {
  LOW: 'low',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  HIGH: 'high',
  CRITICAL: 'critical',
};

export const ADVISORY_KINDS = ['defect', 'security', 'end-of-life'] as const;

export type AdvisoryKind = (typeof ADVISORY_KINDS)[number];

export const REFERENCE_TYPES = ['REPORT', 'FIX', 'WEB', 'ADVISORY', 'PACKAGE', 'ARTICLE'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

const PRERELEASE = String.raw`(?:-(?:alpha|beta|rc)\.?\d+)?`;

/**
 * The canonical spelling of a version in `versions` and `fixed`, per ecosystem. Range events
 * are looser: the leading `v` is optional (OSV's Go style `1.6.15`) and `0` means "from the start".
 */
const CANONICAL_BODY: Record<Ecosystem, string> = {
  RKE2: String.raw`\d+\.\d+\.\d+${PRERELEASE}\+rke2r\d+`,
  K3s: String.raw`\d+\.\d+\.\d+${PRERELEASE}\+k3s\d+`,
  RFO: String.raw`\d+\.\d+\.\d+${PRERELEASE}\+rfor\d+`,
  // Upstream: v1.6.15, v1.7.0-beta.2.
  containerd: String.raw`\d+\.\d+\.\d+(?:-(?:alpha|beta|rc)\.\d+)?`,
  // Fork builds: v1.6.12-k3s1, v1.5.16-k3s1-1-22, v2.3.4-k3s1.36.
  'k3s-containerd': String.raw`\d+\.\d+\.\d+${PRERELEASE}-k3s\d+(?:[.-]\d+)*`,
  // v1.1.12, v1.0.0-rc92, v1.2.0-rc.1, fork builds v1.1.12-k3s1 and Go pseudo-versions
  // such as v1.0.0-rc8.0.20190930145003-cad42f6e0932.
  runc: String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?`,
  // Kubernetes as bundled: v1.24.9, v1.30.0-alpha.0, v1.21 (GitHub writes some bounds so).
  kubernetes: String.raw`\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?`,
  // etcd 3.x: v3.5.4, v3.4.0-rc.0 and the fork builds v3.5.4-k3s1, v3.5.19-k3s1.30.
  etcd: String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?`,
};

/** Range events may also carry a Go pseudo-version or any semver prerelease (`-0`, `-alpha.0`). */
const EVENT_BODY: Record<Ecosystem, string> = {
  ...CANONICAL_BODY,
  containerd: String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?`,
};

const canonicalPattern = (e: Ecosystem) => new RegExp(`^v${CANONICAL_BODY[e]}$`);
const eventPattern = (e: Ecosystem) => new RegExp(`^(?:0|v?${EVENT_BODY[e]})$`);

/** True when `version` is the canonical spelling of a version in `ecosystem`. */
export function isCanonicalVersion(ecosystem: Ecosystem, version: string): boolean {
  return canonicalPattern(ecosystem).test(version);
}

/** True when `version` may appear as an `introduced`/`fixed`/`last_affected` range event. */
export function isRangeEventVersion(ecosystem: Ecosystem, version: string): boolean {
  return eventPattern(ecosystem).test(version);
}

const oneLine = (max: number) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.regex(/^[^\r\n]*$/, 'must be a single line'));

/** `2022-12-20` or an RFC 3339 UTC timestamp. */
const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?$/, 'must be an ISO 8601 date'),
  );

const httpsUrl = z.string().check(z.regex(/^https:\/\/[^\s/]+\/?\S*$/, 'must be an https URL'));
const nonEmpty = () => z.string().check(z.minLength(1));

export const RangeEventSchema = z.union([
  z.strictObject({ introduced: nonEmpty() }),
  z.strictObject({ fixed: nonEmpty() }),
  z.strictObject({ last_affected: nonEmpty() }),
]);
export type RangeEvent = z.infer<typeof RangeEventSchema>;

export const RangeSchema = z
  .strictObject({
    type: z.literal('ECOSYSTEM'),
    events: z.array(RangeEventSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((range) => range.events[0] !== undefined && 'introduced' in range.events[0], {
      message: 'the first event must be "introduced"',
      path: ['events', 0],
    }),
  );
export type Range = z.infer<typeof RangeSchema>;

export const PackageSchema = z.strictObject({
  ecosystem: z.enum(ECOSYSTEMS),
  name: nonEmpty(),
});
export type Package = z.infer<typeof PackageSchema>;

export const AffectedSchema = z
  .strictObject({
    package: PackageSchema,
    ranges: z.optional(z.array(RangeSchema).check(z.minLength(1))),
    /** Explicitly affected versions, in the ecosystem's canonical spelling. */
    versions: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
    /** Releases to move to, for this package: fix suggestions, not range bounds. */
    fixed: z.optional(z.array(nonEmpty())),
  })
  .check(
    z.superRefine((entry, ctx) => {
      if (!entry.ranges && !entry.versions) {
        ctx.addIssue({ code: 'custom', message: 'needs "ranges" or "versions"', path: [] });
      }
      const ecosystem = entry.package.ecosystem;
      for (const key of ['versions', 'fixed'] as const) {
        entry[key]?.forEach((version, i) => {
          if (!isCanonicalVersion(ecosystem, version)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${version}" is not a canonical ${ecosystem} version`,
              path: [key, i],
            });
          }
        });
      }
      entry.ranges?.forEach((range, r) => {
        range.events.forEach((event, e) => {
          const [kind, version] = Object.entries(event)[0] as [string, string];
          if (!isRangeEventVersion(ecosystem, version)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${version}" is not a ${ecosystem} version`,
              path: ['ranges', r, 'events', e, kind],
            });
          }
        });
      });
    }),
  );
export type Affected = z.infer<typeof AffectedSchema>;

export const ReferenceSchema = z.strictObject({
  type: z.enum(REFERENCE_TYPES),
  url: httpsUrl,
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const CvssSchema = z.strictObject({
  score: z.number().check(z.gte(0), z.lte(10)),
  vector: z.string().check(z.regex(/^CVSS:\d\.\d\//, 'must be a CVSS vector string')),
});
export type Cvss = z.infer<typeof CvssSchema>;

export const AdvisorySchema = z.strictObject({
  schema_version: z.literal('1.6.0'),
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a file-name-safe id')),
  aliases: z.array(nonEmpty()),
  kind: z.enum(ADVISORY_KINDS),
  severity: z.enum(ADVISORY_SEVERITIES),
  cvss: z.nullable(CvssSchema),
  /** Only nodes of these operating systems are affected (e.g. Windows-only kubelet advisories). */
  os: z.optional(z.array(z.enum(OPERATING_SYSTEMS)).check(z.minLength(1))),
  summary: oneLine(200),
  details: nonEmpty(),
  published: isoDate,
  modified: z.optional(isoDate),
  affected: z.array(AffectedSchema).check(z.minLength(1)),
  references: z.array(ReferenceSchema).check(z.minLength(1)),
  database_specific: z.optional(
    z.strictObject({
      sources: z.array(nonEmpty()).check(z.minLength(1)),
      license: z.optional(nonEmpty()),
      notes: z.optional(nonEmpty()),
    }),
  ),
});
export type Advisory = z.infer<typeof AdvisorySchema>;

const versionOrNull = () => z.nullable(z.string().check(z.regex(/^v\d+\.\d+\.\d+\S*$/)));

export const BundleReleaseSchema = z.strictObject({
  kubernetes: z.nullable(z.string().check(z.regex(/^v1\.\d+\.\d+$/))),
  containerd: versionOrNull(),
  runc: versionOrNull(),
  etcd: versionOrNull(),
  /** RKE2's Windows agents ship their own containerd build; absent where none is known. */
  containerd_windows: z.optional(versionOrNull()),
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Where each fact came from, keyed by fact (`containerd`, `runc`, ...) or `row`. */
  sources: z.record(z.string(), nonEmpty()),
});
export type BundleRelease = z.infer<typeof BundleReleaseSchema>;

const RELEASE_KEY = {
  rke2: /^v1\.\d+\.\d+(?:-rc\d+)?\+rke2r\d+$/,
  k3s: /^v1\.\d+\.\d+(?:-rc\d+)?\+k3s\d+$/,
} as const;

export const BundleFileSchema = z
  .strictObject({
    product: z.enum(['rke2', 'k3s']),
    generated_from: nonEmpty(),
    releases: z.record(z.string(), BundleReleaseSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      for (const release of Object.keys(file.releases)) {
        if (!RELEASE_KEY[file.product].test(release)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${release}" is not a canonical ${file.product} release`,
            path: ['releases', release],
          });
        }
      }
    }),
  );
export type BundleFile = z.infer<typeof BundleFileSchema>;

const day = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));

export const EOL_PRODUCTS = ['rke2', 'k3s', 'kubernetes', 'containerd', 'etcd'] as const;
export type EolProduct = (typeof EOL_PRODUCTS)[number];

/** One release line's support: when it ends and what it last shipped, with the sources. */
export const SupportLineSchema = z.strictObject({
  product: z.enum(EOL_PRODUCTS),
  /** `1.33` */
  line: z.string().check(z.regex(/^\d+\.\d+$/, 'must be a MAJOR.MINOR line')),
  /** End of life; null when the source sets no date yet. */
  eol: z.nullable(day()),
  /** For RKE2/K3s: the upstream Kubernetes line whose end of life is the line's own. */
  upstream: z.optional(z.string().check(z.minLength(1))),
  last_release: z.nullable(z.string().check(z.minLength(1))),
  last_release_date: z.nullable(day()),
  /** The bundle data ends with this line's last release: later ones may exist. */
  may_continue: z.optional(z.boolean()),
  sources: z.array(nonEmpty()).check(z.minLength(1)),
});
export type SupportLine = z.infer<typeof SupportLineSchema>;

export const SupportFileSchema = z.strictObject({
  generated_from: nonEmpty(),
  lines: z.array(SupportLineSchema),
});
export type SupportFile = z.infer<typeof SupportFileSchema>;

/** Where the bundled data comes from, and the date of its newest source snapshot. */
export const DataSourcesSchema = z.strictObject({
  date: day(),
  sources: z.array(nonEmpty()).check(z.minLength(1)),
});
export type DataSources = z.infer<typeof DataSourcesSchema>;

/** `affected.0.package.ecosystem: Invalid option: ...`; the first issue, plus a count of the rest. */
function describeIssues(error: z.core.$ZodError): string {
  const lines = error.issues.map((issue) => {
    const path: PropertyKey[] = [...issue.path];
    if (issue.code === 'unrecognized_keys') path.push(...issue.keys);
    const where = path.length ? path.map(String).join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : '';
  return `${lines[0] ?? 'invalid'}${more}`;
}

function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown, file: string): T {
  const result = withMessages(schema).safeParse(json);
  if (!result.success) throw new Error(`${file}: ${describeIssues(result.error)}`);
  return result.data;
}

/**
 * Validates one advisory. Throws an Error whose message names the file and the first failing
 * field, e.g. `data/advisories/X.json: affected.0.package.ecosystem: Invalid option: ...`.
 */
export function parseAdvisory(json: unknown, file: string): Advisory {
  return parseWith(AdvisorySchema, json, file);
}

/** Validates one bundle file; errors name the file and field like `parseAdvisory`. */
export function parseBundleFile(json: unknown, file: string): BundleFile {
  return parseWith(BundleFileSchema, json, file);
}

export function parseSupportFile(json: unknown, file: string): SupportFile {
  return parseWith(SupportFileSchema, json, file);
}

export function parseDataSources(json: unknown, file: string): DataSources {
  return parseWith(DataSourcesSchema, json, file);
}
