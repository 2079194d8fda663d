#!/usr/bin/env bash
# check-deps.sh BUILD_DIR [EXTRA_PACKAGE...] [--without PACKAGE] [--expect NAME] [-- PROGRAM ARGS...]
#
# Fails when the build in BUILD_DIR (or the program run after --) read a file of a
# Debian package that the set-up script does not bring in. A machine that happens to
# have such a package installed builds fine; a fresh one does not, so every file
# under /usr that CMake, the compilers, the linker or the running program touched is
# mapped to its package (dpkg -S) and must lie in the hard-dependency closure
# (Depends and Pre-Depends only, as `apt-get install --no-install-recommends` sees
# it) of what scripts/install-deps.sh installs, plus EXTRA_PACKAGEs, plus the
# packages every Debian system has (Essential or Priority required).
# --without PACKAGE leaves one package out of the set-up script's list: the check must
# then fail (`make check-deps` runs it so, proving the check would catch a gap).
# --expect NAME fails unless a file whose name contains NAME was read (for example the
# JPEG plugin, to be sure the program really decoded a photo).
#
# What is read:
# - configure: `cmake --trace-format=json-v1 --trace-expand` lists every CMake file
#   run (find modules, Qt's and HDF5's package configs);
# - compile: the compilers' dependency files (*.d) name every header;
# - link: the link lines (link.txt) name every library, and their symlinks resolve;
# - run (after --): LD_DEBUG=files lists every shared library the dynamic loader
#   opens, dlopen'ed Qt plugins (platform, image formats) included.
set -euo pipefail
cd "$(dirname "$0")/.."

build=$1
shift
extra=()
program=()
without=""
expect=""
while (($#)); do
    if [ "$1" = "--expect" ]; then
        expect=$2
        shift 2
        continue
    fi
    if [ "$1" = "--without" ]; then
        without=$2
        shift 2
        continue
    fi
    if [ "$1" = "--" ]; then
        shift
        program=("$@")
        break
    fi
    extra+=("$1")
    shift
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touched=$work/touched

# Configure once more with a trace (into a throwaway copy of the cache's settings).
cache_args=()
while IFS= read -r line; do
    case "$line" in
    CMAKE_BUILD_TYPE:* | CATNET_*:* | CMAKE_C_COMPILER:* | CMAKE_CXX_COMPILER:*)
        cache_args+=("-D${line}")
        ;;
    esac
done < <(grep -E '^(CMAKE_BUILD_TYPE|CATNET_[A-Z_]+|CMAKE_C_COMPILER|CMAKE_CXX_COMPILER):' "$build/CMakeCache.txt")
cmake -S . -B "$work/configure" "${cache_args[@]}" --trace-format=json-v1 --trace-expand \
    --trace-redirect="$work/trace.json" >/dev/null
grep -o '"file":"[^"]*"' "$work/trace.json" | cut -d'"' -f4 >"$touched"

# Headers from the compilers' dependency files; libraries from the link lines.
find "$build" -name '*.d' -print0 | xargs -0 -r cat | tr ' \\' '\n\n' | grep '^/' >>"$touched" || true
find "$build" -name link.txt -print0 | xargs -0 -r cat | tr ' ' '\n' | grep '^/usr/' >>"$touched" || true

# Shared libraries the program loads while it runs.
if ((${#program[@]})); then
    (LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld" "${program[@]}" >/dev/null 2>&1 || true) 2>/dev/null # no "Killed" noise
    cat "$work"/ld.* 2>/dev/null | sed -n 's/.*file=\([^ ]*\) .*\[0\];  \(needed\|dynamically loaded\) by.*/\1/p' \
        | grep '^/' >>"$touched" || true
    cat "$work"/ld.* 2>/dev/null | sed -n 's/.*calling init: \(\/[^ ]*\).*/\1/p' >>"$touched" || true
fi

if [ -n "$expect" ] && ! grep -q -- "$expect" "$touched"; then
    echo "check-deps: nothing named '$expect' was read; did the program run as intended?" >&2
    exit 1
fi

# Every file under /usr (and its link target), once.
sort -u "$touched" | grep -E '^/(usr|lib|lib64|bin|sbin|etc)/' | while IFS= read -r file; do
    [ -e "$file" ] || continue
    echo "$file"
    real=$(readlink -f "$file")
    [ "$real" != "$file" ] && echo "$real"
    true
done | sort -u >"$work/files"

# Which package holds each file: one table from dpkg's file lists, looked up under
# every name a file may be listed by on a merged-/usr system (/lib vs /usr/lib).
awk '{ p = FILENAME; sub(/.*\//, "", p); sub(/\.list$/, "", p); sub(/:.*/, "", p); print p "\t" $0 }' \
    /var/lib/dpkg/info/*.list >"$work/table"
awk -F'\t' 'NR == FNR { owner[$2] = $1; next }
    {
        file = $0; alt1 = file; alt2 = "/usr" file
        sub(/^\/usr/, "", alt1)
        if (file in owner) print owner[file] "\t" file
        else if (alt1 in owner) print owner[alt1] "\t" file
        else if (alt2 in owner) print owner[alt2] "\t" file
    }' "$work/table" "$work/files" >"$work/owners"
[ -s "$work/owners" ] || { echo "check-deps: no files of Debian packages found in $build" >&2; exit 1; }

# The hard-dependency closure of what the set-up script installs.
mapfile -t installed < <(scripts/install-deps.sh --list "${extra[@]}" | grep -vx "${without:-^$}")
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${installed[@]}" 2>/dev/null |
    sed -n 's/^<\?\([a-z0-9][a-z0-9.+-]*\)>\?$/\1/p; s/^ *[A-Za-z-]*Depends: <\?\([a-z0-9][a-z0-9.+-]*\)>\?.*/\1/p; s/^    \([a-z0-9][a-z0-9.+-]*\)$/\1/p' \
    | sed 's/:.*//' >"$work/closure"
dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' | awk '$2 == "yes" || $3 == "required" { print $1 }' >>"$work/closure"
sort -u -o "$work/closure" "$work/closure"

missing=$(cut -f1 "$work/owners" | sort -u | comm -23 - "$work/closure")
if [ -n "$missing" ]; then
    echo "check-deps: the build reads packages that scripts/install-deps.sh does not install:" >&2
    for package in $missing; do
        echo "  $package, e.g. $(awk -F'\t' -v p="$package" '$1 == p { print $2; exit }' "$work/owners")" >&2
    done
    exit 1
fi
echo "check-deps: $(wc -l <"$work/files") files from $(cut -f1 "$work/owners" | sort -u | wc -l) packages, all installed by scripts/install-deps.sh"
