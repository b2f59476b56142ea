# Runbook: ${name}

Moodle ${moodleVersion} at ${wwwroot}, in ${region}. Instances run ${os} with ${webServer} and PHP ${phpVersion}.
Code: ${codeRepository} at `${codeRef}`.

## First deploy

1. CloudFormation creates the network, the database, EFS, Redis, the stable node and the web fleet
   (about 20 to 40 minutes; the database and the Redis replication group take longest).
2. The stable node boots: it installs packages<#if ubuntu> and builds amazon-efs-utils ${efsUtilsTag}</#if>,
   mounts EFS at `${dataroot}`, fetches the code into `${codeRoot}`, writes
   `/etc/moodle-aws/runtime.php` (database and Redis hosts and secrets from Secrets Manager, mode 0640)
   and `config.php`, finds the database empty and runs `admin/cli/install_database.php` with the
   administrator from the admin secret (10 to 20 minutes).
3. It then maps the application and session caches to Redis (request caches stay on the static store),
   writes `${readyFile}`<#if runsCron> and installs the cron entry in `/etc/cron.d/moodle`</#if>.
4. Web nodes wait for that file to name `${codeRef}` before they start ${webServer}; the load balancer
   health check (`${healthPath}`) passes only then. The load balancer sends its checks with the
   node's IP as `Host`; Moodle's own pages redirect such requests to the site's address, so the
   target group checks `/moodle-aws-health.php`, which answers 200 when the node reaches the
   database, Redis and moodledata, and 503 naming what it cannot reach. If the first install takes longer than the fleet's
   health check grace period, the fleet replaces web nodes once or twice; that is harmless.

## One commit for the whole fleet

`${codeRef}` may be a branch that moves. Plan and deploy resolve it to its exact commit (for an S3
archive: its version ID, or `etag:` and its ETag in a bucket without versioning) and pass it to the
stack as the parameter `CodeVersion`, with the images as `WebImageId` and `StableImageId`; the plan
prints each with the value the stack has now (`CHANGED` when it moves). Every node checks out exactly
that commit (`MOODLE_AWS_CODE_VERSION` in its boot script), so a replaced stable node reinstalls the
same code and never upgrades unattended, and a Spot replacement runs what the database was installed
or upgraded for. The stable node marks the commit ready in `${readyFile}`, two lines:

    ref=${codeRef}
    commit=<the pinned commit or archive version>

It writes a temporary file beside it and moves it into place, and removes the file while it upgrades.
A web node waits until the file names its own commit, at most ${readyWaitMinutes} minutes, then its boot fails
(`not marked ready within` in its log). If the pinned commit is gone from the repository or the
archive version was deleted, every new node fails at the step `fetch code`: deploy again, which pins
what the ref or archive is now. To see what a node runs: `cat ${readyFile}` and
`git -C ${codeRoot} rev-parse HEAD`.

## Boot signals

Every boot ends in exactly one CloudFormation signal to the node's group: SUCCESS when the stable
node has installed or upgraded the site and marked it ready, or when a web node answers its health
check; FAILURE when any step fails, its unique ID naming the step (`i-0123... failed at upgrade moodle`
in the stack events). The first deploy waits for the stable node (${stableSignalMinutes} minutes at most) and
for every web node (${webSignalMinutes} minutes at most); a replacement of the stable node and every batch of a
rolling update of the fleet wait as long. A failure or a timeout fails the deploy, and
CloudFormation rolls back.

Follow progress in the CloudFormation console (stack events) and on the instances (below).

## Boot logs

Open a shell with Session Manager (no SSH needed):

    aws ssm start-session --region ${region} --target <instance-id>
    sudo tail -f /var/log/moodle-aws-boot.log

Each step is logged with a UTC time stamp as `step: <name>`; `retry N:` lines show network steps
being retried and `gave up:` the command that failed. When a boot fails, its last line is
`boot failed at step: <name> (exit code N)`. `/var/log/cloud-init-output.log` holds the same output.
Cron output goes to `/var/log/moodle-aws/cron.log` on the stable node. The Spot drain service:
`journalctl -u moodle-aws-spot-drain`.

On every node the CloudWatch agent ships the boot log, the web server's access and error logs
(where the node serves) and PHP-FPM's log, and on the stable node the cron log, to the log groups
`/moodle-aws/<stack>/boot`, `web-access`, `web-error`, `php-fpm` and `cron`, one stream per
instance, so they outlive the node (Spot nodes vanish):

    aws logs tail --region ${region} --follow /moodle-aws/${name}/boot

When a node could not install the agent, its boot log says `no CloudWatch agent` and the logs stay
on the node. After every completed cron run the stable node publishes `CronRunsCompleted` and
`OldestAdhocTaskAgeSeconds` (namespace `MoodleAws`, dimension `Stack`); the alarms
`AlarmCronStopped` and `AlarmTaskQueueAge` watch them, and the stack's dashboard shows them beside
the load balancer, fleet, database, Redis and EFS.

## Upgrading Moodle

