/**
 * The command-line front end: parses arguments, runs the shared pipeline, renders the report.
 * Exit codes: 0 nothing failing, 1 failing findings, 2 usage, config or data error.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { audit } from '../audit.js';
import { renderJson } from '../report/json.js';
import { verdict, type Report } from '../report/model.js';
import { renderText } from '../report/text.js';
import { DEFAULT_MAX_FILE_SIZE } from '../scan/scan.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import { resolveScanPaths } from './paths.js';
import { UsageError } from './usage-error.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = `Usage:
  ${TOOL_NAME} scan [PATH...] [options]   find pinned RKE2, K3s, RFO and containerd versions
  ${TOOL_NAME} --version | --help

Scan options:
  --format text|json       report format (default: text)
  --output FILE            write the report to FILE instead of standard output
  --include GLOB           scan only files matching GLOB (repeatable)
  --exclude GLOB           skip files and folders matching GLOB (repeatable)
  --max-file-size BYTES    skip larger files, reporting them (default: ${DEFAULT_MAX_FILE_SIZE})

Exit codes: 0 nothing failing, 1 failing findings, 2 usage, config or data error.
`;

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function run(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === 'scan') return scanCommand(rest, io);
  throw new UsageError(`unknown command '${command}' (expected: scan); see --help`);
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        include: { type: 'string', multiple: true, default: [] },
        exclude: { type: 'string', multiple: true, default: [] },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs names the unknown or malformed option; keep its sentence, drop the stack.
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; see --help`);
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new UsageError(`--${flag} must be a positive whole number of bytes (got '${value}')`);
  }
  return Number(value);
}

function scanCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format: Format = oneOf('format', values.format, FORMATS);
  const { root, paths } = resolveScanPaths(io.cwd, positionals);
  const report = audit({
    root,
    paths,
    include: values.include,
    exclude: values.exclude,
    maxFileSize: positiveInteger('max-file-size', values['max-file-size'], DEFAULT_MAX_FILE_SIZE),
  });
  const rendered = render(report, format);
  if (values.output) {
    writeFileSync(resolve(io.cwd, values.output), rendered);
    io.stderr(`${TOOL_NAME}: report written to ${values.output}\n`);
  } else {
    io.stdout(rendered);
  }
  return verdict(report) === 'fail' ? 1 : 0;
}

function render(report: Report, format: Format): string {
  return format === 'json' ? renderJson(report) : renderText(report);
}
