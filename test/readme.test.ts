/**
 * The README's workflows and config example are the ones users copy: every input they set must
 * exist in action.yml and pass the same settings validation the action runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inlineSettingsFromInputs } from '../src/action/inputs.js';
import { resolveSettings } from '../src/config/load.js';
import { SETTING_KEYS, SettingsSchema } from '../src/config/schema.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
  (m) => parse(m[1]!) as Record<string, unknown>,
);
const workflows = yamlBlocks.filter((b) => 'jobs' in b);

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

describe('README', () => {
  it('opens with the two Quick start commands', () => {
    const quick = /## Quick start\n\n```sh\n(.*)\n(.*)\n```/.exec(readme);
    expect(quick?.[1]).toBe('npm ci && node dist/cli.js scan examples');
    expect(quick?.[2]).toBe('npm ci && npm test');
  });

  it('shows workflows whose action steps set only real, valid inputs', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(5);
    let actionSteps = 0;
    for (const workflow of workflows) {
      for (const job of Object.values(workflow.jobs as Record<string, { steps: Step[] }>)) {
        for (const step of job.steps.filter((s) =>
          s.uses?.startsWith('kube-pin-audit/kube-pin-audit@'),
        )) {
          actionSteps++;
          const inputs = Object.fromEntries(
            Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]),
          );
          for (const name of Object.keys(inputs))
            expect(Object.keys(action.inputs)).toContain(name);
          // Expressions are filled in by the runner; the literal values must validate as they are.
          const literal = Object.fromEntries(
            Object.entries(inputs).filter(([, v]) => !v.includes('${{')),
          );
          expect(() =>
            resolveSettings(
              null,
              inlineSettingsFromInputs((n) => literal[n] ?? ''),
              (k) => k,
            ),
          ).not.toThrow();
        }
      }
    }
    expect(actionSteps).toBe(workflows.length);
  });

  it('shows a config file example that the settings schema accepts', () => {
    const config = yamlBlocks.find((b) => 'ignore' in b);
    expect(config).toBeDefined();
    expect(SettingsSchema.safeParse(config).success).toBe(true);
  });
});

describe('action.yml', () => {
  it('declares every setting an input can carry, and the DESIGN outputs', () => {
    const expected = [
      ...SETTING_KEYS.filter((k) => k !== 'ignore'),
      'config-file',
      'github-token',
    ].sort();
    expect(Object.keys(action.inputs).sort()).toEqual(expected);
    expect(Object.keys(action.outputs).sort()).toEqual([
      'failing',
      'findings',
      'pins',
      'report-file',
      'sarif-file',
    ]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
