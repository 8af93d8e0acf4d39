/**
 * CVSS 3.0/3.1 base scores from a vector (GitHub advisory records carry only the vector). The
 * formulas are FIRST's specification; CVSS 4.0 vectors are not scored here (score null).
 */

const WEIGHTS: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
};

/** 3.1's round-up, which avoids floating-point surprises (Appendix A of the 3.1 specification). */
function roundUp31(value: number): number {
  const scaled = Math.round(value * 100_000);
  return scaled % 10_000 === 0 ? scaled / 100_000 : (Math.floor(scaled / 10_000) + 1) / 10;
}

function roundUp30(value: number): number {
  return Math.ceil(value * 10) / 10;
}

/** The base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector; null for any other vector. */
export function cvss3BaseScore(vector: string): number | null {
  const m = /^CVSS:3\.([01])\/(.+)$/.exec(vector.trim());
  if (!m) return null;
  const metrics = new Map<string, string>();
  for (const part of m[2]!.split('/')) {
    const [key, value] = part.split(':');
    if (key && value) metrics.set(key, value);
  }
  const scope = metrics.get('S');
  if (scope !== 'U' && scope !== 'C') return null;
  const weight = (key: string): number | null => WEIGHTS[key]?.[metrics.get(key) ?? ''] ?? null;
  const pr = metrics.get('PR');
  const prWeight =
    pr === 'N'
      ? 0.85
      : pr === 'L'
        ? scope === 'C'
          ? 0.68
          : 0.62
        : pr === 'H'
          ? scope === 'C'
            ? 0.5
            : 0.27
          : null;
  const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(weight);
  if ([av, ac, ui, c, i, a, prWeight].some((w) => w === null)) return null;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact =
    scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
  const exploitability = 8.22 * av! * ac! * prWeight! * ui!;
  if (impact <= 0) return 0;
  const raw = scope === 'U' ? impact + exploitability : 1.08 * (impact + exploitability);
  const roundUp = m[1] === '1' ? roundUp31 : roundUp30;
  return roundUp(Math.min(raw, 10));
}
