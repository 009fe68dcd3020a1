#!/usr/bin/env bash
# Build the one-folder app with PyInstaller, then smoke-test the built folder.
#   bash packaging/build.sh            (uses $PYTHON, else .venv/bin/python, else python3;
#                                       DIST and WORK move the output and scratch folders)
# PyInstaller must be installed in that Python: pip install "pyinstaller>=6.10,<7".
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"
DIST="${DIST:-dist}"                  # where the app folder goes
WORK="${WORK:-build/pyinstaller}"     # PyInstaller's scratch folder
start=$(date +%s)

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/medplanner.spec
echo "built $DIST/medplanner in $(( $(date +%s) - start )) s ($(du -sh "$DIST/medplanner" | cut -f1))"

# Smoke: it starts, finds its drug data, and renders a PDF with its own Qt (offscreen).
app="$DIST/medplanner/medplanner"
"$app" --version
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
export MEDPLANNER_HOME="$smoke/home" QT_QPA_PLATFORM=offscreen
"$app" check resources/demo-plan.toml >/dev/null
"$app" schedule resources/demo-plan.toml --from 2027-01-04 --days 2 --json >/dev/null
"$app" import resources/demo-plan.toml >/dev/null
"$app" export --format ics -o "$smoke/plan.ics" >/dev/null
"$app" export --format pdf --from 2027-01-04 --weeks 1 -o "$smoke/schedule.pdf" >/dev/null
head -c 5 "$smoke/schedule.pdf" | grep -q '%PDF-'
echo "smoke test passed: --version, check, schedule, import, ics and pdf export"
