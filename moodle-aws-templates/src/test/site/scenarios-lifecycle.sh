#!/bin/bash
# The life of the site after its first boot, as its operator sees it: a reboot of each node, the boot
# script run again by hand, a replaced stable node, a minor and a major upgrade the way a deploy runs
# them (a failed attempt first, with the rollback the stack makes), and Spot interruptions.
# Sourced by site.sh; SiteIT runs the scenarios in this order on the site `fresh` booted.

# --- what the stack's groups hold now ------------------------------------------------------------

life_dir() { mkdir -p "$T/life"; echo "$T/life"; }
current_stable() { cat "$(life_dir)/stable" 2>/dev/null || echo stable1; }
current_webs() { cat "$(life_dir)/webs" 2>/dev/null || echo web1; }
set_current_stable() { echo "$1" > "$(life_dir)/stable"; }
set_current_webs() { echo "$*" > "$(life_dir)/webs"; }
# The next free node name of a role: stable2, web3, ...
next_node() {
  local role=$1 i=1
  while [ -d "$(node_dir "$role$i")" ]; do i=$((i + 1)); done
  echo "$role$i"
}
pinned_version() { echo "v-$1"; }
current_release() { cat "$(life_dir)/release" 2>/dev/null || echo "$MOODLE_RELEASE"; }

# --- what an operator reads ---------------------------------------------------------------------

efs_file() { echo "$T/aws/efs/$MOODLE_AWS_EFS_ID/$1"; }
ready_commit() { sed -n 's/^commit=//p' "$(efs_file "$READY_FILE")" 2>/dev/null || true; }
maintenance_on() { [ -f "$(efs_file climaintenance.html)" ]; }
boot_log() { in_node_mnt "$1" cat /var/log/moodle-aws-boot.log; }
# The load balancer's health check of one node, sent the way the ALB sends it.
node_health() {
  local ip
  ip=$(node_ip "$1")
  in_svc curl -s -m 5 -o /dev/null -w '%{http_code}' -H "Host: $ip" "http://$ip$HEALTH_PATH" || true
}
lb_code() { web -m 10 -o /dev/null -w '%{http_code}' "https://$SITE_HOST/login/index.php" 2>/dev/null || echo 000; }

# What must not change on a node when it reboots or runs its boot script again.
node_state() {
  in_node_mnt "$1" bash -c '
    cd /
    md5sum /etc/moodle-aws/runtime.php "$1/config.php" /etc/moodle-aws/code-version /etc/cron.d/moodle \
      /etc/apache2/sites-available/moodle.conf 2>/dev/null
    stat -c "%n %a %U:%G" /etc/moodle-aws/runtime.php
    stat -c "%n inode %i" "$1/version.php" "$1/public/version.php" 2>/dev/null
    ls /etc/site-test/enabled' _ "$CODE_ROOT"
}
# The site's own identity: installed once, never again.
site_state() {
  sql "SELECT name, value FROM mdl_config WHERE name IN ('siteidentifier', 'version', 'release') ORDER BY name"
  sql "SELECT COUNT(*) FROM mdl_user"
}

same_or_fail() {
  [ "$2" = "$3" ] || fail "$1 changed: $(diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | tr '\n' ' ')"
}

# Every service the node had enabled is running.
check_services_back() {
  local n=$1 u i
  for u in $(in_node_mnt "$n" ls /etc/site-test/enabled); do
    i=0
    until [ "$(in_node "$n" systemctl is-active "$u" 2>/dev/null)" = active ]; do
      i=$((i + 1)); [ "$i" -le 30 ] || fail "$n: $u did not come back after the reboot"; sleep 1
    done
  done
  say "$n: services back: $(in_node_mnt "$n" ls /etc/site-test/enabled | tr '\n' ' ')"
}

# Waits for one more completed Moodle cron run on the stable node.
cron_completions() {
  local c
  c=$(grep -c 'Cron run completed\|Cron completed at' "$(node_dir "$1")/ovl/var.up/log/moodle-aws/cron.log" 2>/dev/null) || true
  echo "${c:-0}"
}
wait_cron_completion() {
  local n=$1 before i=0
  before=$(cron_completions "$n")
  until [ "$(cron_completions "$n")" -gt "$before" ]; do
    i=$((i + 5)); [ "$i" -le 180 ] || fail "cron did not complete a run on $n within 3 minutes"; sleep 5
  done
  say "cron: $n completed a run"
}

