#!/usr/bin/env bash
# Puts AUI (and the jQuery it needs) into the host's static resources, from the npm registry through the
# system npm: frontend-maven-plugin would download Node, which this build cannot. npm checks each tarball
# against the registry's integrity hash. Runs again only when a version changes.
# usage: fetch-aui.sh AUI_VERSION JQUERY_VERSION TARGET_DIR
set -euo pipefail
aui_version="$1"
jquery_version="$2"
target="$3"
stamp="$target/.versions"
wanted="aui=$aui_version jquery=$jquery_version"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to fetch AUI (Debian: apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@atlassian/aui@$aui_version" "jquery@$jquery_version" >/dev/null 2>&1) \
  || (cd "$work" && npm pack "@atlassian/aui@$aui_version" "jquery@$jquery_version")
mkdir -p "$work/aui" "$work/jquery"
tar -xzf "$work/atlassian-aui-$aui_version.tgz" -C "$work/aui"
tar -xzf "$work/jquery-$jquery_version.tgz" -C "$work/jquery"
rm -rf "$target"
mkdir -p "$target"
cp -r "$work/aui/package/dist/aui/." "$target/"
cp "$work/aui/package/LICENSE"* "$target/" 2>/dev/null || true
cp "$work/jquery/package/dist/jquery.min.js" "$target/jquery.min.js"
cp "$work/jquery/package/LICENSE.txt" "$target/jquery-LICENSE.txt"
find "$target" -name '*.map' -delete
echo "$wanted" > "$stamp"
