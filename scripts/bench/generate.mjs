// Deterministic generator of a synthetic infrastructure monorepo for `npm run bench`.
//
// The same (files, seed, GENERATOR_VERSION) always gives byte-identical files and the same
// planted list: everything random comes from one fixed-seed PRNG (mulberry32), paths and
// contents are produced in a fixed order, and nothing depends on time, locale or the machine
// (the gzip+base64 cloud-init payloads depend on the zlib that ships with Node).
//
// The tree holds mostly files without pins (Terraform, YAML, shell, Markdown, JSON,
// Dockerfiles...), about 3 % of files with pins planted in every form the extractor supports,
// decoy files full of look-alikes that are not pins, a few large (1-5 MB) text files, a few
// binary files, a `node_modules/` and a `.terraform/` folder holding pins (vendored), and
// gitignored files holding pins. `git init` makes the `.gitignore` files apply (for us and for
// ripgrep).
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bump whenever the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 4;

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRng(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    hex: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(next() * 16)];
      return s;
    },
    shuffle: (arr) => {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [arr[i], arr[j]] = [arr[j], arr[i]];
      }
      return arr;
    },
    /** Two different elements. */
    pick2: (arr) => {
      const a = Math.floor(next() * arr.length);
      let b = Math.floor(next() * (arr.length - 1));
      if (b >= a) b++;
      return [arr[a], arr[b]];
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary and versions

const WORDS = (
  'alpha bravo cedar delta ember falcon garnet harbor iris juniper kestrel lumen maple nova ' +
  'onyx pine quartz raven sierra tundra umber vector willow xenon yarrow zephyr atlas beacon ' +
  'cobalt dune echo fjord glacier helix indigo jade kepler lotus mesa nimbus orbit prism ' +
  'quill ridge summit tidal ultra vale wren apex birch canyon drift ether flint grove haven'
).split(' ');
const SERVICES = (
  'billing checkout catalog search ledger identity gateway notifier reports ingest scheduler ' +
  'payments inventory audit metrics profile session shipping pricing media'
).split(' ');
const ENVS = ['dev', 'staging', 'prod', 'qa', 'sandbox', 'perf'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const IMAGES = [
  'nginx:1.25.3',
  'redis:7.2.4-alpine',
  'postgres:15.5',
  'ghcr.io/acme/api:2.14.0',
  'quay.io/prometheus/node-exporter:v1.7.0',
  'registry.k8s.io/ingress-nginx/controller:v1.9.5',
  'bitnami/kafka:3.6.1',
  'grafana/grafana:10.2.3',
];

const RKE2 = [
  'v1.24.9+rke2r1',
  'v1.25.5+rke2r1',
  'v1.26.0+rke2r1',
  'v1.23.15+rke2r1',
  'v1.24.9+rke2r2',
  'v1.27.10+rke2r1',
  'v1.28.6+rke2r1',
  'v1.29.3+rke2r1',
];
const K3S = [
  'v1.24.9+k3s1',
  'v1.25.5+k3s1',
  'v1.26.0+k3s1',
  'v1.23.15+k3s1',
  'v1.26.0+k3s2',
  'v1.27.9+k3s1',
  'v1.28.5+k3s1',
];
const RFO = ['v1.24.9+rfor1', 'v1.28.4+rfor1', 'v1.27.8+rfor2'];
const CONTAINERD = ['1.6.12', '1.6.9', '1.6.14', '1.6.15', '1.7.11', '1.5.16'];
const CONTAINERD_FORK = ['v1.6.12-k3s1', 'v1.6.14-k3s1', 'v1.7.11-k3s2'];

const dist = (v) => ({
  product: v.includes('rke2r') ? 'rke2' : v.includes('k3s') ? 'k3s' : 'rfo',
  version: v,
});
/** `v1.24.9+rke2r1` as an image tag. */
const tag = (v) => v.replace('+', '-');
const urlForm = (v, lower = false) => v.replace('+', lower ? '%2b' : '%2B');
const cd = (v) => ({ product: 'containerd', version: v.startsWith('v') ? v : `v${v}` });

// ---------------------------------------------------------------------------------------------
// A file being written: lines, plus the pins planted on them.

class Doc {
  constructor() {
    this.lines = [];
    this.pins = [];
  }
  add(...lines) {
    for (const l of lines) this.lines.push(l);
    return this;
  }
  /** Adds one line holding the given pins: [{product, version, text, inComment?, encoding?}]. */
  pin(line, ...pins) {
    this.lines.push(line);
    for (const p of pins) this.pins.push({ ...p, index: this.lines.length - 1 });
    return this;
  }
  /** Appends another Doc (its pins move with it). */
  append(other) {
    const base = this.lines.length;
    this.lines.push(...other.lines);
    for (const p of other.pins) this.pins.push({ ...p, index: p.index + base });
    return this;
  }
}

const P = (pv, text, extra = {}) => ({ ...pv, text, ...extra });

// ---------------------------------------------------------------------------------------------
// Filler: realistic content without pins. Every block is a self-contained top-level unit, so a
// pin block can go between any two.

function tfBlock(r) {
  const name = `${r.pick(WORDS)}_${r.pick(WORDS)}`;
  switch (r.int(0, 6)) {
    case 0:
      return [
        `resource "aws_instance" "${name}" {`,
        `  ami           = data.aws_ami.ubuntu.id`,
        `  instance_type = "${r.pick(['t3.medium', 't3.large', 'm6i.xlarge', 'c6i.2xlarge'])}"`,
        `  subnet_id     = module.vpc.private_subnets[${r.int(0, 2)}]`,
        `  vpc_security_group_ids = [aws_security_group.${name}.id]`,
        `  tags = {`,
        `    Name        = "${name}"`,
        `    Environment = var.environment`,
        `    Team        = "${r.pick(WORDS)}"`,
        `  }`,
        `}`,
      ];
    case 1:
      return [
        `resource "aws_security_group" "${name}" {`,
        `  name        = "${name}-sg"`,
        `  description = "Allow ${r.pick(['HTTPS', 'SSH', 'node-exporter', 'kubelet'])} traffic"`,
        `  vpc_id      = module.vpc.vpc_id`,
        ``,
        `  ingress {`,
        `    from_port   = ${r.pick([22, 443, 6443, 9100, 10250])}`,
        `    to_port     = ${r.pick([22, 443, 6443, 9100, 10250])}`,
        `    protocol    = "tcp"`,
        `    cidr_blocks = ["10.${r.int(0, 255)}.0.0/16"]`,
        `  }`,
        `}`,
      ];
    case 2:
      return [
        `variable "${name}" {`,
        `  type        = ${r.pick(['string', 'number', 'bool', 'list(string)'])}`,
        `  description = "The ${r.pick(WORDS)} ${r.pick(WORDS)} setting for the ${r.pick(SERVICES)} stack"`,
        `  default     = ${r.pick(['"' + r.pick(WORDS) + '"', String(r.int(1, 64)), 'true', '[]'])}`,
        `}`,
      ];
    case 3:
      return [
        `output "${name}_id" {`,
        `  value       = aws_instance.${name}.id`,
        `  description = "ID of the ${name} instance"`,
        `}`,
      ];
    case 4:
      return [
        `module "${name}" {`,
        `  source  = "terraform-aws-modules/${r.pick(['vpc', 'eks', 'rds', 's3-bucket', 'iam'])}/aws"`,
        `  version = "~> ${r.int(3, 20)}.${r.int(0, 9)}"`,
        ``,
        `  name = "${name}"`,
        `  cidr = "10.${r.int(0, 255)}.0.0/16"`,
        `  azs  = ["${r.pick(REGIONS)}a", "${r.pick(REGIONS)}b"]`,
        `}`,
      ];
    case 5:
      return [
        `locals {`,
        `  ${name}_labels = {`,
        `    app     = "${r.pick(SERVICES)}"`,
        `    owner   = "${r.pick(WORDS)}"`,
        `    managed = "terraform"`,
        `  }`,
        `  # bucket for ${r.pick(WORDS)} artifacts`,
        `  ${name}_bucket = "\${var.prefix}-${name}-\${var.environment}"`,
        `}`,
      ];
    default:
      return [
        `data "aws_iam_policy_document" "${name}" {`,
        `  statement {`,
        `    actions   = ["s3:GetObject", "s3:ListBucket"]`,
        `    resources = ["arn:aws:s3:::${name}/*"]`,
        `  }`,
        `}`,
      ];
  }
}

function tfvarsLines(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = `${r.pick(WORDS)}_${r.pick(['count', 'size', 'name', 'enabled', 'cidr', 'type'])}`;
    out.push(
      `${k.padEnd(24)} = ${r.pick([`"${r.pick(WORDS)}"`, String(r.int(1, 100)), 'true', `"10.${r.int(0, 255)}.0.0/16"`])}`,
    );
  }
  return out;
}

function k8sDoc(r) {
  const app = `${r.pick(SERVICES)}-${r.pick(WORDS)}`;
  const ns = r.pick(SERVICES);
  switch (r.int(0, 3)) {
    case 0:
      return [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: ${app}`,
        `  namespace: ${ns}`,
        '  labels:',
        `    app.kubernetes.io/name: ${app}`,
        'spec:',
        `  replicas: ${r.int(1, 6)}`,
        '  selector:',
        '    matchLabels:',
        `      app.kubernetes.io/name: ${app}`,
        '  template:',
        '    metadata:',
        '      labels:',
        `        app.kubernetes.io/name: ${app}`,
        '    spec:',
        '      containers:',
        `        - name: ${app}`,
        `          image: ${r.pick(IMAGES)}`,
        '          ports:',
        `            - containerPort: ${r.pick([80, 8080, 9090, 3000])}`,
        '          resources:',
        '            requests:',
        `              cpu: ${r.int(50, 500)}m`,
        `              memory: ${r.int(64, 1024)}Mi`,
        '          env:',
        '            - name: LOG_LEVEL',
        `              value: ${r.pick(['info', 'debug', 'warn'])}`,
      ];
    case 1:
      return [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        `  name: ${app}`,
        `  namespace: ${ns}`,
        'spec:',
        '  selector:',
        `    app.kubernetes.io/name: ${app}`,
        '  ports:',
        `    - port: ${r.pick([80, 443, 8080])}`,
        `      targetPort: ${r.pick([8080, 9090, 3000])}`,
      ];
    case 2:
      return [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        `  name: ${app}-config`,
        `  namespace: ${ns}`,
        'data:',
        `  FEATURE_${r.pick(WORDS).toUpperCase()}: "${r.pick(['true', 'false'])}"`,
        `  UPSTREAM_URL: https://${r.pick(WORDS)}.internal.example.com`,
        `  CACHE_TTL: "${r.int(10, 3600)}"`,
      ];
    default:
      return [
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        `  name: ${app}`,
        `  namespace: ${ns}`,
        '  annotations:',
        '    cert-manager.io/cluster-issuer: letsencrypt',
        'spec:',
        '  rules:',
        `    - host: ${app}.example.com`,
        '      http:',
        '        paths:',
        '          - path: /',
        '            pathType: Prefix',
        '            backend:',
        '              service:',
        `                name: ${app}`,
        '                port:',
        '                  number: 80',
      ];
  }
}

function yamlVars(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = `${r.pick(WORDS)}_${r.pick(['port', 'user', 'enabled', 'dir', 'timeout', 'replicas'])}`;
    out.push(
      `${k}: ${r.pick([r.pick(WORDS), String(r.int(1, 9000)), 'true', 'false', `"/opt/${r.pick(WORDS)}"`])}`,
    );
  }
  return out;
}

