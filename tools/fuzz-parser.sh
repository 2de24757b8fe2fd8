#!/usr/bin/env bash
# Coverage-guided fuzzing of ArticleTextParser.Parse with afl++ (Debian package afl++) and SharpFuzz 2.3.0.
#   tools/fuzz-parser.sh [SECONDS] [WORKDIR]      default 3600 s, WORKDIR ${TMPDIR:-/tmp}/newsarchive-fuzz
# Builds tools/ParserFuzz into WORKDIR/bin, instruments NewsArchive.dll there (sharpfuzz), seeds WORKDIR/in with
# the repository's seeds/ and a few hostile files, and runs afl-fuzz for SECONDS into WORKDIR/out (resumed when
# it exists). Crashes land in WORKDIR/out/default/crashes; replay one with
#   dotnet run --project tools/ParserFuzz -- --replay WORKDIR/out/default/crashes/id:*   (an uninstrumented build)
# Writes only inside WORKDIR (created if missing). Needs: apt-get install afl++; dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-3600}"
work="${2:-${TMPDIR:-/tmp}/newsarchive-fuzz}"
sharpfuzz="$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")"
command -v afl-fuzz >/dev/null || { echo "fuzz-parser.sh: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }
[ -x "$sharpfuzz" ] || { echo "fuzz-parser.sh: sharpfuzz not found (dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0)" >&2; exit 2; }

mkdir -p "$work/in"
dotnet publish "$repo/tools/ParserFuzz/ParserFuzz.csproj" -c Release -o "$work/bin" --nologo -clp:ErrorsOnly
# publish leaves an unchanged (already instrumented) NewsArchive.dll in place; sharpfuzz then says so and fails.
out="$("$sharpfuzz" "$work/bin/NewsArchive.dll" 2>&1)" || grep -q "already instrumented" <<<"$out" || { echo "$out" >&2; exit 1; }

if [ -z "$(ls -A "$work/in")" ]; then
  cp "$repo"/seeds/*.txt "$work/in/"
  printf ' date \xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x92-01-01 Headline\nMarch 5, \xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa1\n' > "$work/in/digits.txt"
  printf 'Shr loss 25 cts vs profit 11 cts\nNet loss 446,005 vs profit 185,325\nReuter\n' > "$work/in/wire.txt"
  printf '\xff\xfeH\x00i\x00\n\x00' > "$work/in/utf16.txt"
fi
resume=()
if [ -d "$work/out/default" ]; then resume=(-i -); else resume=(-i "$work/in"); fi

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_AUTORESUME=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_TieredPGO=0
afl-fuzz "${resume[@]}" -o "$work/out" -t 10000 -m none -V "$seconds" -- dotnet "$work/bin/ParserFuzz.dll"
echo "fuzz-parser.sh: stats in $work/out/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)' "$work/out/default/fuzzer_stats" || true
