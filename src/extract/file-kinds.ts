/**
 * Decides from a file's path (and its first line) which format it holds: that gives the form
 * reported on its pins and the comment syntax used to tell commented-out pins apart.
 */
import type { CommentSyntax } from './comments.js';
import type { TemplateEngine } from './template-comments.js';
import type { Form } from './types.js';

export interface FileKind {
  form: Form;
  syntax: CommentSyntax;
  /** YAML files get a form per document (a Plan, a Cluster, a workflow…). */
  yaml: boolean;
  /** The template language around the format: its comments are comments, and it is not checked as YAML or HCL. */
  template?: TemplateEngine;
}

const kind = (form: Form, syntax: CommentSyntax, yaml = false): FileKind => ({
  form,
  syntax,
  yaml,
});

const RUBY = kind('ruby', 'ruby');
const SHELL = kind('shell', 'shell');
const DOCUMENTATION = kind('documentation', 'none');
const STARLARK = kind('text', 'python');
const GROOVY = kind('text', 'c');

const BY_EXTENSION: Record<string, FileKind> = {
  tf: kind('terraform', 'hcl'),
  tfvars: kind('tfvars', 'hcl'),
  hcl: kind('hcl', 'hcl'),
  nomad: kind('hcl', 'hcl'),
  sh: SHELL,
  bash: SHELL,
  zsh: SHELL,
  ksh: SHELL,
  ps1: kind('powershell', 'powershell'),
  psm1: kind('powershell', 'powershell'),
  psd1: kind('powershell', 'powershell'),
  yaml: kind('yaml', 'hash', true),
  yml: kind('yaml', 'hash', true),
  // Salt states are Jinja-templated YAML by default.
  sls: { ...kind('yaml', 'hash', true), template: 'jinja' },
  mk: kind('makefile', 'hash'),
  make: kind('makefile', 'hash'),
  rb: RUBY,
  rake: RUBY,
  gemspec: RUBY,
  podspec: RUBY,
  env: kind('dotenv', 'hash'),
  ts: kind('javascript', 'c'),
  tsx: kind('javascript', 'c'),
  mts: kind('javascript', 'c'),
  cts: kind('javascript', 'c'),
  js: kind('javascript', 'c'),
  jsx: kind('javascript', 'c'),
  mjs: kind('javascript', 'c'),
  cjs: kind('javascript', 'c'),
  py: kind('python', 'python'),
  pyi: kind('python', 'python'),
  // General-purpose source code: its comments are comments, its string literals stay pins.
  go: kind('text', 'java'),
  java: kind('text', 'java'),
  c: kind('text', 'java'),
  h: kind('text', 'java'),
  cc: kind('text', 'java'),
  cpp: kind('text', 'java'),
  cxx: kind('text', 'java'),
  hpp: kind('text', 'java'),
  hh: kind('text', 'java'),
  zig: kind('text', 'java'),
  kt: kind('text', 'kotlin'),
  kts: kind('text', 'kotlin'),
  scala: kind('text', 'kotlin'),
  sc: kind('text', 'kotlin'),
  swift: kind('text', 'kotlin'),
  rs: kind('text', 'rust'),
  cs: kind('text', 'csharp'),
  csx: kind('text', 'csharp'),
  php: kind('text', 'php'),
  groovy: GROOVY,
  gradle: GROOVY,
  jenkinsfile: GROOVY,
  dart: GROOVY,
  jsonnet: kind('text', 'c'),
  libsonnet: kind('text', 'c'),
  cue: kind('text', 'c'),
  lua: kind('text', 'lua'),
  sql: kind('text', 'sql'),
  cr: kind('text', 'hash'),
  ex: kind('text', 'hash'),
  exs: kind('text', 'hash'),
  r: kind('text', 'hash'),
  jl: kind('text', 'hash'),
  nim: kind('text', 'hash'),
  pl: kind('text', 'perl'),
  pm: kind('text', 'perl'),
  pp: kind('text', 'puppet'),
  nix: kind('text', 'puppet'),
  bzl: STARLARK,
  star: STARLARK,
  bazel: STARLARK,
  toml: kind('text', 'hash'),
  ini: kind('text', 'ini'),
  cfg: kind('text', 'ini'),
  service: kind('text', 'ini'),
  socket: kind('text', 'ini'),
  timer: kind('text', 'ini'),
  // Podman Quadlet units: systemd syntax holding an `Image=`.
  container: kind('text', 'ini'),
  kube: kind('text', 'ini'),
  conf: kind('text', 'hash'),
  properties: kind('text', 'hash'),
  // Plain JSON has no comments, but tsconfig, devcontainer and editor settings are JSONC; the
  // lexer skips strings, so a URL in a value is no comment.
  json: kind('json', 'c'),
  jsonc: kind('json', 'c'),
  json5: kind('json', 'c'),
  xml: kind('text', 'markup'),
  csproj: kind('text', 'markup'),
  props: kind('text', 'markup'),
  targets: kind('text', 'markup'),
  plist: kind('text', 'markup'),
  md: kind('documentation', 'markup'),
  markdown: kind('documentation', 'markup'),
  mdx: kind('documentation', 'markup'),
  html: kind('documentation', 'markup'),
  htm: kind('documentation', 'markup'),
  rst: DOCUMENTATION,
  adoc: kind('documentation', 'asciidoc'),
  asciidoc: kind('documentation', 'asciidoc'),
  textile: DOCUMENTATION,
  rdoc: DOCUMENTATION,
  org: DOCUMENTATION,
  pod: DOCUMENTATION,
  wiki: DOCUMENTATION,
  // A .txt file may be read by a script (versions.txt): text, unless named as documentation.
  txt: kind('text', 'none'),
};

