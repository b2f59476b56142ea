<#-- What the boot scripts and the bake script share: logging, steps, retries, where things are, and
     how the code at the pinned version is fetched and recognised. -->
log() { echo "moodle-aws $(date -u +%FT%TZ) $*" >&2; }
STEP=start
step() { STEP=$1; log "step: $1"; }
retry() {
  local n=1
  until "$@"; do
    if [ "$n" -ge 8 ]; then log "gave up: $*"; return 1; fi
    log "retry $n: $*"; sleep $((n * 5)); n=$((n + 1))
  done
}
WEB_USER=${webUser}
CODE_ROOT=${codeRoot}
PIN=$MOODLE_AWS_CODE_VERSION
<#if gitSource>
code_id() { git -C "$CODE_ROOT" rev-parse HEAD 2>/dev/null; }
<#else>
CODE_ID=/var/lib/moodle-aws/code-version
code_id() { cat "$CODE_ID" 2>/dev/null; }
</#if>