function ansibleTask(r) {
  const pkg = r.pick(['nginx', 'chrony', 'jq', 'curl', 'htop', 'nfs-common', 'open-iscsi']);
  switch (r.int(0, 2)) {
    case 0:
      return [
        `- name: Install ${pkg}`,
        '  ansible.builtin.package:',
        `    name: ${pkg}`,
        '    state: present',
        '',
      ];
    case 1:
      return [
        `- name: Template ${r.pick(WORDS)} config`,
        '  ansible.builtin.template:',
        `    src: ${r.pick(WORDS)}.conf.j2`,
        `    dest: /etc/${r.pick(WORDS)}/${r.pick(WORDS)}.conf`,
        "    mode: '0644'",
        `  notify: restart ${pkg}`,
        '',
      ];
    default:
      return [
        `- name: Ensure ${pkg} is running`,
        '  ansible.builtin.service:',
        `    name: ${pkg}`,
        '    state: started',
        '    enabled: true',
        '',
      ];
  }
}

function shellBlock(r) {
  const w = r.pick(WORDS);
  switch (r.int(0, 3)) {
    case 0:
      return [`log() { echo "[$(date +%H:%M:%S)] $*" >&2; }`, ''];
    case 1:
      return [
        `if [ -z "\${${w.toUpperCase()}_DIR:-}" ]; then`,
        `  ${w.toUpperCase()}_DIR=/opt/${w}`,
        'fi',
        `mkdir -p "\${${w.toUpperCase()}_DIR}"`,
        '',
      ];
    case 2:
      return [
        `for host in ${r.pick(WORDS)}-01 ${r.pick(WORDS)}-02 ${r.pick(WORDS)}-03; do`,
        `  ssh -o StrictHostKeyChecking=no "ubuntu@\${host}" 'sudo systemctl restart ${r.pick(['chronyd', 'nginx', 'node-exporter'])}'`,
        'done',
        '',
      ];
    default:
      return [
        `aws s3 cp "s3://\${BUCKET}/${w}/backup-$(date +%F).tar.gz" /tmp/${w}.tar.gz`,
        `tar -xzf /tmp/${w}.tar.gz -C /var/lib/${w}`,
        '',
      ];
  }
}

function mdSection(r) {
  const t = `${r.pick(WORDS)} ${r.pick(WORDS)}`;
  const para = () => {
    const n = r.int(12, 40);
    const ws = [];
    for (let i = 0; i < n; i++) ws.push(r.pick(WORDS));
    return ws.join(' ') + '.';
  };
  const out = [`## ${t[0].toUpperCase()}${t.slice(1)}`, '', para(), ''];
  if (r.chance(0.4)) out.push('```sh', `make ${r.pick(WORDS)} ENV=${r.pick(ENVS)}`, '```', '');
  if (r.chance(0.3)) out.push(`- ${para()}`, `- ${para()}`, '');
  out.push(para(), '');
  return out;
}

function jsonFile(r) {
  switch (r.int(0, 2)) {
    case 0: {
      const deps = {};
      for (let i = 0; i < r.int(2, 10); i++)
        deps[`@acme/${r.pick(WORDS)}`] = `^${r.int(0, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`;
      return JSON.stringify(
        {
          name: `@acme/${r.pick(SERVICES)}`,
          version: `${r.int(0, 3)}.${r.int(0, 30)}.${r.int(0, 9)}`,
          private: true,
          scripts: { build: 'tsc -p .', test: 'vitest run' },
          dependencies: deps,
        },
        null,
        2,
      );
    }
    case 1: {
      const panels = [];
      for (let i = 0; i < r.int(3, 12); i++)
        panels.push({
          id: i + 1,
          type: r.pick(['timeseries', 'stat', 'table']),
          title: `${r.pick(WORDS)} ${r.pick(WORDS)}`,
          targets: [{ expr: `rate(http_requests_total{service="${r.pick(SERVICES)}"}[5m])` }],
          gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: i * 8 },
        });
      return JSON.stringify(
        { title: `${r.pick(SERVICES)} overview`, uid: r.hex(9), panels },
        null,
        2,
      );
    }
    default: {
      const statements = [];
      for (let i = 0; i < r.int(1, 5); i++)
        statements.push({
          Effect: 'Allow',
          Action: [`s3:${r.pick(['GetObject', 'PutObject', 'ListBucket'])}`],
          Resource: [`arn:aws:s3:::${r.pick(WORDS)}-${r.pick(ENVS)}/*`],
        });
      return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
    }
  }
}

function dockerfileLines(r) {
  const base = r.pick([
    'node:20-alpine',
    'python:3.12-slim',
    'golang:1.22-bookworm',
    'debian:bookworm-slim',
  ]);
  return [
    `FROM ${base} AS build`,
    'WORKDIR /src',
    'COPY . .',
    `RUN ${r.pick(['npm ci && npm run build', 'pip install -r requirements.txt', 'go build -o /out/app ./cmd/app', 'apt-get update && apt-get install -y --no-install-recommends ca-certificates'])}`,
    '',
    `FROM ${r.pick(['gcr.io/distroless/base-debian12', 'alpine:3.19', 'debian:bookworm-slim'])}`,
    'COPY --from=build /out /app',
    `EXPOSE ${r.pick([80, 8080, 9090])}`,
    'USER 65532:65532',
    'ENTRYPOINT ["/app/server"]',
  ];
}

/**
 * Lines that mention k3s, RKE2 or containerd without pinning a version: they make the byte
 * prefilter say "maybe", so the slow path runs on files that hold no pin.
 */
const KEYWORD_NOISE = {
  hash: [
    '# runs on the k3s edge clusters as well',
    '# requires containerd as the container runtime',
    '# see /var/lib/rancher/rke2/agent/etc/containerd/config.toml',
  ],
  md: [
    'This service runs on RKE2 in production and on k3s in the edge sites.',
    'The nodes use containerd; `crictl ps` lists the running containers.',
  ],
  hcl: ['# works with both rke2 and k3s clusters'],
};

// ---------------------------------------------------------------------------------------------
// Filler files by kind. Each returns {path, doc}; `path` comes from a per-kind directory plan.

function makeNamer() {
  const used = new Set();
  // A clash renames the folder (`dev/x/.env` -> `dev/x-2/.env`), never the file: names such as
  // `.env`, `Dockerfile` and `override.local.tfvars` decide the format or the ignore rules.
  return (path) => {
    if (!used.has(path)) {
      used.add(path);
      return path;
    }
    const slash = path.lastIndexOf('/');
    for (let i = 2; ; i++) {
      const p = slash > 0 ? `${path.slice(0, slash)}-${i}${path.slice(slash)}` : `${i}-${path}`;
      if (!used.has(p)) {
        used.add(p);
        return p;
      }
    }
  };
}

