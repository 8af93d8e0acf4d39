/**
 * Whether a YAML file parses, for a warning that names the line: the pins were found by the
 * text scan either way. Only files that hold pins are parsed, and only when they are small and
 * shallow enough for the parser to stay fast (it slows sharply on deeply nested flow text).
 */
import { parseAllDocuments } from 'yaml';

export interface YamlProblem {
  offset: number;
  message: string;
}

/** Larger files are not parsed: the warning is a courtesy, not worth seconds. */
const MAX_PARSED_LENGTH = 1024 * 1024;
const MAX_FLOW_DEPTH = 64;

/** Flow nesting deeper than MAX_FLOW_DEPTH, found in one pass without parsing. */
export function flowNestingProblem(text: string): YamlProblem | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) {
        return { offset: i, message: `nested more than ${MAX_FLOW_DEPTH} levels deep; not parsed` };
      }
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return null;
}

export function yamlProblem(text: string): YamlProblem | null {
  if (text.length > MAX_PARSED_LENGTH) return null;
  const nesting = flowNestingProblem(text);
  if (nesting) return nesting;
  for (const doc of parseAllDocuments(text)) {
    const error = 'errors' in doc ? doc.errors[0] : undefined;
    if (error) return { offset: error.pos[0], message: error.code };
  }
  return null;
}
