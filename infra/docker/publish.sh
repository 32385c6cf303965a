#!/usr/bin/env sh
# The Hub's production build, as the container image makes it and as CI checks it:
#   infra/docker/publish.sh OUTPUT_FOLDER
# Framework-dependent for linux-x64 with ReadyToRun code (see src/Hub.Api/Hub.Api.csproj), so an
# instance serves at speed while the JIT catches up. The playground's and dashboard's npm packages
# are installed by the build, from their lockfiles.
set -eu
[ $# -eq 1 ] || { echo "usage: $0 OUTPUT_FOLDER" >&2; exit 2; }
out=$1
cd "$(dirname "$0")/../.."
dotnet publish src/Hub.Api -c Release -r linux-x64 --self-contained false -o "$out" --nologo -v quiet
