#!/bin/sh
# Imports a translator's .po for the app's own interface into translations/connect-vendor_<lang>.ts.
#   tools/import-app-po.sh <lang> <file.po> [<translations dir>]
# The .po must come from tools/export-app-po.sh (Qt contexts: header "X-Qt-Contexts: true", msgctxt
# "Context|disambiguation"). lconvert (Qt's own converter) keeps contexts, comments, plurals and fuzzy flags;
# run the `update_translations` target (lupdate) afterwards to realign the file with the sources.
set -eu
if [ $# -lt 2 ]; then
    echo "usage: $0 <lang> <file.po> [<translations dir>]" >&2
    exit 2
fi
lang=$1
po=$2
dir=${3:-$(dirname "$0")/../translations}
lconvert=${LCONVERT:-$(command -v lconvert || echo /usr/lib/qt6/bin/lconvert)}
case $lang in
    *[!a-z_A-Z]* | "") echo "$0: '$lang' is not a language code (de, pt_BR, ...)" >&2; exit 2 ;;
esac
if [ ! -r "$po" ]; then
    echo "$0: cannot read $po" >&2
    exit 1
fi
if ! grep -q '^"X-Qt-Contexts: true\\n"' "$po"; then
    echo "$po: the header lacks \"X-Qt-Contexts: true\": export the file with tools/export-app-po.sh so that" >&2
    echo "msgctxt holds the Qt context; nothing was imported" >&2
    exit 1
fi
out="$dir/connect-vendor_$lang.ts"
tmp="$out.import-$$"
# Convert into a temporary file first: a bad .po leaves the existing .ts untouched.
if ! "$lconvert" -if po -of ts -target-language "$lang" -i "$po" -o "$tmp"; then
    rm -f "$tmp"
    echo "$0: lconvert refused $po; nothing was imported" >&2
    exit 1
fi
mv "$tmp" "$out"
echo "imported $po into $out"