# No secret of the site in any log a node keeps (boot log, cron, web server, the test's own records).
check_no_secrets() {
  local n=$1 s name where
  for name in db master redis admin; do
    case $name in
      db) s=$(secret_json_field "$MOODLE_AWS_DB_SECRET_ARN" password) ;;
      master) s=$(db_master_password) ;;
      redis) s=$(redis_token) ;;
      admin) s=$(secret_json_field "$MOODLE_AWS_ADMIN_SECRET_ARN" password) ;;
    esac
    [ -n "$s" ] || fail "no $name secret to look for"
    where=$(grep -rlF -- "$s" "$(node_dir "$n")/ovl/var.up/log" "$(node_dir "$n")"/*.out 2>/dev/null || true)
    [ -z "$where" ] || fail "$n: the $name password is written in $where"
  done
  say "$n: no database, Redis or administrator secret in its logs"
}

# The release the notifications page shows the administrator, logged in through the load balancer.
served_release() {
  local jar=$T/cookies.txt
  check_login >/dev/null 2>&1 || check_login
  web -L -c "$jar" -b "$jar" "https://$SITE_HOST/admin/index.php" \
    | sed -n 's~.*general/releases" title="[0-9.]*">\([^<]*\)</a>.*~\1~p' | sed -n 1p
}

# Samples once a second what the operator watches during a change: the load balancer's answer, the
# ready file, the maintenance mode, and each web target's state and health answer, into $WATCH.
watch_start() {
  local out
  out="$(life_dir)/watch-$1.log"
  WATCH=$out
  : > "$out"
  rm -f "$(life_dir)/watch.stop"
  (
    while [ ! -f "$(life_dir)/watch.stop" ]; do
      line="$(date +%s) lb=$(lb_code) ready=$(ready_commit) maint=$(maintenance_on && echo on || echo off)"
      for w in $(cat "$T/svc/targets" 2>/dev/null); do line+=" $w=$(target_state "$w")/$(node_health "$w")"; done
      echo "$line"
      sleep 1
    done
  ) >> "$out" 2>/dev/null &
  echo $! > "$(life_dir)/watch.pid"
  trap watch_stop EXIT
}
watch_stop() {
  [ -f "$(life_dir)/watch.pid" ] || return 0
  touch "$(life_dir)/watch.stop"
  wait "$(cat "$(life_dir)/watch.pid")" 2>/dev/null || true
  rm -f "$(life_dir)/watch.pid" "$(life_dir)/watch.stop"
}

# A web node leaves the group the way the rolling update removes it: the Auto Scaling Terminating
# state (the lifecycle hook holds it); its drain service takes it out of service, stops the web
# server and completes the lifecycle action.
terminate_web() {
  local n=$1 i=0
  echo Terminated > "$(node_dir "$n")/imds/meta-data/autoscaling/target-lifecycle-state"
  wait_drained "$n" "$((HEALTH_INTERVAL * 6 + 60))"
  remove_target "$n"
  destroy_node "$n"
}

wait_drained() {
  local n=$1 limit=$2 i=0
  until grep -q " $n $DRAIN_HOOK CONTINUE" "$T/aws/lifecycle.log" 2>/dev/null; do
    i=$((i + 2)); [ "$i" -le "$limit" ] || fail "$n did not complete its lifecycle action within ${limit}s"
    sleep 2
  done
  [ "$(in_node "$n" systemctl is-active "$WEB_SERVICE" 2>/dev/null)" != active ] || fail "$n drained but $WEB_SERVICE still runs"
  say "$n drained: $WEB_SERVICE stopped, lifecycle action $DRAIN_HOOK completed (CONTINUE)"
}

# The site is the one it was (same identity, same version), every web node back in service, serving.
check_site_as_before() {
  local n
  same_or_fail "the site" "$1" "$(site_state)"
  for n in $(current_webs); do wait_target "$n" UP $((HEALTH_INTERVAL * (HEALTH_HEALTHY + 2) + 30)); done
  check_serves
}

# --- scenarios ----------------------------------------------------------------------------------

# A reboot of each node changes nothing: cloud-init does not run the user data again, the enabled
# services come back, EFS is mounted again from fstab, the runtime file is still there.
scenario_reboot() {
  local n before site_before log_before signals_before
  site_before=$(site_state)
  for n in $(current_stable) $(current_webs); do
    before=$(node_state "$n")
    log_before=$(boot_log "$n" | wc -l)
    signals_before=$(signals_of "$n" | wc -l)
    say "$n: reboot"
    power_off "$n"
    power_on "$n"
    check_services_back "$n"
    in_node_mnt "$n" mountpoint -q "$DATAROOT" || fail "$n: moodledata is not mounted after the reboot"
    same_or_fail "$n's files and services" "$before" "$(node_state "$n")"
    [ "$(boot_log "$n" | wc -l)" = "$log_before" ] || fail "$n ran its user data again on the reboot"
    [ "$(signals_of "$n" | wc -l)" = "$signals_before" ] || fail "$n signalled again on the reboot"
    say "$n: after the reboot the same files, runtime file $(in_node_mnt "$n" stat -c '%a %U:%G' /etc/moodle-aws/runtime.php), moodledata mounted, no second boot"
  done
  check_site_as_before "$site_before"
  check_login
  wait_cron_completion "$(current_stable)"
}

# The boot script run again whole by an operator (`bash -x`, as the RUNBOOK suggests) changes nothing
# and writes no secret into the boot log.
scenario_rerun() {
  local n before site_before signals_before log_before rc
  site_before=$(site_state)
  for n in $(current_stable) $(current_webs); do
    before=$(node_state "$n")
    signals_before=$(signals_of "$n" | wc -l)
    log_before=$(boot_log "$n" | wc -l)
    say "$n: bash -x /var/lib/cloud/instance/scripts/part-001"
    set +e
    in_node "$n" bash -x /var/lib/cloud/instance/scripts/part-001 > "$(node_dir "$n")/rerun.out" 2>&1
    rc=$?
    set -e
    [ "$rc" = 0 ] || { tail -30 "$(node_dir "$n")/rerun.out" >&2; fail "$n: the boot script run again exited $rc"; }
    [ "$(boot_log "$n" | tail -n +"$((log_before + 1))" | grep -c '^+')" -gt 0 ] || fail "$n: no trace in the boot log: was it run with -x?"
    same_or_fail "$n's files and services" "$before" "$(node_state "$n")"
    [ "$(signals_of "$n" | wc -l)" = "$((signals_before + 1))" ] && [[ $(signals_of "$n" | tail -1) == *" SUCCESS" ]] \
      || fail "$n: the run again did not end in one SUCCESS signal: $(signals_of "$n" | tail -2)"
    grep -q 'step: install moodle\|step: upgrade moodle' "$(node_dir "$n")/rerun.out" && fail "$n: the run again installed or upgraded Moodle"
    check_no_secrets "$n"
    say "$n: ran again in $(grep -c '^moodle-aws .* step: ' "$(node_dir "$n")/rerun.out") steps: same files, same services, one more SUCCESS signal (no stack waits for it)"
  done
  check_site_as_before "$site_before"
}

# The stable group replaces its node (an unhealthy instance, a new image): the new node, with fresh
# disks, finds the database installed, fetches the same pinned code, does not install or upgrade
# Moodle, marks the same version ready and signals SUCCESS once; the web nodes serve all along.
scenario_replace_stable() {
  local old new site_before pin
  old=$(current_stable)
  new=$(next_node stable)
  pin=$(pinned_version "$(current_release)")
  site_before=$(site_state)
  say "$old is terminated; $new boots against the same database and moodledata"
  destroy_node "$old"
  watch_start replace
  create_node "$new" stable
  power_on "$new"
  stable_boots "$new"
  watch_stop
  expect_signal "$new" SUCCESS
  grep -q 'step: install moodle\|step: upgrade moodle' "$(node_dir "$new")/boot.out" && fail "$new installed or upgraded Moodle"
  [ "$(in_node_mnt "$new" cat /var/lib/moodle-aws/code-version)" = "$pin" ] || fail "$new runs $(in_node_mnt "$new" cat /var/lib/moodle-aws/code-version), not $pin"
  [ "$(ready_commit)" = "$pin" ] || fail "the ready file names $(ready_commit), not $pin"
  same_or_fail "the site" "$site_before" "$(site_state)"
  [ "$(grep -vc ' lb=200 ' "$WATCH")" = 0 ] || fail "the site did not serve all along: $(grep -v ' lb=200 ' "$WATCH" | head -3 | tr '\n' ' ')"
  set_current_stable "$new"
  print_times "$new"
  say "$new reinstalled $pin, no install, no upgrade; the site answered 200 in all $(wc -l < "$WATCH") samples during its boot"
  check_serves
  wait_cron_completion "$new"
}

# A deploy of a new code version: the stack pins the new archive version; the stable group's rolling
# update replaces the stable node first, which upgrades the database; then the web group's rolling
# update brings in new web nodes and terminates the old ones.
deploy_code() {
  local release=$1 old_stable new_stable old_webs new_web pin w
  pin=$(pinned_version "$release")
  old_stable=$(current_stable)
  old_webs=$(current_webs)
  new_stable=$(next_node stable)
  publish_code "$release"
  say "deploy of $release ($pin): $old_stable is replaced by $new_stable"
  destroy_node "$old_stable"
  watch_start "upgrade-$release"
  create_node "$new_stable" stable "$T/upgrades/$release/userdata"
  power_on "$new_stable"
  wait_log "$new_stable" "new code version: upgrading" 600
  stable_boots "$new_stable"
  expect_signal "$new_stable" SUCCESS
  [ "$(ready_commit)" = "$pin" ] || fail "the ready file names '$(ready_commit)', not $pin"
  maintenance_on && fail "the site is still in maintenance mode after the upgrade"
  for w in $old_webs; do
    wait_target "$w" DOWN $((HEALTH_INTERVAL * (HEALTH_UNHEALTHY + 1)))
    [ "$(node_health "$w")" = 503 ] || fail "$w (old code) answers $(node_health "$w") to the health check"
  done
  new_web=$(next_node web)
  say "the web group's rolling update: $new_web comes in, then $old_webs leave"
  create_node "$new_web" web "$T/upgrades/$release/userdata"
  add_target "$new_web"
  power_on "$new_web"
  wait_boot "$new_web" 600
  [ "$(boot_rc "$new_web")" = 0 ] || { tail -40 "$(node_dir "$new_web")/boot.out" >&2; fail "$new_web: boot failed"; }
  expect_signal "$new_web" SUCCESS
  wait_target "$new_web" UP $((HEALTH_INTERVAL * (HEALTH_HEALTHY + 2)))
  for w in $old_webs; do terminate_web "$w"; done
  watch_stop
  set_current_stable "$new_stable"
  set_current_webs "$new_web"
  echo "$release" > "$(life_dir)/release"
  print_times "$new_stable" "$new_web"
  check_upgrade_watch "$WATCH" "$old_webs" "$new_web"
  check_serves
  local shown code
  shown=$(served_release)
  [[ $shown == "${release%.0}"* || $shown == "$release"* ]] || fail "the administrator sees release '$shown', not $release"
  code=$(in_node_mnt "$new_web" bash -c 'cd "$1" && sed -n "s/^\$release *= *.\([^ ]*\).*/\1/p" version.php public/version.php 2>/dev/null; true' _ "$CODE_ROOT")
  [ "$code" = "$release" ] || fail "$new_web runs the code of release '$code', not $release"
  say "served: $new_web runs the code of $code; the administrator's notifications page shows Moodle $shown"
}

