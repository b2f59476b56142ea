#!/bin/bash
set -euo pipefail
exec > >(tee -a /var/log/moodle-aws-boot.log) 2>&1
umask 022
log() { echo "moodle-aws $(date -u +%FT%TZ) $*" >&2; }
<#-- Every boot ends in one signal to the node's group: SUCCESS when the script ran to its end,
     FAILURE naming the step it stopped at otherwise. MOODLE_AWS_IMDS points tests elsewhere. -->
STEP=start
step() { STEP=$1; log "step: $1"; }
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
retry() {
  local n=1
  until "$@"; do
    if [ "$n" -ge 8 ]; then log "gave up: $*"; return 1; fi
    log "retry $n: $*"; sleep $((n * 5)); n=$((n + 1))
  done
}
<#noparse>
secret_to() { (umask 077; aws secretsmanager get-secret-value --region "$MOODLE_AWS_REGION" --secret-id "$1" \
  --query SecretString --output text > "$2") && chown "${3:-root}" "$2"; }
</#noparse>
SECRETS=/run/moodle-aws/secrets
WEB_USER=${webUser}
CODE_ROOT=${codeRoot}
DATAROOT=${dataroot}
READY=${readyFile}
log "boot of the ${role?no_esc} node"
step packages
<#if ubuntu>
export DEBIAN_FRONTEND=noninteractive
retry apt-get update -q
retry ${installCommand?no_esc}
if ! command -v aws >/dev/null; then
  retry curl -fsSL -o /tmp/awscli.zip "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip"
  unzip -q -o /tmp/awscli.zip -d /tmp && /tmp/aws/install --update
fi
if ! command -v mount.efs >/dev/null; then
  rm -rf /tmp/efs-utils
  retry git clone -q --depth 1 --branch ${efsUtilsTag?no_esc} https://github.com/aws/efs-utils /tmp/efs-utils
  (cd /tmp/efs-utils && ./build-deb.sh)
  retry apt-get install -y -q /tmp/efs-utils/build/amazon-efs-utils*deb
