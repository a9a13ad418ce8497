#!/usr/bin/env bash
# Puts axe-core (Deque's accessibility engine, MPL-2.0) into the acceptance tests' classpath from the npm registry
# through the system npm, as standalone/src/build/fetch-aui.sh does for AUI; the browser tests inject it into pages.
# npm checks the tarball against the registry's integrity hash. Runs again only when the version changes.
# usage: fetch-axe.sh AXE_VERSION TARGET_DIR
set -euo pipefail
axe_version="$1"
target="$2"
stamp="$target/.version"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$axe_version" ]]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to fetch axe-core (Debian: apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@$axe_version" >/dev/null 2>&1) \
  || (cd "$work" && npm pack "axe-core@$axe_version")
tar -xzf "$work/axe-core-$axe_version.tgz" -C "$work"
rm -rf "$target"
mkdir -p "$target"
cp "$work/package/axe.min.js" "$target/axe.min.js"
cp "$work/package/LICENSE" "$target/LICENSE" 2>/dev/null || true
echo "$axe_version" > "$stamp"
