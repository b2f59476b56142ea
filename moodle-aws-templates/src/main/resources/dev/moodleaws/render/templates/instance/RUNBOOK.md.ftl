# Runbook: ${name}

Moodle ${moodleVersion} at ${wwwroot}, in ${region}. Instances run ${os} with ${webServer} and PHP ${phpVersion}.
Code: ${codeRepository} at ${codeRef}.

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
4. Web nodes wait for that file to name ${codeRef} before they start ${webServer}; the load balancer
   health check (${healthPath}) passes only then. The load balancer sends its checks with the
   node's IP as `Host`; Moodle's own pages redirect such requests to the site's address, so the
   target group checks `/moodle-aws-health.php`, which answers 200 when the node reaches the
   database, Redis and moodledata, and 503 naming what it cannot reach. If the first install takes longer than the fleet's
   health check grace period, the fleet replaces web nodes once or twice; that is harmless.

## One commit for the whole fleet

${codeRef} may be a branch that moves. Plan and deploy resolve it to its exact commit (for an S3
archive: its version ID, or `etag:` and its ETag in a bucket without versioning) and pass it to the
stack as the parameter `CodeVersion`, with <#if baked>the base image of the nodes' image as `BaseImageId`<#else>the images as `WebImageId` and `StableImageId`</#if>; the plan
prints each with the value the stack has now (`CHANGED` when it moves). Every node checks out exactly
that commit (`MOODLE_AWS_CODE_VERSION` in its boot script), so a replaced stable node reinstalls the
same code and never upgrades unattended, and a Spot replacement runs what the database was installed
or upgraded for. The stable node marks the commit ready in `${readyFile}`, three lines:

    ref=${codeRefInBlock}
    commit=<the pinned commit or archive version>
    dbuser=${dbUser}

It writes a temporary file beside it and moves it into place, and removes the file while it upgrades.
A web node waits until the file names its own commit and database user, at most ${readyWaitMinutes} minutes, then its boot fails
(`not marked ready within` in its log). If the pinned commit is gone from the repository or the
archive version was deleted, <#if baked>the next bake fails at the step `fetch code`<#else>every new node fails at the step `fetch code`</#if>: deploy again, which pins
what the ref or archive is now. To see what a node runs: `cat ${readyFile}` and
`git -C ${codeRoot} rev-parse HEAD`.

## Database credentials

Moodle connects as its own database user `${dbUser}`, whose password the stack generates into the
secret `DatabaseUserSecret`; the user has every privilege on the schema `${dbname}` and nothing else.
The RDS-managed master secret, which RDS rotates every 7 days, is read only by the stable node (step
`database user`), to create that user (at install, and on a site that does not have it yet) and to
set its password whenever its secret changes; a rotation of the master secret does not touch Moodle.
Every node runs the service `moodle-aws-runtime`, which every ${refreshSeconds} seconds reads the
secrets and rewrites `/etc/moodle-aws/runtime.php` atomically when they changed (its journal shows
`rewritten`, and `database user set from its secret` on the stable node; a failed read keeps the
file and is retried). Moodle reads that file on each request; PHP notices a new file within
${opcacheSeconds} seconds (OPcache revalidation).

