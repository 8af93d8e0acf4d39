/**
 * The command-line front end: parses arguments, runs the shared pipeline, renders the report.
 * Exit codes: 0 nothing failing, 1 failing findings, 2 usage, config or data error.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDatabase } from '../advisories/load.js';
import { audit, type AuditOptions } from '../audit.js';
import { checkVersions } from '../check.js';
import { InputError } from '../errors.js';
import { discoveredPathOf } from '../discover/skips.js';
import { PIN_CONTEXTS, type PinContext } from '../extract/types.js';
import type { PolicyOptions } from '../policy/policy.js';
import { renderCheckJson, renderCheckText } from '../report/check-text.js';
import type { Database } from '../advisories/types.js';
import { renderJsonChunks, type Piece } from '../report/json.js';
import { writePieces, writeReportFile } from '../report/write.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarifJson, sarifOmissionNote } from '../report/sarif.js';
import { verdict, type Report } from '../report/model.js';
import { renderText } from '../report/text.js';
import { DEFAULT_CONFIG_FILE, DEFAULT_MAX_FILE_SIZE } from '../config/schema.js';
import {
  readConfigFile,
  resolveSettings,
  type ConfigFile,
  type Confinement,
} from '../config/load.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import { resolveScanPaths } from '../scan/paths.js';
import { linkedScanPaths, runFix } from '../fix/command.js';
import { defaultScanDate } from '../scan-date.js';
import { markStage, stageTimings } from '../timings.js';

export interface CliIo {
  cwd: string;
  /** The project's data/ folder (advisories and bundles). */
  dataDir: string;
  /** The running bundle, to scan large trees in worker threads (see src/scan/parallel.ts). */
  workerScript?: string;
  stdout: (text: string) => void;
  /**
   * Standard output for the report's bytes, where the entry can write them as they are; else
   * they go to `stdout`, decoded. It must write or copy them before it returns.
   */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
}

const USAGE = `Usage:
  ${TOOL_NAME} scan [PATH...] [options]   find pinned RKE2, K3s, RFO and containerd versions
  ${TOOL_NAME} check VERSION... [options] what advisories affect these releases
  ${TOOL_NAME} fix [PATH...] [--dry-run] [--format text|json] [scan options]
                                       rewrite failing pins to their upgradeTo
  ${TOOL_NAME} --version | --help

Options:
  --format text|json|sarif|markdown    report format (default: text; check: text|json)
  --output FILE                        write the report to FILE instead of standard output
  --fail-on-severity low|medium|high|critical
                                       findings at or above this severity fail (default: high)
  --warn-only                          report findings but never fail
  --fail-on-context CONTEXT            pins in this context can fail: deploy, test, catalog, docs
                                       (repeatable or comma-separated; default: deploy)
  --advisories PATH                    extra advisory file or folder, ours or plain OSV JSON (repeatable)
  --config FILE                        settings file (default: ${DEFAULT_CONFIG_FILE} when present)
  --date YYYY-MM-DD                    judge end of life and ignore expiry on this day (default: today)
  --end-of-life low|medium|high|critical|off
                                       severity of a pin on a line past its end of life (default: medium)
  --fail-on-unknown-severity           advisories with no known severity fail too
Scan options:
  --include GLOB                       scan only files matching GLOB (repeatable)
  --exclude GLOB                       skip files and folders matching GLOB (repeatable)
  --max-file-size BYTES                skip larger files, reporting them (default: ${DEFAULT_MAX_FILE_SIZE})
  --context CONTEXT=GLOB               files matching GLOB hold pins of CONTEXT (repeatable)
Fix options:
  --dry-run                            write nothing; print a unified diff of the changes

Exit codes: 0 nothing failing, 1 failing findings, 2 usage, config or data error.
`;

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (command === undefined) {
    // No command is a usage error: the usage goes to standard error, with exit code 2.
    io.stderr(USAGE);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === 'scan') return scanCommand(rest, io);
  if (command === 'check') return checkCommand(rest, io);
  if (command === 'fix') return fixCommand(rest, io);
  throw new InputError(`unknown command '${command}' (expected scan, check or fix); see --help`);
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        // No defaults here: the settings schema holds them, under the config file's values.
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        config: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'max-file-size': { type: 'string' },
        'fail-on-severity': { type: 'string' },
        'warn-only': { type: 'boolean' },
        'fail-on-context': { type: 'string', multiple: true },
        context: { type: 'string', multiple: true },
        'fail-on-unknown-severity': { type: 'boolean' },
        'end-of-life': { type: 'string' },
        date: { type: 'string' },
        advisories: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs names the unknown or malformed option; keep its sentence, drop the stack.
    // parseArgs explains at length how to pass a positional '-x'; its first sentence is enough.
    const first = (error as Error).message.split('\n')[0]!.split('. ')[0]!;
    throw new InputError(`${first.replace(/\.$/, '')}; see --help`);
  }
}

