/**
 * The GitHub Action front end: reads the run's context and inputs, runs the shared pipeline,
 * and publishes the result as annotations, a job summary, files, outputs and one pull request
 * comment. The verdict comes from the report alone: no GitHub API failure can change it.
 */
import { appendFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { loadDatabase } from '../advisories/load.js';
import { audit } from '../audit.js';
import { resolveScanPaths } from '../scan/paths.js';
import {
  readConfigFile,
  resolveSettings,
  type ConfigFile,
  type Confinement,
} from '../config/load.js';
import { DEFAULT_CONFIG_FILE, type Settings } from '../config/schema.js';
import { InputError } from '../errors.js';
import { discoveredPathOf } from '../discover/skips.js';
import { renderJsonChunks, type Piece } from '../report/json.js';
import { writeReportFile } from '../report/write.js';
import {
  commentMarker,
  renderAllClear,
  renderMarkdown,
  renderSummary,
  type SuggestionCounts,
} from '../report/markdown.js';
import { verdict, type Report } from '../report/model.js';
import { renderSarifJson, sarifOmissionNote } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { dataSummaryLine } from '../report/data-freshness.js';
import { planAnnotations } from './annotations.js';
import { readChangedLines, relativeToScanRoot } from './changed-lines.js';
import { commentFailureMessage, publishComment } from './comment.js';
import { suggestChanges } from './suggest.js';
import { defaultScope, readRunContext, type RunContext } from './context.js';
import type { GitHubClient } from './github.js';
import { inlineSettingsFromInputs, inputReader } from './inputs.js';
import { outputPaths, scanPaths as checkedScanPaths, type OutputKey } from './input-paths.js';
import { defaultScanDate } from '../scan-date.js';

export interface ActionDeps {
  /** The action's own data/ folder. */
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** The running bundle, to scan large trees in worker threads (see src/scan/parallel.ts). */
  workerScript?: string;
  /** Stands in for GitHub's API in tests; by default an Octokit client for GITHUB_API_URL. */
  createClient?: (token: string, context: RunContext) => GitHubClient;
}

export async function run(deps: ActionDeps): Promise<void> {
  try {
    await runAction(deps);
  } catch (error) {
    if (error instanceof InputError) {
      if (error.at) {
        // Annotated at the settings file's line, so the pull request shows where to fix it.
        core.error(error.message, {
          title: 'kube-pin-audit settings',
          file: error.at.file,
          startLine: error.at.line,
        });
        process.exitCode = core.ExitCode.Failure;
      } else {
        core.setFailed(error.message);
      }
    } else {
      core.debug((error as Error).stack ?? String(error));
      core.setFailed(`kube-pin-audit failed: ${(error as Error).message}`);
    }
  }
}

async function runAction(deps: ActionDeps): Promise<void> {
  const env = deps.env ?? process.env;
  const context = readRunContext(env);
  for (const warning of context.warnings) core.warning(warning);
  const getInput = inputReader(env);
  const { settings, configFile } = readSettings(context.workspace, getInput);
  const outputFiles = outputPaths(settings, context.workspace, env.RUNNER_TEMP);
  const scanPaths = checkedScanPaths(settings, context.workspace);
  const { db, notes } = loadDatabase(
    deps.dataDir,
    settings.advisories,
    context.workspace,
    context.workspace,
  );
  for (const note of notes) core.info(note);

  const token = getInput('github-token');
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  const client = !token
    ? null
    : deps.createClient
      ? deps.createClient(token, context)
      : await loadGitHubClient(token, context, apiUrl);

  const { root, paths } = resolveScanPaths(context.workspace, scanPaths);
  let scope = settings['fail-on-scope'] ?? defaultScope(context);
  const read = await readChangedLines(client, { ...context, scanned: [root, ...paths] });
  for (const note of read.notes) core.info(note);
  for (const warning of read.warnings) core.warning(warning);
  const changes = read.changes && relativeToScanRoot(read.changes, read.pathsFrom, root);
  if (scope === 'introduced' && !changes) {
    core.warning(
      'kube-pin-audit could not tell which lines this change introduces, so every finding counts (fail-on-scope: all).',
    );
    scope = 'all';
  }

  const report = await audit({
    root,
    paths,
    include: settings.include,
    exclude: settings.exclude,
    maxFileSize: settings['max-file-size'],
    db,
    policy: {
      failOnSeverity: settings['fail-on-severity'],
      warnOnly: settings['warn-only'],
      scope,
      failOnContexts: settings['fail-on-context'],
      contexts: settings.contexts,
      failOnUnknownSeverity: settings['fail-on-unknown-severity'],
    },
    today: settings.date ?? defaultScanDate(env),
    endOfLife: settings['end-of-life'],
    ...(changes ? { changes } : {}),
    ignores: { rules: settings.ignore, file: configFile?.shownAs ?? '' },
    configFiles: configFile ? [configFile.path] : [],
    // The report files this step writes after the scan: one left by an earlier run is not read.
    outputFiles: (['report-file', 'sarif-file'] as const)
      .map((key) => settings[key])
      .filter((path): path is string => !!path)
      .map((path) => discoveredPathOf(resolve(context.workspace, path))),
    ...(deps.workerScript ? { workerScript: deps.workerScript } : {}),
  });

  core.info(renderText(report));
  for (const a of planAnnotations(report)) {
    const properties: core.AnnotationProperties = { title: a.title };
    if (a.file)
      Object.assign(properties, {
        file: a.file,
        startLine: a.startLine,
        startColumn: a.startColumn,
        endColumn: a.endColumn,
      });
    core[a.level](a.message, properties);
  }
  const blobBaseUrl =
    context.owner && context.sha
      ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}`
      : undefined;
  if (context.summaryFile) {
    appendFileSync(
      context.summaryFile,
      renderSummary(report, blobBaseUrl ? { blobBaseUrl } : {}) + dataSummaryLine(report.data),
    );
  }
  writeOutputs(report, outputFiles, context, db.advisories);

  const suggestions =
    context.pullRequest && settings.suggestions
      ? await suggestChanges(client, context.pullRequest, report, changes, root)
      : undefined;
  if (context.pullRequest && settings.comment !== 'never') {
    await comment(client, context.pullRequest.number, report, settings, blobBaseUrl, suggestions);
  }

  if (verdict(report.summary.failing) === 'fail') {
    core.setFailed(
      `${report.summary.failing} finding(s) fail the check: a pinned release is affected by an advisory at or above '${settings['fail-on-severity']}'.`,
    );
  }
}

function readSettings(
  workspace: string,
  getInput: (name: string) => string,
): { settings: Settings; configFile: ConfigFile | null } {
  const named = getInput('config-file');
  // The settings file is the repository's, whoever named it: its paths stay in the workspace.
  const confinement: Confinement = { root: workspace, rootName: 'the workspace' };
  const file = readConfigFile(
    resolve(workspace, named || DEFAULT_CONFIG_FILE),
    named || DEFAULT_CONFIG_FILE,
    named !== '',
    confinement,
  );
  const settings = resolveSettings(
    file,
    inlineSettingsFromInputs(getInput),
    (key) => `input '${key}'`,
    confinement,
  );
  return { settings, configFile: file };
}

/**
 * The Octokit client, loaded only now: @actions/github parses the event payload as it loads, and
 * a payload that is not JSON would otherwise end the step with its text on standard error.
 */
async function loadGitHubClient(
  token: string,
  context: RunContext,
  apiUrl: string,
): Promise<GitHubClient | null> {
  // A payload this run could not read names no pull request: there is nothing to ask GitHub.
  if (context.warnings.length) return null;
  try {
    const { createGitHubClient } = await import('./github.js');
    return createGitHubClient(token, context.owner, context.repo, apiUrl);
  } catch {
    core.warning('kube-pin-audit could not load its GitHub client, so it will not call GitHub.');
    return null;
  }
}

function writeOutputs(
  report: Report,
  outputFiles: Partial<Record<OutputKey, string>>,
  context: RunContext,
  advisories: Parameters<typeof renderSarifJson>[1],
): void {
  core.setOutput('pins', report.summary.pins);
  core.setOutput('findings', report.summary.findings);
  core.setOutput('failing', report.summary.failing);
  const files: [key: OutputKey, render: () => Iterable<Piece>][] = [
    ['report-file', () => renderJsonChunks(report)],
    ['sarif-file', () => [renderSarifJson(report, advisories)]],
  ];
  for (const [key, render] of files) {
    const absolute = outputFiles[key];
    if (!absolute) continue;
    const shown = relative(context.workspace, absolute) || absolute;
    try {
      writeReportFile(absolute, render(), { fresh: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new InputError(`${key}: cannot write ${shown} (${code})`);
    }
    core.setOutput(key, absolute);
    core.info(`${key.replace('-', ' ')} written to ${shown}`);
    const omission = key === 'sarif-file' ? sarifOmissionNote(report.summary.findings) : null;
    if (omission) core.warning(`${shown}: ${omission}`);
  }
}

async function comment(
  client: GitHubClient | null,
  issueNumber: number,
  report: Report,
  settings: Settings,
  blobBaseUrl: string | undefined,
  suggestions: SuggestionCounts | undefined,
): Promise<void> {
  if (!client) {
    core.warning('kube-pin-audit has no github-token, so it cannot comment on the pull request.');
    return;
  }
  const tag = settings['comment-tag'];
  try {
    const outcome = await publishComment(client, {
      issueNumber,
      mode: settings.comment,
      marker: commentMarker(tag),
      failing: verdict(report.summary.failing) === 'fail',
      body: renderMarkdown(report, {
        tag,
        ...(blobBaseUrl ? { blobBaseUrl } : {}),
        ...(suggestions ? { suggestions } : {}),
      }),
      allClearBody: renderAllClear(tag, report),
    });
    core.info(`pull request comment: ${outcome}`);
  } catch (error) {
    core.warning(commentFailureMessage(error));
  }
}
