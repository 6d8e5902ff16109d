#!/usr/bin/env bash
# Fails when a C++ file of the repository differs from the committed .clang-format (Debian's clang-format 14).
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui models tests -name '*.cpp' -o -name '*.h')
bad=()
for file in "${files[@]}"; do
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "Not formatted with .clang-format (${#bad[@]} files):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    echo "Fix: git ls-files '*.cpp' '*.h' | xargs clang-format -i" >&2
    exit 1
fi
echo "Format check: ${#files[@]} files match .clang-format"
