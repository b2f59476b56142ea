# ${name}: on-call runbook

Site: ${wwwroot} (Moodle ${moodleVersion}, ${region}).

## Who to call
Out of hours: the platform on-call rota, then the learning technology lead.

## First checks
1. Load balancer target health in the EC2 console.
2. Boot log on a web node: `sudo tail -f /var/log/moodle-aws-boot.log` (Session Manager).
3. Cron runs only on the stable node: `/etc/cron.d/moodle`.
