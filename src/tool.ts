/** Kept equal to package.json's version by a test; bundled code cannot read package.json. */
export const TOOL_NAME = 'kube-pin-audit';
export const TOOL_VERSION = '0.1.0';