type Parsed = ReturnType<typeof parse>;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`--${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

function positiveInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new InputError(`--${flag} must be a positive whole number of bytes (got '${value}')`);
  }
  return Number(value);
}

/** `check` reads no files: a flag that chooses files would be silently meaningless there. */
function refuseScanOnlyFlags(values: Parsed['values']): void {
  for (const flag of [
    'include',
    'exclude',
    'max-file-size',
    'context',
    'fail-on-context',
  ] as const) {
    if (values[flag] !== undefined) {
      throw new InputError(
        `--${flag} applies to scan and fix only; check takes versions, not files`,
      );
    }
  }
}

/** The settings flags set explicitly; unset flags leave the config file's values alone. */
function inlineSettings(values: Parsed['values']): Record<string, unknown> {
  const inline: Record<string, unknown> = {};
  for (const key of [
    'include',
    'exclude',
    'advisories',
    'fail-on-severity',
    'warn-only',
    'fail-on-unknown-severity',
    'end-of-life',
    'date',
  ] as const) {
    if (values[key] !== undefined) inline[key] = values[key];
  }
  if (values['max-file-size'] !== undefined) {
    inline['max-file-size'] = positiveInteger('max-file-size', values['max-file-size']);
  }
  if (values['fail-on-context'] !== undefined) {
    inline['fail-on-context'] = values['fail-on-context'].join(',');
  }
  if (values.context !== undefined) inline.contexts = contextGlobsOf(values.context);
  return inline;
}

/** `--context test=e2e/**`, repeated: globs per context. */
function contextGlobsOf(given: string[]): Partial<Record<PinContext, string[]>> {
  const globs: Partial<Record<PinContext, string[]>> = {};
  for (const item of given) {
    const eq = item.indexOf('=');
    const context = item.slice(0, Math.max(0, eq)).trim() as PinContext;
    const glob = item.slice(eq + 1).trim();
    if (eq < 0 || !PIN_CONTEXTS.includes(context) || !glob) {
      throw new InputError(
        `--context must be CONTEXT=GLOB with CONTEXT one of ${PIN_CONTEXTS.join(', ')} (got '${item}')`,
      );
    }
    (globs[context] ??= []).push(glob);
  }
  return globs;
}

/**
 * `--config FILE` (from the working folder; the user's own), else the default file at the scan
 * root: the scanned tree's, which may be a repository the user does not trust, so the paths it
 * names are confined to the scan root (`confinement`).
 */
function configFileOf(
  values: Parsed['values'],
  cwd: string,
  root: string,
): { file: ConfigFile | null; confinement?: Confinement } {
  const named = values.config;
  if (named !== undefined) return { file: readConfigFile(resolve(cwd, named), named, true) };
  const path = resolve(root, DEFAULT_CONFIG_FILE);
  const confinement: Confinement = { root, rootName: 'the scan root' };
  const file = readConfigFile(path, relative(cwd, path) || DEFAULT_CONFIG_FILE, false, confinement);
  return { file, confinement };
}

