#!/bin/bash
# The site test: `site.sh <scenario>` with SITE_DIR naming a folder SiteIT prepared (site.env, the
# rendered bundle, the user data as the stack delivers it). Each scenario asserts what an operator sees.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
set -a
# shellcheck source=/dev/null
. "$SITE_DIR/site.env"
set +a
# shellcheck source=lib.sh
. "$HERE/lib.sh"
# shellcheck source=scenarios-second-site.sh
. "$HERE/scenarios-second-site.sh"
PHP_REAL=$(php -r 'echo PHP_MAJOR_VERSION . "." . PHP_MINOR_VERSION;')
export PHP_REAL

probe() { echo "$HERE/probe/$1.php"; }

stable_boots() {
  local n=$1 limit=${2:-1500}
  wait_boot "$n" "$limit"
  [ "$(boot_rc "$n")" = 0 ] || { tail -40 "$(node_dir "$n")/boot.out" >&2; fail "$n: boot failed"; }
}

print_times() {
  local n
  for n in "$@"; do
    say "time: $n booted in $(boot_seconds "$n")s"
    step_seconds "$n" "step: install moodle" "install"
    step_seconds "$n" "step: upgrade moodle" "upgrade"
  done
}

# Seconds from the boot log line that matches $2 to the next step's line.
step_seconds() {
  local n=$1 pattern=$2 what=$3 start end
  start=$(grep -m1 "^moodle-aws .*$pattern" "$(node_dir "$n")/boot.out" | awk '{print $2}') || true
  [ -n "$start" ] || return 0
  end=$(awk -v p="$pattern" 'f && /^moodle-aws .* (step: |boot failed)/ {print $2; exit} $0 ~ p {f=1}' "$(node_dir "$n")/boot.out")
  [ -n "$end" ] || return 0
  say "time: $n $what took $(($(date -d "$end" +%s) - $(date -d "$start" +%s)))s"
}

wait_log() {
  local n=$1 text=$2 limit=$3 i=0
  until grep -q "$text" "$(node_dir "$n")/boot.out" 2>/dev/null; do
    boot_done "$n" && { tail -20 "$(node_dir "$n")/boot.out" >&2; fail "$n ended its boot without '$text'"; }
    i=$((i + 2)); [ "$i" -le "$limit" ] || fail "$n did not log '$text' within ${limit}s"
    sleep 2
  done
  say "$n: $text"
}

expect_signal() {
  local n=$1 status=$2 got
  got=$(signals_of "$n")
  [ "$(printf '%s\n' "$got" | grep -c .)" = 1 ] || fail "$n: expected exactly one signal, got: ${got:-none}"
  [[ $got == *" $status" ]] || fail "$n: expected a $status signal, got: $got"
  say "$n signalled: $got"
}

wait_target() {
  local n=$1 want=$2 limit=${3:-120} i=0 s
  while :; do
    s=$(target_state "$n")
    [ "$s" = "$want" ] && { say "target $n is $want"; return 0; }
    i=$((i + 2))
    [ "$i" -le "$limit" ] || fail "target $n is '$s', not $want, after ${limit}s"
    sleep 2
  done
}

# --- scenarios ----------------------------------------------------------------------------------

scenario_fresh() {
  start_services_for_site
  site_node stable1 stable
  site_node web1 web
  add_target web1
  [ "$STABLE_IN_TARGET_GROUP" = true ] && add_target stable1
  say "web1 boots first: it must wait for the stable node"
  power_on web1
  wait_log web1 "step: wait for the stable node" 600
  sleep "$((HEALTH_INTERVAL * (HEALTH_HEALTHY + 1)))"
  boot_done web1 && fail "web1 finished its boot before the site was installed: $(tail -5 "$(node_dir web1)/boot.out")"
  [ "$(target_state web1)" != UP ] || fail "web1 is in service before the site is installed"
  say "stable1 boots: installs Moodle"
  power_on stable1
  stable_boots stable1
  expect_signal stable1 SUCCESS
  wait_boot web1 300
  [ "$(boot_rc web1)" = 0 ] || { tail -40 "$(node_dir web1)/boot.out" >&2; fail "web1: boot failed"; }
  expect_signal web1 SUCCESS
  print_times stable1 web1
  scenario_serving
}

# What an operator checks on a site that has booted: stable1 and web1.
scenario_serving() {
  wait_target web1 UP $((HEALTH_INTERVAL * (HEALTH_HEALTHY + 2)))
  check_serves
  check_internal_paths
  check_login
  check_caches stable1 web1
  check_cron stable1 web1
  check_checks stable1
}

start_services_for_site() {
  make_secrets
  publish_code "$MOODLE_RELEASE"
  start_services
  if [ "$MAIL_MODE" = relay ]; then start_smtp_sink; fi
}

check_serves() {
  local code
  code=$(web -o /dev/null -w '%{http_code}' "https://$SITE_HOST/login/index.php")
  [ "$code" = 200 ] || fail "login page through the load balancer answered $code"
  code=$(web -o /dev/null -w '%{http_code}' "http://$SITE_HOST/login/index.php")
  say "served: login page 200 over HTTPS through the load balancer (HTTP answers $code)"
}

# What Moodle's security check lists as internal is not served (core_publicpaths).
check_internal_paths() {
  local p code
  for p in composer.json composer.lock lib/db/install.xml admin/environment.xml .git/HEAD vendor/ \
      UPGRADING.md mod/README.txt lib/upgrade.txt phpunit.xml.dist; do
    code=$(web -o /dev/null -w '%{http_code}' "https://$SITE_HOST/$p")
    [ "$code" = 404 ] || [ "$code" = 403 ] || fail "/$p answered $code through the load balancer"
  done
  say "internal paths: not served (404)"
}

