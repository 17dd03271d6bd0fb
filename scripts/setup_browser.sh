#!/usr/bin/env bash
# Make this machine able to run the headless-browser check of `relmap report`
# (scripts/check_report.py): Chromium and its WebDriver from the Debian packages (chromium,
# chromium-driver) and Selenium from PyPI, each installed only when missing. Sourced by
# scripts/test.sh after scripts/setup.sh (whose say and apt_install it uses); safe to run again.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    apt_install "Chromium and its WebDriver for the report check (chromium, chromium-driver)" --no-install-recommends chromium chromium-driver
fi

if ! python3 -c "import selenium" >/dev/null 2>&1; then
    say "installing selenium with pip"
    python3 -m pip install -q selenium 2>/dev/null \
        || python3 -m pip install -q --break-system-packages selenium
fi