/**
 * Validates every flag and the config file, then loads the advisory data. For `scan`, the
 * paths given on the command line decide the scan root, where the config file is looked for;
 * without any, the config file's `paths` (relative to that root) are scanned.
 */
function prepare(args: string[], io: CliIo, command: 'scan' | 'check' | 'fix') {
  const parsed = parse(args);
  if (parsed.values['dry-run'] && command !== 'fix') {
    throw new InputError(`--dry-run is an option of fix, not ${command}; see --help`);
  }
  const format: Format = oneOf('format', parsed.values.format, FORMATS);
  if (parsed.values.help) return { ...parsed, format, help: true as const };
  if (command === 'check') refuseScanOnlyFlags(parsed.values);
  const given = command !== 'check' ? resolveScanPaths(io.cwd, parsed.positionals) : null;
  const root = given?.root ?? io.cwd;
  const { file: configFile, confinement } = configFileOf(parsed.values, io.cwd, root);
  const inline = inlineSettings(parsed.values);
  const settings = resolveSettings(configFile, inline, (key) => `--${key}`, confinement);
  const scanPaths =
    given && !parsed.positionals.length ? resolveScanPaths(given.root, settings.paths) : given;
  const policy: PolicyOptions = {
    failOnSeverity: settings['fail-on-severity'],
    warnOnly: settings['warn-only'],
    scope: 'all',
    failOnContexts: settings['fail-on-context'],
    contexts: settings.contexts,
    failOnUnknownSeverity: settings['fail-on-unknown-severity'],
  };
  const date = settings.date ?? defaultScanDate();
  // Advisory folders a found settings file names are the tree's: no link in them is followed.
  const fromTree = confinement && configFile && inline.advisories === undefined;
  const { db, notes } = loadDatabase(
    io.dataDir,
    settings.advisories,
    io.cwd,
    fromTree ? root : undefined,
  );
  for (const note of notes) io.stderr(`${TOOL_NAME}: ${note}\n`);
  const ignores = { rules: settings.ignore, file: configFile?.shownAs ?? '' };
  if (configFile) io.stderr(`${TOOL_NAME}: settings from ${configFile.shownAs}\n`);
  const configFiles = configFile ? [configFile.path] : [];
  return {
    ...parsed,
    format,
    policy,
    settings,
    scanPaths,
    // The scan paths as written, and the folder they are relative to: fix must know which of
    // them reach their files through a symbolic link (realpaths hide it).
    pathsAsWritten:
      given && !parsed.positionals.length
        ? { base: given.root, paths: settings.paths }
        : { base: io.cwd, paths: parsed.positionals },
    ignores,
    configFiles,
    db,
    date,
    help: false as const,
  };
}

type Prepared = Extract<ReturnType<typeof prepare>, { help: false }>;

function emit(pieces: Iterable<Piece>, output: string | undefined, io: CliIo): void {
  if (output) {
    try {
      writeReportFile(resolve(io.cwd, output), pieces);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new InputError(`--output: cannot write ${output} (${code})`);
    }
    io.stderr(`${TOOL_NAME}: report written to ${output}\n`);
  } else {
    writePieces(pieces, io.stdoutBytes ?? decodingTo(io.stdout));
  }
}

/** A writer of bytes to a writer of text: a character split between two writes is kept whole. */
function decodingTo(write: (text: string) => void): (bytes: Uint8Array) => void {
  const decoder = new TextDecoder();
  return (bytes) => write(decoder.decode(bytes, { stream: true }));
}

