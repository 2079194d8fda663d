#!/usr/bin/env bash
# check-layering.sh SOURCE_DIR [QT_WIDGETS_INCLUDE_DIR]
# The layers of docs/architecture.md, checked on every include line: each folder may
# include only the folders below it. Prints every include that runs the wrong way.
set -euo pipefail
root=$1
widgets_dir=${2:-}
cd "$root"
status=0

# refuse FOLDER REGEX WHY: no source under FOLDER may have an include line matching REGEX.
refuse() {
    local folder=$1 regex=$2 why=$3 hits
    hits=$(grep -rnE --include='*.h' --include='*.cpp' "^[[:space:]]*#[[:space:]]*include[[:space:]]*$regex" "$folder" || true)
    if [ -n "$hits" ]; then
        printf '%s\n%s\n' "layering: $folder $why:" "$hits" >&2
        status=1
    fi
}

qt='<Q[A-Za-z]*>'
refuse engine "($qt|\"(cli|photo|ui)/)" "includes Qt, cli, photo or ui (the engine is the bottom layer)"
refuse export "($qt|\"(cli|photo|ui)/)" "includes Qt, cli, photo or ui (exports are written without Qt)"
refuse cli "($qt|\"(photo|ui)/)" "includes Qt, photo or ui (the headless commands get photos through a callback)"
refuse photo "\"(cli|ui)/" "includes cli or ui"
refuse ui/core "\"ui/(shell|widgets|training|inside|data|predict|experiments|tour)/" "includes a widget folder (core holds no widgets)"
refuse ui/widgets "\"ui/(shell|training|inside|data|predict|experiments|tour)/" "includes the shell or an area of the window"
for area in training inside learned data predict experiments tour; do
    refuse "ui/$area" "\"ui/shell/" "includes the shell (the shell wires the areas, not the other way round)"
done
# core and the headless layers use no widget class: every header QtWidgets installs.
if [ -n "$widgets_dir" ] && [ -d "$widgets_dir" ]; then
    names=$(find "$widgets_dir" -maxdepth 1 -type f -name 'Q*' ! -name '*.h' -printf '%f\n' | paste -sd'|')
    for folder in ui/core photo cli; do
        refuse "$folder" "<(QtWidgets/)?($names)>" "includes a Qt Widgets header"
    done
fi
# Includes name their path from the repository's root, so the layer shows in each line.
flat=$(grep -rnE --include='*.h' --include='*.cpp' '^#include "[a-z_0-9]+\.h"' engine export cli photo ui app || true)
if [ -n "$flat" ]; then
    printf '%s\n%s\n' "layering: includes without their folder:" "$flat" >&2
    status=1
fi
[ $status -eq 0 ] && echo "layering: every include runs down the layers"
exit $status
