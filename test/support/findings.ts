import type { AdvisoryRef, Finding } from '../../src/report/model.js';

/** A failing finding for v1.24.9+rke2r1 in a cloud-init file; tests override what they need. */
export function makeFinding(over: Partial<Finding> & { advisory: AdvisoryRef }): Finding {
  return {
    file: 'infra/user-data.yaml',
    line: 12,
    column: 30,
    product: 'rke2',
    version: 'v1.24.9+rke2r1',
    text: 'v1.24.9+rke2r1',
    form: 'cloud-init',
    inComment: false,
    context: 'deploy',
    upgradeTo: 'v1.24.10+rke2r1',
    via: null,
    fixedIn: ['v1.24.9+rke2r2'],
    suggestion: 'v1.24.9+rke2r2',
    failing: true,
    ignored: null,
    ...over,
  };
}