/** What scan and fix read the tree with: the same paths, settings, date and policy. */
function auditOptions(p: Prepared, io: CliIo): AuditOptions {
  const { root, paths } = p.scanPaths!;
  return {
    root,
    paths,
    include: p.settings.include,
    exclude: p.settings.exclude,
    maxFileSize: p.settings['max-file-size'],
    db: p.db,
    policy: p.policy,
    today: p.date,
    endOfLife: p.settings['end-of-life'],
    ignores: p.ignores,
    configFiles: p.configFiles,
    ...(io.workerScript ? { workerScript: io.workerScript } : {}),
  };
}

async function scanCommand(args: string[], io: CliIo): Promise<number> {
  const p = prepare(args, io, 'scan');
  if (p.help) {
    io.stdout(USAGE);
    return 0;
  }
  markStage('settings');
  const report = await audit({
    ...auditOptions(p, io),
    // Written after the scan: a report left by an earlier run is not read as pins.
    outputFiles: p.values.output ? [discoveredPathOf(resolve(io.cwd, p.values.output))] : [],
  });
  emit(render(report, p.format, p.db, p.settings['comment-tag']), p.values.output, io);
  const omission = p.format === 'sarif' ? sarifOmissionNote(report.summary.findings) : null;
  if (omission) io.stderr(`${TOOL_NAME}: warning: ${omission}\n`);
  markStage('written');
  if (process.env.KUBE_PIN_AUDIT_TIMINGS === '1')
    io.stderr(`${TOOL_NAME}: timings: ${stageTimings()}\n`);
  return verdict(report.summary.failing) === 'fail' ? 1 : 0;
}

function checkCommand(args: string[], io: CliIo): number {
  const p = prepare(args, io, 'check');
  if (p.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (p.format !== 'text' && p.format !== 'json') {
    throw new InputError(`check takes --format text or json (got '${p.format}')`);
  }
  // A typed version is a deploy pin: the settings file's fail-on-context says nothing about it.
  const policy = { ...p.policy, failOnContexts: undefined };
  const results = checkVersions(p.positionals, p.db, policy, {
    ignores: p.settings.ignore,
    date: p.date,
    endOfLife: p.settings['end-of-life'],
  });
  emit(
    [p.format === 'json' ? renderCheckJson(results) : renderCheckText(results, p.db.sources)],
    p.values.output,
    io,
  );
  const failing = results.reduce((n, r) => n + r.advisories.filter((a) => a.failing).length, 0);
  return verdict(failing) === 'fail' ? 1 : 0;
}

async function fixCommand(args: string[], io: CliIo): Promise<number> {
  const p = prepare(args, io, 'fix');
  if (p.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (p.format !== 'text' && p.format !== 'json') {
    throw new InputError(`fix takes --format text or json (got '${p.format}')`);
  }
  if (p.values.output !== undefined) throw new InputError('fix takes no --output; see --help');
  const report = await audit(auditOptions(p, io));
  const outcome = runFix(p.scanPaths!.root, report, {
    dryRun: p.values['dry-run'] === true,
    format: p.format,
    linked: linkedScanPaths(p.pathsAsWritten.base, p.pathsAsWritten.paths),
  });
  io.stdout(outcome.stdout);
  if (outcome.stderr) io.stderr(outcome.stderr);
  return outcome.exitCode;
}

/** The CLI's Markdown, at most: GitLab's limit on a note. */
const CLI_MARKDOWN_MAX_LENGTH = 1_000_000;

function render(report: Report, format: Format, db: Database, tag: string): Iterable<Piece> {
  switch (format) {
    case 'json':
      return renderJsonChunks(report);
    case 'sarif':
      return [renderSarifJson(report, db.advisories)];
    case 'markdown':
      // Not bound to a PR comment's 65,536 characters: as long as a GitLab note may be.
      return [
        renderMarkdown(report, {
          tag,
          maxLength: CLI_MARKDOWN_MAX_LENGTH,
          elsewhere: 'run `kube-pin-audit scan --format json` for every finding',
        }),
      ];
    case 'text':
      return [renderText(report)];
  }
}
