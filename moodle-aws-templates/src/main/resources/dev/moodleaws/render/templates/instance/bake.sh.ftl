#!/bin/bash
<#-- The bake: run once by EC2 Image Builder on the base image; the image it leaves boots with
     base.sh.ftl, which then only mounts, configures and starts. -->
set -euo pipefail
exec > >(tee -a /var/log/moodle-aws-bake.log) 2>&1
umask 022
<#include "common.sh.ftl">
bake_exit() { local rc=$?; [ "$rc" = 0 ] || log "bake failed at step: $STEP (exit code $rc)"; }
trap bake_exit EXIT
log "bake of the image for code $PIN"
<#include "bake-steps.sh.ftl">
log "image baked"
