/**
 * Property-based tests (issue 5, item 3): the version parsers and the extractors never throw,
 * and every position they report lies inside the text. Deterministic: a fixed seed.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPins } from '../src/extract/extract.js';
import {
  canonicalize,
  identify,
  schemes,
  type AnyVersion,
  type Product,
  type VersionScheme,
} from '../src/versioning/index.js';

const SEED = 20221209;
const RUNS = 300;
const params = { seed: SEED, numRuns: RUNS };

const PRODUCTS = ['rke2', 'k3s', 'rfo', 'containerd'] as const satisfies readonly Product[];
const scheme = (p: Product) => schemes[p] as VersionScheme<AnyVersion>;

/** Strings of every kind: ASCII, full unicode, lone surrogates, control characters. */
const anyString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('\0', '\r', '\n', '\t', ' ', '\ufeff', '\ud800', '\u2028') }),
);

/** Fragments that steer text toward the extractors' interesting paths. */
const TOKENS = [
  'v1.24.9+rke2r1',
  'v1.25.5-k3s1',
  'v1.26.0%2Brke2r2',
  '1.27.3+rfor1',
  'v1.24.9-rc1+rke2r1',
  'containerd',
  'containerd.io=',
  'containerd_version: ',
  'containerd_version = "',
  'rancher/hardened-containerd:',
  'repository: rancher/hardened-containerd\n',
  'tag: ',
  '/releases/download/',
  '1.6.12',
  'v1.6.12-k3s1-build20221209',
  '1.6.12-3.1.el8.x86_64',
  'variable "containerd_version" {\n',
  'default = ',
  'description = ',
  '"',
  "'",
  '${',
  '}',
  '{',
  '<<EOF\n',
  'EOF\n',
  '/*',
  '*/',
  '//',
  '#',
  '<!--',
  '-->',
  '<#',
  '#>',
  '=begin\n',
  '=end\n',
  ';',
  '---\n',
  'apiVersion: upgrade.cattle.io/v1\nkind: Plan\n',
  'write_files:\n',
  '- path: /x.sh\n',
  '  encoding: b64\n',
  '  encoding: gz+b64\n',
  '  content: ',
  Buffer.from('INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n').toString('base64'),
  '# kube-pin-audit: ignore KPA-2022-0001 -- reason',
  ' -- ',
  'INSTALL_RKE2_VERSION=',
  '\n',
  '\r\n',
  '\r',
  '\0',
  '\t',
  ' ',
  '\ufeff',
  'é',
  '😀',
  '\ud800',
];

const textArb = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, anyString), {
    maxLength: 50,
  })
  .map((parts) => parts.join(''));

/** A cloud-init document whose write_files entry carries arbitrary text, encoded. */
const payloadDocArb = fc
  .record({
    path: fc.constantFrom('/etc/rancher/rke2/config.yaml', '/opt/install.sh', '/x', ''),
    gzip: fc.boolean(),
    style: fc.constantFrom('plain', 'quoted', 'block'),
    payload: textArb,
    before: textArb,
    after: textArb,
  })
  .map((r) => {
    const raw = Buffer.from(r.payload);
    const encoded = (r.gzip ? gzipSync(raw) : raw).toString('base64');
    const content =
      r.style === 'plain'
        ? encoded || '""'
        : r.style === 'quoted'
          ? `"${encoded}"`
          : `|\n      ${encoded.replace(/(.{60})/g, '$1\n      ')}`;
    return (
      `${r.before.replace(/^/gm, '# ')}\nwrite_files:\n  - path: ${r.path || '""'}\n` +
      `    encoding: ${r.gzip ? 'gz+b64' : 'b64'}\n    content: ${content}\n${r.after}`
    );
  });

const FILE_NAMES = [
  'main.tf',
  'prod.tfvars',
  'build.pkr.hcl',
  'values.yaml',
  'playbooks/site.yml',
  '.github/workflows/ci.yml',
  'install.sh',
  'setup.ps1',
  'Dockerfile',
  'README.md',
  'cluster.json',
  'settings.ini',
  'inventory/hosts',
  'Vagrantfile',
  'user-data',
  '.env',
  'index.ts',
  'Makefile',
  'notes',
];

/** Arbitrary text under a file name, with a `#cloud-config` header now and then. */
const fileArb = fc.oneof(
  fc.record({
    file: fc.constantFrom(...FILE_NAMES),
    cloudConfig: fc.boolean(),
    body: textArb,
  }),
  fc.record({
    file: fc.constantFrom('user-data', 'cloud-init.yaml', 'main.tf'),
    cloudConfig: fc.constant(true),
    body: payloadDocArb,
  }),
);

function textOf(f: { cloudConfig: boolean; body: string }): string {
  return f.cloudConfig ? `#cloud-config\n${f.body}` : f.body;
}

