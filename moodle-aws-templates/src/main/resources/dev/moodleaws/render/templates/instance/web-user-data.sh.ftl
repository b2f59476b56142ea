<#include "base.sh.ftl">
log "waiting for the stable node to install or upgrade the site"
await_ready
install -d -m 0755 /usr/local/lib/moodle-aws
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
systemctl daemon-reload
systemctl enable --now ${webService?no_esc}
systemctl enable --now moodle-aws-spot-drain.service
log "web node ready"
