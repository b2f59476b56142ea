<#-- Installs the site's plugins into the Moodle code at $1, each into the folder lib/components.json
     gives its type, from its pinned source (a git plugin at the commit the stack pins in
     MOODLE_AWS_PLUGIN_VERSIONS), and checks each version.php against the code's Moodle version
     before anything touches the database. Run again, it keeps what is in place. -->
#!/bin/bash
set -euo pipefail
ROOT=$1
STATE=$(printenv MOODLE_AWS_PLUGIN_STATE || echo /var/lib/moodle-aws/plugins)
log() { echo "moodle-aws $(date -u +%FT%TZ) $*" >&2; }
fail() { log "plugin $1: $2"; exit 1; }
retry() {
  local n
  for n in 1 2 3 4; do "$@" && return 0; log "retry $n: $*"; sleep $((n * 5)); done
  "$@"
}
FACTS=$(mktemp)
trap 'rm -f "$FACTS"' EXIT
cat > "$FACTS" <<'MOODLE_AWS_PHP'
<?php
foreach (['MOODLE_INTERNAL' => 1, 'MATURITY_ALPHA' => 50, 'MATURITY_BETA' => 100, 'MATURITY_RC' => 150,
        'MATURITY_STABLE' => 200, 'ANY_VERSION' => 'any'] as $name => $value) {
    define($name, $value);
}
[, $what, $root] = $argv;
if ($what === 'dir') {
    echo json_decode(file_get_contents("$root/lib/components.json"), true)['plugintypes'][$argv[3]] ?? '';
    exit;
}
$version = 0;
$branch = '';
require is_file("$root/public/version.php") ? "$root/public/version.php" : "$root/version.php";
$plugin = new stdClass();
require $argv[3] . '/version.php';
$component = $argv[4];
$s = $plugin->supported ?? null;
if (!isset($plugin->version)) {
    echo 'its version.php sets no $plugin->version';
} else if (isset($plugin->component) && $plugin->component !== $component) {
    echo "its version.php says it is $plugin->component";
} else if (($plugin->requires ?? 0) > $version) {
    echo "requires Moodle $plugin->requires, newer than this code ($version, branch $branch)";
} else if (is_array($s) && ((int) $branch < $s[0] || (int) $branch > $s[1])) {
    echo "supports Moodle branches $s[0] to $s[1], not $branch";
}
MOODLE_AWS_PHP
check() {
  local why
  why=$(php "$FACTS" check "$ROOT" "$2" "$1") || fail "$1" "its version.php cannot be read"
  [ -z "$why" ] || fail "$1" "$why"
}
<#noparse>
pinned() {
  local word
  if [ -z "${MOODLE_AWS_PLUGIN_VERSIONS:-}" ]; then echo "$2"; return 0; fi
  for word in $MOODLE_AWS_PLUGIN_VERSIONS; do
    if [ "${word%%=*}" = "$1" ]; then echo "${word#*=}"; return 0; fi
  done
  fail "$1" "the stack pins no commit of $2 for it (parameter PluginVersions)"
}
</#noparse>
plugin() {
  local component=$1 kind=$2 from=$3 pin=$4 type dir target work src=
  if [ "$kind" = git ]; then pin=$(pinned "$component" "$pin"); fi
  type=$(echo "$component" | cut -d_ -f1)
  dir=$(php "$FACTS" dir "$ROOT" "$type")
  [ -n "$dir" ] || fail "$component" "$type is not a plugin type of this Moodle (lib/components.json)"
  target=$ROOT/$dir/$(echo "$component" | cut -d_ -f2-)
  if [ -f "$target/version.php" ] && [ "$(cat "$STATE/$component" 2>/dev/null)" = "$kind $from $pin" ]; then
    check "$component" "$target"
    return 0
  fi
  log "plugin $component: installing $kind $from at $pin"
  work=$(mktemp -d)
  if [ "$kind" = git ]; then
    src=$work/src
    git init -q "$src"
    git -C "$src" remote add origin "$from"
    retry git -C "$src" fetch -q --depth 1 origin "$pin" || fail "$component" "cannot fetch $pin"
    git -C "$src" checkout -q --detach FETCH_HEAD
    rm -rf "$src/.git"
  else
    if [ "$kind" = s3 ]; then
      retry aws s3 cp --quiet --region "$MOODLE_AWS_REGION" "$from" "$work/a.zip" || fail "$component" "cannot fetch the archive"
    else
      retry curl -fsSL -o "$work/a.zip" "$from" || fail "$component" "cannot fetch the archive"
    fi
    echo "$pin  $work/a.zip" | sha256sum -c --status || fail "$component" "the archive's SHA-256 is not $pin"
    unzip -q "$work/a.zip" -d "$work/x"
    src=$work/x
    if [ ! -f "$src/version.php" ]; then
      src=$(find "$work/x" -mindepth 2 -maxdepth 2 -name version.php | head -n 1)
      [ -z "$src" ] || src=$(dirname "$src")
    fi
  fi
  if [ -z "$src" ] || [ ! -f "$src/version.php" ]; then fail "$component" "its source has no version.php at the top"; fi
  check "$component" "$src"
  rm -rf "$target"
  mkdir -p "$(dirname "$target")" "$STATE"
  mv "$src" "$target"
  chmod -R u=rwX,go=rX "$target"
  echo "$kind $from $pin" > "$STATE/$component"
  rm -rf "$work"
}
<#list plugins as p>
plugin ${p.component} ${p.kind} ${p.from} ${p.pin}
</#list>
log "plugins in place: <#list plugins as p>${p.component?no_esc}<#sep> </#list>"
