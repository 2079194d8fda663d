#!/usr/bin/env bash
# check-package.sh DEB: unpacks catnet's .deb into a temporary folder (dpkg-deb -x) and
# runs what it holds: `catnet-train --help` and the app, offscreen, for a second.
set -euo pipefail
deb=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

dpkg-deb --info "$deb" | grep -E "^ (Package|Version|Depends):"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/catnet usr/bin/catnet-train usr/bin/catnet-bench usr/bin/catnet-import usr/share/applications/catnet.desktop \
    usr/share/icons/hicolor/scalable/apps/catnet.svg usr/share/metainfo/io.github.catnet.catnet.metainfo.xml; do
    [ -e "$root/$file" ] || { echo "check-package: $file is missing from $deb" >&2; exit 1; }
done

"$root/usr/bin/catnet-train" --help | grep -q -- "--learning-rate" ||
    { echo "check-package: the unpacked catnet-train --help does not list its options" >&2; exit 1; }

"$root/usr/bin/catnet-import" --help | grep -q -- "--non-cats" ||
    { echo "check-package: the unpacked catnet-import --help does not list its options" >&2; exit 1; }

# The app must still be running after a second (timeout's 124), not have failed to start.
status=0
env QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$root/home" XDG_CONFIG_HOME="$root/home" \
    timeout 1 "$root/usr/bin/catnet" >"$root/app.log" 2>&1 || status=$?
if [ "$status" -ne 124 ]; then
    echo "check-package: the unpacked catnet exited with $status within a second:" >&2
    cat "$root/app.log" >&2
    exit 1
fi
echo "check-package: $(basename "$deb") unpacks, catnet-train --help works, catnet starts"