/** Directory for the i-th file of an area: about `per` files per folder. */
function areaDir(area, i, per, r) {
  const k = Math.floor(i / per);
  const a = WORDS[k % WORDS.length];
  const b = SERVICES[Math.floor(k / WORDS.length) % SERVICES.length];
  const c = Math.floor(k / (WORDS.length * SERVICES.length));
  const leaf = c ? `${b}-${a}-${c}` : `${b}-${a}`;
  switch (area) {
    case 'tf':
      return k % 3 === 0
        ? `infra/terraform/modules/${leaf}`
        : `infra/terraform/envs/${ENVS[k % ENVS.length]}/${REGIONS[k % REGIONS.length]}/${leaf}`;
    case 'k8s':
      return `k8s/clusters/${ENVS[k % ENVS.length]}/${leaf}`;
    case 'helm':
      return `charts/${leaf}`;
    case 'ansible':
      return `ansible/roles/${leaf}/${r.pick(['tasks', 'handlers', 'defaults', 'vars'])}`;
    case 'sh':
      return `scripts/${leaf}`;
    case 'md':
      return k % 2 ? `docs/${leaf}` : `services/${leaf}/docs`;
    case 'json':
      return k % 2 ? `services/${leaf}` : `config/${leaf}`;
    case 'docker':
      return `services/${leaf}`;
    case 'cloudinit':
      return `infra/cloud-init/${ENVS[k % ENVS.length]}`;
    default:
      return `misc/${leaf}`;
  }
}

const FILLER_KINDS = [
  // kind, weight
  ['tf', 20],
  ['tfvars', 4],
  ['k8s', 20],
  ['helm', 3],
  ['ansible', 10],
  ['workflow', 1],
  ['cloudinit', 2],
  ['sh', 8],
  ['md', 12],
  ['json', 11],
  ['docker', 4],
  ['misc', 5],
];
const FILLER_WEIGHT = FILLER_KINDS.reduce((s, [, w]) => s + w, 0);

function fillerFile(kind, i, r, name, scale = 1) {
  const d = new Doc();
  const noise = r.chance(0.05);
  // How many blocks: `scale` > 1 makes larger files of the same kinds (rendered manifests, long
  // modules); at 1 the draws are the same as they always were.
  const many = (lo, hi) => Math.max(1, Math.round(r.int(lo, hi) * scale));
  switch (kind) {
    case 'tf': {
      const dir = areaDir('tf', i, 8, r);
      const file = r.pick([
        'main.tf',
        'variables.tf',
        'outputs.tf',
        'network.tf',
        'iam.tf',
        'compute.tf',
        'storage.tf',
      ]);
      if (noise) d.add(r.pick(KEYWORD_NOISE.hcl));
      for (let b = many(2, 12); b > 0; b--) d.add(...tfBlock(r), '');
      return { path: name(`${dir}/${file}`), doc: d };
    }
    case 'tfvars': {
      const env = r.pick(ENVS);
      d.add(`# ${env} settings`, `environment = "${env}"`, ...tfvarsLines(r, many(5, 30)));
      return {
        path: name(
          `infra/terraform/envs/${env}/${r.pick(REGIONS)}/${r.pick(['terraform', env, 'common', 'network'])}.tfvars`,
        ),
        doc: d,
      };
    }
    case 'k8s': {
      const dir = areaDir('k8s', i, 12, r);
      const docs = many(1, 4);
      if (noise) d.add(r.pick(KEYWORD_NOISE.hash));
      for (let k = 0; k < docs; k++) {
        if (k) d.add('---');
        d.add(...k8sDoc(r));
      }
      return {
        path: name(
          `${dir}/${r.pick(['deployment', 'service', 'configmap', 'ingress', 'app', 'resources'])}.yaml`,
        ),
        doc: d,
      };
    }
    case 'helm': {
      const dir = areaDir('helm', i, 6, r);
      d.add(
        `# Default values for ${r.pick(SERVICES)}.`,
        `replicaCount: ${r.int(1, 5)}`,
        'image:',
        `  repository: ghcr.io/acme/${r.pick(SERVICES)}`,
        `  tag: "${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}"`,
        '  pullPolicy: IfNotPresent',
        'resources:',
        '  limits:',
        `    cpu: ${r.int(100, 2000)}m`,
        `    memory: ${r.int(128, 4096)}Mi`,
        ...yamlVars(r, many(3, 20)),
      );
      return {
        path: name(`${dir}/${r.pick(['values.yaml', 'values-prod.yaml', 'values-staging.yaml'])}`),
        doc: d,
      };
    }
    case 'ansible': {
      const dir = areaDir('ansible', i, 5, r);
      d.add('---');
      if (noise) d.add(r.pick(KEYWORD_NOISE.hash));
      if (dir.endsWith('defaults') || dir.endsWith('vars')) d.add(...yamlVars(r, many(4, 25)));
      else for (let t = many(2, 10); t > 0; t--) d.add(...ansibleTask(r));
      return { path: name(`${dir}/main.yml`), doc: d };
    }
    case 'workflow': {
      const svc = r.pick(SERVICES);
      d.add(
        `name: ${svc}`,
        'on:',
        '  push:',
        '    paths:',
        `      - 'services/${svc}/**'`,
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-22.04',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: actions/setup-node@v4',
        '        with:',
        '          node-version: 20',
        `      - run: npm ci && npm test --workspace services/${svc}`,
      );
      return { path: name(`.github/workflows/${svc}-${r.pick(WORDS)}.yml`), doc: d };
    }
    case 'cloudinit': {
      d.add(
        '#cloud-config',
        'package_update: true',
        'packages:',
        '  - curl',
        '  - jq',
        `  - ${r.pick(['nfs-common', 'open-iscsi', 'chrony'])}`,
        'users:',
        `  - name: ${r.pick(WORDS)}`,
        '    groups: [sudo]',
        `    ssh_authorized_keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA${r.hex(40)}"]`,
        'runcmd:',
        `  - systemctl enable --now ${r.pick(['chronyd', 'iscsid'])}`,
        `  - echo "${r.pick(WORDS)}" > /etc/node-role`,
      );
      return {
        path: name(`${areaDir('cloudinit', i, 10, r)}/${r.pick(WORDS)}-user-data.yaml`),
        doc: d,
      };
    }
    case 'sh': {
      d.add('#!/usr/bin/env bash', 'set -euo pipefail', '');
      if (noise) d.add(r.pick(KEYWORD_NOISE.hash));
      for (let b = many(2, 10); b > 0; b--) d.add(...shellBlock(r));
      return {
        path: name(
          `${areaDir('sh', i, 10, r)}/${r.pick(WORDS)}-${r.pick(['backup', 'deploy', 'rotate', 'check', 'sync'])}.sh`,
        ),
        doc: d,
      };
    }
    case 'md': {
      d.add(`# ${r.pick(SERVICES)} ${r.pick(WORDS)}`, '');
      if (noise) d.add(r.pick(KEYWORD_NOISE.md), '');
      for (let s = many(1, 8); s > 0; s--) d.add(...mdSection(r));
      return {
        path: name(
          `${areaDir('md', i, 10, r)}/${r.pick(['README', 'runbook', 'architecture', 'onboarding', 'adr-' + r.int(1, 99)])}.md`,
        ),
        doc: d,
      };
    }
    case 'json': {
      d.add(...jsonFile(r).split('\n'));
      return {
        path: name(
          `${areaDir('json', i, 8, r)}/${r.pick(['package', 'dashboard', 'policy', 'settings'])}.json`,
        ),
        doc: d,
      };
    }
    case 'docker': {
      d.add(...dockerfileLines(r));
      return { path: name(`${areaDir('docker', i, 4, r)}/Dockerfile`), doc: d };
    }
    default: {
      const dir = areaDir('misc', i, 10, r);
      switch (r.int(0, 3)) {
        case 0:
          d.add(
            `APP_NAME=${r.pick(SERVICES)}`,
            `LOG_LEVEL=${r.pick(['info', 'debug'])}`,
            `PORT=${r.int(3000, 9000)}`,
          );
          return { path: name(`${dir}/.env.example`), doc: d };
        case 1:
          d.add('.PHONY: build test', 'build:', '\tgo build ./...', 'test:', '\tgo test ./...');
          return { path: name(`${dir}/Makefile`), doc: d };
        case 2:
          d.add(
            `[${r.pick(WORDS)}]`,
            `listen = 0.0.0.0:${r.int(1000, 9999)}`,
            `workers = ${r.int(1, 32)}`,
          );
          return { path: name(`${dir}/${r.pick(WORDS)}.conf`), doc: d };
        default:
          d.add(
            'import os',
            '',
            'def main():',
            `    print(os.environ.get("${r.pick(WORDS).toUpperCase()}", "${r.pick(WORDS)}"))`,
            '',
            'if __name__ == "__main__":',
            '    main()',
          );
          return { path: name(`${dir}/${r.pick(WORDS)}.py`), doc: d };
      }
    }
  }
}

function pickFillerKind(r) {
  let x = r.next() * FILLER_WEIGHT;
  for (const [k, w] of FILLER_KINDS) {
    if ((x -= w) < 0) return k;
  }
  return 'misc';
}

/** Filler blocks of the same format as a pin form's file, around its pin block. */
function surround(r, kind, pinDoc, header = []) {
  const d = new Doc().add(...header);
  const before = r.int(0, 4);
  const after = r.int(0, 4);
  const block = () => {
    switch (kind) {
      case 'tf':
        return [...tfBlock(r), ''];
      case 'sh':
        return shellBlock(r);
      case 'yamlvars':
        return yamlVars(r, r.int(1, 5));
      case 'md':
        return mdSection(r);
      case 'tasks':
        return ansibleTask(r);
      default:
        return [];
    }
  };
  for (let i = 0; i < before; i++) d.add(...block());
  d.append(pinDoc);
  for (let i = 0; i < after; i++) d.add(...block());
  return d;
}