check_login() {
  local jar=$T/cookies.txt token user pass page cookie
  rm -f "$jar"
  user=$(secret_json_field "$MOODLE_AWS_ADMIN_SECRET_ARN" username)
  pass=$(secret_json_field "$MOODLE_AWS_ADMIN_SECRET_ARN" password)
  page=$(web -c "$jar" -b "$jar" "https://$SITE_HOST/login/index.php")
  token=$(sed -n 's/.*name="logintoken" value="\([^"]*\)".*/\1/p' <<< "$page" | head -1)
  [ -n "$token" ] || fail "no login token on the login page"
  web -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$pass" \
    --data-urlencode "logintoken=$token" "https://$SITE_HOST/login/index.php"
  page=$(web -c "$jar" -b "$jar" "https://$SITE_HOST/user/profile.php")
  grep -q 'Admin User\|logout.php' <<< "$page" || fail "admin login did not work: the profile page is not the admin's"
  cookie=$(awk '$6 == "MoodleSession" {print $7}' "$jar")
  [ -n "$cookie" ] || fail "no MoodleSession cookie"
  local keys
  keys=$(rcli --scan --pattern "*$cookie*" | head -5)
  [ -n "$keys" ] || fail "the session $cookie is not in Redis (keys: $(rcli --scan | head -20 | tr '\n' ' '))"
  say "admin logged in over HTTPS through the load balancer; session in Redis: $keys"
}

check_caches() {
  local writer=$1 reader=$2 n out value
  value=probe-$(rand 8)
  for n in "$writer" "$reader"; do
    if [ "$n" = "$writer" ]; then out=$(moodle_php "$n" "$(probe caches)" set "$value")
    else out=$(moodle_php "$n" "$(probe caches)" get); fi
    say "$n caches: $(printf '%s' "$out" | tr '\n' ' ')"
    grep -qx "application=redis" <<< "$out" || fail "$n: application caches are not on the Redis store"
    grep -qx "session=redis" <<< "$out" || fail "$n: session caches are not on the Redis store"
    grep -qx "request=static" <<< "$out" || fail "$n: request caches are not on the static store"
  done
  grep -qx "get=$value" <<< "$out" || fail "$reader did not read the application cache value $writer wrote"
  say "caches: a value $writer wrote to an application cache came back on $reader"
}
check_cron() {
  local stable=$1 web=$2 runs
  say "cron: waiting for two runs on $stable"
  local i=0
  until [ "$(grep -c ' run ' "$(node_dir "$stable")/ovl/var.up/log/site-test-cron.log" 2>/dev/null || echo 0)" -ge 2 ]; do
    i=$((i + 5)); [ "$i" -le 180 ] || fail "cron did not run twice on $stable in 3 minutes"; sleep 5
  done
  # Runs a minute apart: the first works off the install's ad hoc tasks (5.1 builds every theme),
  # which takes minutes on a busy machine while flock skips the minutes it overlaps; Moodle's cron
  # check measures the gap between the last two runs, so wait for two that started a minute apart.
  local log gap=""
  log=$(node_dir "$stable")/ovl/var.up/log/moodle-aws/cron.log
  i=0
  until runs=$(grep -c 'Cron completed at' "$log" 2>/dev/null) && [ "${runs:-0}" -ge 2 ] \
      && gap=$(cron_gap "$log") && [ "$gap" -le 75 ]; do
    i=$((i + 5))
    [ "$i" -le 300 ] || fail "Moodle's cron did not complete two runs a minute apart (gap ${gap:-?}s): $(tail -20 "$log" 2>/dev/null)"
    sleep 5
  done
  [ ! -e "$(node_dir "$web")/ovl/etc.up/cron.d/moodle" ] || fail "$web has a Moodle cron entry"
  say "cron: runs every minute on $stable ($runs completed), none on $web"
}

# Seconds between the starts of the last two cron runs in Moodle's cron log.
cron_gap() {
  local a b
  read -r a b < <(sed -n 's/^Server Time: //p' "$1" | tail -2 | while read -r t; do date -d "$t" +%s; done | tr '\n' ' ')
  [ -n "$b" ] && echo $((b - a))
}

check_checks() {
  local n=$1 out
  out=$(in_node "$n" runuser -u "$WEB_USER" -- php "$CLI_DIR/checks.php" 2>&1) || fail "admin/cli/checks.php on $n: $out"
  say "admin/cli/checks.php: $out"
  out=$(moodle_php "$n" "$(probe checks)")
  printf '%s\n' "$out" > "$T/checks-$n.txt"
  if grep -q '^[a-z]* \(critical\|error\) ' <<< "$out"; then fail "Moodle's checks: $(grep '^[a-z]* \(critical\|error\) ' <<< "$out")"; fi
  if grep -i 'cron' <<< "$out" | grep -qv '^[a-z]* \(ok\|info\|na\) '; then fail "Moodle's checks warn about cron: $(grep -i cron <<< "$out")"; fi
  say "Moodle's status and security checks: no CRITICAL, no ERROR, no cron warning; warnings: $(grep '^[a-z]* warning ' <<< "$out" | cut -d' ' -f3 | tr '\n' ' ')"
}

scenario_teardown() { teardown; }

# Further scenarios, one file per area of the site's life.
for f in "$HERE"/scenarios-*.sh; do
  # shellcheck source=/dev/null
  . "$f"
done

# one line, so a change to this file while it runs cannot run anything after it
"scenario_$1"; exit $?