# What the samples taken during a deploy show: the upgrade ran in maintenance mode with the ready
# file withdrawn; once it had begun (the first sample in maintenance mode), no node with the old code
# was in service outside maintenance mode, and the load balancer answered 200 only from the new web
# node.
check_upgrade_watch() {
  local watch=$1 old_webs=$2 new_web=$3 bad
  grep -q ' ready= maint=on' "$watch" || fail "no sample saw the upgrade in maintenance mode with the ready file withdrawn"
  bad=$(awk -v olds=" $old_webs " -v n="$new_web" '
    $4 == "maint=on" { seen = 1 }
    !seen { next }
    {
      for (i = 5; i <= NF; i++) {
        split($i, a, "="); split(a[2], b, "/")
        if (index(olds, " " a[1] " ") && b[1] == "UP" && $4 == "maint=off") { print "old code in service: " $0; exit }
      }
      # haproxy writes a server going down as "UP 1/5": still in service
      if ($2 == "lb=200" && !index($0, " " n "=UP")) { print "served without the new node: " $0; exit }
    }' "$watch")
  [ -z "$bad" ] || fail "during the deploy: $bad"
  say "watched $(wc -l < "$watch") samples: the upgrade in maintenance mode with the ready file withdrawn ($(grep -c ' maint=on' "$watch") samples); old nodes out of service before it ended; pages only from the new node after it"
  say "load balancer answers during the deploy: $(awk '{print $2}' "$watch" | sort | uniq -c | tr -s ' \n' ' ')"
}

scenario_upgrade_minor() { deploy_code 4.5.6; }
scenario_upgrade_major() {
  local root
  deploy_code 5.1.3
  root=$(in_node_mnt "$(current_webs)" sed -n 's/^ *DocumentRoot //p' /etc/apache2/sites-available/moodle.conf)
  [ "$root" = "$CODE_ROOT/public" ] || fail "the 5.1 web node serves $root, not $CODE_ROOT/public"
  check_internal_paths
  say "5.1: the web server serves $root"
}

# The user data of the code version the stack pins now (the rollback of a failed deploy returns to it).
current_userdata() {
  if [ "$(current_release)" = "$MOODLE_RELEASE" ]; then echo "$T/userdata"; else echo "$T/upgrades/$(current_release)/userdata"; fi
}
db_root() { mariadb --socket="$T/svc/mysql/run/mysqld.sock" "$@"; }
moodle_db_user() { secret_json_field "$MOODLE_AWS_DB_SECRET_ARN" username; }

# Deploys of 5.1.3 whose upgrade fails, in the two ways the RUNBOOK tells apart: the database refuses
# writes from the first step on (its version stays), or a step fails after the first
# savepoint (its version moved). Each time the stable node stops in the state the RUNBOOK states
# (FAILURE naming the step, maintenance mode on, ready file withdrawn, old web nodes out of service);
# the stack rolls the stable group back to the old code; with the version unchanged that node ends
# the maintenance mode itself, with the version moved it refuses the database (FAILURE at the upgrade
# check) until the backup taken before the deploy is restored and its boot script runs again. Then the
# old web nodes serve again.
scenario_upgrade_failed() {
  publish_code 5.1.3
  failed_deploy 5.1.3 schema
  failed_deploy 5.1.3 midway
}

# The faults: `schema` makes the database read-only for Moodle's user (the stable node's own
# `database user` step grants that user every privilege on the schema again, so revoking them would not hold); `midway` lets the database's
# version move once (the first savepoint) and refuses the next savepoint, as a failing step would.
inject_upgrade_fault() {
  local fault=$1 user version
  user=$(moodle_db_user)
  case $fault in
    schema)
      say "fault: the database refuses every write of '$user' (read_only; the master user may still write)"
      db_root -e "SET GLOBAL read_only = ON" ;;
    midway)
      version=$(sql "SELECT value FROM mdl_config WHERE name = 'version'")
      say "fault: an upgrade step fails after the first savepoint (the database's version moves once from $version)"
      db_root --delimiter='//' "$DB_NAME" -e "CREATE TRIGGER site_test_fault BEFORE UPDATE ON mdl_config FOR EACH ROW
        IF NEW.name = 'version' AND OLD.value <> '$version' THEN
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'site test: an upgrade step failed';
        END IF//" ;;
  esac
}
remove_upgrade_fault() {
  case $1 in
    schema) db_root -e "SET GLOBAL read_only = OFF" ;;
    midway) db_root "$DB_NAME" -e "DROP TRIGGER IF EXISTS site_test_fault" ;;
  esac
}

