#!/usr/bin/env bash
# Builds the aggregated Javadoc of every published module (every module-info.java outside test/)
# into target/javadoc/index.html: one JPMS-aware run of the JDK's javadoc over all of them, so
# cross-module links resolve and only exported packages are documented (never ...internal).
# Published modules without a module-info.java (the Spring Boot starter) go to
# target/javadoc/<folder>/index.html.
#
#   scripts/javadoc.sh                  compiles what it needs with Maven, then runs javadoc
#   scripts/javadoc.sh -o -Dmaven.repo.local=DIR   extra arguments go to Maven
#
# Maven compiles the reactor (the annotation processor writes the hybrids' X_ metamodels, which
# are documented too) and lists each module's compile dependencies; those form the module path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="target/javadoc"

mapfile -t infos < <(find . -path ./test -prune -o -path '*/target' -prune -o \
    -path '*/src/main/java/module-info.java' -print | sort)
[ ${#infos[@]} -gt 0 ] || { echo "javadoc.sh: no module-info.java found" >&2; exit 1; }

modules=()
source_paths=()
for info in "${infos[@]}"; do
  dir="${info%/src/main/java/module-info.java}"
  name="$(sed -n 's/^\s*\(open \)\?module \([A-Za-z0-9_.]*\).*/\2/p' "$info" | head -1)"
  [ -n "$name" ] || { echo "javadoc.sh: no module name in $info" >&2; exit 1; }
  modules+=("$name")
  # A module's sources are its own plus what the annotation processor generated for it.
  source_paths+=("--module-source-path" "$name=$dir/src/main/java:$dir/target/generated-sources/annotations")
done

echo "javadoc.sh: compiling and resolving dependencies of ${modules[*]}" >&2
# The plugin's version is spelled out: the BOM (a pom above the parent) has no pluginManagement.
mvn -B -q "$@" compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/javadoc-classpath.txt \
    -Dmdep.includeScope=compile

# The union of the published modules' dependencies, without the modules themselves (their sources
# are documented instead): the module path of the javadoc run.
module_path="$(for info in "${infos[@]}"; do
  cat "${info%/src/main/java/module-info.java}/target/javadoc-classpath.txt"; echo
done | tr ':' '\n' | grep -v -e '^$' -e "^$root/" -e '/io/hybriddal/' | sort -u | paste -sd: -)"

rm -rf "$out"
javadoc -quiet -d "$out" "${source_paths[@]}" --module-path "$module_path" \
    --module "$(IFS=,; echo "${modules[*]}")" \
    -doctitle "hybrid-dal $(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1) API" \
    -windowtitle "hybrid-dal API" -Xdoclint:all,-missing -notimestamp
echo "javadoc.sh: wrote $out/index.html" >&2

# A published module without module-info.java (the Spring Boot starter: an automatic module, as
# Spring's jars are) cannot join the modular run: it is documented on the class path, beside it.
mapfile -t plain < <(find . -path ./test -prune -o -path '*/target' -prune -o -path '*/src/main/java' -type d -print |
    while read -r src; do [ -f "$src/module-info.java" ] || echo "${src%/src/main/java}"; done | sort)
for dir in "${plain[@]}"; do
  name="$(basename "$dir")"
  mapfile -t sources < <(find "$dir/src/main/java" -name '*.java')
  javadoc -quiet -d "$out/$name" -classpath "$(cat "$dir/target/javadoc-classpath.txt")" \
      -doctitle "hybrid-dal $name API" -windowtitle "hybrid-dal $name API" -Xdoclint:all,-missing -notimestamp \
      "${sources[@]}"
  echo "javadoc.sh: wrote $out/$name/index.html" >&2
done
