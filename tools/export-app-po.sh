#!/bin/sh
# Exports the app's own translation of <lang> as a .po for translators who use gettext tools (Poedit,
# Lokalize, Weblate): tools/export-app-po.sh <lang> [<out.po>]. Bring it back with tools/import-app-po.sh.
set -eu
lang=${1:?usage: $0 <lang> [<out.po>]}
dir=$(dirname "$0")/../translations
lconvert=${LCONVERT:-$(command -v lconvert || echo /usr/lib/qt6/bin/lconvert)}
"$lconvert" -if ts -of po -i "$dir/connect-vendor_$lang.ts" -o "${2:-connect-vendor_$lang.po}"
echo "wrote ${2:-connect-vendor_$lang.po}"
