#!/usr/bin/env bash
# Compiles the KNIME plugin (plugin/src/main/java) against KNIME's real sources instead of the knime-api shim, at
# one or more release tags, and checks every declaration of the shim against the same sources (ShimCheck.java).
# A developer tool, documented in docs/KNIME.md ("Compile against KNIME's real sources"); CI does not run it, since
# it needs local git mirrors of KNIME's repositories.
#
#   tools/knime-real-compile.sh [-m MIRRORS] [-w WORKDIR] [-j JDK] [TAG ...]
#
#   MIRRORS  folder with knime+knime-core/repo, knime+knime-shared/repo and (optional) knime+knime-core-table/repo,
#            bare clones of github.com/knime/<repo> (default: $KNIME_MIRRORS or /work/.mirror)
#   WORKDIR  scratch folder, kept for inspection (default: a new folder under ${TMPDIR:-/tmp})
#   JDK      a JDK whose javac is new enough for the sources (KNIME's HEAD needs Java 21); default: javac on PATH,
#            else the first sufficient one under /usr/lib/jvm
#   TAG      analytics-platform/5.x.y or HEAD (default: analytics-platform/5.1.0 HEAD)
#
# Exit status: 0 when our files have no compile error and the shim matches at every tag, 1 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOL=$ROOT/tools/knime-real-compile
MIRRORS=${KNIME_MIRRORS:-/work/.mirror}
WORK=""
JDK=""
while getopts "m:w:j:h" o; do
  case $o in
    m) MIRRORS=$OPTARG ;;
    w) WORK=$OPTARG ;;
    j) JDK=$OPTARG ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