failed_deploy() {
  local release=$1 fault=$2 old_stable failed rollback dump version_before version_after w
  old_stable=$(current_stable)
  failed=$(next_node stable)
  dump="$(life_dir)/before-$release.sql"
  mariadb-dump --socket="$T/svc/mysql/run/mysqld.sock" --single-transaction "$DB_NAME" > "$dump"
  version_before=$(sql "SELECT value FROM mdl_config WHERE name = 'version'")
  inject_upgrade_fault "$fault"
  destroy_node "$old_stable"
  create_node "$failed" stable "$T/upgrades/$release/userdata"
  power_on "$failed"
  wait_boot "$failed" 900
  [ "$(boot_rc "$failed")" != 0 ] || fail "$failed upgraded the database despite the fault"
  expect_signal "$failed" FAILURE
  [[ $(signals_of "$failed") == *"failed at upgrade moodle FAILURE" ]] || fail "the FAILURE signal does not name the step 'upgrade moodle': $(signals_of "$failed")"
  [[ $(boot_log "$failed" | tail -1) == *"boot failed at step: upgrade moodle (exit code"* ]] \
    || fail "the boot log's last line does not name the step: $(boot_log "$failed" | tail -1)"
  maintenance_on || fail "after the failed upgrade the site is not in maintenance mode"
  [ -z "$(ready_commit)" ] || fail "after the failed upgrade the ready file names $(ready_commit)"
  for w in $(current_webs); do wait_target "$w" DOWN $((HEALTH_INTERVAL * (HEALTH_UNHEALTHY + 1))); done
  version_after=$(sql "SELECT value FROM mdl_config WHERE name = 'version'")
  say "the failed upgrade left: FAILURE at 'upgrade moodle', maintenance mode on, no ready file, old web nodes out of service, load balancer answering $(lb_code); database version $version_before -> $version_after"
  print_times "$failed"

  remove_upgrade_fault "$fault"
  say "the cause ($fault) is removed; the database's version is as the failure left it"
  rollback=$(next_node stable)
  say "the stack rolls back: $failed is terminated, $rollback boots the old code ($(current_release))"
  destroy_node "$failed"
  create_node "$rollback" stable "$(current_userdata)"
  power_on "$rollback"
  wait_boot "$rollback" 900
  if [ "$version_after" != "$version_before" ]; then
    [ "$(boot_rc "$rollback")" != 0 ] || fail "$rollback ran the old code against a database the failed upgrade moved to $version_after"
    [[ $(signals_of "$rollback") == *"failed at upgrade check FAILURE" ]] || fail "$rollback: no FAILURE at 'upgrade check': $(signals_of "$rollback")"
    maintenance_on || fail "$rollback ended the maintenance mode on a database newer than its code"
    say "$rollback: the old code refuses the partly upgraded database: FAILURE at 'upgrade check', maintenance mode kept; the database is restored from before the deploy"
    db_root -e "DROP DATABASE \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    db_root "$DB_NAME" < "$dump"
    say "database restored; the boot script of $rollback runs again"
    in_node "$rollback" bash /var/lib/cloud/instance/scripts/part-001 > "$(node_dir "$rollback")/rerun.out" 2>&1 \
      || { tail -30 "$(node_dir "$rollback")/rerun.out" >&2; fail "$rollback: the boot script failed on the restored database"; }
  else
    [ "$(boot_rc "$rollback")" = 0 ] || { tail -30 "$(node_dir "$rollback")/boot.out" >&2; fail "$rollback: the old code's boot failed"; }
  fi
  [[ $(signals_of "$rollback" | tail -1) == *" SUCCESS" ]] || fail "$rollback did not end in SUCCESS"
  maintenance_on && fail "$rollback did not end the maintenance mode"
  [ "$(ready_commit)" = "$(pinned_version "$(current_release)")" ] || fail "the ready file names '$(ready_commit)' after the rollback"
  for w in $(current_webs); do wait_target "$w" UP $((HEALTH_INTERVAL * (HEALTH_HEALTHY + 2))); done
  check_serves
  set_current_stable "$rollback"
  say "recovered: $rollback runs $(current_release), maintenance mode ended, the old web nodes serve again"
}

