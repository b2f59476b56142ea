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
   health check (`${healthPath}`) passes only then. If the first install takes longer than the fleet's
   health check grace period, the fleet replaces web nodes once or twice; that is harmless.

Follow progress in the CloudFormation console (stack events) and on the instances (below).

## Boot logs

Open a shell with Session Manager (no SSH needed):

    aws ssm start-session --region ${region} --target <instance-id>
    sudo tail -f /var/log/moodle-aws-boot.log

Each step is logged with a UTC time stamp; `retry N:` lines show network steps being retried and
`gave up:` marks the step that failed. `/var/log/cloud-init-output.log` holds the same output.
Cron output goes to the journal: `journalctl -t moodle-cron`. The Spot drain service:
`journalctl -u moodle-aws-spot-drain`.

## Upgrading Moodle

1. Change `moodle.code.ref` (and `moodle.version` for a new major release) in the descriptor.
2. Run `mvn moodle-aws:plan`, check the change set, then `mvn moodle-aws:deploy`.
3. The stable node's boot script sees `admin/cli/upgrade.php --is-pending` report an upgrade, puts the
   site into maintenance mode, runs `upgrade.php --non-interactive`, leaves maintenance mode,
   re-applies the cache configuration and writes the new ref into `${readyFile}`.
4. New web nodes (the rolling update of the fleet) wait for that ref before serving.

To run the stable node's steps again by hand: `sudo bash /var/lib/cloud/instance/scripts/part-001`
(the boot script is idempotent).

## Caches

Caches are configured without clicking: the stable node runs
`/usr/local/lib/moodle-aws/configure-caches.php`, which uses Moodle's own cache configuration API to
add a Redis store and map the application and session modes to it. Limits: it runs when the stable
node boots, so a change made later in *Site administration > Plugins > Caching* stays until the next
stable boot overwrites the mappings; definitions mapped one by one are left alone.

## When a check fails

- `mvn moodle-aws:validate` names each finding with its rule ID, the descriptor line and a fix.
  Fix the descriptor; suppress a finding only with a written reason.
- A web node never becomes healthy: read its boot log; most often it is still waiting for
  `${readyFile}` (look at the stable node's log) or EFS did not mount (security group, mount targets).
- The site shows the maintenance page for long: an upgrade failed on the stable node; read its log,
  fix the cause, run the boot script again, or `sudo -u ${webUser} php ${cliDir}/maintenance.php --disable`.
- Cron: only the stable node runs it (`/etc/cron.d/moodle`); web nodes have none by design.

## Rollback

- A failed stack update rolls back by itself; the deployer shows the failing resource.
- Moodle's database upgrades cannot be undone by going back to the old code: restore the database
  snapshot or point-in-time backup taken before the upgrade, and the EFS backup, then deploy the old
  `moodle.code.ref`.
- The database, EFS and Redis keep snapshots on replacement or deletion; restore from them with new
  resource names and point the stack at them.
