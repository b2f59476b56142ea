<#include "base.sh.ftl">
CLI=${cliDir}
site_php() { runuser -u "$WEB_USER" -- php "$@"; }
db_state() {
  DB_NAME=${dbname} php <<'MOODLE_AWS_PHP'
<?php
try {
    $r = require('/etc/moodle-aws/runtime.php');
    $db = new mysqli($r['dbhost'], $r['dbuser'], $r['dbpass'], '', $r['dbport']);
    $q = $db->prepare('SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?');
    $schema = getenv('DB_NAME');
    $table = 'mdl_config';
    $q->bind_param('ss', $schema, $table);
    $q->execute();
    $q->bind_result($n);
    $q->fetch();
    echo $n > 0 ? 'installed' : 'empty';
} catch (Throwable $e) {
    fwrite(STDERR, 'database not reachable: ' . $e->getMessage() . "\n");
    exit(1);
}
MOODLE_AWS_PHP
}
step "database state"
state=$(retry db_state)
if [ "$state" = empty ]; then
  step "install moodle"
  log "empty database: installing Moodle"
  ADMIN_SECRET=$(retry secret "$MOODLE_AWS_ADMIN_SECRET_ARN")
  export ADMIN_SECRET CLI
  export SITE_FULLNAME=${fullName} SITE_SHORTNAME=${shortName} SITE_ADMINEMAIL=${adminEmail}
  runuser -u "$WEB_USER" -- php <<'MOODLE_AWS_PHP'
<?php
$a = json_decode(getenv('ADMIN_SECRET'), true);
$_SERVER['argv'] = ['install_database.php', '--agree-license', '--fullname=' . getenv('SITE_FULLNAME'),
    '--shortname=' . getenv('SITE_SHORTNAME'), '--adminuser=' . $a['username'],
    '--adminpass=' . $a['password'], '--adminemail=' . getenv('SITE_ADMINEMAIL')];
$_SERVER['argc'] = count($_SERVER['argv']);
putenv('ADMIN_SECRET');
require(getenv('CLI') . '/install_database.php');
MOODLE_AWS_PHP
  unset ADMIN_SECRET
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
      site_php "$CLI/maintenance.php" --enable
      site_php "$CLI/upgrade.php" --non-interactive
      ;;
    *)
      log "upgrade.php --is-pending exited $pending: database and code do not match"
      exit 1
      ;;
  esac
  if [ -f "$DATAROOT/climaintenance.html" ]; then site_php "$CLI/maintenance.php" --disable; fi
fi
step caches
install -d -m 0755 /usr/local/lib/moodle-aws
cat > /usr/local/lib/moodle-aws/configure-caches.php <<'${cachesScript.delimiter?no_esc}'
${cachesScript.body?no_esc}${cachesScript.delimiter?no_esc}
site_php /usr/local/lib/moodle-aws/configure-caches.php "$CODE_ROOT/config.php"
site_php "$CLI/purge_caches.php"
step "publish ready"
publish_ready
<#if runsCron>
step cron
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