TAGS=("$@")
[[ ${#TAGS[@]} -gt 0 ]] || TAGS=(analytics-platform/5.1.0 HEAD)
CORE=$MIRRORS/knime+knime-core/repo
SHARED=$MIRRORS/knime+knime-shared/repo
TABLE=$MIRRORS/knime+knime-core-table/repo
for r in "$CORE" "$SHARED"; do
  git --git-dir "$r" rev-parse -q --verify HEAD >/dev/null ||
    { echo "no git mirror at $r: clone github.com/knime/<repo> there (bare) or pass -m" >&2; exit 2; }
done
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/knime-real-compile.XXXXXX")}
mkdir -p "$WORK"
echo "work folder: $WORK"

# --- our side: the engine (compiled by Maven) and its libraries; the plugin's sources as they are -----------------
(cd "$ROOT" && ./mvnw -B -q -pl engine -am compile &&
  ./mvnw -B -q -pl engine dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$WORK/engine.cp")
OURS_CP=$ROOT/engine/target/classes:$(cat "$WORK/engine.cp")
mapfile -t OUR_FILES < <(find "$ROOT/plugin/src/main/java" -name '*.java' | sort)

# --- the libraries KNIME's sources import, from Maven Central, without their transitive dependencies --------------
LIB=$WORK/lib
if [[ ! -f $LIB/.done ]]; then
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '<groupId>local</groupId><artifactId>knime-real-compile-libs</artifactId><version>1</version>'
    echo '<packaging>pom</packaging><dependencies>'
    grep -v '^#' "$TOOL/thirdparty.txt" | grep . | while IFS=: read -r g a v; do
      echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version>"
      echo "<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>"
    done
    echo '</dependencies></project>'
  } > "$WORK/libs-pom.xml"
  (cd "$ROOT" && ./mvnw -B -q -f "$WORK/libs-pom.xml" dependency:copy-dependencies -DoutputDirectory="$LIB")
  touch "$LIB/.done"
fi
LIB_CP=$(find "$LIB" -name '*.jar' | sort | tr '\n' ':')
XMLBEANS_CP=$(find "$LIB" -name 'xmlbeans-*.jar' -o -name 'log4j-api-*.jar' -o -name 'commons-io-*.jar' | tr '\n' ':')

# source folders per repository (build.properties "source.." of each bundle); absent ones are skipped
CORE_DIRS=(org.knime.core/src/eclipse org.knime.core/src-deprecated org.knime.core.pmml/src/eclipse
  org.knime.core.data.uritype/src org.knime.core.workbench/src)
SHARED_DIRS=(org.knime.core.util/src/main/java org.knime.core.util/src/generated/java
  org.knime.shared.workflow.def/src/main/java org.knime.shared.workflow.storage/src/main/java)
TABLE_DIRS=(org.knime.core.table/src/main/java)
MANIFESTS=(org.knime.core/META-INF/MANIFEST.MF org.knime.core.util/META-INF/MANIFEST.MF)

# extract REPO TAG DEST DIR...: git archive of the folders that exist at TAG, checked for completeness
extract() {
  local repo=$1 tag=$2 dest=$3; shift 3
  local present=() d
  for d in "$@"; do git --git-dir "$repo" cat-file -e "$tag:$d" 2>/dev/null && present+=("$d"); done
  [[ ${#present[@]} -gt 0 ]] || return 0
  git --git-dir "$repo" archive "$tag" "${present[@]}" 2>/dev/null | tar -x -C "$dest"
  local want have
  want=$(git --git-dir "$repo" ls-tree -r --name-only "$tag" "${present[@]}" | grep -c '\.java$' || true)
  have=$(cd "$dest" && find "${present[@]}" -name '*.java' | wc -l)
  [[ $want -eq $have ]] || { echo "$repo $tag: extracted $have of $want .java files" >&2; exit 1; }
}

javac_for() { # prints a javac supporting --release $1
  local need=$1 c v
  for c in ${JDK:+"$JDK/bin/javac"} "$(command -v javac || true)" /usr/lib/jvm/*/bin/javac; do
    [[ -x $c ]] || continue
    v=$("$c" -version 2>&1 | sed -E 's/^javac ([0-9]+).*/\1/')
    [[ $v =~ ^[0-9]+$ && $v -ge $need ]] && { echo "$c"; return; }
  done
  echo "no javac >= $need found: pass -j <JDK $need or newer>" >&2
  exit 2
}

STATUS=0
SUMMARY=$WORK/summary.txt
: > "$SUMMARY"
for TAG in "${TAGS[@]}"; do
  T=$WORK/${TAG//\//_}
  rm -rf "$T" && mkdir -p "$T/src" "$T/gen" "$T/out"
  extract "$CORE" "$TAG" "$T/src" "${CORE_DIRS[@]}" org.knime.core.pmml/src/main/xsd org.knime.core/META-INF
  extract "$SHARED" "$TAG" "$T/src" "${SHARED_DIRS[@]}" org.knime.core.util/META-INF
  TABLE_TAG=none
  if git --git-dir "$TABLE" rev-parse -q --verify HEAD >/dev/null 2>&1; then
    TABLE_TAG=$TAG
    git --git-dir "$TABLE" rev-parse -q --verify "$TAG^{commit}" >/dev/null || TABLE_TAG=HEAD
    extract "$TABLE" "$TABLE_TAG" "$T/src" "${TABLE_DIRS[@]}"
  fi
  # javac rejects the byte-order marks some KNIME files start with (Eclipse's compiler skips them)
  { grep -rlI --include='*.java' $'^\xEF\xBB\xBF' "$T/src" || true; } | xargs -r sed -i $'1s/^\xEF\xBB\xBF//'
  # KNIME builds its schemas.jar with XMLBeans from these schemas (build.xml); generate the same sources here
  mapfile -t XSD < <(find "$T/src/org.knime.core/src" \( -name '*.xsd' -o -name '*.xsdconfig' \) -not -path '*/pmml/schemata/*')
  java -cp "$XMLBEANS_CP" org.apache.xmlbeans.impl.tool.SchemaCompiler -quiet -srconly -src "$T/gen/core" \
    -d "$T/gen/core-bin" -partialMethods ALL "${XSD[@]}" > "$T/xmlbeans.log" 2>&1
  PMML=$T/src/org.knime.core.pmml/src/main/xsd
  if [[ -d $PMML ]]; then
    java -cp "$XMLBEANS_CP" org.apache.xmlbeans.impl.tool.SchemaCompiler -quiet -srconly -src "$T/gen/pmml" \
      -d "$T/gen/pmml-bin" -partialMethods ALL "$PMML"/*.xsd "$PMML"/*.xsdconfig >> "$T/xmlbeans.log" 2>&1
  fi
  SP=""
  for d in "${CORE_DIRS[@]}" "${SHARED_DIRS[@]}" "${TABLE_DIRS[@]}"; do [[ -d $T/src/$d ]] && SP+=":$T/src/$d"; done
  for d in "$T"/gen/core "$T"/gen/pmml; do [[ -d $d ]] && SP+=":$d"; done
  SP=${SP#:}
  # the Java release the sources need: the highest Bundle-RequiredExecutionEnvironment (17 at least, as ours)
  RELEASE=17
  for m in "${MANIFESTS[@]}"; do
    r=$(sed -nE 's/^Bundle-RequiredExecutionEnvironment: JavaSE-([0-9]+).*/\1/p' "$T/src/$m" 2>/dev/null || true)
    [[ -n $r && $r -gt $RELEASE ]] && RELEASE=$r
  done
  JAVAC=$(javac_for "$RELEASE")
  # -implicit:none: KNIME's classes are read from source only as far as our files need them, never compiled;
  # should-stop.ifError=FLOW: errors inside KNIME files must not stop the flow analysis of ours
  "$JAVAC" --release "$RELEASE" -proc:none -implicit:none -Xlint:all,-serial,-processing -XDshould-stop.ifError=FLOW \
    -Xmaxerrs 100000 -Xmaxwarns 100000 -encoding UTF-8 -sourcepath "$SP" -cp "$OURS_CP:$LIB_CP" -d "$T/out" \
    "${OUR_FILES[@]}" > "$T/javac.log" 2>&1 || true
  OURS=$ROOT/plugin/src/main/java/
  count() { # KIND ours|knime: javac's "file:line: KIND:" lines in our files or in KNIME's
    awk -v kind="$1" -v side="$2" -v ours="$OURS" '$0 ~ "^[^ ]+[.]java:[0-9]+: " kind ":" {
      mine = index($0, ours) == 1; if ((side == "ours") == mine) n++ } END { print n + 0 }' "$T/javac.log"
  }
  E_OURS=$(count error ours); E_KNIME=$(count error knime)
  W_OURS=$(count warning ours); W_KNIME=$(count warning knime)
  # the shim against the same sources: every declared member, its modifiers, types and deprecation
  # (the shim copies HEAD's deprecations: at an older tag, deprecations alone may differ, status 3)
  SHIM_STATUS=0
  "$(dirname "$JAVAC")/java" "$TOOL/ShimCheck.java" "$ROOT/knime-api/src/main/java" "$SP" "$OURS_CP:$LIB_CP" \
    > "$T/shimcheck.log" 2>&1 || SHIM_STATUS=$?
  if [[ $SHIM_STATUS -eq 3 && $TAG != HEAD ]]; then SHIM_STATUS=0; fi
  set +e +o pipefail # the report below is greps over logs: an empty match is no failure
  {
    echo "== $TAG (knime-core $(git --git-dir "$CORE" rev-parse --short "$TAG"), knime-shared" \
      "$(git --git-dir "$SHARED" rev-parse --short "$TAG"), knime-core-table $TABLE_TAG; javac" \
      "$("$JAVAC" -version 2>&1 | cut -d' ' -f2) --release $RELEASE)"
    echo "errors:   $E_OURS in our files, $E_KNIME inside KNIME's files"
    echo "warnings: $W_OURS in our files, $W_KNIME inside KNIME's files"
    { grep -F "$OURS" "$T/javac.log" || true; } | { grep -E ': (error|warning):' || true; } |
      sed -E "s|$OURS||; s/^([^:]+):[0-9]+: /\1: /" | sort | uniq -c | sed 's/^/  /'
    if [[ $E_KNIME -gt 0 ]]; then
      echo "  errors inside KNIME's files (what could not be attributed):"
      { grep -E ': error:' "$T/javac.log" || true; } | { grep -vF "$OURS" || true; } | sed -E 's/^.*: error: //' | sort | uniq -c | sort -rn |
        head -20 | sed 's/^/  /'
    fi
    tail -n 1 "$T/shimcheck.log" | sed 's/^/shim: /'
    grep -E '^(MISMATCH|MISSING|DEPRECATION)' "$T/shimcheck.log" | sed 's/^/  /' 
    echo "logs: $T/javac.log, $T/shimcheck.log"
  } | tee -a "$SUMMARY"
  set -e -o pipefail
  [[ $E_OURS -eq 0 && $SHIM_STATUS -eq 0 ]] || STATUS=1
done
echo "summary: $SUMMARY"
exit $STATUS
