#!/usr/bin/env bash
# Splits ../shared/eval/real into a development part and a part set aside (by outlet), so that a
# change is developed on two thirds and scored once on the rest before it is judged elsewhere.
# Usage: scripts/real-split.sh [OUT]   (default /tmp/tsunagu-real-split)
# Writes OUT/dev/{docs,gold.jsonl} and OUT/held/{docs,gold.jsonl}.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
real="${TSUNAGU_REAL:-$home/../shared/eval/real}"
out="${1:-/tmp/tsunagu-real-split}"
held_ids="$home/docs/eval/real-held-out.txt"

rm -rf "$out/dev" "$out/held"
mkdir -p "$out/dev/docs" "$out/held/docs"
: > "$out/dev/gold.jsonl"
: > "$out/held/gold.jsonl"
for doc in "$real"/docs/*.txt; do
  id="$(basename "$doc" .txt)"
  part=dev
  grep -qx "$id" <(grep -v '^#' "$held_ids") && part=held
  cp "$doc" "$out/$part/docs/"
  grep -F "\"doc\": \"$id\"" "$real/gold.jsonl" >> "$out/$part/gold.jsonl" || true
done
echo "dev: $(ls "$out/dev/docs" | wc -l) documents, held out: $(ls "$out/held/docs" | wc -l) -> $out" >&2
