/**
 * Which nodes a pin deploys: Windows when it sits in a PowerShell file (RKE2 Windows agents are
 * installed with `install.ps1`) or in a file whose path names a Windows node pool
 * (`pools/windows/…`, `win-workers.tfvars`); every other pin is taken as a Linux node's.
 */
import type { OperatingSystem } from '../data/schema.js';
import type { Pin } from '../extract/types.js';

/** `windows`, `win`, `win2022`, `win-pool` as a path segment or a word in a file name. */
const WINDOWS_PATH = /(?:^|[/._-])win(?:dows)?(?:\d{2,4})?(?:[/._-]|$)/i;

export function pinOs(pin: Pick<Pin, 'file' | 'form'>): OperatingSystem {
  return pin.form === 'powershell' || WINDOWS_PATH.test(pin.file) ? 'windows' : 'linux';
}

/** Why an advisory limited to other operating systems cannot fail this pin. */
export function otherOsNote(advisoryOs: readonly OperatingSystem[], os: OperatingSystem): string {
  return os === 'windows'
    ? `applies to ${advisoryOs.join(', ')} nodes only; this pin deploys Windows nodes`
    : `applies to Windows nodes only; this pin is not in a PowerShell file or a Windows node pool's path`;
}

/**
 * Whether a finding's note says its advisory is for other nodes than the pin's (written by
 * otherOsNote, maybe after another note): it cannot fail the pin, so it never leads its row.
 */
export function notesOtherOs(note: string | undefined): boolean {
  return note !== undefined && OTHER_OS_NOTE_RE.test(note);
}
const OTHER_OS_NOTE_RE =
  /(?:^|; )applies to [A-Za-z, ]+ nodes only; this pin (?:deploys|is not in)/;