# Spot: a rebalance recommendation does not drain (the group replaces the node first, and terminates
# it through the Terminating state); a termination notice does: the node goes out of service, its web
# server stops and it completes the lifecycle action.
scenario_spot() {
  local n i
  n=$(current_webs)
  n=${n%% *}
  say "$n: rebalance recommendation"
  mkdir -p "$(node_dir "$n")/imds/meta-data/events/recommendations"
  echo "{\"noticeTime\": \"$(date -u +%FT%TZ)\"}" > "$(node_dir "$n")/imds/meta-data/events/recommendations/rebalance"
  for i in 1 2 3 4; do
    sleep "$HEALTH_INTERVAL"
    [ "$(node_health "$n")" = 200 ] || fail "$n answers $(node_health "$n") after a rebalance recommendation"
  done
  in_node_mnt "$n" test -e /run/moodle-aws/draining && fail "$n drains on a rebalance recommendation"
  grep -q " $n " "$T/aws/lifecycle.log" 2>/dev/null && fail "$n completed a lifecycle action on a rebalance recommendation"
  [ "$(target_state "$n")" = UP ] || fail "$n is $(target_state "$n") after a rebalance recommendation"
  check_serves
  say "$n: still in service $((HEALTH_INTERVAL * 4))s after the rebalance recommendation, no drain"
  say "$n: Spot termination notice"
  echo "{\"action\": \"terminate\", \"time\": \"$(date -u -d '+2 min' +%FT%TZ)\"}" > "$(node_dir "$n")/imds/meta-data/spot/instance-action"
  wait_drained "$n" 120
  wait_target "$n" DOWN $((HEALTH_INTERVAL * (HEALTH_UNHEALTHY + 1)))
  grep -q 'interruption notice, draining' "$(node_dir "$n")/ovl/var.up/log/site-test-moodle-aws-spot-drain.log" \
    || fail "$n: the drain service did not log the notice"
}
