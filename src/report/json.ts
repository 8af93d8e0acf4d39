import { PIN_FIELDS, samePin, type Finding, type Report } from './model.js';

/** A piece of report text, or text already encoded as UTF-8 (fragments many lines share). */
export type Piece = string | Uint8Array;

/**
 * The JSON report in pieces, so that a large tree's report (tens of megabytes) is written out
 * without ever being one string. Top-level keys are indented; each pin, finding, skip and
 * warning is one line, which keeps `grep` useful on the file and writing it fast.
 */
export function* renderJsonChunks(report: Report): Generator<Piece> {
  const entries = Object.entries(report);
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length) {
      yield `\n  ${JSON.stringify(key)}: [`;
      if (key === 'findings') {
        yield* findingLines(value as Finding[]);
      } else {
        for (let j = 0; j < value.length; j++) {
          yield `\n    ${JSON.stringify(value[j])}${j < value.length - 1 ? ',' : ''}`;
        }
      }
      yield `\n  ]${comma}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}`;
    }
  }
  yield '\n}\n';
}

const utf8 = new TextDecoder();

/** A piece as text. */
export function pieceText(piece: Piece): string {
  return typeof piece === 'string' ? piece : utf8.decode(piece);
}

export function renderJson(report: Report): string {
  return [...renderJsonChunks(report)].map(pieceText).join('');
}

const NOT_IGNORED = {
  failing: Buffer.from(',"failing":true,"ignored":null}'),
  passing: Buffer.from(',"failing":false,"ignored":null}'),
};

/** A finding's keys in the order `assess` writes them (`introduced` only on pull requests). */
const FINDING_KEYS = [
  ...PIN_FIELDS,
  'advisory',
  'via',
  'fixedIn',
  'suggestion',
  'failing',
  'ignored',
  'introduced',
  'note',
] as const satisfies readonly (keyof Finding)[];
/** Keys every finding has; the optional ones after them come in FINDING_KEYS' order. */
const REQUIRED_FINDING_KEYS = FINDING_KEYS.indexOf('introduced');

/** The keys in that order, and values the fast path writes as JSON.stringify would. */
function hasFindingShape(f: Finding): boolean {
  let i = 0;
  for (const key in f) {
    // Past the required keys, an optional key may be absent: skip ahead to this one.
    while (i >= REQUIRED_FINDING_KEYS && i < FINDING_KEYS.length && key !== FINDING_KEYS[i]) i++;
    if (key !== FINDING_KEYS[i]) return false;
    i++;
  }
  return (
    i >= REQUIRED_FINDING_KEYS &&
    (f.note === undefined || typeof f.note === 'string') &&
    typeof f.failing === 'boolean' &&
    (f.ignored === null || typeof f.ignored === 'object') &&
    (f.introduced === undefined || typeof f.introduced === 'boolean') &&
    Array.isArray(f.fixedIn)
  );
}

/**
 * Finding lines exactly as JSON.stringify writes them, from fragments that neighbouring findings
 * share, each encoded once: a pin's fields (its findings are consecutive) and a match's (one
 * fixedIn list per release and advisory). The benchmark's 35,000 findings share 3,000 pins and a
 * few hundred matches: stringifying each finding whole was most of the report's cost, and
 * joining its fragments into a line of its own most of what remained (23 MB of strings made and
 * thrown away). Anything of another shape goes through JSON.stringify as it is.
 */
function* findingLines(findings: Finding[]): Generator<Piece> {
  let last: Finding | undefined;
  /** `,⏎    {"file":…,"upgradeTo":…,` for the pin of the findings at hand. */
  let pinPart: Uint8Array = Buffer.alloc(0);
  const matchParts = new WeakMap<
    string[],
    {
      advisory: Finding['advisory'];
      via: Finding['via'];
      suggestion: string | null;
      /** `"advisory":…,"suggestion":…` */
      bytes: Uint8Array;
    }
  >();
  for (let j = 0; j < findings.length; j++) {
    const f = findings[j]!;
    if (!hasFindingShape(f)) {
      yield `${j === 0 ? '' : ','}\n    ${JSON.stringify(f)}`;
      last = undefined;
      continue;
    }
    if (!last || !samePin(last, f)) {
      const pin: Partial<Record<(typeof PIN_FIELDS)[number], unknown>> = {};
      for (const key of PIN_FIELDS) pin[key] = f[key];
      pinPart = Buffer.from(`,\n    ${JSON.stringify(pin).slice(0, -1)},`);
    }
    last = f;
    let match = matchParts.get(f.fixedIn);
    if (
      !match ||
      match.advisory !== f.advisory ||
      match.via !== f.via ||
      match.suggestion !== f.suggestion
    ) {
      const json = JSON.stringify({
        advisory: f.advisory,
        via: f.via,
        fixedIn: f.fixedIn,
        suggestion: f.suggestion,
      });
      match = {
        advisory: f.advisory,
        via: f.via,
        suggestion: f.suggestion,
        bytes: Buffer.from(json.slice(1, -1)),
      };
      matchParts.set(f.fixedIn, match);
    }
    // The first line has no comma before it.
    yield j === 0 ? pinPart.subarray(1) : pinPart;
    yield match.bytes;
    yield f.ignored === null && f.introduced === undefined && f.note === undefined
      ? f.failing
        ? NOT_IGNORED.failing
        : NOT_IGNORED.passing
      : `,"failing":${f.failing},"ignored":${JSON.stringify(f.ignored)}${
          f.introduced === undefined ? '' : `,"introduced":${f.introduced}`
        }${f.note === undefined ? '' : `,"note":${JSON.stringify(f.note)}`}}`;
  }
}
