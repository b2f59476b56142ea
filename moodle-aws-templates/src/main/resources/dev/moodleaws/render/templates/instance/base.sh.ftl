#!/bin/bash
set -euo pipefail
exec > >(tee -a /var/log/moodle-aws-boot.log) 2>&1
umask 022
<#include "common.sh.ftl">
<#-- Every boot ends in one signal to the node's group: SUCCESS when the script ran to its end,
     FAILURE naming the step it stopped at otherwise. MOODLE_AWS_IMDS points tests elsewhere. -->
<#noparse>
signal() {
  local m=${MOODLE_AWS_IMDS:-http://169.254.169.254}/latest t id
  t=$(curl -sfX PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' "$m/api/token") || :
  id=$(curl -sfH "X-aws-ec2-metadata-token: $t" "$m/meta-data/instance-id") || id=unknown
  [ "$1" = SUCCESS ] || id="$id failed at $STEP"
  aws cloudformation signal-resource --region "$MOODLE_AWS_REGION" --stack-name "$MOODLE_AWS_STACK" \
    --logical-resource-id "$SIGNALLED" --status "$1" --unique-id "${id:0:64}" || log "no stack waits for this signal"
}
boot_exit() {
  local rc=$?
  trap - EXIT
  if [ "$rc" = 0 ]; then signal SUCCESS; else log "boot failed at step: $STEP (exit code $rc)"; signal FAILURE; fi
}
</#noparse>
SIGNALLED=${signalledResource}
trap boot_exit EXIT
<#noparse>
secret_to() { (umask 077; aws secretsmanager get-secret-value --region "$MOODLE_AWS_REGION" --secret-id "$1" \
  --query SecretString --output text > "$2") && chown "${3:-root}" "$2"; }
</#noparse>
SECRETS=/run/moodle-aws/secrets
DATAROOT=${dataroot}
READY=${readyFile}
REF=${codeRef}
READY_WAIT=${readyWaitSeconds?c?no_esc}
<#-- Web nodes serve only the code the stack pins, and only once the stable node has installed or
     upgraded the database for it and created the database user they connect as; they give up after
     a bounded wait. -->
<#noparse>
ready_value() { sed -n "s/^$1=//p" "$READY" 2>/dev/null | head -n 1; }
publish_ready() {
  printf 'ref=%s\ncommit=%s\ndbuser=%s\n' "$REF" "$PIN" "$DB_USER" > "$READY.$$"
  mv -f "$READY.$$" "$READY"
}
await_ready() {
  local end=$((SECONDS + READY_WAIT))
  until [ "$(ready_value commit)" = "$PIN" ] && [ "$(ready_value dbuser)" = "$DB_USER" ]; do
    if [ "$SECONDS" -ge "$end" ]; then
      log "$PIN not marked ready within $READY_WAIT s"
      return 1
    fi
    sleep "${MOODLE_AWS_READY_POLL_SECONDS:-15}"
  done
}
</#noparse>
log "boot of the ${role?no_esc} node"
<#if bakedImage>
step "check code"
if [ ! -f ${versionFile?no_esc} ] || [ "$(code_id)" != "$PIN" ]; then
  log "the image holds code $(code_id || echo none), the stack pins $PIN: boot from the image baked for it"
  exit 1
fi
<#else>
<#include "bake-steps.sh.ftl">
</#if>
step "mount moodledata"
mkdir -p "$DATAROOT"
if ! grep -q " $DATAROOT efs " /etc/fstab; then
  echo "$MOODLE_AWS_EFS_ID:/ $DATAROOT efs _netdev,${efsMountOptions?no_esc} 0 0" >> /etc/fstab
fi
mountpoint -q "$DATAROOT" || retry mount -t efs -o ${efsMountOptions?no_esc} "$MOODLE_AWS_EFS_ID:/" "$DATAROOT"
chown "$WEB_USER:$WEB_USER" "$DATAROOT"
chmod ${directoryPermissions?no_esc} "$DATAROOT"
install -d -m 0750 -o "$WEB_USER" -g "$WEB_USER" ${localCacheDir?no_esc} ${localRequestDir?no_esc}
ship_logs() {
  local cw=/opt/aws/amazon-cloudwatch-agent
  [ -x "$cw/bin/amazon-cloudwatch-agent-ctl" ] || return 1
  local f c=
  for f in ${agentLogs?no_esc}; do c+="{\"file_path\":\"${r"${f#*:}"?no_esc}\",\"log_group_name\":\"/moodle-aws/$MOODLE_AWS_STACK/${r"${f%%:*}"?no_esc}\"},"; done
  echo "{\"logs\":{\"log_stream_name\":\"{instance_id}\",\"logs_collected\":{\"files\":{\"collect_list\":[${r"${c%,}"?no_esc}]}}}}" > "$cw/etc/moodle-aws.json"
  "$cw/bin/amazon-cloudwatch-agent-ctl" -a fetch-config -m ec2 -s -c "file:$cw/etc/moodle-aws.json"
}
ship_logs || log "no CloudWatch agent: the logs stay on this node"
step "runtime settings"
install -d -m 0750 -o root -g "$WEB_USER" /etc/moodle-aws
<#if servesWeb>
printf '%s\n' "$PIN" > ${codeVersionFile?no_esc}
</#if>
<#-- The secrets are read again every refresh and the runtime file is rewritten when they changed,
     so a changed password reaches a running node within the bound the RUNBOOK states; on the stable
     node the same script first makes Moodle's database user match its secret, as the master user. -->
install -d -m 0755 /usr/local/lib/moodle-aws
install -d -m 0711 "$SECRETS"
(umask 077 && export -p | grep ' MOODLE_AWS_' > /etc/moodle-aws/stack.env)
cat > /usr/local/lib/moodle-aws/write-runtime.php <<'MOODLE_AWS_PHP'
<?php
$s = json_decode(file_get_contents($argv[1]), true);
$e = fn($n) => (string) getenv("MOODLE_AWS_$n");
echo "<?php\nreturn " . var_export(['dbhost' => $e('DB_HOST'), 'dbreader' => $e('DB_READER_HOST'),
    'dbport' => (int) $e('DB_PORT'), 'dbuser' => $s['username'], 'dbpass' => $s['password'], 'redishost' => $e('REDIS_HOST'),
    'redisport' => (int) $e('REDIS_PORT'), 'redisauth' => trim(file_get_contents($argv[2]))], true) . ";\n";
MOODLE_AWS_PHP
<#if createsDatabaseUser>
cat > /usr/local/lib/moodle-aws/db-user.php <<'MOODLE_AWS_PHP'
<?php
$m = json_decode(file_get_contents($argv[1]), true);
$u = json_decode(file_get_contents($argv[2]), true);
$db = new mysqli(getenv('MOODLE_AWS_DB_HOST'), $m['username'], $m['password'], '', (int) getenv('MOODLE_AWS_DB_PORT'));
$who = "'" . $db->real_escape_string($u['username']) . "'@'%'";
$pass = $db->real_escape_string($u['password']);
$db->query("CREATE USER IF NOT EXISTS $who IDENTIFIED BY '$pass'");
$db->query("ALTER USER $who IDENTIFIED BY '$pass'");
$db->query('GRANT ALL PRIVILEGES ON `' . str_replace('`', '``', $argv[3]) . "`.* TO $who");
MOODLE_AWS_PHP
</#if>
cat > /usr/local/lib/moodle-aws/refresh-runtime.sh <<'MOODLE_AWS_SH'
#!/bin/bash
set -euo pipefail
G=${webUser}
N=${dbname}
R=${runtimeFile?no_esc}
<#noparse>
if [ "${1:-}" = every ]; then
  while sleep "$2"; do "$0" || echo "moodle-aws: secrets not read, runtime file kept"; done
fi
L=/usr/local/lib/moodle-aws
# shellcheck source=/dev/null
. /etc/moodle-aws/stack.env
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
get() { aws secretsmanager get-secret-value --region "$MOODLE_AWS_REGION" --secret-id "$1" --query SecretString --output text > "$d/$2"; }
get "$MOODLE_AWS_DB_SECRET_ARN" db
: > "$d/redis"
[ -z "$MOODLE_AWS_REDIS_SECRET_ARN" ] || get "$MOODLE_AWS_REDIS_SECRET_ARN" redis
if [ -f $L/db-user.php ] && ! sha256sum < "$d/db" | cmp -s - $L/db-user.sha256; then
  get "$MOODLE_AWS_DB_MASTER_SECRET_ARN" master
  php $L/db-user.php "$d/master" "$d/db" "$N"
  (umask 077 && sha256sum < "$d/db" > $L/db-user.sha256)
  echo "moodle-aws: database user set from its secret"
fi
php $L/write-runtime.php "$d/db" "$d/redis" > "$d/runtime"
cmp -s "$d/runtime" "$R" && exit 0
install -m 0640 -o root -g "$G" "$d/runtime" "$R.new"
mv -f "$R.new" "$R"
echo "moodle-aws: $R rewritten"
</#noparse>
MOODLE_AWS_SH
chmod 0755 /usr/local/lib/moodle-aws/refresh-runtime.sh
cat > /etc/systemd/system/moodle-aws-runtime.service <<'MOODLE_AWS_UNIT'
[Unit]
Description=Rewrite the runtime file when a secret changed
[Service]
ExecStart=/usr/local/lib/moodle-aws/refresh-runtime.sh every ${refreshSeconds?c?no_esc}
Restart=always
RestartSec=5
[Install]
WantedBy=multi-user.target
MOODLE_AWS_UNIT
<#if createsDatabaseUser>
step "database user"
</#if>
retry /usr/local/lib/moodle-aws/refresh-runtime.sh
DB_USER=$(php -r "echo (require '${runtimeFile?no_esc}')['dbuser'];")
systemctl daemon-reload
systemctl enable --now moodle-aws-runtime.service
<#include "mail.sh.ftl">
step "config.php"
cat > "$CODE_ROOT/config.php" <<'${configPhp.delimiter?no_esc}'
${configPhp.body?no_esc}${configPhp.delimiter?no_esc}
chown "root:$WEB_USER" "$CODE_ROOT/config.php"
chmod 0640 "$CODE_ROOT/config.php"
<#if servesWeb>
step php-fpm
systemctl enable ${phpFpmService?no_esc}
systemctl restart ${phpFpmService?no_esc}
</#if>
