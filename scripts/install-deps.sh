#!/usr/bin/env bash
# install-deps.sh [EXTRA_PACKAGE...]   installs the Debian 12 packages catnet needs, only those missing
# install-deps.sh --list [EXTRA...]    prints them, one a line (scripts/check-deps.sh reads this)
#
# Packages are installed with --no-install-recommends, so every package the build or
# the app reads must be named here or be a hard dependency of one that is:
# scripts/check-deps.sh verifies that after every build.
set -euo pipefail

list=false
if [ "${1:-}" = "--list" ]; then
    list=true
    shift
fi

packages=(
    # build tools
    cmake g++ make pkg-config
    # Qt: qt6-base-dev only recommends libqt6opengl6-dev, which Qt Charts' CMake package needs
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libgl-dev
    # translations: lupdate/lrelease, and the CMake package that drives them (qt_add_translations)
    qt6-l10n-tools qt6-tools-dev
    # image formats a learner's photo may come in (WebP, TIFF, ...), and the SVG icon
    qt6-image-formats-plugins libqt6svg6
    # the engine and the command-line tools
    libeigen3-dev libhdf5-dev nlohmann-json3-dev libcli11-dev
    # a CJK font, so the Chinese translation shows characters and not boxes, and Qt's own
    # texts (standard buttons such as Close) in Chinese
    fonts-wqy-microhei qt6-translations-l10n
    # the Camera tab (a learner's webcam, where there is one)
    qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    # tests: writing a CMYK JPEG fixture
    libjpeg-dev
    "$@"
)

if $list; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
