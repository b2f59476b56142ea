<#include "base.sh.ftl">
CLI=${cliDir}
site_php() { runuser -u "$WEB_USER" -- php "$@"; }
cat > /usr/local/lib/moodle-aws/db-state.php <<'MOODLE_AWS_PHP'
<?php
$r = require('/etc/moodle-aws/runtime.php');
$db = new mysqli($r['dbhost'], $r['dbuser'], $r['dbpass'], '', $r['dbport']);
$q = $db->prepare(
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'mdl_config'");
$q->bind_param('s', $argv[1]);
$q->execute();
echo $q->get_result()->fetch_row()[0] > 0 ? 'installed' : 'empty';
MOODLE_AWS_PHP
cat > /usr/local/lib/moodle-aws/install.php <<'MOODLE_AWS_PHP'
<?php
$a = json_decode(file_get_contents($argv[1]), true);
$_SERVER['argv'] = ['install_database.php', '--agree-license', "--fullname=$argv[3]", "--shortname=$argv[4]",
    "--adminuser=$a[username]", "--adminpass=$a[password]", "--adminemail=$argv[5]"];
$_SERVER['argc'] = 7;
unset($a);
require($argv[2] . '/install_database.php');
MOODLE_AWS_PHP
db_state() { php /usr/local/lib/moodle-aws/db-state.php ${dbname}; }
step "database state"
state=$(retry db_state)
if [ "$state" = empty ]; then
  step "install moodle"
  retry secret_to "$MOODLE_AWS_ADMIN_SECRET_ARN" "$SECRETS/admin" "$WEB_USER"
  site_php /usr/local/lib/moodle-aws/install.php "$SECRETS/admin" "$CLI" ${fullName} ${shortName} ${adminEmail}
  rm -f "$SECRETS/admin"
else
  step "upgrade check"
  set +e
  site_php "$CLI/upgrade.php" --is-pending
  pending=$?
  set -e
  case $pending in
    0) ;;
    2)
      step "upgrade moodle"
      log "new code version: upgrading"
      rm -f "$READY"
      withdrawn=$SECONDS
      site_php "$CLI/maintenance.php" --enable
      site_php "$CLI/upgrade.php" --non-interactive
<#-- Old web nodes fail their health check once the marker is gone; maintenance lasts until the load
     balancer has taken them out, so none serves old code against the upgraded database. -->
      left=$((withdrawn + ${outOfServiceSeconds?c?no_esc} - SECONDS))
      if [ "$left" -gt 0 ]; then
        log "maintenance for ${r"${left}"}s more: the load balancer takes the old web nodes out"
        sleep "$left"
      fi
      ;;
    *)
      log "upgrade.php --is-pending exited $pending: database and code do not match"
      exit 1
      ;;
  esac
  if [ -f "$DATAROOT/climaintenance.html" ]; then site_php "$CLI/maintenance.php" --disable; fi
fi
step caches
cat > /usr/local/lib/moodle-aws/configure-caches.php <<'${cachesScript.delimiter?no_esc}'
${cachesScript.body?no_esc}${cachesScript.delimiter?no_esc}
site_php /usr/local/lib/moodle-aws/configure-caches.php "$CODE_ROOT/config.php"
site_php "$CLI/purge_caches.php"
step "publish ready"
publish_ready
<#if runsCron>
step cron
install -d -m 0750 -o "$WEB_USER" -g "$WEB_USER" ${cronLockDir?no_esc}
printf 'REGION=%s\nSTACK=%s\n' "$MOODLE_AWS_REGION" "$MOODLE_AWS_STACK" > ${cronMetrics.env?no_esc}
cat > ${cronMetrics.path?no_esc} <<'${cronMetrics.script.delimiter?no_esc}'
${cronMetrics.script.body?no_esc}${cronMetrics.script.delimiter?no_esc}
chmod 0755 ${cronMetrics.path?no_esc}
printf '%s {\n  daily\n  rotate 7\n  compress\n  missingok\n  copytruncate\n}\n' ${cronMetrics.log?no_esc} > /etc/logrotate.d/moodle-aws
cat > /etc/cron.d/moodle <<'MOODLE_AWS_CRON'
${cronLine?no_esc}
MOODLE_AWS_CRON
systemctl enable --now ${cronService?no_esc}
</#if>
<#if inTargetGroup>
step "web server"
systemctl enable --now ${webService?no_esc}
</#if>
log "stable node ready"
