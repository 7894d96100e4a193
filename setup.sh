#!/usr/bin/env bash
# CSISMS Desk set-up: installs the Debian 12 packages it needs (when missing), builds
# into build/, then either launches the application or runs the whole test suite.
#
#   bash setup.sh run [ARGS...]   build and start the application (ARGS go to csisms)
#   bash setup.sh test            build and run every test (ctest prints its summary)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  cmake ninja-build g++ pkgconf            # build tools
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools   # Qt 6.4: Widgets, Sql, PrintSupport, Test, lupdate/lrelease
  libqt6sql6-sqlite                        # Qt's SQLite driver
  libsqlite3-dev                           # SQLite online backup API
  libgl-dev                                # needed by Qt6Gui's CMake package
  qt6-translations-l10n                    # Qt's own dialogs in Chinese
  fonts-noto-cjk                           # Chinese text on screen
  fonts-droid-fallback fonts-dejavu-core   # PDF reports: TrueType fonts Qt embeds with their Unicode map (searchable Chinese text)
  libxlsxwriter-dev                        # .xlsx exports (CNCA monthly report, IAF CertSearch)
  libarchive-dev                           # archive bundles (.zip)
  libssl-dev                               # SHA-256 of the bundles' files (OpenSSL libcrypto)
  python3-openpyxl                         # tests read the .xlsx exports back
  poppler-utils                            # tests read the PDF reports back (pdftotext, pdfinfo)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "These Debian packages are missing: ${missing[*]}. Run this script as root or install them." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build

case "${1:-run}" in
  run)
    shift || true
    exec build/app/csisms "$@"
    ;;
  test)
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2
    ;;
  *)
    echo "usage: bash setup.sh run [ARGS...] | bash setup.sh test" >&2
    exit 2
    ;;
esac