const BY_NAME: Record<string, FileKind> = {
  dockerfile: kind('dockerfile', 'hash'),
  containerfile: kind('dockerfile', 'hash'),
  makefile: kind('makefile', 'hash'),
  gnumakefile: kind('makefile', 'hash'),
  bsdmakefile: kind('makefile', 'hash'),
  'makefile.am': kind('makefile', 'hash'),
  jenkinsfile: GROOVY,
  vagrantfile: RUBY,
  brewfile: RUBY,
  gemfile: RUBY,
  rakefile: RUBY,
  podfile: RUBY,
  fastfile: RUBY,
  appfile: RUBY,
  guardfile: RUBY,
  capfile: RUBY,
  berksfile: RUBY,
  puppetfile: RUBY,
  dangerfile: RUBY,
  tiltfile: STARLARK,
  build: STARLARK,
  workspace: STARLARK,
  snakefile: STARLARK,
  sconstruct: STARLARK,
  sconscript: STARLARK,
  justfile: kind('text', 'hash'),
  earthfile: kind('dockerfile', 'hash'),
  procfile: kind('text', 'hash'),
  caddyfile: kind('text', 'hash'),
  pipfile: kind('text', 'hash'),
  'cmakelists.txt': kind('text', 'hash'),
  'go.mod': kind('text', 'java'),
  'go.work': kind('text', 'java'),
  '.tool-versions': kind('text', 'hash'),
  '.gitignore': kind('text', 'hash'),
  '.dockerignore': kind('text', 'hash'),
  '.helmignore': kind('text', 'hash'),
  '.npmrc': kind('text', 'ini'),
  '.editorconfig': kind('text', 'ini'),
  '.gitconfig': kind('text', 'ini'),
  '.terraformrc': kind('hcl', 'hcl'),
  '.env': kind('dotenv', 'hash'),
  '.envrc': SHELL,
  '.bashrc': SHELL,
  '.bash_profile': SHELL,
  '.profile': SHELL,
  '.zshrc': SHELL,
  '.zprofile': SHELL,
  '.kshrc': SHELL,
  'notes.txt': DOCUMENTATION,
};

/**
 * Documentation by name, without an extension or with `.txt` (`README`, `HISTORY`,
 * `CHANGELOG.txt`); a shebang line makes such a file a script.
 */
const DOCUMENTATION_NAMES = new Set([
  'readme',
  'history',
  'changelog',
  'changes',
  'news',
  'authors',
  'contributors',
  'contributing',
  'copying',
  'license',
  'licence',
  'notice',
  'todo',
  'releasenotes',
  'release_notes',
  'release-notes',
  'upgrading',
  'security',
  'maintainers',
  'code_of_conduct',
]);

/**
 * Extensions that wrap a file of another kind: `kube.tf.example` is Terraform, `install.sh.tmpl`
 * shell, `user-data.yaml.j2` YAML with Jinja comments. The value names the template engine.
 */
