#!/usr/bin/env bash
# Installs the Debian packages the test suite drives, when they are missing: chromium (viewer browser
# tests), libxml2-utils (xmllint checks GEXF against the RELAX NG grammar), tmux (the shell's terminal
# test). Runs before `npm test`; needs root (as on CI and the project's machines), otherwise it only warns.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
[ "${#need[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "newsgraph: warning: missing ${need[*]}: install them (apt-get install ${need[*]}) or the tests that need them fail" >&2
  exit 0
fi
echo "newsgraph: installing ${need[*]} for the tests" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
