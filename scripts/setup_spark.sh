#!/usr/bin/env bash
# Make this machine able to run the Spark job (spark/relmap_spark.py) in local mode: Java 17 from
# the Debian packages (openjdk-17-jre-headless) and pyspark from PyPI, each installed only when
# missing. Sourced by scripts/test.sh after scripts/setup.sh (whose say and apt_install it uses);
# safe to run again.
set -euo pipefail

if ! command -v java >/dev/null 2>&1; then
    apt_install "Java 17 for Spark (openjdk-17-jre-headless)" openjdk-17-jre-headless
fi

if ! python3 -c "import pyspark" >/dev/null 2>&1; then
    say "installing pyspark with pip"
    python3 -m pip install -q pyspark 2>/dev/null \
        || python3 -m pip install -q --break-system-packages pyspark
fi
