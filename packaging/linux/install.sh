#!/usr/bin/env bash
# Installs timeline_app's Linux desktop integration: the .desktop file, the AppStream metainfo,
# the project file type (*.tlproj) and the icons in the hicolor theme; with --bundle, also the
# one-folder build from PyInstaller and the timeline-app and timeline-app-gui commands.
#
#   bash packaging/linux/install.sh                          # for you: ~/.local
#   bash packaging/linux/install.sh --bundle dist/timeline-app
#   sudo bash packaging/linux/install.sh --system --bundle dist/timeline-app   # /usr/local
#   DESTDIR=/tmp/stage bash packaging/linux/install.sh --prefix /usr --bundle dist/timeline-app
#   bash packaging/linux/install.sh --uninstall [--system | --prefix DIR]
#
# Without --bundle the desktop file starts `timeline-app-gui` from PATH (a pip install); with it,
# the installed copy by its full path. With DESTDIR set (packagers), files are only staged; the
# caches are refreshed otherwise. Run it from a checkout: it reads resources/icons/ beside it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app_id=org.timelineapp.TimelineApp
mime_type=application/x-timeline-app-project
mime_icon=${mime_type/\//-}
sizes=(16 24 32 48 64 128 256 512)

prefix="$HOME/.local"
bundle=""
uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --system) prefix=/usr/local ;;
        --user) prefix="$HOME/.local" ;;
        --prefix) prefix=${2:?--prefix needs a folder}; shift ;;
        --bundle) bundle=${2:?--bundle needs the folder built by PyInstaller (dist/timeline-app)}; shift ;;
        --uninstall) uninstall=1 ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

destdir=${DESTDIR:-}
data="$destdir$prefix/share"
libdir="$destdir$prefix/lib/timeline-app"
bindir="$destdir$prefix/bin"

installed=(
    "$data/applications/$app_id.desktop"
    "$data/metainfo/$app_id.metainfo.xml"
    "$data/mime/packages/$app_id.xml"
    "$data/icons/hicolor/scalable/apps/$app_id.svg"
    "$data/icons/hicolor/scalable/mimetypes/$mime_icon.svg"
)
for size in "${sizes[@]}"; do
    installed+=("$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
                "$data/icons/hicolor/${size}x${size}/mimetypes/$mime_icon.png")
done

refresh() {
    [ -n "$destdir" ] && return 0  # a package's scripts refresh the caches on the target system
    if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
    if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
    fi
    if command -v xdg-desktop-menu >/dev/null; then xdg-desktop-menu forceupdate || true; fi
}

if [ "$uninstall" = 1 ]; then
    rm -f "${installed[@]}" "$bindir/timeline-app" "$bindir/timeline-app-gui"
    rm -rf "$libdir"
    refresh
    echo "removed timeline_app from $prefix"
    exit 0
fi

exec_line="timeline-app-gui"
if [ -n "$bundle" ]; then
    [ -x "$bundle/timeline-app-gui" ] || { echo "install.sh: $bundle has no timeline-app-gui; build it first" >&2; exit 1; }
    rm -rf "$libdir"
    mkdir -p "$libdir" "$bindir"
    cp -a "$bundle/." "$libdir/"
    # relative links, so that a staged tree (DESTDIR) works wherever it is unpacked
    rel=$(realpath -m --relative-to="$bindir" "$libdir")
    ln -sfn "$rel/timeline-app" "$bindir/timeline-app"
    ln -sfn "$rel/timeline-app-gui" "$bindir/timeline-app-gui"
    exec_line="$prefix/bin/timeline-app-gui"
fi

install -Dm644 "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
install -Dm644 "$here/$app_id.mime.xml" "$data/mime/packages/$app_id.xml"
install -d "$data/applications"
sed -e "s|^Exec=timeline-app-gui |Exec=$exec_line |" -e "s|^TryExec=timeline-app-gui$|TryExec=$exec_line|" \
    "$here/$app_id.desktop" >"$data/applications/$app_id.desktop"
chmod 644 "$data/applications/$app_id.desktop"
install -Dm644 "$root/resources/icons/timeline_app.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
install -Dm644 "$root/resources/icons/timeline_app.svg" "$data/icons/hicolor/scalable/mimetypes/$mime_icon.svg"
for size in "${sizes[@]}"; do
    png="$root/resources/icons/timeline_app-$size.png"
    install -Dm644 "$png" "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
    install -Dm644 "$png" "$data/icons/hicolor/${size}x${size}/mimetypes/$mime_icon.png"
done
refresh
echo "installed timeline_app into $destdir$prefix (starts as: $exec_line)"