// ---------------------------------------------------------------------------------------------
// Pin forms: every spelling the extractor supports. Each returns {path, doc, crlf?}.

const b64 = (s) => Buffer.from(s).toString('base64');

const PIN_FORMS = [
  [
    'shell curl | INSTALL_RKE2_VERSION=',
    (r, n) => {
      const v = r.pick(RKE2);
      const d = new Doc().pin(
        `curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${v} sh -`,
        P(dist(v), v),
      );
      return {
        path: n(`scripts/install/${r.pick(WORDS)}-rke2-server.sh`),
        doc: surround(r, 'sh', d, ['#!/bin/sh', 'set -e', '']),
      };
    },
  ],
  [
    'shell INSTALL_K3S_VERSION="..." quoted',
    (r, n) => {
      const v = r.pick(K3S);
      const d = new Doc().pin(
        `curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION="${v}" sh -s - server --cluster-init`,
        P(dist(v), v),
      );
      return {
        path: n(`scripts/install/${r.pick(WORDS)}-k3s.sh`),
        doc: surround(r, 'sh', d, ['#!/usr/bin/env bash', 'set -euo pipefail', '']),
      };
    },
  ],
  [
    'shell export + ${VAR:-default}',
    (r, n) => {
      const [a, b] = [r.pick(RKE2), r.pick(K3S)];
      const d = new Doc()
        .pin(`export INSTALL_RKE2_VERSION=${a}`, P(dist(a), a))
        .pin(`K3S_VERSION="\${K3S_VERSION:-${b}}"`, P(dist(b), b))
        .add('curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION="${K3S_VERSION}" sh -');
      return {
        path: n(`scripts/bootstrap/${r.pick(WORDS)}-node.sh`),
        doc: surround(r, 'sh', d, ['#!/bin/bash', '']),
      };
    },
  ],
  [
    'shell \\ continuation',
    (r, n) => {
      const v = r.pick(RKE2);
      const d = new Doc()
        .add('curl -sfL https://get.rke2.io | \\', '  INSTALL_RKE2_TYPE=agent \\')
        .pin(`  INSTALL_RKE2_VERSION="${v}" \\`, P(dist(v), v))
        .add('  sh -');
      return {
        path: n(`scripts/install/${r.pick(WORDS)}-rke2-agent.sh`),
        doc: surround(r, 'sh', d, ['#!/bin/bash', 'set -e', '']),
      };
    },
  ],
  [
    'shell %2B / %2b URL',
    (r, n) => {
      const [a, b] = [r.pick(RKE2), r.pick(K3S)];
      const d = new Doc()
        .pin(
          `curl -sSLo rke2.tar.gz "https://github.com/rancher/rke2/releases/download/${urlForm(a)}/rke2.linux-amd64.tar.gz"`,
          P(dist(a), urlForm(a)),
        )
        .pin(
          `curl -sSLo k3s "https://github.com/k3s-io/k3s/releases/download/${urlForm(b, true)}/k3s"`,
          P(dist(b), urlForm(b, true)),
        );
      return {
        path: n(`scripts/airgap/${r.pick(WORDS)}-fetch.sh`),
        doc: surround(r, 'sh', d, ['#!/bin/bash', 'set -euo pipefail', '']),
      };
    },
  ],
  [
    'shell containerd packages (apt, ubuntu, rpm)',
    (r, n) => {
      const [a, b] = r.pick2(CONTAINERD);
      const c = r.pick(CONTAINERD);
      const d = new Doc()
        .pin(`apt-get install -y containerd.io=${a}-1`, P(cd(a), `${a}-1`))
        .pin(
          `apt-get install -y containerd=${b}-0ubuntu1~22.04.1`,
          P(cd(b), `${b}-0ubuntu1~22.04.1`),
        )
        .pin(`yum install -y containerd.io-${c}-3.1.el8`, P(cd(c), `${c}-3.1.el8`));
      return {
        path: n(`scripts/runtime/${r.pick(WORDS)}-containerd.sh`),
        doc: surround(r, 'sh', d, ['#!/bin/bash', 'set -e', '']),
      };
    },
  ],
  [
    'shell containerd release URL + CONTAINERD_VERSION=',
    (r, n) => {
      const [a, b] = r.pick2(CONTAINERD);
      const d = new Doc()
        .pin(`CONTAINERD_VERSION=${a}`, P(cd(a), a))
        .pin(
          `curl -fsSLO https://github.com/containerd/containerd/releases/download/v${b}/containerd-${b}-linux-amd64.tar.gz`,
          P(cd(b), `v${b}`),
        )
        .add('tar -C /usr/local -xzf containerd-*.tar.gz');
      return {
        path: n(`scripts/runtime/${r.pick(WORDS)}-containerd-bin.sh`),
        doc: surround(r, 'sh', d, ['#!/bin/bash', '']),
      };
    },
  ],
  [
    'shell commented pin (inComment)',
    (r, n) => {
      const [a, b] = r.pick2(RKE2);
      const d = new Doc()
        .pin(`curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${a} sh -`, P(dist(a), a))
        .pin(
          `# curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${b} sh -`,
          P(dist(b), b, { inComment: true }),
        );
      return {
        path: n(`scripts/install/${r.pick(WORDS)}-rollback.sh`),
        doc: surround(r, 'sh', d, ['#!/bin/sh', '']),
      };
    },
  ],
  [
    'shell prerelease -rc1+rke2r1',
    (r, n) => {
      const v = 'v1.30.0-rc1+rke2r1';
      const d = new Doc().pin(
        `curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${v} sh -`,
        P(dist(v), v),
      );
      return {
        path: n(`scripts/canary/${r.pick(WORDS)}-rc.sh`),
        doc: surround(r, 'sh', d, ['#!/bin/sh', '']),
      };
    },
  ],
  [
    'terraform variable default (description is a decoy)',
    (r, n) => {
      const [a, b] = r.pick2(RKE2);
      const d = new Doc()
        .add('variable "rke2_version" {', '  type        = string')
        .add(`  description = "RKE2 release to install, e.g. ${b}"`)
        .pin(`  default     = "${a}"`, P(dist(a), a))
        .add('}', '');
      return {
        path: n(`${areaDir('tf', r.int(0, 5000), 8, r)}/rke2-variables.tf`),
        doc: surround(r, 'tf', d),
      };
    },
  ],
  [
    'terraform module argument',
    (r, n) => {
      const v = r.pick(RKE2);
      const d = new Doc()
        .add(
          'module "rke2_servers" {',
          '  source       = "git::https://github.com/rancherfederal/rke2-aws-tf.git?ref=v2.4.0"',
        )
        .pin(`  rke2_version = "${v}" # TODO bump`, P(dist(v), v))
        .add('  servers      = 3', '}', '');
      return {
        path: n(`${areaDir('tf', r.int(0, 5000), 8, r)}/rke2.tf`),
        doc: surround(r, 'tf', d),
      };
    },
  ],
  [
    'terraform heredoc cloud-config',
    (r, n) => {
      const v = r.pick(K3S);
      const d = new Doc()
        .add(
          'locals {',
          '  user_data = <<-EOT',
          '    #cloud-config',
          '    runcmd:',
          '      - curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${var.rke2_version} sh -',
        )
        .pin(
          `      - curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=${v} sh -s - agent`,
          P(dist(v), v),
        )
        .add('  EOT', '}', '');
      return {
        path: n(`${areaDir('tf', r.int(0, 5000), 8, r)}/user-data.tf`),
        doc: surround(r, 'tf', d),
      };
    },
  ],
  [
    'terraform containerd_version variable block',
    (r, n) => {
      const v = r.pick(CONTAINERD);
      const d = new Doc()
        .add(
          'variable "containerd_version" {',
          '  description = "containerd package version for the bastion, e.g. 1.6.15"',
          '  type        = string',
        )
        .pin(`  default     = "${v}"`, P(cd(v), v))
        .add('}', '');
      return {
        path: n(`${areaDir('tf', r.int(0, 5000), 8, r)}/bastion.tf`),
        doc: surround(r, 'tf', d),
      };
    },
  ],
  [
    'terraform rancher2_cluster_v2 kubernetes_version',
    (r, n) => {
      const v = r.pick([...RKE2, ...K3S]);
      const d = new Doc()
        .add(
          `resource "rancher2_cluster_v2" "${r.pick(WORDS)}" {`,
          `  name               = "${r.pick(WORDS)}"`,
        )
        .pin(`  kubernetes_version = "${v}"`, P(dist(v), v))
        .add('}', '');
      return {
        path: n(`${areaDir('tf', r.int(0, 5000), 8, r)}/rancher.tf`),
        doc: surround(r, 'tf', d),
      };
    },
  ],
  [
    'terraform %2B airgap URL',
    (r, n) => {
      const v = r.pick(RKE2);
      const d = new Doc()
        .add('locals {')
        .pin(
          `  airgap_url = "https://github.com/rancher/rke2/releases/download/${urlForm(v)}/rke2.linux-amd64.tar.gz"`,
          P(dist(v), urlForm(v)),
        )
        .add('}', '');
      return {
        path: n(`${areaDir('tf', r.int(0, 5000), 8, r)}/airgap.tf`),
        doc: surround(r, 'tf', d),
      };
    },
  ],
  [
    'tfvars rke2/k3s/containerd',
    (r, n) => {
      const [a, b, c] = [r.pick(RKE2), r.pick(K3S), r.pick(CONTAINERD)];
      const env = r.pick(ENVS);
      const d = new Doc()
        .add(`cluster_name       = "${env}"`)
        .pin(`rke2_version       = "${a}"`, P(dist(a), a))
        .pin(`k3s_version        = "${b}" // edge sites`, P(dist(b), b))
        .add('rke2_channel       = "v1.26"')
        .pin(`containerd_version = "${c}"`, P(cd(c), c));
      return { path: n(`infra/terraform/envs/${env}/${r.pick(REGIONS)}/cluster.tfvars`), doc: d };
    },
  ],
  [
    'tfvars rfo (+rfor)',
    (r, n) => {
      const v = r.pick(RFO);
      const d = new Doc().add('# openEuler nodes').pin(`rfo_version = "${v}"`, P(dist(v), v));
      return { path: n(`infra/terraform/envs/${r.pick(ENVS)}/openeuler.auto.tfvars`), doc: d };
    },
  ],
  [
    'terragrunt inputs',
    (r, n) => {
      const v = r.pick(RKE2);
      const d = new Doc()
        .add('include "root" {', '  path = find_in_parent_folders()', '}', '', 'inputs = {')
        .pin(`  rke2_version = "${v}"`, P(dist(v), v))
        .add('}');
      return { path: n(`infra/live/${r.pick(ENVS)}/${r.pick(WORDS)}/terragrunt.hcl`), doc: d };
    },
  ],
  [
    'packer inline INSTALL_K3S_VERSION',
    (r, n) => {
      const [a, b] = [r.pick(RKE2), r.pick(K3S)];
      const d = new Doc()
        .add('variable "rke2_version" {', '  type    = string')
        .pin(`  default = "${a}"`, P(dist(a), a))
        .add(
          '}',
          '',
          'build {',
          '  sources = ["source.amazon-ebs.node"]',
          '  provisioner "shell" {',
          '    inline = [',
        )
        .pin(
          `      "curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=${b} INSTALL_K3S_SKIP_START=true sh -",`,
          P(dist(b), b),
        )
        .add('    ]', '  }', '}');
      return { path: n(`packer/${r.pick(WORDS)}-node.pkr.hcl`), doc: d };
    },
  ],
  [
    'ansible group_vars',
    (r, n) => {
      const [a, b, c] = [r.pick(RKE2), r.pick(K3S), r.pick(CONTAINERD)];
      const d = new Doc()
        .add('---', '# Cluster-wide settings')
        .pin(`rke2_version: ${a}`, P(dist(a), a))
        .add('rke2_channel: stable')
        .pin(`k3s_version: "${b}"`, P(dist(b), b))
        .pin(`containerd_version: ${c}`, P(cd(c), c));
      return {
        path: n(`ansible/inventories/${r.pick(ENVS)}/group_vars/${r.pick(WORDS)}.yml`),
        doc: surround(r, 'yamlvars', d),
      };
    },
  ],
  [
    'ansible tasks apt/dnf containerd.io',
    (r, n) => {
      const [a, b] = r.pick2(CONTAINERD);
      const d = new Doc()
        .add('- name: Install containerd (Debian)', '  ansible.builtin.apt:')
        .pin(`    name: "containerd.io=${a}-1"`, P(cd(a), `${a}-1`))
        .add(
          '    state: present',
          '',
          '- name: Install containerd (RHEL)',
          '  ansible.builtin.dnf:',
        )
        .pin(`    name: containerd.io-${b}-3.1.el8`, P(cd(b), `${b}-3.1.el8`))
        .add('    state: present', '');
      return {
        path: n(`ansible/roles/containerd-${r.pick(WORDS)}/tasks/main.yml`),
        doc: surround(r, 'tasks', d, ['---']),
      };
    },
  ],
  [
    'ansible inventory ini',
    (r, n) => {
      const [a, b] = r.pick2(K3S);
      const d = new Doc()
        .add('[k3s_cluster:children]', 'server', 'agent', '', '[k3s_cluster:vars]')
        .pin(`k3s_version=${a}`, P(dist(a), a))
        .pin(`; k3s_version=${b}`, P(dist(b), b, { inComment: true }));
      return { path: n(`ansible/inventories/${r.pick(ENVS)}/hosts-${r.pick(WORDS)}.ini`), doc: d };
    },
  ],
  [
    'github workflow env + matrix',
    (r, n) => {
      const [a, b] = r.pick2(K3S);
      const c = r.pick(RKE2);
      const d = new Doc()
        .add('name: e2e', 'on: [push]', 'env:')
        .pin(`  INSTALL_K3S_VERSION: ${a}`, P(dist(a), a))
        .pin(`  RKE2_VERSION: "${c}"`, P(dist(c), c))
        .add('jobs:', '  test:', '    runs-on: ubuntu-22.04', '    strategy:', '      matrix:')
        .pin(`        k3s: [${a}, ${b}]`, P(dist(a), a), P(dist(b), b))
        .add(
          '    steps:',
          '      - uses: actions/checkout@v4',
          '      - run: curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=${{ env.INSTALL_K3S_VERSION }} sh -',
        );
      return { path: n(`.github/workflows/e2e-${r.pick(WORDS)}.yml`), doc: d };
    },
  ],
  [
    'cloud-init runcmd/bootcmd/packages',
    (r, n) => {
      const [a, b] = [r.pick(RKE2), r.pick(K3S)];
      const c = r.pick(CONTAINERD);
      const d = new Doc()
        .add('#cloud-config', 'package_update: true', 'packages:', '  - curl')
        .pin(`  - [containerd.io, ${c}-1]`, P(cd(c), `${c}-1`))
        .add('bootcmd:')
        .pin(`  - [ sh, -c, 'echo "pinned ${a}" > /etc/rke2-pin' ]`, P(dist(a), a))
        .add('runcmd:')
        .pin(
          `  - curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${a} INSTALL_RKE2_TYPE=agent sh -`,
          P(dist(a), a),
        )
        .pin(
          `  - [ sh, -c, "curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION='${b}' sh -" ]`,
          P(dist(b), b),
        )
        .add('  - curl -sfL https://get.rke2.io | INSTALL_RKE2_CHANNEL=v1.26 sh -');
      return { path: n(`infra/cloud-init/${r.pick(ENVS)}/${r.pick(WORDS)}-server.yaml`), doc: d };
    },
  ],
  [
    'cloud-init write_files plain / b64 / base64 / gzip+base64',
    (r, n) => {
      const [a, b] = [r.pick(RKE2), r.pick(K3S)];
      const c = r.pick(K3S);
      const e = r.pick(RKE2);
      const gz = gzipSync(
        Buffer.from(`#!/bin/sh\ncurl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${e} sh -\n`),
        { level: 9 },
      ).toString('base64');
      const d = new Doc()
        .add(
          '#cloud-config',
          'write_files:',
          '  - path: /usr/local/bin/install-rke2.sh',
          '    permissions: "0755"',
          '    content: |',
          '      #!/bin/sh',
          '      set -e',
        )
        .pin(`      curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${a} sh -`, P(dist(a), a))
        .add('  - path: /etc/default/k3s-install', '    encoding: b64')
        .pin(
          `    content: ${b64(`INSTALL_K3S_VERSION=${b}\n`)}`,
          P(dist(b), b, { encoding: 'base64' }),
        )
        .add('  - path: /etc/default/k3s-agent', '    encoding: base64')
        .pin(
          `    content: ${b64(`K3S_VERSION=${c}\nK3S_URL=https://10.0.0.10:6443\n`)}`,
          P(dist(c), c, { encoding: 'base64' }),
        )
        .add(
          '  - path: /usr/local/bin/rke2-setup.sh',
          '    permissions: "0755"',
          '    encoding: gzip+base64',
        )
        .pin(`    content: ${gz}`, P(dist(e), e, { encoding: 'gzip+base64' }));
      return { path: n(`infra/cloud-init/${r.pick(ENVS)}/${r.pick(WORDS)}-node.yaml`), doc: d };
    },
  ],
  [
    'system-upgrade-controller Plan',
    (r, n) => {
      const v = r.pick(RKE2);
      const d = new Doc()
        .add(
          'apiVersion: upgrade.cattle.io/v1',
          'kind: Plan',
          'metadata:',
          '  name: server-plan',
          '  namespace: system-upgrade',
          'spec:',
          '  concurrency: 1',
          '  prepare:',
          '    args: [prepare, server-plan]',
        )
        .pin(`    image: rancher/rke2-upgrade:${tag(v)}`, P(dist(v), tag(v)))
        .add(
          '  serviceAccountName: system-upgrade',
          '  upgrade:',
          '    image: rancher/rke2-upgrade',
        )
        .pin(`  version: ${v}`, P(dist(v), v));
      return { path: n(`k8s/system-upgrade/${r.pick(WORDS)}-plan.yaml`), doc: d };
    },
  ],
  [
    'Rancher provisioning Cluster',
    (r, n) => {
      const v = r.pick([...RKE2, ...K3S]);
      const d = new Doc()
        .add(
          'apiVersion: provisioning.cattle.io/v1',
          'kind: Cluster',
          'metadata:',
          `  name: ${r.pick(WORDS)}`,
          '  namespace: fleet-default',
          'spec:',
        )
        .pin(`  kubernetesVersion: "${v}"`, P(dist(v), v))
        .add('  rkeConfig: {}');
      return { path: n(`k8s/rancher/clusters/${r.pick(WORDS)}-${r.pick(ENVS)}.yaml`), doc: d };
    },
  ],
  [
    'Cluster API RKE2ControlPlane (multi-document)',
    (r, n) => {
      const v = r.pick(RKE2);
      const d = new Doc()
        .add(
          ...k8sDoc(r),
          '---',
          'apiVersion: controlplane.cluster.x-k8s.io/v1beta1',
          'kind: RKE2ControlPlane',
          'metadata:',
          `  name: ${r.pick(WORDS)}-control-plane`,
          'spec:',
          '  replicas: 3',
        )
        .pin(`  version: ${v}`, P(dist(v), v))
        .add('  rolloutStrategy:', '    type: RollingUpdate');
      return { path: n(`k8s/capi/${r.pick(WORDS)}-cluster.yaml`), doc: d };
    },
  ],
  [
    'k3d config image tag',
    (r, n) => {
      const v = r.pick(K3S);
      const d = new Doc()
        .add(
          'apiVersion: k3d.io/v1alpha5',
          'kind: Simple',
          'metadata:',
          `  name: ${r.pick(WORDS)}`,
          'servers: 1',
          'agents: 2',
        )
        .pin(`image: rancher/k3s:${tag(v)}`, P(dist(v), tag(v)));
      return { path: n(`dev/k3d/${r.pick(WORDS)}-k3d.yaml`), doc: d };
    },
  ],
  [
    'ConfigMap with install script',
    (r, n) => {
      const v = r.pick(K3S);
      const d = new Doc()
        .add(
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata:',
          '  name: node-bootstrap',
          'data:',
          '  install.sh: |',
          '    #!/bin/sh',
        )
        .pin(`    curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=${v} sh -`, P(dist(v), v))
        .add('---', ...k8sDoc(r));
      return {
        path: n(`${areaDir('k8s', r.int(0, 5000), 12, r)}/bootstrap-configmap.yaml`),
        doc: d,
      };
    },
  ],
  [
    'Helm values (image tags, hardened-containerd, containerd.version)',
    (r, n) => {
      const [a, b] = [r.pick(K3S), r.pick(RKE2)];
      const f = r.pick(CONTAINERD_FORK);
      const c = r.pick(CONTAINERD);
      const d = new Doc()
        .add('cluster:', '  image:', '    repository: rancher/k3s')
        .pin(`    tag: ${tag(a)}`, P(dist(a), tag(a)))
        .add('runtime:', '  image:', '    repository: rancher/hardened-containerd')
        .pin(`    tag: ${f}-build20221209`, P(cd(f), `${f}-build20221209`))
        .add('containerd:')
        .pin(`  version: "${c}"`, P(cd(c), c))
        .add('  snapshotter: overlayfs', 'systemUpgradeController:', '  plans:', '    server:')
        .pin(`      version: ${b}`, P(dist(b), b));
      return { path: n(`charts/${r.pick(WORDS)}-cluster/values.yaml`), doc: d };
    },
  ],
  [
    'Dockerfile ARG / FROM image tags / hardened-containerd',
    (r, n) => {
      const [a, b] = [r.pick(K3S), r.pick(RKE2)];
      const f = r.pick(CONTAINERD_FORK);
      const c = r.pick(CONTAINERD);
      const d = new Doc()
        .add('# syntax=docker/dockerfile:1', 'ARG GO_VERSION=1.19.4')
        .pin(`ARG K3S_VERSION=${tag(a)}`, P(dist(a), tag(a)))
        .pin(`ARG CONTAINERD_VERSION=v${c}`, P(cd(c), `v${c}`))
        .add(
          'FROM rancher/hardened-runc:v1.1.4-build20221012 AS runc',
          'FROM rancher/hardened-etcd:v3.5.5-k3s1-build20221011 AS etcd',
        )
        .pin(
          `FROM rancher/hardened-containerd:${f}-build20221209 AS containerd`,
          P(cd(f), `${f}-build20221209`),
        )
        .pin(`FROM rancher/rke2-runtime:${tag(b)} AS runtime`, P(dist(b), tag(b)))
        .add(
          'FROM rancher/k3s:${K3S_VERSION} AS k3s',
          'COPY --from=containerd /usr/local/bin/ /usr/local/bin/',
        );
      return { path: n(`images/${r.pick(WORDS)}-node/Dockerfile`), doc: d };
    },
  ],
  [
    'JSON keys and image strings',
    (r, n) => {
      const [a, b] = [r.pick(RKE2), r.pick(K3S)];
      const c = r.pick(CONTAINERD);
      const f = r.pick(CONTAINERD_FORK);
      const d = new Doc()
        .add('{', '  "cluster": {', `    "name": "${r.pick(WORDS)}",`)
        .pin(`    "rke2_version": "${a}",`, P(dist(a), a))
        .add('    "channel": "stable",')
        .pin(`    "containerdVersion": "${c}"`, P(cd(c), c))
        .add('  },')
        .pin(
          `  "images": ["rancher/k3s:${tag(b)}", "rancher/hardened-containerd:${f}-build20221209"]`,
          P(dist(b), tag(b)),
          P(cd(f), `${f}-build20221209`),
        )
        .add('}');
      return { path: n(`config/clusters/${r.pick(WORDS)}-${r.pick(ENVS)}.json`), doc: d };
    },
  ],
  [
    'Markdown documentation',
    (r, n) => {
      const [a, b] = r.pick2(RKE2);
      const c = r.pick(K3S);
      const d = new Doc()
        .add('# Upgrading the clusters', '')
        .pin(`Our clusters run \`${a}\`. Upgrade with:`, P(dist(a), a))
        .add('', '```bash')
        .pin(`curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${b} sh -`, P(dist(b), b))
        .add('```', '', '| product | version |', '|---|---|')
        .pin(`| K3s | ${c} |`, P(dist(c), c))
        .add('');
      return { path: n(`docs/runbooks/${r.pick(WORDS)}-upgrade.md`), doc: surround(r, 'md', d) };
    },
  ],
  [
    '.env file',
    (r, n) => {
      const [a, b] = [r.pick(RKE2), r.pick(K3S)];
      const c = r.pick(CONTAINERD);
      const d = new Doc()
        .add('# Local dev cluster')
        .pin(`K3S_VERSION=${b}`, P(dist(b), b))
        .pin(`RKE2_VERSION="${a}"`, P(dist(a), a))
        .pin(`CONTAINERD_VERSION=${c}`, P(cd(c), c))
        .add('INSTALL_RKE2_CHANNEL=latest');
      return { path: n(`dev/${r.pick(WORDS)}/.env`), doc: d };
    },
  ],
  [
    'Makefile',
    (r, n) => {
      const [a, b] = [r.pick(RKE2), r.pick(K3S)];
      const d = new Doc()
        .pin(`RKE2_VERSION ?= ${a}`, P(dist(a), a))
        .add('GOLANG_VERSION ?= 1.19.4', '', '.PHONY: image', 'image:')
        .pin(`\tdocker pull rancher/k3s:${tag(b)}`, P(dist(b), tag(b)));
      return { path: n(`tools/${r.pick(WORDS)}/Makefile`), doc: d };
    },
  ],
  [
    'PowerShell (CRLF) param default + %2B URL',
    (r, n) => {
      const v = r.pick(RKE2);
      const d = new Doc()
        .add('param(')
        .pin(`    [string]$Version = "${v}",`, P(dist(v), v))
        .add('    [string]$Channel = "stable"', ')', '$ErrorActionPreference = "Stop"')
        .pin(
          `Invoke-WebRequest -Uri "https://github.com/rancher/rke2/releases/download/${urlForm(v)}/rke2-windows-amd64.exe" -OutFile rke2.exe`,
          P(dist(v), urlForm(v)),
        );
      return { path: n(`scripts/windows/${r.pick(WORDS)}-install-rke2.ps1`), doc: d, crlf: true };
    },
  ],
  [
    'Vagrantfile',
    (r, n) => {
      const [a, b] = [r.pick(RKE2), r.pick(K3S)];
      const d = new Doc()
        .add('# -*- mode: ruby -*-')
        .pin(`RKE2_VERSION = ENV.fetch("RKE2_VERSION", "${a}")`, P(dist(a), a))
        .add('Vagrant.configure("2") do |config|', '  config.vm.box = "generic/ubuntu2204"')
        .pin(
          `  config.vm.provision "shell", inline: "curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=${b} sh -"`,
          P(dist(b), b),
        )
        .add('end');
      return { path: n(`dev/vagrant-${r.pick(WORDS)}/Vagrantfile`), doc: d };
    },
  ],
  [
    'containerd fork build key + rfo image tag',
    (r, n) => {
      const f = r.pick(CONTAINERD_FORK);
      const v = r.pick(RFO);
      const d = new Doc()
        .pin(`containerd_version: ${f}`, P(cd(f), f))
        .pin(`rfo_image: registry.example.com/rfo/rfo-runtime:${tag(v)}`, P(dist(v), tag(v)));
      return {
        path: n(`ansible/inventories/${r.pick(ENVS)}/host_vars/${r.pick(WORDS)}.yml`),
        doc: surround(r, 'yamlvars', d, ['---']),
      };
    },
  ],
  [
    'TypeScript (Pulumi) string',
    (r, n) => {
      const v = r.pick(RKE2);
      const d = new Doc()
        .add('import * as pulumi from "@pulumi/pulumi";', '', 'const config = new pulumi.Config();')
        .pin(`const rke2Version = config.get("rke2Version") ?? "${v}";`, P(dist(v), v));
      return { path: n(`infra/pulumi/${r.pick(WORDS)}/index.ts`), doc: d };
    },
  ],
];

