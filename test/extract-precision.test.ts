/**
 * Regression tests for the matcher and payload cases of issue 10 (classes 1, 5, 6, 7) and
 * issue 17 (items 1, 9, 10, 11, 15). Each names the fixture folder under test/fixtures/forms that
 * holds the case; the folder's expected.json (checked exactly by extract-forms.test.ts) lists
 * every pin of it, and these tests say in words what each case must and must not yield.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPins } from '../src/extract/extract.js';
import { mayHoldPin } from '../src/scan/read.js';

const FORMS = fileURLToPath(new URL('./fixtures/forms/', import.meta.url));

/** The pins of one fixture file as `line:text` (with `#` for a commented one). */
function pinsOf(folder: string, file: string): string[] {
  const text = readFileSync(`${FORMS}${folder}/${file}`, 'utf8');
  return extractPins(file, text).pins.map((p) => `${p.line}:${p.text}${p.inComment ? '#' : ''}`);
}

function pinsIn(file: string, text: string): string[] {
  return extractPins(file, text).pins.map((p) => `${p.line}:${p.product}:${p.text}`);
}

describe('issue 10 class 1: the hyphen spelling names a release only where its context does', () => {
  it('K3s fork module versions (k3s-io/kubernetes, k3s-io/cri-tools) are no pins', () => {
    expect(pinsOf('hyphen-spelling', 'hack/modules.txt')).toEqual([]);
  });

  it('build arguments named for a fork and component images are no pins; product images are', () => {
    expect(pinsOf('hyphen-spelling', 'build/Dockerfile')).toEqual([
      '5:v1.24.9-rke2r1',
      '6:v1.24.9-k3s1',
      '7:v1.25.5-k3s1',
    ]);
  });

  it("a parent key, a sibling image, a list's key, a flag and a K3s download URL name K3s", () => {
    expect(pinsOf('hyphen-spelling', 'deploy/cluster.yaml')).toEqual([
      '2:v1.24.9-k3s1',
      '8:v1.25.5-k3s1',
      '10:v1.24.9-k3s1',
      '10:v1.25.5-k3s1',
    ]);
    expect(pinsOf('hyphen-spelling', 'deploy/install.sh')).toEqual([
      '2:v1.24.9-k3s1',
      '3:v1.24.9-k3s1',
    ]);
  });
});

describe('issue 10 class 5: keys of projects whose name contains containerd', () => {
  it('fuse-overlayfs, stargz, Wasm shims and nydus versions are not containerd', () => {
    expect(pinsOf('containerd-named-projects', 'install-snapshotters.sh')).toEqual(['4:1.6.12']);
    expect(pinsOf('containerd-named-projects', 'vars.yml')).toEqual(['1:1.6.14', '7:1.6.15']);
  });
});

describe('issue 10 class 6: help and description text', () => {
  it('action.yml input descriptions are not pins; the default is', () => {
    expect(pinsOf('help-text', 'action.yml')).toEqual(['7:v1.24.9+k3s1']);
  });

  it('Ansible argument_specs descriptions (string and list) are not pins', () => {
    expect(pinsOf('help-text', 'roles/k3s/meta/argument_specs.yml')).toEqual([]);
  });

  it("a script's usage function, usage heredoc and example echo lines are not pins", () => {
    expect(pinsOf('help-text', 'install.sh')).toEqual([
      '17:v1.24.9+rke2r1',
      '26:v1.23.16+rke2r1',
      '31:v1.26.0+rke2r2',
    ]);
    expect(pinsOf('help-text', 'scripts/bootstrap.sh')).toEqual(['9:v1.26.0+k3s2']);
    expect(pinsOf('help-text', 'scripts/install.ps1')).toEqual(['6:v1.24.9+rke2r1']);
    expect(pinsOf('help-text', 'Makefile')).toEqual(['1:v1.24.9+rke2r1']);
  });

  it('JSON schema and workflow input descriptions are not pins', () => {
    expect(pinsOf('help-text', 'chart/values.schema.json')).toEqual(['7:v1.25.5+k3s2']);
    expect(pinsOf('help-text', '.github/workflows/deploy.yml')).toEqual(['9:v1.26.0+rke2r2']);
  });
});

