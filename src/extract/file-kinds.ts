/**
 * Decides from a file's path (and its first line) which format it holds: that gives the form
 * reported on its pins and the comment syntax used to tell commented-out pins apart.
 */
import type { CommentSyntax } from './comments.js';
import type { Form } from './types.js';

export interface FileKind {
  form: Form;
  syntax: CommentSyntax;
  /** YAML files get a form per document (a Plan, a Cluster, a workflow…). */
  yaml: boolean;
}

const kind = (form: Form, syntax: CommentSyntax, yaml = false): FileKind => ({
  form,
  syntax,
  yaml,
});

const BY_EXTENSION: Record<string, FileKind> = {
  tf: kind('terraform', 'hcl'),
  tfvars: kind('tfvars', 'hcl'),
  hcl: kind('hcl', 'hcl'),
  sh: kind('shell', 'hash'),
  bash: kind('shell', 'hash'),
  zsh: kind('shell', 'hash'),
  ksh: kind('shell', 'hash'),
  ps1: kind('powershell', 'powershell'),
  psm1: kind('powershell', 'powershell'),
  yaml: kind('yaml', 'hash', true),
  yml: kind('yaml', 'hash', true),
  mk: kind('makefile', 'hash'),
  rb: kind('ruby', 'ruby'),
  env: kind('dotenv', 'hash'),
  ts: kind('javascript', 'c'),
  tsx: kind('javascript', 'c'),
  js: kind('javascript', 'c'),
  mjs: kind('javascript', 'c'),
  cjs: kind('javascript', 'c'),
  go: kind('text', 'c'),
  py: kind('python', 'hash'),
  toml: kind('text', 'hash'),
  ini: kind('text', 'ini'),
  cfg: kind('text', 'ini'),
  conf: kind('text', 'hash'),
  json: kind('json', 'none'),
  jsonc: kind('json', 'c'),
  md: kind('documentation', 'markup'),
  markdown: kind('documentation', 'markup'),
  mdx: kind('documentation', 'markup'),
  html: kind('documentation', 'markup'),
  htm: kind('documentation', 'markup'),
  rst: kind('documentation', 'none'),
  adoc: kind('documentation', 'none'),
  // A .txt file may be read by a script (versions.txt): text, unless named as documentation.
  txt: kind('text', 'none'),
};

const BY_NAME: Record<string, FileKind> = {
  dockerfile: kind('dockerfile', 'hash'),
  containerfile: kind('dockerfile', 'hash'),
  makefile: kind('makefile', 'hash'),
  gnumakefile: kind('makefile', 'hash'),
  vagrantfile: kind('ruby', 'ruby'),
  '.env': kind('dotenv', 'hash'),
  '.envrc': kind('shell', 'hash'),
  license: kind('documentation', 'none'),
  changelog: kind('documentation', 'none'),
  'readme.txt': kind('documentation', 'none'),
  'changelog.txt': kind('documentation', 'none'),
  'license.txt': kind('documentation', 'none'),
  'notes.txt': kind('documentation', 'none'),
  'release-notes.txt': kind('documentation', 'none'),
};

/** Template suffixes: `user-data.yaml.j2` is YAML, `install.sh.tpl` is shell. */
const TEMPLATE_EXTENSIONS = new Set([
  'j2',
  'jinja',
  'jinja2',
  'tpl',
  'tmpl',
  'tftpl',
  'template',
  'erb',
]);

