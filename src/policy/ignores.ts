/**
 * Exceptions that do not rot: an ignore names an advisory (by id or any alias), says why, and
 * may be limited to paths and versions and end on a date. An ignored finding stays in the
 * report, marked; an expired ignore no longer silences it; an ignore that matches nothing is
 * reported as stale.
 */
import { globMatcher } from '../discover/globs.js';
import type { IgnoreRule } from '../config/schema.js';
import type { InlineIgnore, ScanWarning } from '../extract/types.js';
import type { Finding, Ignored } from '../report/model.js';
import { canonicalize, identify, isChannel } from '../versioning/index.js';

export interface IgnoreSources {
  rules: IgnoreRule[];
  /** Where the rules came from, for stale-entry warnings. */
  rulesFile: string;
  inline: InlineIgnore[];
  /** YYYY-MM-DD; an ignore holds through its expiry day. */
  today: string;
}

/**
 * An `ignore.versions` entry must name a release: a channel (`latest`, `stable`, `v1.26`) or
 * a typo could never match a finding, so it would only ever show up as a stale ignore.
 */
export function isIgnorableVersion(text: string): boolean {
  return !isChannel(text) && identify(text) !== null;
}

export const IGNORE_VERSION_MESSAGE =
  'must be a release such as v1.24.9+rke2r1, v1.24.9+k3s1 or 1.6.12 (a channel or a Kubernetes version never matches a pin)';

/** What an ignore is matched against: a finding, or a release typed for `check` (no file). */
type IgnoreTarget = Pick<Finding, 'advisory' | 'product' | 'version' | 'text'> & {
  file: string | null;
};

function namesAdvisory(id: string, finding: Pick<Finding, 'advisory'>): boolean {
  const wanted = id.toLowerCase();
  return (
    finding.advisory.id.toLowerCase() === wanted ||
    finding.advisory.aliases.some((a) => a.toLowerCase() === wanted)
  );
}

/** An ignore holds through its expiry day. */
function isExpired(rule: IgnoreRule, today: string): boolean {
  return rule.expires !== undefined && rule.expires < today;
}

interface CompiledRule {
  rule: IgnoreRule;
  index: number;
  inPaths: ((file: string) => boolean) | null;
  used: boolean;
}

function ruleMatches(c: CompiledRule, f: IgnoreTarget): boolean {
  if (!namesAdvisory(c.rule.id, f)) return false;
  // A rule limited to paths cannot apply to a release that lies in no file.
  if (c.inPaths && (f.file === null || !c.inPaths(f.file))) return false;
  if (
    c.rule.versions &&
    !c.rule.versions.some((v) => v === f.text || canonicalize(f.product, v) === f.version)
  ) {
    return false;
  }
  return true;
}

function compile(rules: IgnoreRule[]): CompiledRule[] {
  return rules.map((rule, index) => ({
    rule,
    index,
    inPaths: globMatcher(rule.paths ?? []),
    used: false,
  }));
}

/** The settings file's verdict on one finding: silenced, expired (counts again), or null. */
function settingsIgnore(
  compiled: CompiledRule[],
  target: IgnoreTarget,
  today: string,
): Ignored | null {
  const matching = compiled.filter((c) => ruleMatches(c, target));
  if (!matching.length) return null;
  for (const c of matching) c.used = true;
  // A live rule wins over an expired one that also names this finding.
  const live = matching.find((c) => !isExpired(c.rule, today));
  if (live) return { reason: live.rule.reason, expires: live.rule.expires ?? null };
  const expired = matching[0]!.rule;
  return { reason: expired.reason, expires: expired.expires ?? null, expired: true };
}

/**
 * For `check`: the settings file's ignores applied to a release typed by hand. It lies in no
 * file, so a rule limited to `paths` does not apply to it.
 */
export function ignoreForRelease(
  rules: IgnoreRule[],
  target: Omit<IgnoreTarget, 'file'>,
  today: string,
): Ignored | null {
  return settingsIgnore(compile(rules), { ...target, file: null }, today);
}

/** What the ignores say of one finding: it is ignored, and whether it still fails. */
export interface IgnoreVerdict {
  ignored: Ignored;
  failing: boolean;
}

/**
 * The run's ignores, the settings file's and the inline ones, asked finding by finding; what
 * none of the findings used is reported as stale at the end.
 */
export class IgnoreBook {
  private readonly compiled: CompiledRule[];
  private readonly inlineUsed = new Set<InlineIgnore>();
  /** By file, each file's in their order: a finding looks at its own file's directives only. */
  private readonly inlineByFile = new Map<string, InlineIgnore[]>();

  constructor(private readonly sources: IgnoreSources) {
    this.compiled = compile(sources.rules);
    for (const i of sources.inline) {
      const inFile = this.inlineByFile.get(i.file);
      if (inFile) inFile.push(i);
      else this.inlineByFile.set(i.file, [i]);
    }
  }

  /** No ignore at all: every verdict is null. */
  get empty(): boolean {
    return !this.compiled.length && !this.inlineByFile.size;
  }

  /** The verdict on a finding that fails or not by the policy alone; null when none ignores it. */
  verdict(
    f: IgnoreTarget & { file: string; line: number },
    failing: boolean,
  ): IgnoreVerdict | null {
    // A directive covers its own line; one on a line of its own also covers the next.
    const inline = this.inlineByFile
      .get(f.file)
      ?.find(
        (i) =>
          (i.line === f.line || (i.ownLine && i.line === f.line - 1)) && namesAdvisory(i.id, f),
      );
    if (inline) {
      this.inlineUsed.add(inline);
      return { ignored: { reason: inline.reason, expires: null, inline: true }, failing: false };
    }
    const ignored = this.compiled.length
      ? settingsIgnore(this.compiled, f, this.sources.today)
      : null;
    if (!ignored) return null;
    return { ignored, failing: ignored.expired ? failing : false };
  }

  /** Ignores that matched no finding, and settings ignores past their expiry. */
  warnings(): ScanWarning[] {
    const { rulesFile, today } = this.sources;
    const warnings: ScanWarning[] = [];
    for (const c of this.compiled) {
      if (!c.used) {
        warnings.push({
          file: rulesFile,
          message: `ignore.${c.index} (${c.rule.id}) matches no finding in this scan: remove it if it is stale`,
        });
      } else if (isExpired(c.rule, today)) {
        warnings.push({
          file: rulesFile,
          message: `ignore.${c.index} (${c.rule.id}) expired on ${c.rule.expires}: its findings count again`,
        });
      }
    }
    for (const i of this.sources.inline) {
      if (!this.inlineUsed.has(i)) {
        warnings.push({
          file: i.file,
          line: i.line,
          message: `inline ignore of ${i.id} matches no finding it covers: remove it if it is stale`,
        });
      }
    }
    return warnings;
  }
}
