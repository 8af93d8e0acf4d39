import { unreadRows, type FindingMatch, type FindingRows } from './finding-rows.js';
import { PIN_FIELDS, samePin, type Finding, type Report, type ReportPin } from './model.js';

/**
 * A piece of report text, or text already encoded as UTF-8. Encoded bytes may be written over
 * once the next piece is asked for: a consumer writes, copies or decodes each piece as it comes.
 */
export type Piece = string | Uint8Array;

/**
 * The JSON report in pieces, so that a large tree's report (tens of megabytes) is written out
 * without ever being one string. Top-level keys are indented; each pin, finding, skip and
 * warning is one line, which keeps `grep` useful on the file and writing it fast.
 */
export function* renderJsonChunks(report: Report): Generator<Piece> {
  const keys = Object.keys(report) as (keyof Report)[];
  // Findings still in rows are written from them, never made into objects (finding-rows.ts).
  const rows = unreadRows(report);
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const comma = i < keys.length - 1 ? ',' : '';
    if (key === 'findings' && rows?.failing.length) {
      yield `\n  "findings": [`;
      yield* rowLines(rows);
      yield `\n  ]${comma}`;
      continue;
    }
    const value = key === 'findings' && rows ? [] : report[key];
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
  return Array.from(renderJsonChunks(report), pieceText).join('');
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
      pinPart = Buffer.from(`,\n    ${pinFieldsJson(f).slice(0, -1)},`);
    }
    last = f;
    let match = matchParts.get(f.fixedIn);
    if (
      !match ||
      match.advisory !== f.advisory ||
      match.via !== f.via ||
      match.suggestion !== f.suggestion
    ) {
      match = {
        advisory: f.advisory,
        via: f.via,
        suggestion: f.suggestion,
        bytes: Buffer.from(matchFieldsJson(f.advisory, f.via, f.fixedIn, f.suggestion)),
      };
      matchParts.set(f.fixedIn, match);
    }
    // The first line has no comma before it.
    yield j === 0 ? pinPart.subarray(1) : pinPart;
    yield match.bytes;
    yield findingEnd(f.failing, f.ignored, f.introduced, f.note);
  }
}

/** `"advisory":…,"suggestion":…`: a finding's fields from its match, as JSON.stringify writes them. */
function matchFieldsJson(
  advisory: Finding['advisory'],
  via: Finding['via'],
  fixedIn: string[],
  suggestion: string | null,
): string {
  return JSON.stringify({ advisory, via, fixedIn, suggestion }).slice(1, -1);
}

/** `,"failing":…}` and what follows it: the end of a finding's line, encoded once when plain. */
function findingEnd(
  failing: boolean,
  ignored: Finding['ignored'],
  introduced: boolean | undefined,
  note: string | undefined,
): Piece {
  if (ignored === null && introduced === undefined && note === undefined) {
    return failing ? NOT_IGNORED.failing : NOT_IGNORED.passing;
  }
  return `,"failing":${failing},"ignored":${JSON.stringify(ignored)}${
    introduced === undefined ? '' : `,"introduced":${introduced}`
  }${note === undefined ? '' : `,"note":${JSON.stringify(note)}`}}`;
}

/**
 * The finding lines of rows, the same bytes as findingLines writes for the objects the rows make:
 * a pin's fields encoded once per pin, a match's once per release (with what follows it, where
 * that is the same for every pin), copied into chunks of 1 MiB. Yielding each fragment on its
 * own, half a million of them on the byte-heavy benchmark tree, cost more than copying them.
 */
function* rowLines(rows: FindingRows): Generator<Piece> {
  /** Per release's list of matches: each match's encoded parts. */
  const partsOf = new Map<FindingMatch[], MatchPart[]>();
  const anyIgnored = rows.ignored.size > 0;
  const out = new Chunks();
  let at = 0;
  for (let p = 0; p < rows.pins.length; p++) {
    const pinPart = Buffer.from(`,\n    ${pinFieldsJson(rows.pins[p]!).slice(0, -1)},`);
    const introduced = rows.introduced[p];
    const matches = rows.matches[p]!;
    let parts = partsOf.get(matches);
    if (!parts) {
      parts = matches.map(matchPart);
      partsOf.set(matches, parts);
    }
    for (let m = 0; m < matches.length; m++, at++) {
      const match = matches[m]!;
      const part = parts[m]!;
      const failing = rows.failing[at]!;
      const ignored = (anyIgnored && rows.ignored.get(at)) || null;
      // A chunk filled by one add is handed out before the next: that one may fill the other
      // chunk, and writing turns back to the first.
      // The first line has no comma before it.
      out.add(at === 0 ? pinPart.subarray(1) : pinPart);
      if (out.ready.length) yield* out.ready.splice(0);
      if (ignored === null && introduced === undefined && !match.note) {
        out.add(failing ? part.failing : part.passing);
      } else {
        out.add(part.fields);
        if (out.ready.length) yield* out.ready.splice(0);
        // Rows make a note only where the match has one (findingsOf does the same).
        const end = findingEnd(failing, ignored, introduced, match.note || undefined);
        out.add(typeof end === 'string' ? Buffer.from(end) : end);
      }
      if (out.ready.length) yield* out.ready.splice(0);
    }
  }
  out.flush();
  yield* out.ready.splice(0);
}

/** A match's fields, and with them the end of a finding neither ignored, on a pull request nor noted. */
interface MatchPart {
  fields: Uint8Array;
  failing: Uint8Array;
  passing: Uint8Array;
}

function matchPart(match: FindingMatch): MatchPart {
  const json = matchFieldsJson(match.ref, match.via, match.fixedIn, match.suggestion);
  return {
    fields: Buffer.from(json),
    failing: Buffer.concat([Buffer.from(json), NOT_IGNORED.failing]),
    passing: Buffer.concat([Buffer.from(json), NOT_IGNORED.passing]),
  };
}

/**
 * Two chunks of 1 MiB taking turns. A fresh buffer per chunk would cost more: each megabyte
 * allocated outside the heap pushes V8 towards a full collection. So a chunk handed out holds its
 * bytes only until it is this one's turn again: after the next piece is asked for (see Piece).
 */
class Chunks {
  private readonly chunks = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  private current = 0;
  private used = 0;
  /** Full chunks, and fragments too large for one, to hand out in order before adding more. */
  readonly ready: Uint8Array[] = [];

  add(bytes: Uint8Array): void {
    if (this.used + bytes.length > CHUNK_BYTES) {
      this.flush();
      if (bytes.length > CHUNK_BYTES) {
        this.ready.push(bytes);
        return;
      }
    }
    this.chunks[this.current]!.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** What is gathered goes to `ready`; the other chunk takes the next bytes. */
  flush(): void {
    if (!this.used) return;
    this.ready.push(this.chunks[this.current]!.subarray(0, this.used));
    this.current ^= 1;
    this.used = 0;
  }
}
const CHUNK_BYTES = 1 << 20;

/** A pin's fields as JSON, in the order a finding holds them. */
function pinFieldsJson(pin: ReportPin): string {
  const fields: Partial<Record<(typeof PIN_FIELDS)[number], unknown>> = {};
  for (const key of PIN_FIELDS) fields[key] = pin[key];
  return JSON.stringify(fields);
}
