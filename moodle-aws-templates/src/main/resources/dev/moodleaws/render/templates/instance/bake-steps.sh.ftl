<#-- What a bake does once, and what every boot does first when the nodes install at boot: packages,
     PHP and its settings, the AWS CLI, efs-utils, the log agent, the Moodle code at the pinned version
     and its plugins, the web server and its site, the drain service. Nothing here needs the node's
     file system, secrets or stack: the image holds all of it, and the web server stays off until a
     boot has written the node's settings. -->
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
install_log_agent() {
<#if ubuntu>
  local r=$MOODLE_AWS_REGION
  curl -fsSL --retry 5 -o /tmp/cwa.deb "https://amazoncloudwatch-agent-$r.s3.$r.amazonaws.com/ubuntu/$(dpkg --print-architecture)/latest/amazon-cloudwatch-agent.deb" && dpkg -i -E /tmp/cwa.deb || return 1
<#else>
  dnf install -y -q amazon-cloudwatch-agent || return 1
</#if>
}
install_log_agent || log "the CloudWatch agent could not be installed"
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
systemctl disable --now ${webService?no_esc} || true
</#if>
cat > ${phpIniFiles[0]?no_esc} <<'MOODLE_AWS_INI'
<#list phpIni as line>
${line?no_esc}
</#list>
MOODLE_AWS_INI
<#list phpIniFiles[1..] as ini>
cp ${phpIniFiles[0]?no_esc} ${ini?no_esc}
</#list>
REPO=${codeRepository}
<#if gitSource>
fetch_code() {
  if [ -f ${versionFile?no_esc} ] && [ "$(code_id)" = "$PIN" ]; then return 0; fi
  rm -rf "$CODE_ROOT"
  git init -q "$CODE_ROOT"
  git -C "$CODE_ROOT" remote add -- origin "$REPO"
  retry git -C "$CODE_ROOT" fetch -q --depth 1 -- origin "$PIN"
  git -C "$CODE_ROOT" checkout -q --detach "$PIN"
}
<#else>
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
step "fetch code"
fetch_code
<#include "plugins.sh.ftl">
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
<#if drainService>
step "spot drain"
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
</#if>
