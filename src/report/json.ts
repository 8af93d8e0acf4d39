import type { Report } from './model.js';

/**
 * The JSON report in pieces, so that a large tree's report (tens of megabytes) is written out
 * without ever being one string. Top-level keys are indented; each pin, finding, skip and
 * warning is one line, which keeps `grep` useful on the file and writing it fast.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const entries = Object.entries(report);
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length) {
      yield `\n  ${JSON.stringify(key)}: [`;
      for (let j = 0; j < value.length; j++) {
        yield `\n    ${JSON.stringify(value[j])}${j < value.length - 1 ? ',' : ''}`;
      }
      yield `\n  ]${comma}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}`;
    }
  }
  yield '\n}\n';
}

export function renderJson(report: Report): string {
  return [...renderJsonChunks(report)].join('');
}
