/**
 * A release written the way the pin was: the same leading `v` (or none), the same separator
 * before the distribution suffix (`+`, `-` in image tags, `%2B` in URLs). Where the text holds
 * more than the version (a package revision, an image's build date), the target's full
 * spelling cannot be known and the pin is left, with the reason.
 */
import { schemes, type Product } from '../versioning/index.js';

export type Respelled = { text: string } | { reason: string };

const DISTRIBUTION_TEXT_RE =
  /^(v?)\d{1,4}\.\d{1,4}\.\d{1,4}(?:-(?:rc|alpha|beta)\.?\d{1,4})?(\+|-|%2[Bb])(?:rke2r|k3s|rfor)\d{1,4}$/;
/** A containerd version and nothing else: upstream, prerelease, or a fork build. */
const CONTAINERD_TEXT_RE =
  /^(v?)\d{1,4}\.\d{1,4}\.\d{1,4}(?:-(?:alpha|beta|rc)\.?\d{1,4})?(?:-(?:k3s|bd)\d{1,4}(?:[.-]\d{1,4}){0,3})?$/;
const BUILD_STAMP_RE = /-build\d{1,14}$/;

/** `target` (canonical) in the spelling of `written`, a pin of `product`. */
export function respell(product: Product, written: string, target: string): Respelled {
  if (product === 'containerd') return respellContainerd(written, target);
  const m = DISTRIBUTION_TEXT_RE.exec(written);
  const parsed = schemes[product].parse(target);
  if (!m || !parsed) return { reason: `the spelling '${written}' is not one fix can rewrite` };
  const [, v, separator] = m;
  const pre = parsed.pre.length ? `-${parsed.pre.join('')}` : '';
  const suffix = { rke2: 'rke2r', k3s: 'k3s', rfo: 'rfor' }[product];
  return {
    text: `${v}${parsed.major}.${parsed.minor}.${parsed.patch}${pre}${separator}${suffix}${parsed.revision}`,
  };
}

function respellContainerd(written: string, target: string): Respelled {
  const m = CONTAINERD_TEXT_RE.exec(written);
  if (m) return { text: `${m[1]}${target.replace(/^v/, '')}` };
  const stamp = BUILD_STAMP_RE.exec(written);
  if (stamp) {
    return {
      reason: `a hardened image tag with a build-date suffix (${stamp[0]}): the target image's tag is not known`,
    };
  }
  const revision = /^v?\d{1,4}\.\d{1,4}\.\d{1,4}(?:[-~](?:alpha|beta|rc)\.?\d{1,4})?(-.+)$/.exec(
    written,
  );
  if (revision) {
    const kind = /\.(?:el|fc|amzn|sles|suse)/.test(revision[1]!) ? 'an RPM' : 'a Debian';
    return {
      reason: `${kind} package revision (${revision[1]}): the target package's revision is not known`,
    };
  }
  return { reason: `the spelling '${written}' is not one fix can rewrite` };
}
