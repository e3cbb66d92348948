#!/usr/bin/env bash
# Build PartnerDesk as a one-folder application for this platform and smoke-test the result.
#
#   bash packaging/build.sh
#
# Makes its own build environment (build/venv), compiles the translations, runs PyInstaller
# with packaging/partnerdesk.spec into dist/PartnerDesk/, then runs the built program with no
# Python on PATH: `--version`, and opening and closing its main window on the sample portfolio
# (QT_QPA_PLATFORM=offscreen). Prints the size of the build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

python=${PYTHON:-python3}
if [[ ! -x build/venv/bin/python ]]; then
  "$python" -m venv build/venv
fi
build/venv/bin/pip install --quiet --upgrade pip
build/venv/bin/pip install --quiet ".[packaging]"

build/venv/bin/python packaging/translations.py release
build/venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/partnerdesk.spec

app="$root/dist/PartnerDesk/partnerdesk"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A clean environment: no Python on PATH, no virtual environment, a private data folder.
run() {
  env -i HOME="$home" PATH=/nonexistent LANG=C.UTF-8 PARTNERDESK_HOME="$home" \
    QT_QPA_PLATFORM=offscreen "$app" "$@"
}

echo "smoke test: --version"
version=$(run --version)
echo "  $version"
[[ $version == "PartnerDesk "* ]] || { echo "unexpected --version output" >&2; exit 1; }

echo "smoke test: open and close the main window on the sample portfolio"
shown=$(run --demo --smoke-test)
echo "  $shown"
[[ $shown == *"6 partnerships"* ]] || { echo "the window did not show the sample" >&2; exit 1; }

size=$(du -sh "$root/dist/PartnerDesk" | cut -f1)
echo "built $root/dist/PartnerDesk ($size)"
