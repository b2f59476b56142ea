#!/bin/bash
# Scenarios of the database credentials and of failed boots, sourced by site.sh: a rotated database
# password on a live site, a failure injected at each boot step, a web node whose stable node never comes.

# The bound the RUNBOOK states for a changed database password, in seconds.
rotation_bound() {
  local minutes
  minutes=$(tr '\n' ' ' < "$T/bundle/RUNBOOK.md" | sed -n 's/.*every request succeeds again within \([0-9]*\) minutes without a reboot.*/\1/p')
  [ -n "$minutes" ] || fail "the RUNBOOK states no bound for a changed database password"
  echo $((minutes * 60))
}

login_code() { web -o /dev/null -w '%{http_code}' "https://$SITE_HOST/login/index.php" || true; }

# Moodle connects as its own user, with privileges on its schema only, never as the master user.
check_own_database_user() {
  local user grants n
  user=$(secret_json_field "$MOODLE_AWS_DB_SECRET_ARN" username)
  [ "$user" != "$(db_master_user)" ] || fail "Moodle's database secret names the master user"
  for n in stable1 web1; do
    [ "$(in_node "$n" php -r "echo (require '/etc/moodle-aws/runtime.php')['dbuser'];")" = "$user" ] \
      || fail "$n: the runtime file does not name Moodle's own database user $user"
  done
  grants=$(mariadb --socket="$T/svc/mysql/run/mysqld.sock" -N -B -e "SHOW GRANTS FOR '$user'@'%'")
  printf '%s\n' "$grants" | grep -q "GRANT ALL PRIVILEGES ON \`$DB_NAME\`\.\*" || fail "$user has no privileges on $DB_NAME: $grants"
  if printf '%s\n' "$grants" | grep -v "ON \`$DB_NAME\`\.\*" | grep -qv '^GRANT USAGE ON \*\.\*'; then
    fail "$user has privileges beyond its schema: $grants"
  fi
  say "database: Moodle connects as $user, with privileges on $DB_NAME only ($(printf '%s' "$grants" | tr '\n' ';'))"
}

# Rotation as a single-user rotation function does it: the new password is set on the database,
# then becomes the secret's current value. Requests fail in between and succeed again within the
# bound, with no node rebooted.
scenario_rotation() {
  local user pass f bound start now code boots
  check_own_database_user
  [ "$(login_code)" = 200 ] || fail "the site does not serve before the rotation"
  boots=$(cat "$(node_dir stable1)/boot.start" "$(node_dir web1)/boot.start")
  bound=$(rotation_bound)
  user=$(secret_json_field "$MOODLE_AWS_DB_SECRET_ARN" username)
  pass=Rot-$(rand 20)
  mariadb --socket="$T/svc/mysql/run/mysqld.sock" -e "ALTER USER '$user'@'%' IDENTIFIED BY '$pass'"
  code=$(login_code)
  [ "$code" != 200 ] || fail "the login page still answered 200 with the database password changed under it"
  say "rotation: password changed on the database; the login page answers $code"
  f=$(secret_file "$MOODLE_AWS_DB_SECRET_ARN")
  printf '{"username":"%s","password":"%s"}' "$user" "$pass" > "$f.new"
  chmod 0600 "$f.new"
  mv -f "$f.new" "$f"
  start=$(date +%s)
  say "rotation: the secret holds the new password; waiting at most ${bound}s (the RUNBOOK's bound)"
  while :; do
    now=$(date +%s)
    code=$(login_code)
    [ "$code" = 200 ] && break
    [ $((now - start)) -le "$bound" ] || fail "requests still fail ($code) $((now - start))s after the rotation"
    sleep 2
  done
  say "time: requests succeed again $((now - start))s after the rotation (bound ${bound}s)"
  [ "$(cat "$(node_dir stable1)/boot.start" "$(node_dir web1)/boot.start")" = "$boots" ] || fail "a node booted again"
  grep -q 'rewritten' "$(node_dir web1)/ovl/var.up/log/site-test-moodle-aws-runtime.log" \
    || fail "web1's refresh service did not rewrite its runtime file"
  grep -q 'database user set from its secret' "$(node_dir stable1)/ovl/var.up/log/site-test-moodle-aws-runtime.log" \
    || fail "the stable node did not set the changed secret on the database"
  wait_target web1 UP $((HEALTH_INTERVAL * (HEALTH_HEALTHY + 2)))
  check_login
  say "rotation: the site serves again with the rotated password, no node rebooted"
}