// ---------------------------------------------------------------------------------------------
// Decoys: files full of look-alikes, none of which is a pin.

const DECOY_FORMS = [
  (r, n) => ({
    path: n(`scripts/tools/${r.pick(WORDS)}-lookalikes.sh`),
    doc: new Doc().add(
      '#!/bin/bash',
      '# None of these are RKE2, K3s, RFO or containerd pins.',
      'GO_VERSION=go1.19.4',
      'GOLANG_IMAGE=golang:1.19.4-bullseye',
      'RUNC_IMAGE=rancher/hardened-runc:v1.1.4-build20221012',
      'CRICTL_IMAGE=rancher/hardened-crictl:v1.26.0-build20221207',
      'ETCD_IMAGE=rancher/hardened-etcd:v3.5.5-k3s1-build20221011',
      'ETCD_VERSION=v3.5.5-k3s1',
      'RUNC_VERSION=v1.1.4',
      'INSTALL_RKE2_CHANNEL=v1.26',
      'INSTALL_K3S_CHANNEL=stable',
      'curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION="${K3S_VERSION}" sh -',
      'KUBERNETES_VERSION=v1.24.9',
      'K3S_ROOT_URL=https://github.com/k3s-io/k3s-root/releases/download/v0.12.0/k3s-root-amd64.tar',
      'KLIPPER_IMAGE=rancher/klipper-helm:v0.7.4-build20221121',
      'containerd_runc_version=v1.1.4',
      'crictl --runtime-endpoint unix:///run/k3s/containerd/containerd.sock ps',
    ),
  }),
  (r, n) => ({
    path: n(`images/${r.pick(WORDS)}-base/Dockerfile`),
    doc: new Doc().add(
      'FROM rancher/hardened-build-base:v1.19.4b11 AS builder',
      'ARG GOLANG=golang:1.19.4-alpine3.16',
      'FROM rancher/hardened-runc:v1.1.4-build20221012 AS runc',
      'FROM rancher/hardened-etcd:v3.5.5-k3s1-build20221011 AS etcd',
      'FROM rancher/mirrored-pause:3.6',
      'FROM registry.k8s.io/kube-apiserver:v1.24.9',
    ),
  }),
  (r, n) => ({
    path: n(`${areaDir('tf', r.int(0, 5000), 8, r)}/cluster-inputs.tf`),
    doc: new Doc().add(
      'variable "rke2_version" {',
      '  type        = string',
      '  description = "RKE2 release, for example v1.24.9+rke2r1; see https://github.com/rancher/rke2/releases"',
      '}',
      '',
      'variable "eks_version" {',
      '  type    = string',
      '  default = "1.28"',
      '}',
      '',
      'locals {',
      '  install = "curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${var.rke2_version} sh -"',
      '  channel = "v1.26"',
      '  kubernetes_version = "1.24.9"',
      '}',
    ),
  }),
  (r, n) => ({
    path: n(`ansible/roles/${r.pick(WORDS)}-runtime/defaults/main.yml`),
    doc: new Doc().add(
      '---',
      'go_version: go1.19.4',
      'golang_image: golang:1.19.4',
      'runc_version: v1.1.4',
      'etcd_version: v3.5.5-k3s1',
      'rke2_channel: v1.26',
      'k3s_channel: stable',
      'rke2_version: "{{ rke2_version_override }}"',
      'install_cmd: "curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION={{ rke2_version }} sh -"',
      'containerd_config_path: /etc/containerd/config.toml',
      'containerd_snapshotter: overlayfs',
      'containerd_runc_version: v1.1.4',
      'containerd_cni_version: v1.1.1',
      'containerd_archive_sha256: a56c39795fd0d0ee356b4099a4dfa34689779f61afc858ef84c765c63e983a7d',
      'nerdctl_version: 1.1.0',
      'crictl_version: v1.26.0',
    ),
  }),
  (r, n) => ({
    path: n(`k8s/platform/${r.pick(WORDS)}-channels.yaml`),
    doc: new Doc().add(
      'apiVersion: upgrade.cattle.io/v1',
      'kind: Plan',
      'metadata:',
      '  name: k3s-channel-plan',
      '  namespace: system-upgrade',
      'spec:',
      '  concurrency: 1',
      '  channel: https://update.k3s.io/v1-release/channels/v1.26',
      '  serviceAccountName: system-upgrade',
      '  upgrade:',
      '    image: rancher/k3s-upgrade',
    ),
  }),
  (r, n) => ({
    path: n(`docs/platform/${r.pick(WORDS)}-runtime.md`),
    doc: new Doc().add(
      '# Container runtime',
      '',
      'All nodes run containerd through RKE2 or k3s. The socket lives at',
      '`/run/k3s/containerd/containerd.sock`; etcd is `v3.5.5-k3s1` and runc is `v1.1.4`.',
      'Kubernetes 1.24.9 is the minimum; pick a release from the `stable` channel.',
      '',
    ),
  }),
];

