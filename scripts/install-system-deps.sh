#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the DOCX tests need, when missing:
#   libreoffice-writer-nogui  soffice --headless --convert-to pdf (test/docx/libreoffice.test.ts)
#   libreoffice-calc-nogui    soffice --convert-to xlsx: the workbooks bcyt data import reads (test/data)
#   poppler-utils             pdftoppm, pdftotext, pdfinfo
#   fonts-liberation2         Liberation Serif with Vietnamese glyphs, LibreOffice's metric-compatible
#                             substitute for Times New Roman (not installed on Linux)
# Idempotent and quiet: does nothing when everything is present. Runs as root (CI containers) or
# through sudo; needs no TTY.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

PACKAGES=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2)

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: apt-get not found; install manually: ${missing[*]}" >&2
    exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo -n)
    else
        echo "install-system-deps: not root and no sudo; install manually: ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-system-deps: installing ${missing[*]}" >&2
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# apt's output goes to a log, shown only when something fails
if ! { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}"; } >"$log" 2>&1 </dev/null; then
    cat "$log" >&2
    echo "install-system-deps: apt-get failed" >&2
    exit 1
fi

# refresh the font cache so LibreOffice sees Liberation Serif at once
if command -v fc-cache >/dev/null 2>&1; then
    fc-cache -f >/dev/null 2>&1 || true
fi

for bin in soffice pdftoppm pdftotext pdfinfo; do
    if ! command -v "$bin" >/dev/null 2>&1; then
        echo "install-system-deps: $bin still missing after install" >&2
        exit 1
    fi
done
