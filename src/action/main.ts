/**
 * The GitHub Action front end (minimal until the action issue lands): scans the configured
 * paths of the workspace, logs the text report, sets the outputs and fails on failing findings.
 */
import * as core from '@actions/core';
import { loadDatabase } from '../advisories/load.js';
import { audit } from '../audit.js';
import { resolveScanPaths } from '../cli/paths.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { verdict } from '../report/model.js';
import { renderText } from '../report/text.js';
import { DEFAULT_MAX_FILE_SIZE } from '../scan/scan.js';

/** Splits a list input written as YAML lines or a comma-separated string. */
function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function run(options: { dataDir: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  try {
    const env = options.env ?? process.env;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const { root, paths } = resolveScanPaths(workspace, listInput('paths'));
    const { db } = loadDatabase(options.dataDir, [], workspace);
    const report = audit({
      root,
      paths,
      include: listInput('include'),
      exclude: listInput('exclude'),
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      db,
      policy: DEFAULT_POLICY,
    });
    core.info(renderText(report));
    core.setOutput('pins', report.summary.pins);
    core.setOutput('findings', report.summary.findings);
    core.setOutput('failing', report.summary.failing);
    if (verdict(report.summary.failing) === 'fail') {
      core.setFailed(`${report.summary.failing} pinned release(s) affected by failing advisories`);
    }
  } catch (error) {
    core.setFailed((error as Error).message);
  }
}
