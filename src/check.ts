/**
 * `check VERSION...`: the match and policy stages for versions typed by hand rather than found
 * in files.
 */
import type { BundledComponents, Database } from './advisories/types.js';
import { InputError } from './errors.js';
import { createMatcher } from './match/matcher.js';
import type { EndOfLifeSetting } from './match/support.js';
import { findingFails, isFailingAdvisory, type PolicyOptions } from './policy/policy.js';
import type { IgnoreRule } from './config/schema.js';
import { ignoreForRelease } from './policy/ignores.js';
import { advisoryRef, type AdvisoryRef, type Ignored } from './report/model.js';
import {
  identify,
  isChannel,
  schemes,
  schemeFor,
  type AnyVersion,
  type Product,
} from './versioning/index.js';

export interface CheckedAdvisory extends AdvisoryRef {
  via: { component: string; version: string } | null;
  /** How the match was judged (a release candidate as its release). */
  note?: string;
  fixedIn: string[];
  suggestion: string | null;
  failing: boolean;
  /** Set when the settings file's `ignore` names this advisory for this release. */
  ignored: Ignored | null;
}

export interface CheckedVersion {
  input: string;
  product: Product;
  version: string;
  bundle: BundledComponents | null;
  bundleKnown: boolean;
  advisories: CheckedAdvisory[];
  upgradeTo: string | null;
}

/**
 * containerd as a package manager or an image names it: the version is what follows the name.
 * apt `containerd.io=1.6.12-1` (and Ubuntu's `containerd=1.6.12-0ubuntu1~22.04.1`), yum/dnf
 * `containerd.io-1.6.12-3.1.el8[.x86_64][.rpm]`, a .deb file `containerd.io_1.6.12-1_amd64.deb`,
 * an image `rancher/hardened-containerd:v1.6.12-k3s1-build20221209`.
 */
const CONTAINERD_PACKAGE_RE = new RegExp(
  [
    String.raw`^containerd(?:\.io)?=(?:\d+:)?(?<apt>[^=\s]+)$`,
    String.raw`^containerd(?:\.io)?-(?:\d+:)?(?<rpm>\d[^\s]*?)(?:\.(?:x86_64|aarch64|noarch|ppc64le|s390x|armv7hl|i686))?(?:\.rpm)?$`,
    String.raw`^containerd(?:\.io)?_(?:\d+:)?(?<deb>\d[^_\s]*)_[a-z0-9]+\.deb$`,
    String.raw`^(?:[\w.:-]+/)*hardened-containerd:(?<tag>\S+)$`,
  ].join('|'),
);

/** A containerd version written with its package or image name, or null. */
export function containerdPackageVersion(input: string): AnyVersion | null {
  const m = CONTAINERD_PACKAGE_RE.exec(input.trim());
  const text = m && (m.groups!.apt ?? m.groups!.rpm ?? m.groups!.deb ?? m.groups!.tag);
  return text ? schemes.containerd.parse(text) : null;
}

function identifyTyped(input: string): { product: Product; version: AnyVersion } | null {
  const packaged = containerdPackageVersion(input);
  return packaged ? { product: 'containerd', version: packaged } : identify(input);
}

export interface CheckOptions {
  /** YYYY-MM-DD: end of life is judged on this day. */
  date: string;
  endOfLife: EndOfLifeSetting;
  /** The settings file's ignore entries. */
  ignores?: IgnoreRule[];
}

export function checkVersions(
  inputs: string[],
  db: Database,
  policy: PolicyOptions,
  options: CheckOptions,
): CheckedVersion[] {
  if (!inputs.length)
    throw new InputError('check needs at least one VERSION, e.g. check v1.24.9+rke2r1');
  const matcher = createMatcher(db, options);
  return inputs.map((input) => {
    const identified = identifyTyped(input);
    if (!identified) {
      throw new InputError(
        isChannel(input)
          ? `'${input}' is a channel, not a version; give a release such as v1.24.9+rke2r1`
          : /^v?1\.\d{2}\.\d+$/.test(input)
            ? `'${input}' looks like a Kubernetes version; give the release, e.g. ${input.replace(/^v?/, 'v')}+rke2r1 or ${input.replace(/^v?/, 'v')}+k3s1`
            : `'${input}' is not an RKE2, K3s, RFO or containerd version (e.g. v1.24.9+rke2r1, v1.24.9+k3s1, 1.6.12)`,
      );
    }
    const { product } = identified;
    const version = schemeFor(product).format(identified.version);
    const { matches, bundle, bundleKnown } = matcher.matchRelease(product, version);
    // A version typed by hand is treated as deployed code: not a comment, not documentation.
    const asPin = { inComment: false, form: 'text' as const, context: 'deploy' as const };
    return {
      input,
      product,
      version,
      bundle,
      bundleKnown,
      advisories: matches.map(({ advisory, via, note, otherOs }) => {
        const ref = advisoryRef(advisory);
        const ignored = ignoreForRelease(
          options.ignores ?? [],
          { advisory: ref, product, version, text: input },
          options.date,
        );
        const fails = findingFails(
          { ...asPin, file: '', line: 0, column: 0, product, version, text: input },
          advisory,
          policy,
          undefined,
          otherOs,
        );
        return {
          ...ref,
          via,
          ...(note ? { note } : {}),
          fixedIn: matcher.fixedIn(product, version, advisory),
          suggestion: matcher.suggestion(product, version, advisory),
          // An expired ignore no longer silences the advisory; it is still shown.
          failing: fails && (ignored === null || ignored.expired === true),
          ignored,
        };
      }),
      upgradeTo: matcher.upgradeTo(product, version, (a) => isFailingAdvisory(a, policy)),
    };
  });
}