describe('issue 10 class 7: only the replacement side of a substitution is a pin', () => {
  it('sed, perl and ${var//old/new}', () => {
    expect(pinsOf('substitutions', 'bump-pins.sh')).toEqual([
      '4:v1.34.1+k3s1',
      '5:v1.24.9+rke2r2',
      '6:v1.25.5+k3s2',
      '7:1.6.15-1',
      '8:v1.23.15+rke2r1',
      '8:v1.26.0+rke2r1',
      '9:v1.23.16+rke2r1',
    ]);
  });

  it('Terraform replace(), Jinja replace, Ansible regexp:, PowerShell .Replace and -replace', () => {
    expect(pinsOf('substitutions', 'main.tf')).toEqual(['3:v1.24.9+rke2r2']);
    expect(pinsOf('substitutions', 'roles/rke2/tasks/main.yml')).toEqual([
      '5:v1.26.0+rke2r2',
      '8:v1.25.5+k3s2',
    ]);
    expect(pinsOf('substitutions', 'update.ps1')).toEqual([
      '2:v1.24.9+rke2r2',
      '3:v1.23.16+rke2r1',
    ]);
  });
});

describe('issue 17 item 1: only a version/tag directly under containerd: (or its image)', () => {
  it('runc and registry mirror versions under containerd: are not containerd', () => {
    expect(pinsOf('containerd-mapping', 'cluster.yml')).toEqual([]);
    expect(pinsOf('containerd-mapping', 'values.yaml')).toEqual([
      '10:1.6.12',
      '15:v1.6.14-k3s1-build20221220',
    ]);
  });
});

describe('issue 17 item 9: cloud-config inside Terraform heredocs, YAML and templates', () => {
  it('decodes b64, base64 and gz+b64 payloads of <<-EOT and base64encode(<<EOT) heredocs', () => {
    const pins = extractPins(
      'main.tf',
      readFileSync(`${FORMS}embedded-cloud-config/main.tf`, 'utf8'),
    ).pins.map((p) => `${p.line}:${p.column}:${p.version}:${p.form}`);
    expect(pins).toEqual([
      '8:18:v1.24.9+rke2r1:terraform',
      '22:12:v1.25.5+k3s1:terraform',
      '25:12:v1.6.12:terraform',
    ]);
  });

  it('decodes a payload in templates with directive lines and in a userdata: block', () => {
    expect(pinsOf('embedded-cloud-config', 'templates/bastion.yaml.tftpl')).toEqual([
      '11:v1.26.0+rke2r1',
    ]);
    expect(pinsOf('embedded-cloud-config', 'machine-config.yaml')).toEqual(['11:v1.25.5+rke2r1']);
    expect(pinsOf('embedded-cloud-config', 'templates/agent.tftpl')).toEqual(['6:v1.25.5+k3s1']);
  });
});

describe('embedded cloud-configs past the per-file bound are named, not dropped silently', () => {
  it('decodes the first 1,000 and warns about the rest', () => {
    const payload = Buffer.from('INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n').toString('base64');
    const block = `  userdata: |\n    #cloud-config\n    write_files:\n      - encoding: b64\n        content: ${payload}\n`;
    const text = Array.from({ length: 1002 }, (_, i) => `m${i}:\n${block}`).join('');
    const { pins, warnings } = extractPins('machines.yaml', text);
    expect(pins).toHaveLength(1000);
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '6003: embedded cloud-configs not decoded from here on: more than 1,000 in one file (2 left encoded)',
    ]);
  });
});

describe('issue 17 item 10: shell defaults for containerd', () => {
  it('${VAR:-x}, ${1:-x}, ${VAR:=x} and ${VAR-x} defaults are found', () => {
    expect(pinsOf('shell-defaults', 'install-containerd.sh')).toEqual([
      '4:1.6.12',
      '5:1.6.11',
      '6:1.6.10-1',
      '7:1.6.9',
    ]);
  });
});

describe('issue 17 item 11: cloud-init content: !!binary payloads', () => {
  it('decodes !!binary (plain and with encoding: gzip), block and inline', () => {
    expect(pinsOf('cloud-init-binary', 'user-data.yaml')).toEqual([
      '7:v1.24.9+rke2r1',
      '10:v1.26.0+k3s1',
      '12:1.6.12-1',
    ]);
  });

  it('the prefilter lets a cloud-config whose only pin is in a !!binary payload through', () => {
    const payload = Buffer.from('INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n').toString('base64');
    const text = `#cloud-config\nwrite_files:\n  - path: /etc/default/x\n    content: !!binary ${payload}\n`;
    expect(mayHoldPin(Buffer.from(text))).toBe(true);
    expect(pinsIn('user-data', text)).toEqual(['4:rke2:v1.24.9+rke2r1']);
  });
});

