#!/usr/bin/env bash
# Make this machine able to build relmap: Graphviz's C library (libgraphviz-dev, found through
# pkg-config as libgvc) is installed with apt-get when it is missing, through sudo when not root.
# Sourced by scripts/examples.sh and scripts/test.sh; safe to run again.
set -euo pipefail

say() { printf 'setup: %s\n' "$*" >&2; }

# apt_install WHAT PACKAGE...: installs Debian packages, through sudo when not root; WHAT names
# them in the messages.
apt_install() {
    local what=$1; shift
    say "installing $what with apt-get"
    if ! command -v apt-get >/dev/null 2>&1; then
        say "no apt-get here: install $what by hand"
        exit 1
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if ! command -v swift >/dev/null 2>&1; then
    say "Swift 6 is needed (https://www.swift.org/install); none found on PATH"
    exit 1
fi

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc; then
    :
else
    apt_install "Graphviz's C library (libgraphviz-dev, pkg-config libgvc)" pkg-config libgraphviz-dev
    pkg-config --exists libgvc || { say "libgvc still not found after installing libgraphviz-dev"; exit 1; }
fi

# libgvc6 writes its plugin list (config6a) when installed; without it no layout engine loads.
libdir=$(pkg-config --variable=libdir libgvc 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)
if ! ls "$libdir"/graphviz/config* >/dev/null 2>&1; then
    say "Graphviz's plugin configuration is missing in $libdir/graphviz; run: sudo dot -c (package graphviz)"
fi
