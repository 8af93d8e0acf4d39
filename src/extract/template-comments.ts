/**
 * Comments of the template language wrapped around a file (`user-data.yaml.j2`, a Helm chart's
 * `templates/`, a Puppet `.epp`): the engine drops them before the file becomes YAML, shell or
 * HCL, so they are read first and hidden from the inner format's lexer.
 */
import type { Span } from './comments.js';

/**
 * `jinja`: Jinja, Salt, Twig `{# #}`; `go`: Go templates, Helm, consul-template `{{/* *\/}}`;
 * `erb`: ERB, EPP `<%# %>`; `terraform`: `templatefile()` templates, which have no comments.
 */
export type TemplateEngine = 'jinja' | 'go' | 'erb' | 'terraform';

const DELIMITERS: Record<TemplateEngine, readonly [open: RegExp, close: RegExp] | null> = {
  jinja: [/\{#/g, /#\}/g],
  // `{{/* … */}}`, and with trim markers `{{- /* … */ -}}` (a trim marker needs its space).
  go: [/\{\{(?:-[ \t\r\n]+)?\/\*/g, /\*\/(?:[ \t\r\n]+-)?\}\}/g],
  erb: [/<%#/g, /-?%>/g],
  terraform: null,
};

/**
 * The engine's comments, in order. One never closed is a template error: the text after it is
 * left to the inner format rather than hidden (a pin is not dropped on a guess).
 */
export function templateComments(text: string, engine: TemplateEngine): Span[] {
  const spans: Span[] = [];
  if (!DELIMITERS[engine]) return spans;
  const [open, close] = DELIMITERS[engine];
  open.lastIndex = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(text);
    if (!c) break;
    const end = c.index + c[0].length;
    spans.push([m.index, end]);
    open.lastIndex = end;
  }
  return spans;
}

/** The text with the spans blanked (line breaks kept), so offsets and lines stay the same. */
export function withSpansBlanked(text: string, spans: readonly Span[]): string {
  let out = '';
  let from = 0;
  for (const [s, e] of spans) {
    out += text.slice(from, s) + text.slice(s, e).replace(/[^\n]/g, ' ');
    from = e;
  }
  return out + text.slice(from);
}
