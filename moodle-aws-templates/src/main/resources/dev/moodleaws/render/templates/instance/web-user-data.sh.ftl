<#include "base.sh.ftl">
step "wait for the stable node"
await_ready
step "spot drain"
cat > /usr/local/lib/moodle-aws/spot-drain.sh <<'${spotDrain.delimiter?no_esc}'
${spotDrain.body?no_esc}${spotDrain.delimiter?no_esc}
chmod 0755 /usr/local/lib/moodle-aws/spot-drain.sh
cat > /etc/systemd/system/moodle-aws-spot-drain.service <<'MOODLE_AWS_UNIT'
[Unit]
Description=Take this node out of service before Spot reclaims it or the fleet removes it
After=network-online.target ${webService?no_esc}.service
Wants=network-online.target
[Service]
ExecStart=/usr/local/lib/moodle-aws/spot-drain.sh
Restart=on-failure
RestartSec=5
[Install]
WantedBy=multi-user.target
MOODLE_AWS_UNIT
rm -f /run/moodle-aws/draining
step "web server"
systemctl daemon-reload
systemctl enable --now ${webService?no_esc}
systemctl enable --now moodle-aws-spot-drain.service
step serve
retry curl -fsS -o /dev/null "http://127.0.0.1${healthPath?no_esc}"
log "web node ready"