describe('issue 17 item 15: rpm file names with an architecture before .rpm', () => {
  it('text holds only the version for .aarch64/.ppc64le/.s390x/.x86_64/.src/.noarch.rpm', () => {
    expect(pinsOf('rpm-architectures', 'install-containerd.sh')).toEqual([
      '6:1.6.12-3.1.el8',
      '7:1.6.10-3.1.el8',
      '8:1.6.9-3.1.el8',
      '9:1.6.12-3.1.el8',
      '11:1.6.14-3.1.el8',
      '12:1.6.15-3.1.el8',
    ]);
  });
});

describe('a range bound is no pin: it names no release anyone runs', () => {
  it.each([
    ["return semver.satisfies(semver.coerce(version), '>=v1.21.4+rke2r4');", 'app.js'],
    ['required = ">= v1.24.9+rke2r1"', 'main.tf'],
    ['rke2 = "~> 1.24.9+rke2r1"', 'main.tf'],
    ['"k3s": "^1.24.9+k3s1"', 'versions.json'],
    ['if v < "v1.25.0+k3s1":', 'check.py'],
    ['if [ "$V" != "v1.25.0+k3s1" ]; then', 'up.sh'],
  ])('%s', (line, file) => {
    expect(pinsIn(file, `${line}\n`)).toEqual([]);
  });

  it.each([
    ['<td>v1.24.9+rke2r1</td>', 'releases.html', '1:rke2:v1.24.9+rke2r1'],
    ['upgrade v1.23.1+rke2r1 -> v1.24.9+rke2r1', 'plan.txt', '1:rke2:v1.24.9+rke2r1'],
    ["'rke2' => 'v1.24.9+rke2r1',", 'versions.rb', '1:rke2:v1.24.9+rke2r1'],
    ['> v1.24.9+rke2r1 is the release we run', 'NOTES.txt', '1:rke2:v1.24.9+rke2r1'],
    ['echo v1.24.9+rke2r1 > /tmp/version', 'pin.sh', '1:rke2:v1.24.9+rke2r1'],
    ['[ "$V" == "v1.24.9+rke2r1" ] && exit 0', 'pin.sh', '1:rke2:v1.24.9+rke2r1'],
  ])('%s stays a pin', (line, file, pin) => {
    expect(pinsIn(file, `${line}\n`)).toContain(pin);
  });
});

describe('help printed by a many-line echo, and "Ex:" examples', () => {
  it('a string whose first words are Usage: is help; pins around it stay pins', () => {
    const script = [
      'RKE2="v1.24.9+rke2r1"',
      'while getopts "v:h" opt; do',
      '  case $opt in',
      '    h|?)',
      '      echo "',
      '      Usage:',
      '        $(basename "$0") [-v <versions>]',
      '        -v: version to test. Ex: v1.31.6-rc1+rke2r1,v1.31.5+rke2r1',
      '      "',
      '      exit 1',
      '      ;;',
      '  esac',
      'done',
      'FALLBACK=v1.25.0+rke2r1',
      '',
    ].join('\n');
    expect(pinsIn('checks.sh', script)).toEqual([
      '1:rke2:v1.24.9+rke2r1',
      '14:rke2:v1.25.0+rke2r1',
    ]);
  });

  it('an echo that does not open with Usage: is not help', () => {
    const script = ['echo "', '  installing v1.24.9+rke2r1', '"', ''].join('\n');
    expect(pinsIn('install.sh', script)).toEqual(['2:rke2:v1.24.9+rke2r1']);
  });

  it('"Ex:" gives an example in an echo line and in a string', () => {
    expect(pinsIn('run.sh', 'echo "-v VERSION  Ex: v1.31.5+rke2r1"\n')).toEqual([]);
    expect(pinsIn('main.go', 'return fmt.Errorf("bad version, ex: v1.27.0+rke2r1")\n')).toEqual([]);
  });
});

describe('a k3k Cluster (K3s in Kubernetes) names its K3s release with a hyphen', () => {
  it('spec.version of a k3k.io object is a K3s pin; a module version in the next document is not', () => {
    const text = [
      'apiVersion: k3k.io/v1beta1',
      'kind: Cluster',
      'metadata:',
      '  name: virtual',
      'spec:',
      '  mode: virtual',
      '  version: v1.33.1-k3s1',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'data:',
      '  mod: github.com/k3s-io/kubernetes v1.33.1-k3s1',
      '',
    ].join('\n');
    expect(pinsIn('examples/virtual-server.yaml', text)).toEqual(['7:k3s:v1.33.1-k3s1']);
  });
});

