#!/bin/bash
<#-- Drains only when the node is about to go: a Spot termination notice, or the Auto Scaling
     Terminating state (target state Terminated). A rebalance recommendation is no such thing: the
     group starts a replacement first and terminates this node only once that one is healthy, through
     the Terminating state. -->
set -euo pipefail
WEB_SERVICE=${webService}
DRAIN_SECONDS=${drainSeconds?no_esc}
HOOK=${drainHook}
<#noparse>
imds=${MOODLE_AWS_IMDS:-http://169.254.169.254}
flag=${MOODLE_AWS_DRAIN_FLAG:-/run/moodle-aws/draining}
poll=${MOODLE_AWS_POLL_SECONDS:-5}
drain=${MOODLE_AWS_DRAIN_SECONDS:-$DRAIN_SECONDS}
token() { curl -sf -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 300' "$imds/latest/api/token"; }
meta() { curl -sf -H "X-aws-ec2-metadata-token: $1" "$imds/latest/meta-data/$2"; }
notice() {
  local t
  t=$(token) || return 1
  meta "$t" spot/instance-action >/dev/null && return 0
  [ "$(meta "$t" autoscaling/target-lifecycle-state || true)" = Terminated ]
}
until notice; do sleep "$poll"; done
echo "moodle-aws: interruption notice, draining"
mkdir -p "$(dirname "$flag")"
touch "$flag"
end=$((SECONDS + drain))
while [ "$SECONDS" -lt "$end" ] && [ "$(ss -Htn state established '( sport = :80 )' | wc -l)" -gt 0 ]; do sleep 1; done
systemctl stop "$WEB_SERVICE" || true
t=$(token)
id=$(meta "$t" instance-id)
region=$(meta "$t" placement/region)
asg=$(aws autoscaling describe-auto-scaling-instances --region "$region" --instance-ids "$id" \
  --query 'AutoScalingInstances[0].AutoScalingGroupName' --output text)
until aws autoscaling complete-lifecycle-action --region "$region" --auto-scaling-group-name "$asg" \
  --lifecycle-hook-name "$HOOK" --instance-id "$id" --lifecycle-action-result CONTINUE; do
  sleep "$poll"
done
echo "moodle-aws: lifecycle action completed"
</#noparse>
