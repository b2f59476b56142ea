#!/bin/bash
# Scenarios of the second site (SiteIT.SecondSite): Moodle 5.1 with the public/ layout on nginx, a
# plugin the test builds, mail through an SMTP relay the test runs, and, when the descriptor says
# so, Amazon Linux 2023 nodes: this machine's packages laid out the way that image lays them out.
# Sourced by site.sh; uses its helpers and lib.sh's.

# --- Amazon Linux 2023 on this machine ------------------------------------------------------------

# What an Amazon Linux 2023 image with the site's packages has and Debian has not: the apache and
# nginx users, php-fpm's own configuration (pool as apache, socket /run/php-fpm/www.sock with ACLs
# for apache and nginx), PHP settings read from /etc/php.d, nginx's configuration with sites in
# conf.d and workers as nginx, the CA bundle under /etc/pki, and /run/lock owned by root (0755).
al2023_image() {
  local n=$1
  echo 0755 > "$(node_dir "$n")/run-lock-mode"
  in_node_mnt "$n" bash -e -s <<SETUP
id apache >/dev/null 2>&1 || useradd --system --uid 48 --user-group --no-create-home --home-dir /usr/share/httpd --shell /sbin/nologin apache
id nginx >/dev/null 2>&1 || useradd --system --user-group --no-create-home --home-dir /var/lib/nginx --shell /sbin/nologin nginx
mkdir -p /etc/php.d /etc/php-fpm.d /etc/pki/tls/certs /var/log/php-fpm /var/lib/php/wsdlcache /etc/nginx/conf.d /etc/nginx/default.d
install -d -m 0770 -o root -g apache /var/lib/php/session
install -m 0644 "$HERE/al2023/php-fpm.conf" /etc/php-fpm.conf
install -m 0644 "$HERE/al2023/www.conf" /etc/php-fpm.d/www.conf
install -m 0644 "$HERE/al2023/nginx.conf" /etc/nginx/nginx.conf
install -m 0644 "$HERE/al2023/php-fpm-upstream.conf" /etc/nginx/conf.d/php-fpm.conf
rm -f /etc/nginx/conf.d/moodle.conf
cp /etc/ssl/certs/ca-certificates.crt /etc/pki/tls/certs/ca-bundle.crt
for sapi in fpm cli; do ln -sfn /etc/php.d/90-moodle-aws.ini /etc/php/$PHP_REAL/\$sapi/conf.d/90-moodle-aws.ini; done
SETUP
}

# A node of the site: the image of the descriptor's operating system; the SMTP relay's name.
site_node() {
  local n=$1 role=$2
  create_node "$n" "$role"
  printf '%s smtp.site.test\n' "$SVC_IP" | in_node_mnt "$n" tee -a /etc/hosts >/dev/null
  if [ "$NODE_OS" = al2023 ]; then al2023_image "$n"; fi
}

# --- the SMTP relay -----------------------------------------------------------------------------

mail_dir() { echo "$T/svc/mail"; }

# The relay's password in the Secrets Manager stand-in (a plain text secret), and the relay itself
# on the services' address, STARTTLS with a certificate of the test's CA, login required.
start_smtp_sink() {
  local f
  f=$(secret_file "$MAIL_PASSWORD_SECRET_ARN")
  [ -f "$f" ] || { rand 20 > "$f"; chmod 0600 "$f"; }
  [ -f "$T/svc/smtp.pid" ] && kill -0 "$(cat "$T/svc/smtp.pid")" 2>/dev/null && return 0
  [ -f "$T/svc/tls/smtp.site.test.pem" ] || make_cert smtp.site.test
  mkdir -p "$(mail_dir)"
  in_svc setsid php "$HERE/smtp-sink.php" "$SVC_IP:$MAIL_PORT" "$T/svc/tls/smtp.site.test.pem" \
    "$T/svc/tls/smtp.site.test.key" "$MAIL_USER" "$f" "$(mail_dir)" </dev/null >>"$T/svc/smtp.log" 2>&1 &
  echo $! > "$T/svc/smtp.pid"
  local _
  for _ in $(seq 50); do in_svc bash -c "exec 3<>/dev/tcp/$SVC_IP/$MAIL_PORT" 2>/dev/null && break; sleep 0.2; done
  say "SMTP relay: smtp.site.test:$MAIL_PORT (STARTTLS, login $MAIL_USER)"
}

# --- scenarios ----------------------------------------------------------------------------------

scenario_second_fresh() {
  scenario_fresh
  check_layout stable1
}

