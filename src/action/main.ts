/**
 * The GitHub Action front end: reads the run's context and inputs, runs the shared pipeline,
 * and publishes the result as annotations, a job summary, files, outputs and one pull request
 * comment. The verdict comes from the report alone: no GitHub API failure can change it.
 */
import { appendFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { loadDatabase } from '../advisories/load.js';
import { audit, type ChangedLines } from '../audit.js';
import { resolveScanPaths } from '../scan/paths.js';
import { readConfigFile, resolveSettings, type ConfigFile } from '../config/load.js';
import { DEFAULT_CONFIG_FILE, type Settings } from '../config/schema.js';
import { InputError } from '../errors.js';
import { renderJsonChunks, type Piece } from '../report/json.js';
import { writeReportFile } from '../report/write.js';
import {
  commentMarker,
  renderAllClear,
  renderMarkdown,
  renderSummary,
} from '../report/markdown.js';
import { verdict, type Report } from '../report/model.js';
import { renderSarifJson } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { dataSummaryLine } from '../report/data-freshness.js';
import { planAnnotations } from './annotations.js';
import { fetchComparisonChanges, fetchPullRequestChanges } from './changed-lines.js';
import { commentFailureMessage, publishComment } from './comment.js';
import { defaultScope, readRunContext, type RunContext } from './context.js';
import { createGitHubClient, type GitHubClient } from './github.js';
import { inlineSettingsFromInputs, inputReader } from './inputs.js';

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
  const getInput = inputReader(env);
  const { settings, configFile } = readSettings(context.workspace, getInput);
  const { db, notes } = loadDatabase(deps.dataDir, settings.advisories, context.workspace);
  for (const note of notes) core.info(note);

  const token = getInput('github-token');
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  const client = token
    ? (deps.createClient ?? ((t, c) => createGitHubClient(t, c.owner, c.repo, apiUrl)))(
        token,
        context,
      )
    : null;

  let scope = settings['fail-on-scope'] ?? defaultScope(context);
  const changes = await changedLines(client, context);
  if (scope === 'introduced' && !changes) {
    core.warning(
      'kube-pin-audit could not tell which lines this change introduces, so every finding counts (fail-on-scope: all).',
    );
    scope = 'all';
  }

  const { root, paths } = resolveScanPaths(context.workspace, settings.paths);
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
      failOnUnknownSeverity: settings['fail-on-unknown-severity'],
    },
    today: settings.date ?? new Date().toISOString().slice(0, 10),
    endOfLife: settings['end-of-life'],
    ...(changes ? { changes } : {}),
    ignores: { rules: settings.ignore, file: configFile?.shownAs ?? '' },
    configFiles: configFile ? [configFile.path] : [],
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
  writeOutputs(report, settings, context, db.advisories);

  if (context.pullRequest && settings.comment !== 'never') {
    await comment(client, context.pullRequest.number, report, settings, blobBaseUrl);
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
  const file = readConfigFile(
    resolve(workspace, named || DEFAULT_CONFIG_FILE),
    named || DEFAULT_CONFIG_FILE,
    named !== '',
  );
  const settings = resolveSettings(
    file,
    inlineSettingsFromInputs(getInput),
    (key) => `input '${key}'`,
  );
  return { settings, configFile: file };
}

/** The pull request's or merge group's added lines; undefined when unknown. */
async function changedLines(
  client: GitHubClient | null,
  context: RunContext,
): Promise<ChangedLines | undefined> {
  if (!context.pullRequest && !context.mergeGroup) return undefined;
  if (!client) {
    core.warning(
      'kube-pin-audit has no github-token, so it cannot list the lines this change introduces.',
    );
    return undefined;
  }
  try {
    return context.pullRequest
      ? await fetchPullRequestChanges(client, context.pullRequest.number)
      : await fetchComparisonChanges(
          client,
          context.mergeGroup!.baseSha,
          context.mergeGroup!.headSha,
        );
  } catch (error) {
    core.warning(
      `kube-pin-audit could not list the change's files: ${(error as Error).message.split('\n')[0]}`,
    );
    return undefined;
  }
}

function writeOutputs(
  report: Report,
  settings: Settings,
  context: RunContext,
  advisories: Parameters<typeof renderSarifJson>[1],
): void {
  core.setOutput('pins', report.summary.pins);
  core.setOutput('findings', report.summary.findings);
  core.setOutput('failing', report.summary.failing);
  const files: [key: 'report-file' | 'sarif-file', render: () => Iterable<Piece>][] = [
    ['report-file', () => renderJsonChunks(report)],
    ['sarif-file', () => [renderSarifJson(report, advisories)]],
  ];
  for (const [key, render] of files) {
    const path = settings[key];
    if (!path) continue;
    const absolute = resolve(context.workspace, path);
    writeReportFile(absolute, render());
    core.setOutput(key, absolute);
    core.info(
      `${key.replace('-', ' ')} written to ${relative(context.workspace, absolute) || absolute}`,
    );
  }
}

async function comment(
  client: GitHubClient | null,
  issueNumber: number,
  report: Report,
  settings: Settings,
  blobBaseUrl: string | undefined,
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
      body: renderMarkdown(report, { tag, ...(blobBaseUrl ? { blobBaseUrl } : {}) }),
      allClearBody: renderAllClear(tag, report),
    });
    core.info(`pull request comment: ${outcome}`);
  } catch (error) {
    core.warning(commentFailureMessage(error));
  }
}
