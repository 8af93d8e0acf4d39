#!/usr/bin/env bash
# Installs an RKE2 server. Override the release with RKE2_VERSION=... ./install-rke2.sh
set -euo pipefail

RKE2_VERSION="${RKE2_VERSION:-v1.23.15+rke2r1}"

curl -sfL https://get.rke2.io \
  | INSTALL_RKE2_VERSION="${RKE2_VERSION}" \
    INSTALL_RKE2_TYPE=server sh -

# Air-gapped nodes fetch the tarball directly:
# curl -LO https://github.com/rancher/rke2/releases/download/v1.23.15%2Brke2r1/rke2.linux-amd64.tar.gz