// ---------------------------------------------------------------------------------------------
// Vendored (node_modules/, .terraform/) and gitignored files: they hold pins that must NOT be
// reported.

function vendoredFile(i, r, n) {
  const v = r.pick(RKE2);
  const k = r.pick(K3S);
  switch (i % 4) {
    case 0:
      return {
        path: n(`node_modules/@acme/${r.pick(WORDS)}-k3s-helper/README.md`),
        doc: new Doc().add('# k3s helper', '', `Tested with ${k} and ${v}.`),
      };
    case 1:
      return {
        path: n(`node_modules/${r.pick(WORDS)}-installer/scripts/install.sh`),
        doc: new Doc().add(
          '#!/bin/sh',
          `curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${v} sh -`,
          `apt-get install -y containerd.io=1.6.12-1`,
        ),
      };
    case 2:
      return {
        path: n(`services/${r.pick(SERVICES)}/node_modules/${r.pick(WORDS)}/package.json`),
        doc: new Doc().add('{', `  "name": "${r.pick(WORDS)}",`, `  "k3sVersion": "${k}"`, '}'),
      };
    default:
      return {
        path: n(`infra/terraform/envs/${r.pick(ENVS)}/.terraform/modules/rke2/variables.tf`),
        doc: new Doc().add('variable "rke2_version" {', `  default = "${v}"`, '}'),
      };
  }
}