describe('version parsers', () => {
  it('never throw on arbitrary strings, and canonical forms round-trip', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, textArb), (s) => {
        for (const product of PRODUCTS) {
          const sc = scheme(product);
          const parsed = sc.parse(s);
          expect(canonicalize(product, s)).toBe(parsed ? sc.format(parsed) : null);
          if (!parsed) continue;
          const canonical = sc.format(parsed);
          const reparsed = sc.parse(canonical);
          expect(reparsed, `${product}: ${JSON.stringify(s)} -> ${canonical}`).not.toBeNull();
          expect(sc.format(reparsed!)).toBe(canonical);
          expect(sc.compare(parsed, reparsed!)).toBe(0);
        }
        identify(s);
      }),
      params,
    );
  });

  // Small domains, so that equal and neighbouring versions come up often.
  const num = (values: number[]) => fc.constantFrom(...values);
  const preArb = fc.option(
    fc.record({
      name: fc.constantFrom('rc', 'alpha', 'beta'),
      dot: fc.boolean(),
      n: num([0, 1, 2, 10]),
    }),
    { nil: undefined },
  );

  const distributionArb = (product: 'rke2' | 'k3s' | 'rfo') => {
    const suffix = { rke2: 'rke2r', k3s: 'k3s', rfo: 'rfor' }[product];
    return fc
      .record({
        v: fc.boolean(),
        minor: num([16, 24, 25, 100]),
        patch: num([0, 9, 10]),
        pre: preArb,
        sep: fc.constantFrom('+', '-', '%2B', '%2b'),
        revision: num([1, 2, 10]),
        zeros: fc.constantFrom('', '0'),
      })
      .map(
        (r) =>
          `${r.v ? 'v' : ''}1.${r.minor}.${r.zeros}${r.patch}` +
          (r.pre ? `-${r.pre.name}${r.pre.dot ? '.' : ''}${r.pre.n}` : '') +
          `${r.sep}${suffix}${r.revision}`,
      );
  };

  const containerdArb = fc
    .record({
      v: fc.boolean(),
      major: num([0, 1, 2]),
      minor: num([5, 6, 7]),
      patch: num([0, 9, 14]),
      preSep: fc.constantFrom('-', '~'),
      pre: preArb,
      fork: fc.option(
        fc.record({
          name: fc.constantFrom('k3s', 'bd'),
          revision: num([1, 2]),
          rest: fc.constantFrom('', '-1-22', '.36', '-1'),
        }),
        { nil: undefined },
      ),
      build: fc.constantFrom('', '-build20221209'),
      pkg: fc.constantFrom('', '-1', '-3.1.el8', '-0ubuntu1~22.04.1'),
    })
    .map((r) => {
      const core = `${r.v ? 'v' : ''}${r.major}.${r.minor}.${r.patch}`;
      const pre = r.pre ? `${r.preSep}${r.pre.name}${r.pre.dot ? '.' : ''}${r.pre.n}` : '';
      if (r.fork) return `${core}${pre}-${r.fork.name}${r.fork.revision}${r.fork.rest}${r.build}`;
      return `${core}${pre}${r.pkg}`;
    });

  const generated: [Product, fc.Arbitrary<string>][] = [
    ['rke2', distributionArb('rke2')],
    ['k3s', distributionArb('k3s')],
    ['rfo', distributionArb('rfo')],
    ['containerd', containerdArb],
  ];

  const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);

  describe.each(generated)('%s', (product, arb) => {
    const sc = scheme(product);
    const parsedArb = arb.map((s) => {
      const v = sc.parse(s);
      if (!v) throw new Error(`generated ${product} version did not parse: ${s}`);
      return v;
    });

    it('parses every generated spelling and round-trips its canonical form', () => {
      fc.assert(
        fc.property(arb, (s) => {
          const v = sc.parse(s);
          expect(v, s).not.toBeNull();
          const canonical = sc.format(v!);
          expect(canonical.startsWith('v')).toBe(true);
          expect(sc.format(sc.parse(canonical)!)).toBe(canonical);
        }),
        params,
      );
    });

    it('never throws on near-miss spellings, and round-trips whatever it accepts', () => {
      const edit = fc.record({
        at: fc.nat(),
        op: fc.constantFrom('insert', 'delete', 'replace'),
        ch: fc.constantFrom(...'v.+-~%2Bb0123456789rcalphbetk3srfo \t\r\n\0\ufeff'.split('')),
      });
      fc.assert(
        fc.property(arb, fc.array(edit, { minLength: 1, maxLength: 3 }), (s, edits) => {
          let t = s;
          for (const e of edits) {
            const i = e.at % (t.length + 1);
            t =
              e.op === 'insert'
                ? t.slice(0, i) + e.ch + t.slice(i)
                : e.op === 'delete'
                  ? t.slice(0, i) + t.slice(i + 1)
                  : t.slice(0, i) + e.ch + t.slice(i + 1);
          }
          for (const other of PRODUCTS) {
            const so = scheme(other);
            const v = so.parse(t);
            if (!v) continue;
            const canonical = so.format(v);
            expect(so.format(so.parse(canonical)!), `${other}: ${JSON.stringify(t)}`).toBe(
              canonical,
            );
            expect(so.compare(v, so.parse(canonical)!)).toBe(0);
          }
          identify(t);
        }),
        params,
      );
    });

    it('compares antisymmetrically, reflexively, and equal exactly when canonical forms are', () => {
      fc.assert(
        fc.property(parsedArb, parsedArb, (a, b) => {
          expect(sc.compare(a, a)).toBe(0);
          expect(sign(sc.compare(a, b))).toBe(-sign(sc.compare(b, a)) || 0);
          expect(sc.compare(a, b) === 0).toBe(sc.format(a) === sc.format(b));
        }),
        params,
      );
    });

    it('compares transitively', () => {
      fc.assert(
        fc.property(parsedArb, parsedArb, parsedArb, (a, b, c) => {
          const [x, y, z] = [a, b, c].sort((p, q) => sc.compare(p, q));
          expect(sc.compare(x!, y!)).toBeLessThanOrEqual(0);
          expect(sc.compare(y!, z!)).toBeLessThanOrEqual(0);
          expect(sc.compare(x!, z!)).toBeLessThanOrEqual(0);
          if (sc.compare(a, b) <= 0 && sc.compare(b, c) <= 0) {
            expect(sc.compare(a, c)).toBeLessThanOrEqual(0);
          }
          if (sc.compare(a, b) < 0 && sc.compare(b, c) <= 0) {
            expect(sc.compare(a, c)).toBeLessThan(0);
          }
        }),
        params,
      );
    });
  });

  it('never orders a containerd fork build before its upstream base', () => {
    fc.assert(
      fc.property(containerdArb, (s) => {
        const v = schemes.containerd.parse(s)!;
        if (!v.fork) return;
        expect(schemes.containerd.compare(v, { ...v, fork: null })).toBeGreaterThan(0);
      }),
      params,
    );
  });
});

