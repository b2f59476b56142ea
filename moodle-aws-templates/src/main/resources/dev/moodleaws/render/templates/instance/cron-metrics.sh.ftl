#!/bin/bash
# shellcheck source=/dev/null
. ${metricsEnv}
put() { aws cloudwatch put-metric-data --region "$REGION" --namespace ${namespace} --dimensions "Stack=$STACK" --metric-name "$1" --value "$2" --unit "$3"; }
put ${cronMetric} 1 Count
age=$(DB_NAME=${dbname} php -r "\$r=require('${runtimeFile?no_esc}');\$d=new mysqli(\$r['dbhost'],\$r['dbuser'],\$r['dbpass'],getenv('DB_NAME'),\$r['dbport']);echo max(0,(int)\$d->query('SELECT UNIX_TIMESTAMP()-MIN(nextruntime) FROM mdl_task_adhoc WHERE nextruntime<=UNIX_TIMESTAMP()')->fetch_row()[0]);") && put ${taskAgeMetric} "$age" Seconds