describe('containerd built from source, and release pages', () => {
  it("the tag beside containerd's repository in a build is a containerd pin", () => {
    const dockerfile = [
      'FROM golang:1.24 AS builder',
      '# setup containerd build',
      'ARG SRC="github.com/k3s-io/containerd"',
      'ARG PKG="github.com/containerd/containerd"',
      'ARG TAG="v2.1.5-k3s1"',
      'RUN git clone --depth=1 https://${SRC}.git $GOPATH/src/${PKG}',
      '',
    ].join('\n');
    expect(pinsIn('Dockerfile', dockerfile)).toEqual(['5:containerd:v2.1.5-k3s1']);
    const makefile = 'SRC ?= github.com/k3s-io/containerd\nTAG ?= v2.0.2-k3s1$(BUILD_META)\n';
    expect(pinsIn('Makefile', makefile)).toEqual(['2:containerd:v2.0.2-k3s1']);
  });

  it("another project's build, or a tag past a new build stage, is not containerd's", () => {
    const dockerfile = [
      'FROM golang AS nerdctl',
      'ARG SRC=github.com/containerd/nerdctl',
      'ARG TAG=v2.0.0',
      'FROM golang AS containerd',
      'ARG SRC=github.com/containerd/containerd',
      '',
    ].join('\n');
    expect(pinsIn('Dockerfile', dockerfile)).toEqual([]);
  });

  it('a release page is a reference, a release download a pin', () => {
    const script = [
      'echo "notes: https://github.com/containerd/containerd/releases/tag/v1.4.3"',
      'curl -LO https://github.com/containerd/containerd/releases/download/v1.6.12/containerd-1.6.12-linux-amd64.tar.gz',
      '',
    ].join('\n');
    expect(pinsIn('install.sh', script)).toEqual(['2:containerd:v1.6.12']);
  });
});

describe('a Terraform error_message is text shown to a person', () => {
  it('its example versions are no pins; the default beside it is', () => {
    const tf = [
      'variable "rke2_version" {',
      '  validation {',
      '    condition     = can(regex("^v", var.rke2_version))',
      '    error_message = "version must match tag format eg. v1.29.4+rke2r1 or v1.29.4-rc1+rke2r1"',
      '  }',
      '  default = "v1.28.1+rke2r1"',
      '}',
      'check "version" {',
      '  assert {',
      '    condition     = var.k != ""',
      '    error_message = "must match a format like v1.31.6+rke2r1."',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(pinsIn('variables.tf', tf)).toEqual(['6:rke2:v1.28.1+rke2r1']);
  });
});

describe("an installed release's data folder is a path, not a pin", () => {
  it('under rancher/rke2/data/, written with / or escaped \\', () => {
    const go = [
      'command := "C:\\\\var\\\\lib\\\\rancher\\\\rke2\\\\data\\\\v1.27.4-rke2r1-windows-amd64-66ae4fa01104\\\\bin\\\\containerd"',
      'export PATH=/var/lib/rancher/rke2/data/v1.27.4+rke2r1-66ae4fa01104/bin:$PATH',
      'v := "v1.27.4+rke2r1"',
      '',
    ].join('\n');
    expect(pinsIn('testing.go', go)).toEqual(['3:rke2:v1.27.4+rke2r1']);
  });
});

describe("a Node's status.nodeInfo is what a cluster reported, not a pin", () => {
  it('in YAML (a KWOK node applied by a script) and in JSON', () => {
    const script = [
      'kubectl apply -f - <<EOF',
      'apiVersion: v1',
      'kind: Node',
      'metadata:',
      '  name: kwok-node-0',
      'status:',
      '  nodeInfo:',
      '    kubeProxyVersion: v1.33.3+k3s1',
      '    kubeletVersion: v1.33.3+k3s1',
      'EOF',
      'INSTALL_K3S_VERSION=v1.33.3+k3s1 ./install.sh',
      '',
    ].join('\n');
    expect(pinsIn('kwok.sh', script)).toEqual(['11:k3s:v1.33.3+k3s1']);
    const json = '{"status": {"nodeInfo": {"kubeletVersion": "v1.33.3+k3s1"}}}\n';
    expect(pinsIn('node.json', json)).toEqual([]);
  });
});
