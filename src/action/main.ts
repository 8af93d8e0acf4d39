/**
 * The GitHub Action front end (minimal until the action issue lands): scans the configured
 * paths of the workspace, logs the text report, sets the outputs and fails on failing findings.
 */
import * as core from '@actions/core';
import { audit } from '../audit.js';
import { resolveScanPaths } from '../cli/paths.js';
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

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const { root, paths } = resolveScanPaths(workspace, listInput('paths'));
    const report = audit({
      root,
      paths,
      include: listInput('include'),
      exclude: listInput('exclude'),
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
    });
    core.info(renderText(report));
    core.setOutput('pins', report.summary.pins);
    core.setOutput('findings', report.summary.findings);
    core.setOutput('failing', report.summary.failing);
    if (verdict(report) === 'fail') {
      core.setFailed(`${report.summary.failing} pinned release(s) affected by failing advisories`);
    }
  } catch (error) {
    core.setFailed((error as Error).message);
  }
}