/** cloud-init's header, after an optional `## template: jinja` line. */
const CLOUD_CONFIG_HEAD_RE = /^(?:##[ \t]*template:[ \t]*jinja[ \t]*\r?\n)?#cloud-config\b/;

/** `head` is the start of the file: its first two lines are enough. */
export function fileKindOf(path: string, head: string): FileKind {
  if (CLOUD_CONFIG_HEAD_RE.test(head)) return kind('cloud-init', 'hash', true);
  const firstLine = head.split('\n', 1)[0]!;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lowerBase = base.toLowerCase();
  const byName = BY_NAME[lowerBase];
  if (byName) return byName;
  if (/^(?:docker|container)file\.|\.(?:docker|container)file$/.test(lowerBase))
    return BY_NAME.dockerfile!;
  if (lowerBase.startsWith('.env.') || lowerBase.endsWith('.env')) return BY_NAME['.env']!;
  if (lowerBase.endsWith('.pkr.hcl')) return kind('packer', 'hcl');
  let parts = lowerBase.split('.');
  while (parts.length > 2 && TEMPLATE_EXTENSIONS.has(parts[parts.length - 1]!))
    parts = parts.slice(0, -1);
  const ext = parts.length > 1 ? parts[parts.length - 1]! : '';
  const byExtension = BY_EXTENSION[ext];
  if (byExtension?.syntax === 'ini' && isAnsiblePath(path)) return kind('ansible', 'ini');
  if (byExtension) return byExtension;
  if (!ext && /(?:^|\/)(?:inventory|inventories)\/[^/]+$|(?:^|\/)hosts$/.test(path.toLowerCase())) {
    return kind('ansible', 'ini');
  }
  if (/^#!.*\b(?:ba|z|k|da)?sh\b/.test(firstLine)) return kind('shell', 'hash');
  if (/^#!.*\bpwsh\b/.test(firstLine)) return kind('powershell', 'powershell');
  if (/^#!.*\bpython/.test(firstLine)) return kind('python', 'hash');
  // Unknown formats are still scanned for the self-identifying spellings; `#` is the most common
  // comment marker in configuration and scripts.
  return kind('text', TEMPLATE_EXTENSIONS.has(ext) || ext === '' ? 'hash' : 'none');
}

const ANSIBLE_DIR_RE =
  /\/(?:group_vars|host_vars|roles|inventories|inventory|playbooks?|tasks|handlers)\//;

function isAnsiblePath(path: string): boolean {
  const p = `/${path.toLowerCase()}`;
  return ANSIBLE_DIR_RE.test(p) || /\/(?:inventory|hosts)[^/]*$/.test(p);
}

/** A YAML file's form from where it lives, before its documents are looked at. */
export function yamlFormOfPath(path: string): Form {
  const p = `/${path.toLowerCase()}`;
  if (p.includes('/.github/workflows/') || p.includes('/.gitea/workflows/'))
    return 'github-workflow';
  if (/\/(?:group_vars|host_vars|roles|inventories|inventory|playbooks?|tasks|handlers)\//.test(p))
    return 'ansible';
  if (/\/(?:inventory|hosts|site|playbook)[^/]*\.ya?ml$/.test(p)) return 'ansible';
  if (/\/values[^/]*\.ya?ml$/.test(p)) return 'helm-values';
  return 'yaml';
}

const API_VERSION_RE = /^apiVersion:[ \t]*["']?([^\s"'#]+)/m;
const KIND_RE = /^kind:[ \t]*["']?([A-Za-z0-9]+)/m;

/** A YAML document's form from its top-level `apiVersion` and `kind`, or its shape. */
export function yamlFormOfDocument(doc: string, pathForm: Form): Form {
  const apiVersion = API_VERSION_RE.exec(doc)?.[1] ?? '';
  const kindName = KIND_RE.exec(doc)?.[1] ?? '';
  if (apiVersion.startsWith('upgrade.cattle.io/')) return 'system-upgrade-plan';
  if (apiVersion.startsWith('provisioning.cattle.io/')) return 'rancher-cluster';
  if (apiVersion.includes('cluster.x-k8s.io/')) return 'cluster-api';
  if (apiVersion.startsWith('k3d.io/')) return 'k3d';
  if (apiVersion && kindName) return 'kubernetes';
  if (pathForm === 'yaml' && /^-[ \t]+(?:hosts|import_playbook):/m.test(doc)) return 'ansible';
  return pathForm;
}
