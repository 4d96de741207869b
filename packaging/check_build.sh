#!/usr/bin/env bash
# Checks the built one-folder app (dist/timeline-app) and the Linux desktop files, exactly:
#   1. both programs exist and `--version` prints this checkout's version
#   2. `new DIR/demo.tlproj --demo` creates the demo project
#   3. `info DIR/demo.tlproj --json` shows the demo's denial (relations_by_type.denies >= 1)
#   4. `export DIR/demo.tlproj DIR/out.pdf` writes a PDF (headless: QT_QPA_PLATFORM=offscreen)
#   5. the windowed program starts, opens the demo project and stays up (offscreen, 3 s)
#   6. appstreamcli validate --no-net on the metainfo file
#   7. desktop-file-validate on the .desktop file
#   8. the MIME package compiles with update-mime-database
#   9. install.sh installs the bundle and the desktop files into a staging folder (DESTDIR),
#      and the installed timeline-app runs
#
# Usage: bash packaging/check_build.sh [BUNDLE_DIR]      (default: dist/timeline-app)
# Runs every check, prints one line per check, and exits 1 if any failed. Installs appstream,
# desktop-file-utils and shared-mime-info with apt-get when they are missing and it runs as root.
set -uo pipefail
cd "$(dirname "$0")/.."

bundle=${1:-dist/timeline-app}
linux=packaging/linux
app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' timeline_app/__init__.py)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' timeline_app/__init__.py)
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d "${TMPDIR:-/tmp}/timeline-app-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); echo "ok    $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/      | /' <<<"$2"; }

need_tools() {
    local missing=()
    command -v appstreamcli >/dev/null || missing+=(appstream)
    command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
    command -v update-mime-database >/dev/null || missing+=(shared-mime-info)
    [ ${#missing[@]} -eq 0 ] && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing ${missing[*]} ..."
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "missing tools; install them first: sudo apt-get install ${missing[*]}"
    fi
}

echo "checking $bundle (timeline-app $version, $app_id)"
cli="$bundle/timeline-app"
gui="$bundle/timeline-app-gui"

# 1. --version
if [ ! -x "$cli" ] || [ ! -x "$gui" ]; then
    fail "the bundle has timeline-app and timeline-app-gui" "not found or not executable in $bundle; build it first (packaging/README.md)"
else
    out=$("$cli" --version 2>&1)
    out_gui=$("$gui" --version 2>&1)
    if [ "$out" = "timeline-app $version" ] && [ "$out_gui" = "timeline-app $version" ]; then
        pass "--version: $out"
    else
        fail "--version prints 'timeline-app $version'" "timeline-app: $out"$'\n'"timeline-app-gui: $out_gui"
    fi
fi

# 2. new --demo
project="$work/x/demo.tlproj"
mkdir -p "$work/x"
out=""
if [ -x "$cli" ] && out=$("$cli" new "$project" --demo 2>&1) && [ -s "$project" ]; then
    pass "new $project --demo"
else
    fail "new DIR/demo.tlproj --demo creates the demo project" "${out:-no timeline-app to run}"
fi

# 3. info --json shows the denial
if [ -s "$project" ] && out=$("$cli" info "$project" --json 2>&1); then
    denies=$(python3 -c 'import json,sys; print(json.load(sys.stdin).get("relations_by_type", {}).get("denies", 0))' <<<"$out" 2>&1)
    if [ "$denies" -ge 1 ] 2>/dev/null; then
        pass "info --json: relations_by_type.denies = $denies"
    else
        fail "info --json shows the demo's denial" "$out"
    fi
else
    fail "info DIR/demo.tlproj --json runs" "${out:-no project to read}"
fi

# 4. export .pdf
pdf="$work/x/out.pdf"
if [ -s "$project" ] && out=$("$cli" export "$project" "$pdf" 2>&1) && [ "$(head -c 5 "$pdf" 2>/dev/null)" = "%PDF-" ] \
    && tail -c 32 "$pdf" | grep -q '%%EOF'; then
    pages=""
    if command -v pdfinfo >/dev/null; then pages=", $(pdfinfo "$pdf" | sed -n 's/^Pages: *//p') page(s)"; fi
    pass "export out.pdf: $(wc -c <"$pdf") bytes$pages"
else
    fail "export DIR/demo.tlproj DIR/out.pdf writes a PDF" "${out:-no project to export}"
fi

# 5. the windowed program starts and stays up on the demo project
if [ -s "$project" ] && [ -x "$gui" ]; then
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
        "$gui" "$project" >"$work/gui.log" 2>&1 &
    gui_pid=$!
    sleep 3
    if kill -0 "$gui_pid" 2>/dev/null && ! grep -q Traceback "$work/gui.log"; then
        kill "$gui_pid"; wait "$gui_pid" 2>/dev/null
        pass "timeline-app-gui opens the demo project (up after 3 s)"
    else
        kill "$gui_pid" 2>/dev/null; wait "$gui_pid"; rc=$?
        fail "timeline-app-gui opens the demo project and stays up" "exit code $rc: $(cat "$work/gui.log")"
    fi
else
    fail "timeline-app-gui opens the demo project" "no project or no timeline-app-gui"
fi

need_tools

# 6. AppStream
if ! command -v appstreamcli >/dev/null; then
    fail "appstreamcli validate" "appstreamcli is not installed (apt-get install appstream)"
elif out=$(appstreamcli validate --no-net "$linux/$app_id.metainfo.xml" 2>&1); then
    pass "appstreamcli validate --no-net $app_id.metainfo.xml"
else
    fail "appstreamcli validate --no-net $app_id.metainfo.xml" "$out"
fi

# 7. desktop entry
if ! command -v desktop-file-validate >/dev/null; then
    fail "desktop-file-validate" "desktop-file-validate is not installed (apt-get install desktop-file-utils)"
elif out=$(desktop-file-validate "$linux/$app_id.desktop" 2>&1) && [ -z "$out" ]; then
    pass "desktop-file-validate $app_id.desktop"
else
    fail "desktop-file-validate $app_id.desktop" "$out"
fi

# 8. MIME package
if ! command -v update-mime-database >/dev/null; then
    fail "update-mime-database" "update-mime-database is not installed (apt-get install shared-mime-info)"
else
    mkdir -p "$work/mime/packages" && cp "$linux/$app_id.mime.xml" "$work/mime/packages/$app_id.xml"
    if out=$(update-mime-database -V "$work/mime" 2>&1) && grep -q "application/x-timeline-app-project:\*\.tlproj" "$work/mime/globs2"; then
        pass "update-mime-database: *.tlproj is application/x-timeline-app-project"
    else
        fail "the MIME package compiles" "$out"
    fi
fi

# 9. install.sh into a staging folder, then run the installed program
stage="$work/stage"
if out=$(DESTDIR="$stage" bash "$linux/install.sh" --prefix /usr --bundle "$bundle" 2>&1) \
    && [ -f "$stage/usr/share/applications/$app_id.desktop" ] \
    && [ -f "$stage/usr/share/icons/hicolor/512x512/apps/$app_id.png" ] \
    && [ "$("$stage/usr/bin/timeline-app" --version 2>&1)" = "timeline-app $version" ]; then
    pass "install.sh --prefix /usr --bundle (DESTDIR): installed timeline-app runs"
else
    fail "install.sh installs the bundle and the desktop files" "$out"
fi

echo
if [ "$failed" -gt 0 ]; then
    echo "check_build: FAILED:"
    printf '  - %s\n' "${failures[@]}"
fi
echo "check_build: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
