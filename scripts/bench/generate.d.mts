/** Types for generate.mjs, the benchmark's synthetic monorepo generator. */

export interface PlantedPin {
  /** Relative to the tree's root, with `/`. */
  file: string;
  /** 1-based. */
  line: number;
  product: 'rke2' | 'k3s' | 'rfo' | 'containerd';
  /** Canonical, leading `v`: `v1.24.9+rke2r1`, `v1.6.12`, `v1.6.12-k3s1`. */
  version: string;
  /** The version as written (for an encoded payload: as written inside the decoded payload). */
  text: string;
  /** Planted inside a comment: reported with `inComment: true`. */
  inComment?: true;
  /** The line holds a cloud-init `write_files` payload in this encoding; the pin is inside it. */
  encoding?: 'base64' | 'gzip+base64';
}

export interface GenerateOptions {
  /** Folder to write the tree into (created when missing). */
  dir: string;
  /** Number of files to write, `.git/` not counted. */
  files: number;
  seed?: number;
  /** `git init` the tree so that its `.gitignore` files apply (default true). */
  git?: boolean;
  /** Larger filler files of the same kinds: block counts multiplied by this (default 1). */
  fillerScale?: number;
  /** How many 1-5 MB text files (default: 2 to 6, by size). */
  largeFiles?: number;
  /** How many of `files` go into an installed, gitignored `node_modules/` (default 0). */
  nodeModulesFiles?: number;
}

export interface GenerateResult {
  /** Sorted by file, then line. */
  planted: PlantedPin[];
  files: number;
  bytes: number;
  /** As asked: the installed packages' files (the vendored decoys come on top). */
  nodeModulesFiles: number;
  /** Of `bytes`: all under the root's `node_modules/`, vendored decoys included. */
  nodeModulesBytes: number;
  pinFiles: number;
  largeFiles: number;
}

export const GENERATOR_VERSION: number;
export function mulberry32(seed: number): () => number;
export function generateTree(options: GenerateOptions): GenerateResult;
/** One label per planted form, in the order the first pin files use them. */
export const FORM_NAMES: string[];
