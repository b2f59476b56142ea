#!/bin/bash
set -euo pipefail
exec > >(tee -a /var/log/moodle-aws-boot.log) 2>&1
umask 022
log() { echo "moodle-aws $(date -u +%FT%TZ) $*" >&2; }
retry() {
  local n=1
  until "$@"; do
    if [ "$n" -ge 8 ]; then log "gave up: $*"; return 1; fi
    log "retry $n: $*"; sleep $((n * 5)); n=$((n + 1))
  done
}
secret() { aws secretsmanager get-secret-value --region "$MOODLE_AWS_REGION" --secret-id "$1" --query SecretString --output text; }
WEB_USER=${webUser}
CODE_ROOT=${codeRoot}
DATAROOT=${dataroot}
READY=${readyFile}
log "boot of the ${role?no_esc} node"
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
<#if redisFromPecl>
if ! php -m | grep -qx redis; then
  retry bash -c 'printf "\n" | pecl install -f redis-${phpredisVersion?no_esc}'
  echo 'extension=redis.so' > /etc/php.d/40-redis.ini
fi
</#if>
systemctl stop ${webService?no_esc} || true
cat > ${phpIniFiles[0]?no_esc} <<'MOODLE_AWS_INI'
<#list phpIni as line>
${line?no_esc}
</#list>
MOODLE_AWS_INI
<#list phpIniFiles[1..] as ini>
cp ${phpIniFiles[0]?no_esc} ${ini?no_esc}
</#list>
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
<#if gitSource>
fetch_code() {
  [ -f "$CODE_ROOT/version.php" ] && return 0
  rm -rf "$CODE_ROOT"
  git init -q "$CODE_ROOT"
  git -C "$CODE_ROOT" remote add origin "$REPO"
  retry git -C "$CODE_ROOT" fetch -q --depth 1 origin "$REF"
  git -C "$CODE_ROOT" checkout -q --detach FETCH_HEAD
}
code_id() { git -C "$CODE_ROOT" rev-parse HEAD; }
pin_code() {
  [ "$(code_id)" = "$1" ] && return 0
  log "$REF has moved on: checking out $1, the commit the stable node installed"
  retry git -C "$CODE_ROOT" fetch -q --depth 1 origin "$1"
  git -C "$CODE_ROOT" checkout -q --detach "$1"
  [ "$(code_id)" = "$1" ]
}
<#else>
CODE_ID=/var/lib/moodle-aws/code-sha256
fetch_code() {
  [ -f "$CODE_ROOT/version.php" ] && return 0
  rm -rf "$CODE_ROOT"
  local a
  a=$(mktemp)
  retry aws s3 cp --region "$MOODLE_AWS_REGION" "$REPO" "$a"
  mkdir -p "$CODE_ROOT" "$(dirname "$CODE_ID")"
  tar -xzf "$a" -C "$CODE_ROOT" --strip-components=1
  sha256sum "$a" | cut -d' ' -f1 > "$CODE_ID"
  rm -f "$a"
}
code_id() { cat "$CODE_ID"; }
pin_code() {
  [ "$(code_id)" = "$1" ] && return 0
  log "$REPO is not the archive the stable node installed (sha256 $1): upload it again or deploy again"
  return 1
}
</#if>
ready_value() { sed -n "s/^$1=//p" "$READY" 2>/dev/null | head -n 1; }
publish_ready() {
  local c
  c=$(code_id)
  printf 'ref=%s\ncommit=%s\n' "$REF" "$c" > "$READY.$$"
  mv -f "$READY.$$" "$READY"
}
await_ready() {
  until [ "$(ready_value ref)" = "$REF" ]; do sleep 15; done
  local c
  c=$(ready_value commit)
  if [ -z "$c" ] || ! pin_code "$c"; then
    log "cannot run the code the stable node installed (commit '$c' of $REF)"
    return 1
  fi
}
fetch_code
install -d -m 0750 -o root -g "$WEB_USER" /etc/moodle-aws
DB_SECRET=$(retry secret "$MOODLE_AWS_DB_SECRET_ARN")
REDIS_AUTH=""
if [ -n "$MOODLE_AWS_REDIS_SECRET_ARN" ]; then REDIS_AUTH=$(retry secret "$MOODLE_AWS_REDIS_SECRET_ARN"); fi
export DB_SECRET REDIS_AUTH
php > ${runtimeFile?no_esc}.new <<'MOODLE_AWS_PHP'
<?php
$s = json_decode(getenv('DB_SECRET'), true);
$r = ['dbhost' => getenv('MOODLE_AWS_DB_HOST'), 'dbreader' => (string) getenv('MOODLE_AWS_DB_READER_HOST'),
    'dbport' => (int) getenv('MOODLE_AWS_DB_PORT'), 'dbuser' => $s['username'], 'dbpass' => $s['password'],
    'redishost' => (string) getenv('MOODLE_AWS_REDIS_HOST'), 'redisport' => (int) getenv('MOODLE_AWS_REDIS_PORT'),
    'redisauth' => (string) getenv('REDIS_AUTH')];
echo "<?php\nreturn " . var_export($r, true) . ";\n";
MOODLE_AWS_PHP
unset DB_SECRET REDIS_AUTH
chown "root:$WEB_USER" ${runtimeFile?no_esc}.new
chmod 0640 ${runtimeFile?no_esc}.new
mv -f ${runtimeFile?no_esc}.new ${runtimeFile?no_esc}
<#include "mail.sh.ftl">
cat > "$CODE_ROOT/config.php" <<'${configPhp.delimiter?no_esc}'
${configPhp.body?no_esc}${configPhp.delimiter?no_esc}
chown "root:$WEB_USER" "$CODE_ROOT/config.php"
chmod 0640 "$CODE_ROOT/config.php"
<#if healthScript>
cat > ${documentRoot?no_esc}/moodle-aws-health.php <<'${healthScriptDoc.delimiter?no_esc}'
${healthScriptDoc.body?no_esc}${healthScriptDoc.delimiter?no_esc}
</#if>
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
  <DirectoryMatch "/\.git">
    Require all denied
  </DirectoryMatch>
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
  location ~ [^/]\.php(/|$) {
    fastcgi_split_path_info ^(.+\.php)(/.*)$;
    include fastcgi_params;
    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
    fastcgi_param PATH_INFO $fastcgi_path_info;
    fastcgi_read_timeout ${maxExecutionTime?no_esc};
    fastcgi_pass unix:${phpFpmSocket?no_esc};
  }
  location ~ /\.git { deny all; }
}
MOODLE_AWS_SITE
<#if ubuntu>
rm -f /etc/nginx/sites-enabled/default
ln -sf ${webConfigFile?no_esc} /etc/nginx/sites-enabled/moodle
</#if>
</#if>
systemctl enable ${phpFpmService?no_esc}
systemctl restart ${phpFpmService?no_esc}
