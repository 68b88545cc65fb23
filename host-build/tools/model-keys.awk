# path<TAB>type of every entry and sub-config below the top-level "model" config of an XMLConfig file
function key(s) { match(s, / key="[^"]*"/); return substr(s, RSTART + 6, RLENGTH - 7) }
function path(leaf,   p, i) { p = ""; for (i = base + 1; i <= depth; i++) p = p name[i] "/"; return p leaf }
/<config [^>]*\/>/ { if (inmodel) print path(key($0)) "\tconfig"; next }
/<config [^>]*>/ { k = key($0); if (inmodel) print path(k) "\tconfig"; depth++; name[depth] = k
  if (depth == 2 && k == "model") { inmodel = 1; base = depth }; next }
/<\/config>/ { if (inmodel && depth == base) inmodel = 0; depth--; next }
/<entry / { if (!inmodel) next; t = $0; sub(/.* type="/, "", t); sub(/".*/, "", t); print path(key($0)) "\t" t }
