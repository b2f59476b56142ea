<#include "base.sh.ftl">
step "wait for the stable node"
await_ready
rm -f /run/moodle-aws/draining
step "web server"
systemctl daemon-reload
systemctl enable --now ${webService?no_esc}
systemctl enable --now moodle-aws-spot-drain.service
step serve
retry curl -fsS -o /dev/null "http://127.0.0.1${healthPath?no_esc}"
log "web node ready"