# From 5.1 the web root is <root>/public while the CLI scripts stay in <root>/admin/cli: the cron
# line and the boot's install command use them there, and the web server serves only public/.
check_layout() {
  local n=$1 line
  line=$(in_node "$n" cat /etc/cron.d/moodle)
  [[ $line == *" $CLI_DIR/cron.php "* ]] || fail "the cron line does not run $CLI_DIR/cron.php: $line"
  in_node "$n" test -f "$CLI_DIR/cron.php" || fail "$CLI_DIR/cron.php is not on $n"
  [[ $line == *" $WEB_USER "* ]] || fail "cron does not run as $WEB_USER: $line"
  if [ "$DOCUMENT_ROOT" != "$CODE_ROOT" ]; then
    in_node "$n" test -f "$DOCUMENT_ROOT/version.php" || fail "no $DOCUMENT_ROOT/version.php on $n"
    in_node "$n" test ! -e "$DOCUMENT_ROOT/admin/cli/cron.php" || fail "$DOCUMENT_ROOT/admin/cli exists: not the 5.1 layout"
    grep -q "root $DOCUMENT_ROOT;\|DocumentRoot $DOCUMENT_ROOT\$" "$(node_dir web1)/ovl/etc.up/nginx/conf.d/moodle.conf" \
      "$(node_dir web1)/ovl/etc.up/httpd/conf.d/moodle.conf" "$(node_dir web1)/ovl/etc.up/nginx/sites-available/moodle" \
      "$(node_dir web1)/ovl/etc.up/apache2/sites-available/moodle.conf" 2>/dev/null \
      || fail "web1's web server does not serve $DOCUMENT_ROOT"
  fi
  say "layout: web root $DOCUMENT_ROOT, CLI in $CLI_DIR; cron: $line"
}

scenario_second_plugins() {
  local n out component expected dir
  for component in $PLUGINS; do
    dir=$DOCUMENT_ROOT/local/${component#local_}
    for n in stable1 web1; do
      in_node "$n" test -f "$dir/version.php" || fail "$component is not in $dir on $n"
      out=$(moodle_php "$n" "$(probe plugins)" "$component")
      say "$n: $(tr '\n' ' ' <<< "$out")"
      expected=$(in_node "$n" sed -n 's/^\$plugin->version = \([0-9]*\);/\1/p' "$dir/version.php")
      grep -q "^$component uptodate disk=$expected db=$expected dir=$dir\$" <<< "$out" \
        || fail "$n: Moodle does not list $component $expected installed and up to date from $dir: $out"
      grep -qx "$component table=yes" <<< "$out" || fail "$n: the table of $component does not exist"
    done
    web -o /dev/null -w '%{http_code}' "https://$SITE_HOST/local/${component#local_}/db/install.xml" | grep -qx '40[34]' \
      || fail "the install.xml of $component is served"
  done
  say "plugins: $PLUGINS installed under $DOCUMENT_ROOT on every node, listed by Moodle, tables created"
}

scenario_second_mail() {
  local out before msg tag
  tag=mail-$(rand 8)
  before=$(ls "$(mail_dir)" | wc -l)
  out=$(moodle_php web1 "$(probe mail)" "$tag")
  say "web1: $out"
  [[ $out == sent* ]] || fail "Moodle did not send the message: $out"
  msg=$(grep -l "Subject: Site test $tag" "$(mail_dir)"/*.eml 2>/dev/null | head -1) || true
  [ -n "$msg" ] || fail "no message reached the relay (it holds $(ls "$(mail_dir)" | wc -l), $before before): $(tail -5 "$T/svc/smtp.log" 2>/dev/null)"
  grep -qi "^From: .*<$MAIL_NOREPLY>" "$msg" || grep -qi "^From: $MAIL_NOREPLY" "$msg" \
    || fail "the message is not from $MAIL_NOREPLY: $(grep -i '^From:' "$msg")"
  grep -q "^X-Sink-Login: $MAIL_USER" "$msg" || fail "the relay login was not $MAIL_USER"
  grep -q "^X-Sink-Rcpt-To: admin@" "$msg" || fail "the message is not to the administrator: $(grep '^X-Sink-Rcpt-To' "$msg")"
  say "mail: relayed over STARTTLS with login $MAIL_USER (password from Secrets Manager), $(grep -i '^From:' "$msg" | tr -d '\r'), $(grep '^X-Sink-Rcpt-To' "$msg" | tr -d '\r')"
}

# A descriptor whose plugin requires a newer Moodle: the stable node stops before it touches the
# database, with one FAILURE signal naming the step, and its last log line names the plugin.
scenario_second_too_new_plugin() {
  local n=stable-too-new out
  site_node "$n" stable-too-new-plugin
  power_on "$n"
  wait_boot "$n" 300
  [ "$(boot_rc "$n")" != 0 ] || fail "$n booted although its plugin requires a newer Moodle"
  expect_signal "$n" FAILURE
  signals_of "$n" | grep -q "failed at plugins" || fail "the FAILURE signal does not name the plugins step: $(signals_of "$n")"
  out=$(grep '^moodle-aws ' "$(node_dir "$n")/boot.out" | tail -3)
  grep -q "plugin local_sitetoonew: requires Moodle" <<< "$out" || fail "the boot log does not name the plugin: $out"
  grep -q "boot failed at step: plugins" <<< "$out" || fail "the boot log's last line does not name the step: $out"
  ! grep -q 'step: database state' "$(node_dir "$n")/boot.out" || fail "$n reached the database"
  say "plugin too new: $(signals_of "$n" | cut -d' ' -f3-); log: $(tail -2 <<< "$out" | tr '\n' ' ')"
  destroy_node "$n"
}
