#!/usr/bin/env bash
# Make this machine able to run the Spark job (spark/relmap_spark.py) in local mode: Java 17 from
# the Debian packages (openjdk-17-jre-headless) and pyspark from PyPI, each installed only when
# missing. Sourced by scripts/test.sh; safe to run again.
set -euo pipefail

say() { printf 'setup: %s\n' "$*" >&2; }

if ! command -v java >/dev/null 2>&1; then
    say "installing Java 17 (openjdk-17-jre-headless) with apt-get, for Spark"
    if ! command -v apt-get >/dev/null 2>&1; then
        say "no apt-get here: install a Java 17 runtime by hand"
        exit 1
    fi
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

if ! python3 -c "import pyspark" >/dev/null 2>&1; then
    say "installing pyspark with pip"
    python3 -m pip install -q pyspark 2>/dev/null \
        || python3 -m pip install -q --break-system-packages pyspark
fi
