/**
 * The YAML well-formedness check behind the "not valid YAML" warning (src/extract/yaml-check.ts).
 */
import { describe, expect, it } from 'vitest';
import { yamlProblem } from '../src/extract/yaml-check.js';

describe('the YAML check', () => {
  it('accepts application tags, anchors, merge keys, directives and several documents', () => {
    const valid = [
      'Resources:\n  X:\n    Name: !Sub "${AWS::StackName}-k3s"\n    Seq: !Join [":", [a, b]]\n    Map: !Custom {a: 1}\n',
      'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6162\n',
      'x: !!python/tuple [1, 2]\n',
      'base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\n',
      '%YAML 1.2\n---\na: 1\n...\n---\nb: 2\n',
      '\ufeffversion: v1.24.9+rke2r1\r\nlist: [1,\r\n  2]\r\n',
    ];
    for (const text of valid) expect(yamlProblem(text), text).toBeNull();
  });

  it('names the offset of the first problem', () => {
    const tabs = 'a: 1\nb:\n\tc: v1.24.9+rke2r1\n';
    expect(yamlProblem(tabs)).toEqual({
      offset: expect.any(Number),
      message: expect.stringContaining('tab'),
    });
    expect(tabs.slice(0, yamlProblem(tabs)!.offset).split('\n')).toHaveLength(3);
    const duplicate = 'k3s: v1.25.5+k3s1\nk3s: v1.25.6+k3s1\n';
    expect(yamlProblem(duplicate)?.message).toMatch(/duplicated mapping key/);
    expect(yamlProblem('k3s: [v1.25.5+k3s1\n')).not.toBeNull();
  });

  it('counts the offset in the text as given, byte order mark included', () => {
    const text = '\ufeffa: 1\na: 2\n';
    const withoutMark = yamlProblem(text.slice(1))!;
    expect(yamlProblem(text)!.offset).toBe(withoutMark.offset + 1);
  });

  it('refuses deep flow nesting without parsing it', () => {
    expect(yamlProblem(`x: ${'['.repeat(100)}`)?.message).toMatch(/nested more than 64 levels/);
  });
});
