/** Why a file or folder was not scanned; every skip is reported, none is silent. */
export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'unreadable'
  | 'gitignored'
  | 'excluded'
  | 'not-included'
  | 'vendored'
  | 'link-outside-root'
  | 'link-loop'
  | 'link-inside-root'
  | 'broken-link'
  | 'special-file'
  /** The settings file of this run: its ignore entries name versions, which are not pins. */
  | 'config';

export interface Skip {
  /** Relative to the scan root, with `/`; a folder ends in `/`. */
  file: string;
  reason: SkipReason;
  detail?: string;
}

/** A skip, with `detail` only when there is one. */
export function skipOf(file: string, reason: SkipReason, detail?: string): Skip {
  return detail ? { file, reason, detail } : { file, reason };
}
