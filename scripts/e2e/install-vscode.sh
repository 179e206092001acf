#!/usr/bin/env bash
# Installs what the end-to-end tests need to run the extension in a real VS Code:
#   - Debian packages: chromium (driven by playwright-core), ripgrep, and the headers that
#     code-server's native modules build against (libkrb5-dev, libsecret-1-dev);
#   - code-server (= VS Code 1.100.3 with a Node extension host) from the npm registry, into
#     a cache folder outside the repository, so a fresh clone on the same machine reuses it.
# Idempotent (quick when everything is there); runs as root or through sudo, without a TTY.
# Only the npm registry and Debian's mirrors are needed; the workarounds below replace the
# downloads from elsewhere that code-server's install scripts would otherwise attempt.
#
# Env: CS_VERSION (default 4.100.3, the newest whose install accepts Node 20),
#      CS_DIR (default ~/.cache/bcyt-e2e/code-server-<version>), SKIP_APT=1.
set -euo pipefail

CS_VERSION="${CS_VERSION:-4.100.3}"
CS_DIR="${CS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/bcyt-e2e/code-server-$CS_VERSION}"
RG_PKG_VERSION=1.15.11   # @vscode/ripgrep pinned by code-server 4.100.3
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
export DEBIAN_FRONTEND=noninteractive
t0=$(date +%s)

# 1) Debian packages, with one `apt-get update` only when something is missing and the
#    package lists are not fresh (another install script may have just updated them).
if [ "${SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in chromium ripgrep libkrb5-dev libsecret-1-dev build-essential pkg-config python3; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo -n)
    if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -60 2>/dev/null | head -1)" ]; then
      "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    fi
    echo "[install-vscode] apt: ${missing[*]}"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >/dev/null
  fi
fi

# 2) code-server already there? (it writes config under XDG dirs on any call: keep them in CS_DIR)
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
cs() { XDG_CONFIG_HOME="$CS_DIR/.xdg" XDG_DATA_HOME="$CS_DIR/.xdg" "$CS_BIN" "$@"; }
if [ -x "$CS_BIN" ] && cs --version 2>/dev/null | grep -q "^$CS_VERSION " \
   && [ -x "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  echo "[install-vscode] code-server $CS_VERSION present in $CS_DIR ($(( $(date +%s) - t0 )) s)"
  exit 0
fi

# 3) @vscode/ripgrep's install downloads rg from GitHub unless its cache holds the archive:
#    put Debian's rg (same version 13.0.0) there.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RG_PKG_VERSION"
mkdir -p "$RG_CACHE"
if [ ! -s "$RG_CACHE/$RG_ASSET" ]; then
  stage="$(mktemp -d)"
  cp "$(command -v rg)" "$stage/rg"
  tar czf "$RG_CACHE/$RG_ASSET" -C "$stage" rg
  rm -rf "$stage"
fi

# 4) npm install into its own prefix (a nested install of lib/vscode: not a project dependency).
#    unsafe_perm: code-server's postinstall refuses root otherwise; yes: node-pty runs `npx node-gyp`.
#    A native build of that nested install once failed on a fresh machine and passed when run
#    again (spdlog: "opening dependency file … No such file", a race of the parallel make): a
#    failed install is retried once from a clean prefix, its native builds with one job.
mkdir -p "$CS_DIR"
[ -f "$CS_DIR/package.json" ] || echo '{ "name": "bcyt-e2e-code-server", "private": true }' > "$CS_DIR/package.json"
(
  cd "$CS_DIR"
  export npm_config_unsafe_perm=true npm_config_yes=true
  install_code_server() { npm install --no-audit --no-fund --foreground-scripts "code-server@$CS_VERSION" > "$1" 2>&1; }
  if ! install_code_server install.log; then
    tail -20 install.log
    what="npm install code-server"; grep -q 'gyp ERR!' install.log && what="a native build of code-server"
    echo "[install-vscode] $what failed (log: $CS_DIR/install-failed.log); retrying once with JOBS=1"
    mv install.log install-failed.log
    rm -rf node_modules package-lock.json
    JOBS=1 npm_config_jobs=1 install_code_server install.log \
      || { tail -40 install.log; echo "[install-vscode] npm install code-server failed twice, see $CS_DIR/install.log"; exit 1; }
  fi
)

# 5) verify: a blocked install script would leave these missing silently
cs --version | head -1
test -x "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
test -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release"
echo "[install-vscode] code-server $CS_VERSION installed in $CS_DIR ($(( $(date +%s) - t0 )) s)"
