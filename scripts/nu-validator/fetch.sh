#!/usr/bin/env bash
# Fetch the W3C Nu Html Checker (vnu) from Maven Central for the tests, once, and print the
# folder of its jars (a Java class path is "$folder/*").
#
# Maven Central has the checker as a library (nu.validator:validator) with its dependencies,
# not as the single vnu.jar of its releases: Maven copies them all into the cache, named by
# version, and the tests run its command-line client (nu.validator.client.
# SimpleCommandLineValidator, the main class of vnu.jar) on that class path.
#
# Environment: VNU_VERSION (default: the version in pom.xml), COP_VNU_CACHE (default
# /tmp/cop-nu-validator).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

say() { echo "nu-validator: $*" >&2; }
die() { say "$*"; exit 1; }

version_args=()
if [ -n "${VNU_VERSION:-}" ]; then
    version_args=("-Dvnu.version=$VNU_VERSION")
    version="$VNU_VERSION"
else
    version="$(sed -n 's:.*<vnu.version>\(.*\)</vnu.version>.*:\1:p' "$here/pom.xml")"
fi
cache="${COP_VNU_CACHE:-/tmp/cop-nu-validator}"
lib="$cache/$version/lib"

if [ ! -f "$lib/validator-$version.jar" ]; then
    command -v mvn >/dev/null || die "mvn not found (Maven fetches the checker from Maven Central)"
    mkdir -p "$cache"
    say "fetching nu.validator:validator:$version and its dependencies from Maven Central"
    download="$(mktemp -d "$cache/download.XXXXXX")"
    mvn -q -B -Dstyle.color=never -f "$here/pom.xml" "${version_args[@]}" \
        dependency:copy-dependencies "-DoutputDirectory=$download" >&2
    mkdir -p "$cache/$version"
    rm -rf "$lib"
    # Moved into place last, so an interrupted fetch is never mistaken for a good one.
    mv "$download" "$lib"
fi
echo "$lib"