describe('extractPins', () => {
  it('never throws, and every position lies inside the text it came from', () => {
    fc.assert(
      fc.property(fileArb, (f) => {
        const text = textOf(f);
        const { pins, warnings, inlineIgnores } = extractPins(f.file, text);
        const lines = text.split('\n');
        const inside = (line: number) => line >= 1 && line <= lines.length;
        // Decoded cloud-init payloads are reported where the payload starts.
        const mayHavePayload = f.cloudConfig && /\bencoding:/.test(text);
        for (const pin of pins) {
          expect(pin.file).toBe(f.file);
          expect(inside(pin.line), `pin line ${pin.line} of ${lines.length}`).toBe(true);
          const line = lines[pin.line - 1]!;
          expect(pin.column).toBeGreaterThanOrEqual(1);
          expect(pin.column).toBeLessThanOrEqual(line.length + 1);
          const at = line.slice(pin.column - 1, pin.column - 1 + pin.text.length);
          if (at !== pin.text) {
            expect(mayHavePayload, `${JSON.stringify(pin)} in ${JSON.stringify(text)}`).toBe(true);
          }
          expect(canonicalize(pin.product, pin.text)).toBe(pin.version);
        }
        for (const w of warnings) if (w.line !== undefined) expect(inside(w.line)).toBe(true);
        for (const i of inlineIgnores) expect(inside(i.line)).toBe(true);
      }),
      params,
    );
  });

  it('never throws on arbitrary strings under any file name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILE_NAMES), fc.boolean(), anyString, (file, cc, body) => {
        const text = cc ? `#cloud-config\n${body}` : body;
        const { pins } = extractPins(file, text);
        const lines = text.split('\n').length;
        for (const pin of pins) expect(pin.line >= 1 && pin.line <= lines).toBe(true);
      }),
      params,
    );
  });

  it('finds a pin on its own line of a shell script, whatever lines surround it', () => {
    const PIN = 'INSTALL_RKE2_VERSION=v1.24.9+rke2r1';
    const lineArb = fc
      .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TOKENS) }, anyString), {
        maxLength: 6,
      })
      .map((parts) => parts.join('').replace(/\n/g, ' '));
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 12 }),
        fc.array(lineArb, { maxLength: 12 }),
        (before, after) => {
          const text = [...before, PIN, ...after].join('\n');
          const line = before.length + 1;
          const { pins } = extractPins('install.sh', text);
          expect(pins, JSON.stringify(text)).toContainEqual(
            expect.objectContaining({
              line,
              column: PIN.indexOf('v') + 1,
              version: 'v1.24.9+rke2r1',
              text: 'v1.24.9+rke2r1',
              product: 'rke2',
              inComment: false,
            }),
          );
        },
      ),
      params,
    );
  });
});