const WRAPPER_EXTENSIONS: Record<string, TemplateEngine | null> = {
  j2: 'jinja',
  jinja: 'jinja',
  jinja2: 'jinja',
  njk: 'jinja',
  twig: 'jinja',
  tpl: 'go',
  tmpl: 'go',
  gotmpl: 'go',
  erb: 'erb',
  epp: 'erb',
  tftpl: 'terraform',
  // consul-template, confd and gomplate name their Go templates so.
  template: 'go',
  example: null,
  examples: null,
  sample: null,
  dist: null,
  default: null,
  orig: null,
  bak: null,
  backup: null,
  old: null,
  new: null,
  in: null,
  disabled: null,
  skel: null,
};

/** cloud-init's header, after an optional `## template: jinja` line. */
const CLOUD_CONFIG_HEAD_RE = /^(##[ \t]*template:[ \t]*jinja[ \t]*\r?\n)?#cloud-config\b/;

/** `head` is the start of the file: its first two lines are enough. */
export function fileKindOf(path: string, head: string): FileKind {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  let name = base;
  let template: TemplateEngine | undefined;
  for (let dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.')) {
    const wrapper = WRAPPER_EXTENSIONS[name.slice(dot + 1)];
    if (wrapper === undefined) break;
    template ??= wrapper ?? undefined;
    name = name.slice(0, dot);
  }
  const cloudConfig = CLOUD_CONFIG_HEAD_RE.exec(head);
  if (cloudConfig && cloudConfig[1]) template = 'jinja';
  template ??= templateOfFolder(path);
  const inner = cloudConfig ? kind('cloud-init', 'hash', true) : innerKindOf(path, name, head);
  return template ? { ...inner, template } : inner;
}

/**
 * A chart's `templates/` holds Go templates (Helm); an Ansible role's `templates/` holds Jinja
 * whatever the files are named.
 */
function templateOfFolder(path: string): TemplateEngine | undefined {
  const p = `/${path.toLowerCase()}`;
  if (!p.includes('/templates/')) return undefined;
  return /\/roles\/[^/]+\/templates\//.test(p) ? 'jinja' : 'go';
}

/** The kind of a file named `name` once its wrapper extensions are taken off. */
function innerKindOf(path: string, name: string, head: string): FileKind {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  // A script named `build` or `README` with a shebang line is a script.
  const script = ext === '' ? kindOfShebang(head) : undefined;
  if (script) return script;
  const byName = BY_NAME[name];
  if (byName) return byName;
  if (/^(?:docker|container)file\.|\.(?:docker|container)file$/.test(name))
    return BY_NAME.dockerfile!;
  if (/^jenkinsfile\./.test(name)) return GROOVY;
  if (name.startsWith('.env.') || name.endsWith('.env')) return BY_NAME['.env']!;
  if (name.endsWith('.pkr.hcl')) return kind('packer', 'hcl');
  if ((ext === '' || ext === 'txt') && DOCUMENTATION_NAMES.has(dot > 0 ? name.slice(0, dot) : name))
    return DOCUMENTATION;
  const byExtension = BY_EXTENSION[ext];
  if ((ext === 'ini' || ext === 'cfg') && isAnsiblePath(path)) return kind('ansible', 'ini');
  if (byExtension) return byExtension;
  if (!ext && /(?:^|\/)(?:inventory|inventories)\/[^/]+$|(?:^|\/)hosts$/.test(path.toLowerCase())) {
    return kind('ansible', 'ini');
  }
  const byShebang = kindOfShebang(head);
  if (byShebang) return byShebang;
  // Unknown formats are still scanned for the self-identifying spellings; `#` is the most common
  // comment marker in configuration and scripts, and a line that starts with `#` or `//` is a
  // comment in nearly every format that has them.
  return kind('text', ext === '' ? 'hash' : 'comment-lines');
}

function kindOfShebang(head: string): FileKind | undefined {
  if (!head.startsWith('#!')) return undefined;
  const firstLine = head.split('\n', 1)[0]!;
  if (/^#!.*\b(?:ba|z|k|da)?sh\b/.test(firstLine)) return SHELL;
  if (/^#!.*\bpwsh\b/.test(firstLine)) return kind('powershell', 'powershell');
  if (/^#!.*\bpython/.test(firstLine)) return kind('python', 'python');
  return undefined;
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
