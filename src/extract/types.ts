import type { Product } from '../versioning/index.js';

/** Where a pin was written: the file format, or the kind of object inside it. */
export type Form =
  | 'terraform'
  | 'tfvars'
  | 'packer'
  | 'hcl'
  | 'cloud-init'
  | 'shell'
  | 'powershell'
  | 'ansible'
  | 'github-workflow'
  | 'system-upgrade-plan'
  | 'rancher-cluster'
  | 'cluster-api'
  | 'kubernetes'
  | 'k3d'
  | 'helm-values'
  | 'yaml'
  | 'dockerfile'
  | 'makefile'
  | 'ruby'
  | 'dotenv'
  | 'javascript'
  | 'python'
  | 'json'
  | 'documentation'
  | 'text';

/**
 * What the file a pin sits in does with it: `deploy` (the default) sets up a cluster; `test` is
 * test data, `catalog` a list of many releases of one product, `docs` documentation or a
 * recording. Only `deploy` pins fail by default (see src/policy/policy.ts).
 */
export const PIN_CONTEXTS = ['deploy', 'test', 'catalog', 'docs'] as const;
export type PinContext = (typeof PIN_CONTEXTS)[number];

/** One pinned version as found in a file. */
export interface Pin {
  /** Relative to the scan root, with `/`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units of the decoded line. */
  column: number;
  product: Product;
  /** Canonical spelling, leading `v`. */
  version: string;
  /** The version as written in the file. */
  text: string;
  form: Form;
  inComment: boolean;
  context: PinContext;
}

export interface ScanWarning {
  file: string;
  line?: number;
  message: string;
}

/**
 * `# kube-pin-audit: ignore <id> -- <reason>` in a comment: it covers its own line and, when
 * it stands on a line of its own, the next.
 */
export interface InlineIgnore {
  file: string;
  line: number;
  id: string;
  reason: string;
  ownLine: boolean;
}

export interface Extraction {
  pins: Pin[];
  warnings: ScanWarning[];
  inlineIgnores: InlineIgnore[];
}