1. Change `moodle.code.ref` (and `moodle.version` for a new major release) in the descriptor.
2. Run `mvn moodle-aws:plan`, check the change set, then `mvn moodle-aws:deploy`.
3. The stable node's boot script sees `admin/cli/upgrade.php --is-pending` report an upgrade, removes
   `${readyFile}`, puts the site into maintenance mode, runs `upgrade.php --non-interactive`,
   re-applies the cache configuration, leaves maintenance mode once the database matches the code,
   and writes the new commit into `${readyFile}`. Any other answer than "nothing to do" (0) or
   "upgrade pending" (2) — code older than the database, an error — stops its boot with a FAILURE
   signal at the step `upgrade check`; the update rolls back.
4. New web nodes (the rolling update of the fleet) wait for that commit and only then serve; the
   rolling update replaces the old web nodes batch by batch right after.

Expect a short window of notices. While the upgrade runs, every page shows Moodle's maintenance page:
the CLI maintenance mode is a file in `${dataroot}`, which all nodes share, so the old web nodes,
which keep serving the old code, show it too. Between the end of the upgrade and the replacement of the last old web node, a request
that reaches an old node may show an upgrade notice or an error, because its code is older than the
database. A weekly (minor) release upgrades in a few minutes; a major release, or a large site, takes
10 to 30 minutes and more. The new web nodes then need their boot time (5 to 10 minutes) per batch.
Plan the change in a quiet hour and announce it. Watch it:

