#!/bin/bash
# After each completed run of Moodle's cron: tell CloudWatch that it completed, and how long the
# oldest due ad-hoc task has waited. Alarms of the stack watch both.
set -uo pipefail
# shellcheck source=/dev/null
. ${metricsEnv}
put() {
  aws cloudwatch put-metric-data --region "$REGION" --namespace ${namespace} --dimensions "Stack=$STACK" \
    --metric-name "$1" --value "$2" --unit "$3" || echo "moodle-aws: could not publish $1" >&2
}
put ${cronMetric} 1 Count
age=$(DB_NAME=${dbname} php <<'MOODLE_AWS_PHP'
<?php
$r = require('${runtimeFile?no_esc}');
$db = new mysqli($r['dbhost'], $r['dbuser'], $r['dbpass'], getenv('DB_NAME'), $r['dbport']);
$row = $db->query('SELECT UNIX_TIMESTAMP() - MIN(nextruntime) FROM mdl_task_adhoc WHERE nextruntime <= UNIX_TIMESTAMP()')->fetch_row();
echo max(0, (int) $row[0]), "\n";
MOODLE_AWS_PHP
) && put ${taskAgeMetric} "$age" Seconds