# The CloudWatch agent's download is refused at once instead of timing out on name resolution.
no_agent_download() {
  printf '127.0.0.9 amazoncloudwatch-agent-%s.s3.%s.amazonaws.com\n' "$MOODLE_AWS_REGION" "$MOODLE_AWS_REGION" \
    | in_node_mnt "$1" tee -a /etc/hosts >/dev/null
}

# A node that fails at once where the boot script waits between retries: its sleep returns at once.
fast_retries() {
  no_agent_download "$1"
  in_node_mnt "$1" bash -c 'printf "#!/bin/sh\nexit 0\n" > /usr/local/bin/sleep && chmod 0755 /usr/local/bin/sleep'
}

# Boots node $1 (role $2) with the fault $3 injected ($4: a switch file under aws/, or a command run
# on the node before it boots), and expects its boot to end in one FAILURE signal naming step $5.
boot_fails_at() {
  local n=$1 role=$2 what=$3 fault=$4 want=$5 got
  create_node "$n" "$role"
  fast_retries "$n"
  case $fault in
    fault-*) touch "$T/aws/$fault" ;;
    *) in_node_mnt "$n" bash -c "$fault" ;;
  esac
  power_on "$n"
  wait_boot "$n" 300
  case $fault in fault-*) rm -f "$T/aws/$fault" ;; esac
  [ "$(boot_rc "$n")" != 0 ] || fail "$n: the boot succeeded with $what"
  expect_signal "$n" FAILURE
  got=$(signals_of "$n")
  [[ $got == *"failed at $want FAILURE" ]] || fail "$n: the FAILURE signal does not name the step '$want': $got"
  grep -q "boot failed at step: $want " "$(node_dir "$n")/boot.out" || fail "$n: the boot log does not name '$want'"
  say "time: $n ($what) failed at '$want' after $(boot_seconds "$n")s"
}

# A failure at each boot step ends in one FAILURE signal that names the step.
scenario_boot_faults() {
  start_services_for_site
  boot_fails_at fpkg web "package install fails" fault-packages packages
  boot_fails_at fefs web "EFS mount fails" fault-efs "mount moodledata"
  boot_fails_at fcode web "code fetch fails" fault-s3 "fetch code"
  boot_fails_at fsecret web "Secrets Manager unreachable" fault-secretsmanager "runtime settings"
  boot_fails_at fdb stable "database unreachable" \
    "sed -i 's/ db.site.test / /' /etc/hosts && echo '127.0.0.9 db.site.test' >> /etc/hosts" "database user"
}

# A web node whose stable node never comes signals FAILURE after the wait the descriptor gives it.
scenario_ready_timeout() {
  local wait started ended
  start_services_for_site
  wait=$(sed -n 's/^READY_WAIT=\([0-9]*\)$/\1/p' "$T/bundle/instances/web-user-data.sh")
  [ -n "$wait" ] || fail "no READY_WAIT in the rendered web user data"
  [ "$wait" -le 120 ] || fail "the descriptor of this site should give a short ready wait, not ${wait}s"
  create_node wnostable web
  no_agent_download wnostable
  power_on wnostable
  wait_log wnostable "step: wait for the stable node" 300
  started=$(date +%s)
  wait_boot wnostable $((wait + 120))
  ended=$(cat "$(node_dir wnostable)/boot.end")
  expect_signal wnostable FAILURE
  [[ $(signals_of wnostable) == *"failed at wait for the stable node FAILURE" ]] || fail "the signal does not name the wait"
  grep -q "not marked ready within $wait s" "$(node_dir wnostable)/boot.out" || fail "the boot log does not say why"
  [ $((ended - started)) -ge $((wait - 2)) ] || fail "the web node gave up after $((ended - started))s, before its ${wait}s"
  say "time: wnostable waited $((ended - started))s for the stable node (bound ${wait}s from the descriptor), then signalled FAILURE"
}
