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
state=$(retry db_state)
if [ "$state" = empty ]; then
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
  set +e
  site_php "$CLI/upgrade.php" --is-pending
  pending=$?
  set -e
  if [ "$pending" -eq 2 ]; then
    log "new code version: upgrading"
    site_php "$CLI/maintenance.php" --enable
    site_php "$CLI/upgrade.php" --non-interactive
    site_php "$CLI/maintenance.php" --disable
  fi
fi
install -d -m 0755 /usr/local/lib/moodle-aws
cat > /usr/local/lib/moodle-aws/configure-caches.php <<'${cachesScript.delimiter?no_esc}'
${cachesScript.body?no_esc}${cachesScript.delimiter?no_esc}
site_php /usr/local/lib/moodle-aws/configure-caches.php "$CODE_ROOT/config.php"
site_php "$CLI/purge_caches.php"
publish_ready
<#if runsCron>
cat > /etc/cron.d/moodle <<'MOODLE_AWS_CRON'
${cronLine?no_esc}
MOODLE_AWS_CRON
systemctl enable --now ${cronService?no_esc}
</#if>
<#if inTargetGroup>
systemctl enable --now ${webService?no_esc}
</#if>
log "stable node ready"