function ignoredFile(i, r, n) {
  const v = r.pick(RKE2);
  switch (i % 4) {
    case 0:
      return {
        path: n(`infra/terraform/envs/${r.pick(ENVS)}/override.local.tfvars`),
        doc: new Doc().add(`rke2_version = "${v}"`),
      };
    case 1:
      return {
        path: n(`infra/terraform/envs/${r.pick(ENVS)}/${r.pick(REGIONS)}/terraform.tfstate`),
        doc: new Doc().add(
          '{',
          '  "version": 4,',
          '  "outputs": {',
          `    "rke2_version": { "value": "${v}", "type": "string" }`,
          '  }',
          '}',
        ),
      };
    case 2:
      return {
        path: n(`ansible/${r.pick(WORDS)}-${i}.retry`),
        doc: new Doc().add(`INSTALL_RKE2_VERSION=${v}`),
      };
    default:
      return {
        path: n(`build/${r.pick(WORDS)}/rendered-user-data.yaml`),
        doc: new Doc().add(
          '#cloud-config',
          'runcmd:',
          `  - curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${v} sh -`,
        ),
      };
  }
}

/**
 * The i-th file of an installed `node_modules/` (JavaScript packages of about ten files each),
 * for the byte-heavy tree: skipped as vendored and gitignored, never read. One package in
 * twenty mentions a release, which must not be reported.
 */
function nodeModuleFile(i, r, n) {
  const pkg = Math.floor(i / 10);
  const name = `${WORDS[pkg % WORDS.length]}-${SERVICES[Math.floor(pkg / WORDS.length) % SERVICES.length]}${pkg >= WORDS.length * SERVICES.length ? `-${Math.floor(pkg / (WORDS.length * SERVICES.length))}` : ''}`;
  const dir = `node_modules/${pkg % 7 === 0 ? `@acme/${name}` : name}`;
  const d = new Doc();
  switch (i % 10) {
    case 0:
      d.add(
        '{',
        `  "name": "${name}",`,
        `  "version": "${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}",`,
        '  "main": "lib/index.js",',
        `  "license": "${r.pick(['MIT', 'ISC', 'Apache-2.0'])}"${pkg % 20 === 0 ? ',' : ''}`,
        ...(pkg % 20 === 0 ? [`  "k3sVersion": "${r.pick(K3S)}"`] : []),
        '}',
      );
      return { path: n(`${dir}/package.json`), doc: d };
    case 1:
      d.add(`# ${name}`, '', `${r.pick(WORDS)} ${r.pick(WORDS)} helpers for ${r.pick(SERVICES)}.`);
      if (pkg % 20 === 1) d.add('', `Tested against RKE2 ${r.pick(RKE2)}.`);
      for (let s = r.int(1, 4); s > 0; s--) d.add('', ...mdSection(r));
      return { path: n(`${dir}/README.md`), doc: d };
    default: {
      d.add("'use strict';", '');
      for (let f = r.int(3, 14); f > 0; f--) {
        const fn = `${r.pick(WORDS)}${r.pick(WORDS).replace(/^./, (c) => c.toUpperCase())}`;
        d.add(
          `function ${fn}(options, callback) {`,
          `  const settings = Object.assign({ retries: ${r.int(1, 9)}, timeout: ${r.int(100, 9000)} }, options);`,
          `  if (typeof callback !== 'function') throw new TypeError('${fn}: callback must be a function');`,
          `  return process.nextTick(() => callback(null, settings.${r.pick(WORDS)} ?? '${r.pick(WORDS)}'));`,
          '}',
          `module.exports.${fn} = ${fn};`,
          '',
        );
      }
      return { path: n(`${dir}/lib/${r.pick(WORDS)}-${i % 10}.js`), doc: d };
    }
  }
}