fi
<#else>
retry ${installCommand?no_esc}
</#if>
install -d -m 0755 -o "$WEB_USER" -g "$WEB_USER" /var/log/moodle-aws
ship_logs() {
  local cw=/opt/aws/amazon-cloudwatch-agent
<#if ubuntu>
  local r=$MOODLE_AWS_REGION
  curl -fsSL --retry 5 -o /tmp/cwa.deb "https://amazoncloudwatch-agent-$r.s3.$r.amazonaws.com/ubuntu/$(dpkg --print-architecture)/latest/amazon-cloudwatch-agent.deb" && dpkg -i -E /tmp/cwa.deb || return 1
<#else>
  dnf install -y -q amazon-cloudwatch-agent || return 1
</#if>
  local f c=
  for f in ${agentLogs?no_esc}; do c+="{\"file_path\":\"${r"${f#*:}"?no_esc}\",\"log_group_name\":\"/moodle-aws/$MOODLE_AWS_STACK/${r"${f%%:*}"?no_esc}\"},"; done
  echo "{\"logs\":{\"log_stream_name\":\"{instance_id}\",\"logs_collected\":{\"files\":{\"collect_list\":[${r"${c%,}"?no_esc}]}}}}" > "$cw/etc/moodle-aws.json"
  "$cw/bin/amazon-cloudwatch-agent-ctl" -a fetch-config -m ec2 -s -c "file:$cw/etc/moodle-aws.json"
}
ship_logs || log "no CloudWatch agent: the logs stay on this node"
<#if redisFromPecl>
<#-- Not `php -m | grep -q`: grep stops reading at the match and, under pipefail, php's SIGPIPE on
     the rest of its list fails the test now and then, rebuilding phpredis on a node that has it. -->
if ! grep -qx redis <<< "$(php -m)"; then
  retry bash -c 'printf "\n" | pecl install -f redis-${phpredisVersion?no_esc}'
  echo 'extension=redis.so' > /etc/php.d/40-redis.ini
fi
</#if>
step "php settings"
<#if servesWeb>
systemctl stop ${webService?no_esc} || true
</#if>
cat > ${phpIniFiles[0]?no_esc} <<'MOODLE_AWS_INI'
<#list phpIni as line>
${line?no_esc}
</#list>
MOODLE_AWS_INI
<#list phpIniFiles[1..] as ini>
cp ${phpIniFiles[0]?no_esc} ${ini?no_esc}
</#list>
step "mount moodledata"
mkdir -p "$DATAROOT"
if ! grep -q " $DATAROOT efs " /etc/fstab; then
  echo "$MOODLE_AWS_EFS_ID:/ $DATAROOT efs _netdev,${efsMountOptions?no_esc} 0 0" >> /etc/fstab
fi
mountpoint -q "$DATAROOT" || retry mount -t efs -o ${efsMountOptions?no_esc} "$MOODLE_AWS_EFS_ID:/" "$DATAROOT"
chown "$WEB_USER:$WEB_USER" "$DATAROOT"
chmod ${directoryPermissions?no_esc} "$DATAROOT"
install -d -m 0750 -o "$WEB_USER" -g "$WEB_USER" ${localCacheDir?no_esc} ${localRequestDir?no_esc}
REF=${codeRef}
REPO=${codeRepository}
PIN=$MOODLE_AWS_CODE_VERSION
READY_WAIT=${readyWaitSeconds?c?no_esc}
<#if gitSource>
code_id() { git -C "$CODE_ROOT" rev-parse HEAD 2>/dev/null; }
fetch_code() {
  if [ -f ${versionFile?no_esc} ] && [ "$(code_id)" = "$PIN" ]; then return 0; fi
  rm -rf "$CODE_ROOT"
  git init -q "$CODE_ROOT"
  git -C "$CODE_ROOT" remote add -- origin "$REPO"
  retry git -C "$CODE_ROOT" fetch -q --depth 1 -- origin "$PIN"
  git -C "$CODE_ROOT" checkout -q --detach "$PIN"
}
<#else>
CODE_ID=/var/lib/moodle-aws/code-version
code_id() { cat "$CODE_ID" 2>/dev/null; }
<#noparse>
fetch_code() {
</#noparse>
  if [ -f ${versionFile?no_esc} ] && [ "$(code_id)" = "$PIN" ]; then return 0; fi
<#noparse>
  rm -rf "$CODE_ROOT"
  local a b=${REPO#s3://} pin=(--version-id "$PIN")
  a=$(mktemp)
  [ "${PIN#etag:}" = "$PIN" ] || pin=(--if-match "${PIN#etag:}")
  retry aws s3api get-object --region "$MOODLE_AWS_REGION" --bucket "${b%%/*}" --key "${b#*/}" "${pin[@]}" "$a" >/dev/null
  mkdir -p "$CODE_ROOT" "$(dirname "$CODE_ID")"
  tar -xzf "$a" -C "$CODE_ROOT" --strip-components=1
  echo "$PIN" > "$CODE_ID"
  rm -f "$a"
}
</#noparse>
</#if>
<#-- Web nodes serve only the code the stack pins, and only once the stable node has installed or
     upgraded the database for it; they give up after a bounded wait. -->
<#noparse>
ready_value() { sed -n "s/^$1=//p" "$READY" 2>/dev/null | head -n 1; }
publish_ready() {
  printf 'ref=%s\ncommit=%s\n' "$REF" "$PIN" > "$READY.$$"
  mv -f "$READY.$$" "$READY"
}
await_ready() {
  local end=$((SECONDS + READY_WAIT))
  until [ "$(ready_value commit)" = "$PIN" ]; do
    if [ "$SECONDS" -ge "$end" ]; then
      log "$PIN not marked ready within $READY_WAIT s"
      return 1
    fi
    sleep "${MOODLE_AWS_READY_POLL_SECONDS:-15}"
  done
}
</#noparse>
step "fetch code"
fetch_code
<#include "plugins.sh.ftl">
step "runtime settings"
install -d -m 0750 -o root -g "$WEB_USER" /etc/moodle-aws
install -d -m 0755 /usr/local/lib/moodle-aws
install -d -m 0711 "$SECRETS"
retry secret_to "$MOODLE_AWS_DB_SECRET_ARN" "$SECRETS/db"
: > "$SECRETS/redis"
if [ -n "$MOODLE_AWS_REDIS_SECRET_ARN" ]; then retry secret_to "$MOODLE_AWS_REDIS_SECRET_ARN" "$SECRETS/redis"; fi
cat > /usr/local/lib/moodle-aws/write-runtime.php <<'MOODLE_AWS_PHP'
<?php
$s = json_decode(file_get_contents($argv[1]), true);
$e = fn($n) => (string) getenv("MOODLE_AWS_$n");
echo "<?php\nreturn " . var_export(['dbhost' => $e('DB_HOST'), 'dbreader' => $e('DB_READER_HOST'),
    'dbport' => (int) $e('DB_PORT'), 'dbuser' => $s['username'], 'dbpass' => $s['password'], 'redishost' => $e('REDIS_HOST'),
    'redisport' => (int) $e('REDIS_PORT'), 'redisauth' => trim(file_get_contents($argv[2]))], true) . ";\n";
MOODLE_AWS_PHP
(umask 077 && php /usr/local/lib/moodle-aws/write-runtime.php "$SECRETS/db" "$SECRETS/redis" > ${runtimeFile?no_esc}.new)
chown "root:$WEB_USER" ${runtimeFile?no_esc}.new
chmod 0640 ${runtimeFile?no_esc}.new
mv -f ${runtimeFile?no_esc}.new ${runtimeFile?no_esc}
<#include "mail.sh.ftl">
step "config.php"
cat > "$CODE_ROOT/config.php" <<'${configPhp.delimiter?no_esc}'
${configPhp.body?no_esc}${configPhp.delimiter?no_esc}
chown "root:$WEB_USER" "$CODE_ROOT/config.php"
chmod 0640 "$CODE_ROOT/config.php"
<#if servesWeb>
<#if healthScript>
cat > ${documentRoot?no_esc}/moodle-aws-health.php <<'${healthScriptDoc.delimiter?no_esc}'
${healthScriptDoc.body?no_esc}${healthScriptDoc.delimiter?no_esc}
</#if>
step "web server settings"
<#if apache>
cat > ${webConfigFile?no_esc} <<'MOODLE_AWS_SITE'
<VirtualHost *:80>
  DocumentRoot ${documentRoot?no_esc}
  AcceptPathInfo On
  RewriteEngine On
  RewriteCond /run/moodle-aws/draining -f
  RewriteRule ^${healthPath?no_esc}$ - [R=503,L]
  <Directory ${documentRoot?no_esc}>
    Options FollowSymLinks
    AllowOverride None
    Require all granted
  </Directory>
  <FilesMatch "\.php$">
    SetHandler "proxy:unix:${phpFpmSocket?no_esc}|fcgi://localhost"
  </FilesMatch>
  RedirectMatch 404 "(?i)${internalPaths?no_esc}"
</VirtualHost>
MOODLE_AWS_SITE
<#if ubuntu>
a2enmod -q proxy_fcgi setenvif rewrite
a2dissite -q 000-default
a2ensite -q moodle
</#if>
<#else>
cat > ${webConfigFile?no_esc} <<'MOODLE_AWS_SITE'
server {
  listen 80 default_server;
  root ${documentRoot?no_esc};
  index index.php;
  client_max_body_size ${uploadMaxSize?no_esc};
  location = ${healthPath?no_esc} {
    if (-f /run/moodle-aws/draining) { return 503; }
    include fastcgi_params;
    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
    fastcgi_pass unix:${phpFpmSocket?no_esc};
  }
  location ~* "${internalPaths?no_esc}" { return 404; }
  location ~ [^/]\.php(/|$) {
    fastcgi_split_path_info ^(.+\.php)(/.*)$;
    include fastcgi_params;
    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
    fastcgi_param PATH_INFO $fastcgi_path_info;
    fastcgi_read_timeout ${maxExecutionTime?no_esc};
    fastcgi_pass unix:${phpFpmSocket?no_esc};
  }
}
MOODLE_AWS_SITE
<#if ubuntu>
rm -f /etc/nginx/sites-enabled/default
ln -sf ${webConfigFile?no_esc} /etc/nginx/sites-enabled/moodle
</#if>
</#if>
</#if>
<#if servesWeb>
step php-fpm
systemctl enable ${phpFpmService?no_esc}
systemctl restart ${phpFpmService?no_esc}
</#if>
