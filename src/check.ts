/**
 * `check VERSION...`: the match and policy stages for versions typed by hand rather than found
 * in files.
 */
import type { BundledComponents, Database } from './advisories/types.js';
import { InputError } from './errors.js';
import { createMatcher } from './match/matcher.js';
import type { EndOfLifeSetting } from './match/support.js';
import { findingFails, isFailingAdvisory, type PolicyOptions } from './policy/policy.js';
import { advisoryRef, type AdvisoryRef } from './report/model.js';
import { identify, isChannel, schemeFor, type Product } from './versioning/index.js';

export interface CheckedAdvisory extends AdvisoryRef {
  via: { component: string; version: string } | null;
  /** How the match was judged (a release candidate as its release). */
  note?: string;
  fixedIn: string[];
  suggestion: string | null;
  failing: boolean;
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

export interface CheckOptions {
  /** YYYY-MM-DD: end of life is judged on this day. */
  date: string;
  endOfLife: EndOfLifeSetting;
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
    const identified = identify(input);
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
    const asPin = { inComment: false, form: 'text' as const };
    return {
      input,
      product,
      version,
      bundle,
      bundleKnown,
      advisories: matches.map(({ advisory, via, note, otherOs }) => ({
        ...advisoryRef(advisory),
        via,
        ...(note ? { note } : {}),
        fixedIn: matcher.fixedIn(product, version, advisory),
        suggestion: matcher.suggestion(product, version, advisory),
        failing: findingFails(
          { ...asPin, file: '', line: 0, column: 0, product, version, text: input },
          advisory,
          policy,
          undefined,
          otherOs,
        ),
      })),
      upgradeTo: matcher.upgradeTo(product, version, (a) => isFailingAdvisory(a, policy)),
    };
  });
}
