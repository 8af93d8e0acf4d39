/**
 * Whether a YAML file parses, for a warning that names the line: the pins were found by the
 * text scan either way. Only files that hold pins are parsed, and only when they are small and
 * shallow enough for the parser to stay fast (it slows sharply on deeply nested flow text).
 *
 * js-yaml 4, not the `yaml` package the settings file is read with: this is a pass/fail check
 * that needs no source positions, and on the benchmark's 1,356 YAML files holding pins js-yaml
 * 4 took 29 ms where `yaml` took 315 ms (and js-yaml 5 took 114 ms).
 */
import { DEFAULT_SCHEMA, loadAll, Type, YAMLException, type Schema } from 'js-yaml';

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

/**
 * Any tag is welcome (`!Ref`, `!vault`, `!!python/tuple`): an application's own tags are valid
 * YAML, and the check is about syntax. Types whose tag is the empty prefix match every tag that
 * no built-in type claims.
 */
let anyTagSchema: Schema | undefined;
const ignoreDocument = () => {};

function schema(): Schema {
  anyTagSchema ??= DEFAULT_SCHEMA.extend(
    (['scalar', 'sequence', 'mapping'] as const).map(
      (kind) => new Type('', { kind, multi: true, construct: (data: unknown) => data }),
    ),
  );
  return anyTagSchema;
}

export function yamlProblem(text: string): YamlProblem | null {
  if (text.length > MAX_PARSED_LENGTH) return null;
  const nesting = flowNestingProblem(text);
  if (nesting) return nesting;
  try {
    loadAll(text, ignoreDocument, { schema: schema() });
    return null;
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml drops a leading byte order mark before counting.
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { offset: (error.mark?.position ?? 0) + bom, message: error.reason };
  }
}
