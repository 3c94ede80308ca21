#!/usr/bin/env bash
# The dashboard's browser test drives Debian's chromium (Playwright's own browser downloads fail on
# these machines): installs it with apt when /usr/bin/chromium is missing.
set -euo pipefail

[ -x /usr/bin/chromium ] && exit 0
echo "[ensure-chromium] installing Debian's chromium package"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
