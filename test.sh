#!/usr/bin/env bash
# Runs every test: unit, HTTP integration and real-browser tests. Installs Debian's chromium when it is
# missing (the browser tests drive /usr/bin/chromium through Playwright; nothing is downloaded at run time).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test.sh: installing Debian's chromium for the browser tests"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build NewsArchive.sln --nologo -clp:ErrorsOnly

log=$(mktemp)
status=0
# The real-browser tests first, on their own: run beside the integration tests (heavy fixtures: hundreds of
# thousands of rows, CLI processes, Kestrel hosts) on a 2-core machine, a page could take longer than
# Playwright's 30 s. Then the other three assemblies at once, each to its own log, shown in turn.
dotnet test tests/NewsArchive.BrowserTests --no-build --nologo 2>&1 | tee "$log" || status=$?
pids=()
logs=()
for project in tests/NewsArchive.UnitTests tests/NewsArchive.IntegrationTests bench/NewsArchive.Bench.Tests; do
  part=$(mktemp)
  logs+=("$part")
  dotnet test "$project" --no-build --nologo > "$part" 2>&1 &
  pids+=($!)
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || status=$?
  cat "${logs[$i]}" | tee -a "$log"
  rm -f "${logs[$i]}"
done

# One closing line over all test assemblies.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"
echo "Tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
