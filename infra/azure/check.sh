#!/usr/bin/env bash
# Compiles and lints every Bicep file here with the Bicep compiler from NuGet (restored by
# Bicep.csproj); any warning fails, as an error does.
set -euo pipefail
cd "$(dirname "$0")"
dotnet restore Bicep.csproj --nologo -v quiet >/dev/null
version=$(sed -n 's/.*Azure.Bicep.CommandLine.linux-x64" Version="\[\(.*\)\]".*/\1/p' Bicep.csproj)
bicep="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
[ -x "$bicep" ] || chmod +x "$bicep"
out=$(mktemp -d)
trap 'rm -rf "$out" obj' EXIT
status=0
for file in *.bicep *.bicepparam; do
  case $file in
    *.bicep) "$bicep" build "$file" --outdir "$out" >"$out/log" 2>&1 || status=1 ;;
    *.bicepparam) "$bicep" build-params "$file" --outfile "$out/${file%.bicepparam}.parameters.json" >"$out/log" 2>&1 || status=1 ;;
  esac
  "$bicep" lint "$file" >>"$out/log" 2>&1 || status=1
  if [ -s "$out/log" ]; then
    cat "$out/log"
    status=1
  fi
done
[ $status = 0 ] && echo "bicep: $(ls *.bicep *.bicepparam | wc -l) files build and lint without a warning ($("$bicep" --version))"
exit $status