To change Moodle's password, put a new password into `DatabaseUserSecret` (same `username`), or let
a rotation function change it on the database and in the secret: every request succeeds again
within ${rotationBoundMinutes} minutes without a reboot (the stable node sets it on the database within one refresh,
every node uses it within one refresh, PHP within its revalidation, and the load balancer takes back
a node it marked unhealthy meanwhile after its healthy threshold); requests in between may fail with
a database connection error. To apply it at once, run
`sudo /usr/local/lib/moodle-aws/refresh-runtime.sh` on the stable node, then on each web node (PHP
uses the new file within ${opcacheSeconds} seconds). The stack adds no rotation schedule for this secret,
since a schedule needs a rotation function in the VPC beside the database, which the stack does not
run: the password changes when you change it. To rotate it on a schedule, attach the MySQL
single-user rotation function of Secrets Manager to `DatabaseUserSecret` (add the keys it reads,
`engine`, `host` and `port`, to the secret's value; the nodes read only `username` and `password`);
the nodes follow each rotation within the bound above.

<#if baked>
## The nodes' image

The nodes boot from an image the stack bakes with EC2 Image Builder (`images.mode: baked`): the
packages, PHP and its extensions, the web server and its site, efs-utils, the AWS CLI, the log agent,
the drain service, and the Moodle code at the pinned commit with its plugins. A boot only checks that
the image holds the commit the stack pins (step `check code`), mounts moodledata, writes the runtime
settings from the secrets, starts the services and signals: no package mirror, GitHub or download
site has to answer while a Spot node is replaced or the fleet scales out.

- **What makes a new image**: a new commit (`CodeVersion`), a new base image (`BaseImageId`) or a
  changed bake script (PHP settings, packages, plugins, web server). The plan shows it as changed
  parameters and the replacement of `NodeImageBake`, `NodeImageRecipe` and `NodeImage`; the deploy
  bakes first, then rolls the stable node and the fleet onto the new image in the usual order (the
  stable node upgrades the database and marks the commit ready; web nodes wait for it).
- **How long a bake takes**: about 15 to 25 minutes (a build instance starts, runs the bake script
  for a few minutes, stops, and the snapshot becomes an image). The bake script may run at most
  ${bakeTimeoutMinutes} minutes (`images.bakeTimeoutMinutes`); a bake that fails or takes longer fails the
  deploy, `NodeImage` naming the reason in the stack events, and CloudFormation rolls back with the
  nodes still on the old image.
- **Build logs**: CloudWatch Logs, log group `/aws/imagebuilder/<stack name>`; the bake script also
  writes `/var/log/moodle-aws-bake.log` into the image. Its last line names the failed step
  (`bake failed at step: <step>`).
- **A Moodle minor release**: move `moodle.code.ref` (or let the branch move), then plan and
  deploy: a new image for the new commit, then the upgrade.
- **OS patches**: the base image is pinned; plan shows a newer one as a changed `BaseImageId`, and a
  deploy bakes and rolls onto it. Deploy monthly, or after a security notice for the OS, even when
  nothing else changed.
- **Old images** stay registered after a replacement (with their snapshots); deregister those no
  launch template uses: `aws imagebuilder list-images --owner Self` and `aws ec2 deregister-image`.

</#if>
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
`journalctl -u moodle-aws-spot-drain`; the refresh of the database credentials:
`journalctl -u moodle-aws-runtime`. A stable node that fails at `database user` could not reach the
database as the master user (security group, endpoint, the master secret).

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

<#if healthFollowsReady>
Expect the site to be unavailable while the upgrade runs. The health check (`${healthPath}`) of a
node answers 503 while `${readyFile}` does not name the code version that node runs, so the load
balancer takes every old web node out of service as soon as the stable node removes the file, and
they stay out: after the upgrade the file names the new version. Requests then get the load
balancer's 503 until the first new web node is healthy. An Application Load Balancer with no healthy
target at all sends requests to every target anyway (it fails open): the old nodes then show Moodle's
maintenance page while the upgrade runs (the CLI maintenance mode is a file in `${dataroot}`, which
all nodes share), and, in the minutes between its end and the first healthy new web node, pages of
the old code against the upgraded database.
<#else>
Expect a short window of notices. While the upgrade runs, every page shows Moodle's maintenance page:
the CLI maintenance mode is a file in `${dataroot}`, which all nodes share, so the old web nodes,
which keep serving the old code, show it too. The target group checks `${healthPath}`, not the
health script, so it does not take old web nodes out of service: between the end of the upgrade and
the replacement of the last old web node, a request that reaches an old node may show an upgrade
notice or an error, because its code is older than the database.
</#if>
A weekly (minor) release upgrades in a few minutes; a major release, or a large site, takes 10 to 30
minutes and more. The new web nodes then need their boot time (5 to 10 minutes) per batch.
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
<#list alertEmails as e>${e}<#sep>, </#list>: each address receives a confirmation mail from AWS after
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

<#else>
There is no backup plan (`backup.enabled` is false): the database keeps its automated backups for
${dbRetentionDays} days<#if fileSystemBackups> and EFS its automatic backups</#if>. Restore from them in the
RDS and AWS Backup consoles into new resources.
</#if>

### Restoring the site

The descriptor brings a site back from a snapshot, or creates a new site from another's data:

1. The database: `database.restoreFromSnapshot` names a ${dbSnapshotKind} in ${region} (an AWS Backup
   recovery point of the database is one: its ARN starts with `arn:aws:rds:`; copy one from another
   region first with `aws rds copy-db-<#if aurora>cluster-</#if>snapshot`). The database is created from it with
   the snapshot's schema, master user and encryption; `database.databaseName` (${databaseName}) must be the
   schema name the snapshot's site used.
2. The files: `fileStorage.restoreFromRecoveryPoint` names the EFS recovery point to restore.
3. `plan`: on a new stack the database is created from the snapshot. On the running site the
   database `${dbLogicalId}` is REPLACED by one restored from the snapshot: everything written since the
   snapshot is lost, the current database is kept as a final snapshot (its `UpdateReplacePolicy`), and
   plan and deploy refuse unless `-Dmoodle-aws.allowReplacement=${dbLogicalId}` allows it. Put the site in
   maintenance mode before such a deploy.
4. `deploy`, then, before users come back, restore the files into the stack's file system and move
   them into moodledata on the stable node:

       R=${region}; S=${name}
       FS=$(aws cloudformation describe-stack-resource --region $R --stack-name $S --logical-resource-id FileSystem --query StackResourceDetail.PhysicalResourceId --output text)
       ROLE=$(aws iam get-role --role-name "$(aws cloudformation describe-stack-resource --region $R --stack-name $S --logical-resource-id BackupRole --query StackResourceDetail.PhysicalResourceId --output text)" --query Role.Arn --output text)
       aws backup start-restore-job --region $R --recovery-point-arn '<#if restoreRecoveryPoint??>${restoreRecoveryPoint}<#else><recovery point ARN></#if>' --iam-role-arn "$ROLE" --metadata '{"file-system-id":"'$FS'","newFileSystem":"false","Encrypted":"true","PerformanceMode":"generalPurpose"}'
       # when the job is COMPLETED, on the stable node (AWS Backup restores into a new folder at the root):
       sudo -u ${webUser} php ${cliDir}/maintenance.php --enable
       sudo rsync -a ${dataroot}/aws-backup-restore_*/ ${dataroot}/ && sudo rm -rf ${dataroot}/aws-backup-restore_*
       sudo -u ${webUser} php ${cliDir}/purge_caches.php
       sudo -u ${webUser} php ${cliDir}/maintenance.php --disable

5. Check as in step 4 of the drill, on the site itself. Keep `database.restoreFromSnapshot` in the
   descriptor afterwards: removing or changing it replaces the database again (by an empty one when
   removed), which plan shows and refuses like any replacement.
<#if restoreSnapshot??>

This descriptor restores the database from ${restoreSnapshot}<#if restoreRecoveryPoint??> and the files from
${restoreRecoveryPointSpan}</#if>.
<#elseif restoreRecoveryPoint??>

This descriptor restores the files from ${restoreRecoveryPointSpan}.
</#if>

<#include "RUNBOOK-plugins.md.ftl">

## When a check fails

- `mvn moodle-aws:validate` names each finding with its rule ID, the descriptor line and a fix.
  Fix the descriptor; suppress a finding only with a written reason.
- A web node never becomes healthy: read its boot log; most often it is still waiting for
  `${readyFile}` (look at the stable node's log) or EFS did not mount (security group, mount targets).
- An upgrade failed: the deploy's stable node signalled FAILURE (`failed at upgrade moodle` in the
  stack events) and its log ends with `boot failed at step: upgrade moodle (exit code N)`. The site
  stays in maintenance mode, `${readyFile}` is gone, so no web node is in service, and the database
  may be partly upgraded. Read the log above that line for the cause. The stack update fails and
  rolls back: the stable group boots a node of the old code. If the upgrade stopped before it moved
  the database's version, that node finds database and code matching, ends the maintenance mode
  itself and marks the old version ready, and the old web nodes serve again. If it had moved it, the
  old code refuses the database: that node signals FAILURE at `upgrade check` and the rollback
  fails. Then restore the database from the backup taken before the deploy (see Rollback) and run
  the stable node's boot script again (`sudo bash /var/lib/cloud/instance/scripts/part-001`): it
  finds database and code matching and ends the maintenance mode; continue the stack's rollback
  (`aws cloudformation continue-update-rollback`). Fix the cause, then deploy again. Do not end the
  maintenance mode by hand while database and code differ.
- Cron: only the stable node runs it (`/etc/cron.d/moodle`); web nodes have none by design.

## What was tested before this site was rendered

The project's site test runs these boot scripts whole on real Moodle 4.5, MariaDB, Redis (TLS,
AUTH), PHP-FPM with Apache and haproxy as the load balancer, with stand-ins for the AWS APIs, and
checks the first install, a web node waiting and then serving, the health check, an administrator
login with the session in Redis, the cache mappings, cron on the stable node only, and Moodle's
status and security checks; and again on Moodle 5.1 (`public/` layout) with nginx on Amazon Linux
2023 paths, with a plugin installed from S3 on every node, a plugin too new for the site stopping
the boot with a FAILURE naming the step, and mail through an SMTP relay with STARTTLS and a login.
On the first site it then checks the site's life: the database password changed on the live site
and picked up by every node within the bound stated above; a reboot of each node
and the boot script run again with `bash -x` change nothing and print no secret; a replaced stable
node reinstalls the same version while the web nodes serve; upgrades from 4.5.0 to 4.5.6 and to
5.1.3 (web root `public/`) the way a deploy runs them, in maintenance mode, with old web nodes out of
service before the upgrade ends; a failed upgrade, the state it leaves and the recovery described
under "When a check fails"; a Spot termination notice draining a node and completing its lifecycle
action, and a rebalance recommendation leaving it in service; a failure at each boot step ending in
one FAILURE naming it; and the same site on a baked image. Only a real AWS account shows the rest:
CloudFormation itself (its update order, rollbacks and signals' timeouts), IAM, the ALB (it fails
open when no target is healthy), EFS, RDS/Aurora and ElastiCache, Spot interruptions as AWS sends
them, EC2 Image Builder, the images' own packages (PHP 8.3, phpredis from pecl on Amazon Linux),
Amazon SES and mail delivery beyond the relay. Try a new site or an upgrade in a staging stack first.

## Rollback

- A failed stack update rolls back by itself; the deployer shows the failing resource.
- Moodle's database upgrades cannot be undone by going back to the old code: restore the database
  snapshot or point-in-time backup taken before the upgrade, and the EFS backup, then deploy the old
  `moodle.code.ref`.
- The database, EFS and Redis keep snapshots on replacement or deletion; restore from them with new
  resource names and point the stack at them.