- the stable node's boot log (`sudo tail -f /var/log/moodle-aws-boot.log`): `new code version:
  upgrading`, then `stable node ready`;
- `cat ${readyFile}` on any node: the new ref and commit appear when the upgrade is done;
- the stack events in the CloudFormation console, or `aws cloudformation describe-stack-events
  --region ${region} --stack-name <stack>`: the web group's rolling update reports each batch that
  received its success signals;
- the load balancer's target group: old targets draining, new ones healthy.

To run the stable node's steps again by hand: `sudo bash /var/lib/cloud/instance/scripts/part-001`
(the boot script is idempotent).

## Caches

Caches are configured without clicking: the stable node runs
`/usr/local/lib/moodle-aws/configure-caches.php`, which uses Moodle's own cache configuration API to
add a Redis store and map the application and session modes to it. Limits: it runs when the stable
node boots, so a change made later in *Site administration > Plugins > Caching* stays until the next
stable boot overwrites the mappings; definitions mapped one by one are left alone.

## Alarms

Every CloudWatch alarm of the stack (5xx answers, unhealthy nodes, database writer CPU, memory or
storage, Redis CPU and memory of the busiest node, EFS burst credits) notifies the SNS topic
`AlarmTopic` when it goes into ALARM. <#if alertEmails?has_content>It mails
<#list alertEmails as e>`${e}`<#sep>, </#list>: each address receives a confirmation mail from AWS after
the first deploy and gets nothing until it confirms.<#else>No address is subscribed (`alerts.emails` is
empty): subscribe one in the SNS console, or add `alerts.emails` to the descriptor and deploy.</#if>
The database and Redis alarms watch the writer role and every Redis node, so a failover does not move
the primary out of their sight.

<#include "RUNBOOK-mail.md.ftl">

## Backups and the restore drill

<#if backups>
AWS Backup backs the database<#if fileSystemInPlan> and the file system</#if> up on `${backupSchedule}`
(UTC) into the stack's vault and keeps each recovery point ${backupRetentionDays} days<#if pitr>; the
database can also be restored to any second of that time (point-in-time recovery)</#if>.<#if copyVault??>
Every recovery point is copied to `${copyVault}`.</#if> The vault and its recovery points stay when the
stack is deleted.

Practise a restore every few months, into new resources beside the site (the site is not touched).
Set the names once:

    R=${region}; S=${name}
    VAULT=$(aws cloudformation describe-stack-resource --region $R --stack-name $S --logical-resource-id BackupVault --query StackResourceDetail.PhysicalResourceId --output text)
    ROLE=$(aws iam get-role --role-name "$(aws cloudformation describe-stack-resource --region $R --stack-name $S --logical-resource-id BackupRole --query StackResourceDetail.PhysicalResourceId --output text)" --query Role.Arn --output text)
    aws backup list-recovery-points-by-backup-vault --region $R --backup-vault-name "$VAULT" --query 'RecoveryPoints[].[ResourceType,CreationDate,Status,RecoveryPointArn]' --output table

1. The database: take the newest `${dbResourceType}` recovery point, read what a restore needs, and
   restore it under a new name:

       RP=<recovery point ARN of the database>
       aws backup get-recovery-point-restore-metadata --region $R --backup-vault-name "$VAULT" --recovery-point-arn "$RP"
       aws backup start-restore-job --region $R --recovery-point-arn "$RP" --iam-role-arn "$ROLE" --metadata '<#if aurora>{"DBClusterIdentifier":"'$S'-drill","Engine":"${engine}","DBSubnetGroupName":"<DBSubnetGroupName from the metadata>","VpcSecurityGroupIds":"[\"<database security group>\"]"}<#else>{"DBInstanceIdentifier":"'$S'-drill","DBSubnetGroupName":"<DBSubnetGroupName from the metadata>","VpcSecurityGroupIds":"[\"<database security group>\"]","MultiAZ":"false"}</#if>'
<#if aurora>
       # an Aurora restore makes the cluster only: add one instance to query it
       aws rds create-db-instance --region $R --db-instance-identifier $S-drill-1 --db-cluster-identifier $S-drill --engine ${engine} --db-instance-class ${instanceClass}
</#if>

<#if fileSystemInPlan>
2. The file system: restore the newest EFS recovery point into a new, encrypted file system:

       RP=<recovery point ARN of the file system>
       aws backup start-restore-job --region $R --recovery-point-arn "$RP" --iam-role-arn "$ROLE" --metadata '{"newFileSystem":"true","Encrypted":"true","PerformanceMode":"generalPurpose","CreationToken":"'$S'-drill"}'

</#if>
3. Follow the jobs until they are `COMPLETED` (a database takes tens of minutes):

       aws backup list-restore-jobs --region $R --by-created-after "$(date -u -d '-1 day' +%FT%TZ)" --query 'RestoreJobs[].[ResourceType,Status,CreatedResourceArn,StatusMessage]' --output table

4. Check what came back, from the stable node (Session Manager): the restored database answers and
   holds the site (`SELECT COUNT(*) FROM mdl_user; SELECT MAX(timemodified) FROM mdl_files;` against
   the drill endpoint with the credentials of `/etc/moodle-aws/runtime.php`), and the restored file
   system holds moodledata (mount it with `mount -t efs -o tls,iam <fs-id>:/ /mnt` after adding a
   mount target in a private subnet, and compare `du -s` of its `filedir` with `${dataroot}/filedir`).
   Write down how long each restore took: that is the site's recovery time.
5. Delete the drill resources:

<#if aurora>
       aws rds delete-db-instance --region $R --db-instance-identifier $S-drill-1 --skip-final-snapshot
       aws rds delete-db-cluster --region $R --db-cluster-identifier $S-drill --skip-final-snapshot
<#else>
       aws rds delete-db-instance --region $R --db-instance-identifier $S-drill --skip-final-snapshot
</#if>
<#if fileSystemInPlan>
       aws efs delete-file-system --region $R --file-system-id <restored fs-id>  # after deleting its mount targets
</#if>

To bring the site itself back from these recovery points, restore them the same way, then point a
stack at the restored database and file system (the site's own resources are replaced only with
`moodle-aws.allowReplacement`).
<#else>
There is no backup plan (`backup.enabled` is false): the database keeps its automated backups for
${dbRetentionDays} days<#if fileSystemBackups> and EFS its automatic backups</#if>. Restore from them in the
RDS and AWS Backup consoles into new resources.
</#if>

<#include "RUNBOOK-plugins.md.ftl">

## When a check fails

- `mvn moodle-aws:validate` names each finding with its rule ID, the descriptor line and a fix.
  Fix the descriptor; suppress a finding only with a written reason.
- A web node never becomes healthy: read its boot log; most often it is still waiting for
  `${readyFile}` (look at the stable node's log) or EFS did not mount (security group, mount targets).
- The site shows the maintenance page for long: an upgrade failed on the stable node; read its log,
  fix the cause, run the boot script again, or `sudo -u ${webUser} php ${cliDir}/maintenance.php --disable`.
  After a rollback to the old code, restore the database from before the upgrade; the stable node's
  next boot then finds database and code matching and ends the maintenance mode itself.
- Cron: only the stable node runs it (`/etc/cron.d/moodle`); web nodes have none by design.

## What was tested before this site was rendered

The project's site test runs these boot scripts whole on real Moodle 4.5, MariaDB, Redis (TLS,
AUTH), PHP-FPM with Apache and haproxy as the load balancer, with stand-ins for the AWS APIs, and
checks the first install, a web node waiting and then serving, the health check, an administrator
login with the session in Redis, the cache mappings, cron on the stable node only, and Moodle's
status and security checks; and again on Moodle 5.1 (`public/` layout) with nginx on Amazon Linux
2023 paths, with a plugin installed from S3 on every node, a plugin too new for the site stopping
the boot with a FAILURE naming the step, and mail through an SMTP relay with STARTTLS and a login.
Not run there yet: reboots, failed steps, Spot draining, upgrades, password rotation and the
replacement of the stable node. Only a real AWS account shows the rest: CloudFormation itself and its
signals' timeouts, IAM, the ALB, EFS, RDS/Aurora and ElastiCache, Spot interruptions, the images'
own packages (PHP 8.3, phpredis from pecl on Amazon Linux), Amazon SES and mail delivery beyond
the relay. Try a new site or an upgrade in a staging stack first.

## Rollback

- A failed stack update rolls back by itself; the deployer shows the failing resource.
- Moodle's database upgrades cannot be undone by going back to the old code: restore the database
  snapshot or point-in-time backup taken before the upgrade, and the EFS backup, then deploy the old
  `moodle.code.ref`.
- The database, EFS and Redis keep snapshots on replacement or deletion; restore from them with new
  resource names and point the stack at them.
