#!/usr/bin/env bash
# Checks the recorded facts about KNIME's own nodes (test/src/test/resources/org/lnet/it/knime-nodes.facts) against
# KNIME's sources in bare git mirrors of github.com/knime/<repository>: every cited file exists at the release, the
# factory is registered in a plugin.xml with deprecated="false", bundle and feature identities match the manifest and
# feature.xml, the node name is the one its description gives, and every settings key appears as a string literal in
# the node's cited sources at each release where it is known (and in none where it is recorded as absent).
#
# For a node with "saved" lines it also lists how the keys of our committed examples differ from a settings.xml that
# KNIME itself saved (a test fixture of KNIME's): printed for review, not counted, since such a file carries the
# options of its own test (e.g. a spec merge mode migrated from 4.2, a local path without specifier).
#
# A developer tool: CI has no mirrors. Usage: host-build/tools/verify-knime-facts.sh [mirror directory]
# The mirror directory holds <owner>+<repository>/repo (default /work/.mirror); HEAD means the commit recorded in the
# facts file, so the check is reproducible after the mirrors move on.
set -euo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
facts=$here/test/src/test/resources/org/lnet/it/knime-nodes.facts
mirrors=${1:-/work/.mirror}
errors=0 checked=0
declare -A head

fail() {
  echo "MISMATCH: $*"
  errors=$((errors + 1))
}

rev() { # release repository -> git revision
  if [[ $1 == HEAD ]]; then echo "${head[$2]}"; else echo "analytics-platform/$1"; fi
}

show() { # release repository path
  git --git-dir "$mirrors/knime+$2/repo" show "$(rev "$1" "$2"):$3" 2>/dev/null
}

node='' factory='' bundle='' feature=''
declare -a sources=() keys=() saved=()

ours_settings() { # factory -> the first settings.xml of our committed examples with that factory
  local knwf entry
  for knwf in "$here"/examples/knime/*.knwf; do
    while IFS= read -r entry; do
      if unzip -p "$knwf" "$entry" | grep -q "key=\"factory\" type=\"xstring\" value=\"$1\""; then
        unzip -p "$knwf" "$entry"
        return
      fi
    done < <(unzip -Z1 "$knwf" | grep '/settings.xml$')
  done
}

compare_saved() {
  local ours real diffs
  # array elements and a saved table spec (which depends on the file read) are left out
  keys_of() { awk -f "$here/host-build/tools/model-keys.awk" | grep -v -e $'/[0-9]*\t' -e '^table_spec_config_Internals/' | sort; }
  ours=$(ours_settings "$factory" | keys_of)
  for s in "${saved[@]}"; do
    read -r r repo path <<<"$s"
    real=$(show "$r" "$repo" "$path" | keys_of)
    echo "$node: model keys of our examples vs $repo $path ($r):"
    diffs=$(diff <(echo "$ours") <(echo "$real") | grep '^[<>]' | sed 's/^</  only ours:/; s/^>/  only KNIME'"'"'s:/' || true)
    echo "${diffs:-  same keys and types}"
  done
}

check_node() {
  [[ -n $node ]] || return 0
  [[ ${#saved[@]} -eq 0 ]] || compare_saved
  for release in 5.1.0 HEAD; do
    local all='' found_factory='' found_registration='' found_name='' manifest='' featurexml=''
    for s in "${sources[@]}"; do
      read -r r repo path <<<"$s"
      [[ $r == "$release" ]] || continue
      local text
      if ! text=$(show "$release" "$repo" "$path"); then
        fail "$node: $repo $path missing at $release"
        continue
      fi
      checked=$((checked + 1))
      all+=$text$'\n'
      [[ $path == */${factory//.//}.java ]] && found_factory=1
      if [[ $path == */plugin.xml ]] && grep -B4 "factory-class=\"$factory\"" <<<"$text" | grep -q 'deprecated="false"'; then
        found_registration=1
      fi
      [[ $path == */MANIFEST.MF ]] && manifest=$text
      [[ $path == */feature.xml ]] && featurexml=$text
    done
    [[ -n $found_factory ]] || fail "$node: no cited source defines $factory at $release"
    [[ -n $found_registration ]] || fail "$node: $factory not registered with deprecated=\"false\" at $release"
    grep -qF -e "<name>$node" -e "\"$node\"" <<<"$all" || fail "$node: name not found in its sources at $release"
    IFS='|' read -r bsn bname bvendor <<<"$bundle"
    bsn=$(xargs <<<"$bsn") bname=$(xargs <<<"$bname") bvendor=$(xargs <<<"$bvendor")
    grep -q "^Bundle-SymbolicName: $bsn\b" <<<"$manifest" || fail "$node: Bundle-SymbolicName $bsn at $release"
    grep -qxF "Bundle-Name: $bname" <<<"${manifest//$'\r'/}" || fail "$node: Bundle-Name $bname at $release"
    grep -qxF "Bundle-Vendor: $bvendor" <<<"${manifest//$'\r'/}" || fail "$node: Bundle-Vendor $bvendor at $release"
    IFS='|' read -r fid flabel <<<"$feature"
    fid=$(xargs <<<"$fid") flabel=$(xargs <<<"$flabel")
    fid=${fid%.feature.group}
    grep -q "id=\"$fid\"" <<<"$featurexml" || fail "$node: feature id $fid at $release"
    grep -q "label=\"$flabel\"" <<<"$featurexml" || fail "$node: feature label $flabel at $release"
    for k in "${keys[@]}"; do
      read -r kpath _type s51 shead <<<"$k"
      local status=$s51
      [[ $release == HEAD ]] && status=$shead
      local leaf=${kpath##*/}
      leaf=${leaf%_Internals}
      if [[ $status == absent ]]; then
        grep -qF "\"$leaf\"" <<<"$all" && fail "$node: key $kpath recorded absent but found at $release"
      else
        grep -qF "\"$leaf\"" <<<"$all" || fail "$node: key $kpath ($status) not found in the sources at $release"
      fi
      checked=$((checked + 1))
    done
  done
}

while IFS= read -r line; do
  line=${line%%#*}
  [[ -n ${line// /} ]] || continue
  read -r word rest <<<"$line"
  case $word in
    head) read -r repo commit _ <<<"$rest"; head[$repo]=$commit ;;
    node) check_node; node=$rest factory='' bundle='' feature=''; sources=(); keys=(); saved=() ;;
    factory) factory=$rest ;;
    bundle) bundle=$rest ;;
    feature) feature=$rest ;;
    ports) ;;
    source) sources+=("$rest") ;;
    key) keys+=("$rest") ;;
    saved) saved+=("$rest") ;;
    *) fail "unknown line: $line" ;;
  esac
done <"$facts"
check_node

echo "$checked facts checked against the sources, $errors mismatches"
[[ $errors -eq 0 ]]