const ROOT_GITIGNORE = [
  'node_modules/',
  '*.tfstate',
  '*.tfstate.*',
  '*.local.tfvars',
  '.terraform/',
  '/build/',
  '*.log',
  '',
].join('\n');
const ANSIBLE_GITIGNORE = ['*.retry', ''].join('\n');

// ---------------------------------------------------------------------------------------------
// Large files (1-5 MB of text)

function largeFile(i, r, n, targetBytes) {
  const d = new Doc();
  let bytes = 0;
  const push = (l) => {
    d.add(l);
    bytes += l.length + 1;
  };
  switch (i % 4) {
    case 0: {
      // Inventory export: JSON, no keywords at all.
      push('[');
      for (let k = 0; bytes < targetBytes; k++)
        push(
          `  {"id": ${k}, "hostname": "${r.pick(WORDS)}-${r.hex(6)}", "ip": "10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}", "rack": "${r.pick(WORDS)}", "os": "ubuntu-22.04", "tags": ["${r.pick(SERVICES)}", "${r.pick(ENVS)}"]},`,
        );
      push('  {"id": -1}');
      push(']');
      return { path: n(`data/inventory/hosts-export-${i}.json`), doc: d };
    }
    case 1: {
      // Changelog archive: Markdown, one pin near the end, "k3s" mentioned all along.
      push('# Platform changelog archive');
      while (bytes < targetBytes) {
        push(
          `- ${r.int(2019, 2023)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}: ${r.pick(WORDS)} ${r.pick(WORDS)} rollout for ${r.pick(SERVICES)} on the k3s edge fleet (${r.pick(ENVS)}).`,
        );
      }
      const v = r.pick(RKE2);
      d.pin(`- 2023-01-10: pinned RKE2 ${v} on all clusters.`, P(dist(v), v));
      push('- end of archive');
      return { path: n(`docs/archive/changelog-${i}.md`), doc: d };
    }
    case 2: {
      // A generated YAML bundle of ConfigMaps, a containerd version deep inside.
      while (bytes < targetBytes) for (const l of [...k8sDoc(r), '---']) push(l);
      const c = r.pick(CONTAINERD);
      d.add(
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: runtime-versions',
        'data:',
      ).pin(`  containerd_version: "${c}"`, P(cd(c), c));
      return { path: n(`k8s/generated/bundle-${i}.yaml`), doc: d };
    }
    default: {
      // IP allow-list tfvars, no keywords.
      push('allowed_cidrs = [');
      while (bytes < targetBytes)
        push(`  "${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.0/24", # ${r.pick(WORDS)}`);
      push(']');
      return { path: n(`infra/terraform/generated/allowlist-${i}.auto.tfvars`), doc: d };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The tree

/**
 * Writes a synthetic monorepo of exactly `files` files (not counting `.git/`) under `dir`
 * (created; should be empty) and returns what was planted, sorted by file then line.
 *
 * The byte-heavy shape (`npm run bench`'s third tree) passes `fillerScale` (larger files of the
 * same kinds), `largeFiles` (how many 1-5 MB files) and `nodeModulesFiles` (that many of the
 * `files` go into an installed, gitignored `node_modules/`). Planted pins and decoys are counted
 * from the files outside `node_modules/`.
 *
 * @param {{dir: string, files: number, seed?: number, git?: boolean, fillerScale?: number,
 *   largeFiles?: number, nodeModulesFiles?: number}} options
 */
export function generateTree({
  dir,
  files,
  seed = 1,
  git = true,
  fillerScale = 1,
  largeFiles,
  nodeModulesFiles = 0,
}) {
  const r = makeRng(seed);
  const name = makeNamer();
  const own = files - nodeModulesFiles;
  const nPin = Math.max(PIN_FORMS.length, Math.round(own * 0.03));
  const nDecoy = Math.max(DECOY_FORMS.length, Math.round(own * 0.01));
  const nVendored = Math.max(4, Math.round(own * 0.004));
  const nIgnored = Math.max(4, Math.round(own * 0.002));
  const nBinary = Math.max(1, Math.round(own * 0.002));
  const nLarge = largeFiles ?? Math.min(6, Math.max(2, Math.round(own / 15000)));
  const fixed = 2; // .gitignore, ansible/.gitignore
  const nFiller =
    files - (nPin + nDecoy + nVendored + nIgnored + nBinary + nLarge + fixed + nodeModulesFiles);
  const minimum = files - nFiller;
  if (nFiller < 0)
    throw new Error(`generateTree: at least ${minimum} files are needed for every form`);

  /** @type {{path: string, content: string | Buffer, pins: any[]}[]} */
  const out = [];
  const emit = ({ path, doc, crlf }) => {
    const eol = crlf ? '\r\n' : '\n';
    out.push({ path, content: doc.lines.join(eol) + eol, pins: doc.pins });
  };

  out.push({ path: name('.gitignore'), content: ROOT_GITIGNORE, pins: [] });
  out.push({ path: name('ansible/.gitignore'), content: ANSIBLE_GITIGNORE, pins: [] });
  for (let i = 0; i < nPin; i++) emit(PIN_FORMS[i % PIN_FORMS.length][1](r, name));
  for (let i = 0; i < nDecoy; i++) emit(DECOY_FORMS[i % DECOY_FORMS.length](r, name));
  for (let i = 0; i < nVendored; i++) emit(vendoredFile(i, r, name));
  for (let i = 0; i < nIgnored; i++) emit(ignoredFile(i, r, name));
  for (let i = 0; i < nLarge; i++) emit(largeFile(i, r, name, r.int(1_000_000, 5_000_000)));
  for (let i = 0; i < nBinary; i++) {
    const buf = Buffer.alloc(r.int(2_000, 60_000));
    for (let k = 0; k < buf.length; k++) buf[k] = Math.floor(r.next() * 256);
    buf.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 0);
    // A binary file that happens to hold pin-like bytes: skipped as binary, never a pin.
    buf.write('k3s v1.24.9+k3s1', 100, 'latin1');
    out.push({ path: name(`docs/images/${r.pick(WORDS)}-diagram.png`), content: buf, pins: [] });
  }
  const counters = {};
  for (let i = 0; i < nFiller; i++) {
    const kind = pickFillerKind(r);
    counters[kind] = (counters[kind] ?? 0) + 1;
    emit(fillerFile(kind, counters[kind] - 1, r, name, fillerScale));
  }
  for (let i = 0; i < nodeModulesFiles; i++) emit(nodeModuleFile(i, r, name));

  const madeDirs = new Set();
  const planted = [];
  let bytes = 0;
  let nodeModulesBytes = 0;
  for (const f of out) {
    const abs = join(dir, f.path);
    const parent = dirname(abs);
    if (!madeDirs.has(parent)) {
      mkdirSync(parent, { recursive: true });
      madeDirs.add(parent);
    }
    writeFileSync(abs, f.content);
    bytes += f.content.length;
    if (f.path.startsWith('node_modules/')) nodeModulesBytes += f.content.length;
    for (const p of f.pins) {
      const entry = {
        file: f.path,
        line: p.index + 1,
        product: p.product,
        version: p.version,
        text: p.text,
      };
      if (p.inComment) entry.inComment = true;
      if (p.encoding) entry.encoding = p.encoding;
      planted.push(entry);
    }
  }
  planted.sort((a, b) =>
    a.file < b.file
      ? -1
      : a.file > b.file
        ? 1
        : a.line - b.line || (a.version < b.version ? -1 : a.version > b.version ? 1 : 0),
  );

  if (git) initGit(dir);
  return {
    planted,
    files: out.length,
    bytes,
    nodeModulesFiles,
    nodeModulesBytes,
    pinFiles: nPin,
    largeFiles: nLarge,
  };
}

/** `git init -q`, or a minimal `.git/` when git is not installed (enough for us and ripgrep). */
function initGit(dir) {
  try {
    execFileSync('git', ['init', '-q', dir], { stdio: 'ignore' });
  } catch {
    if (!existsSync(join(dir, '.git'))) {
      mkdirSync(join(dir, '.git', 'refs', 'heads'), { recursive: true });
      mkdirSync(join(dir, '.git', 'objects'), { recursive: true });
      writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    }
  }
}

export const FORM_NAMES = PIN_FORMS.map(([label]) => label);
