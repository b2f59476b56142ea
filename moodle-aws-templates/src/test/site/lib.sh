#!/bin/bash
# The site test's harness: real MariaDB, Redis (TLS-only, AUTH), haproxy standing in for the load
# balancer, and nodes that run the rendered user data whole, each in its own mount and network
# namespace. Everything lives in $SITE_DIR; nothing listens outside the test's namespaces.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${SITE_DIR:?SITE_DIR names the test folder}"
T=$SITE_DIR
# Namespace and interface names are unique per test folder, so two checkouts can run at once.
P=ms$(printf '%s' "$T" | md5sum | cut -c1-5)
SVC_IP=10.77.0.1
NET=10.77.0

say() { echo "site-test $(date -u +%T) $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

svc_ns() { echo "$P-svc"; }
in_svc() { ip netns exec "$(svc_ns)" "$@"; }

# --- services -----------------------------------------------------------------------------------

services_up() { [ -f "$T/svc/up" ] && ip netns list | grep -qw "$(svc_ns)"; }

start_services() {
  services_up && return 0
  say "starting the services namespace (MariaDB, Redis TLS, haproxy)"
  mkdir -p "$T/svc" "$T/aws/secrets" "$T/aws/s3" "$T/aws/efs" "$T/nodes" "$T/ns"
  ip netns add "$(svc_ns)"
  in_svc ip link set lo up
  in_svc ip link add br0 type bridge
  in_svc ip addr add "$SVC_IP/24" dev br0
  in_svc ip link set br0 up
  make_ca
  start_mariadb
  start_redis
  write_haproxy_config
  start_haproxy
  start_imds
  touch "$T/svc/up"
}

make_ca() {
  local d=$T/svc/tls
  [ -f "$d/ca.pem" ] && return 0
  mkdir -p "$d"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=site test CA" \
    -keyout "$d/ca.key" -out "$d/ca.pem" 2>/dev/null
  make_cert redis.site.test
  make_cert "$SITE_HOST"
}

# A certificate of the test's CA for the service named $1 at the services' address.
make_cert() {
  local d=$T/svc/tls name=$1
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$name" -keyout "$d/$name.key" -out "$d/$name.csr" 2>/dev/null
  printf 'subjectAltName=DNS:%s,IP:%s\n' "$name" "$SVC_IP" > "$d/$name.ext"
  openssl x509 -req -in "$d/$name.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" -CAcreateserial -days 3 \
    -extfile "$d/$name.ext" -out "$d/$name.pem" 2>/dev/null
  cat "$d/$name.pem" "$d/$name.key" > "$d/$name.bundle.pem"
  chmod 0644 "$d/$name.pem" "$d/$name.key" "$d/$name.bundle.pem" "$d/ca.pem"
}

# The database master secret: its own when the boot scripts read one (they then create Moodle's
# user from the database secret), else the database secret is the master's.
master_secret_arn() {
  if [ -n "${MOODLE_AWS_DB_MASTER_SECRET_ARN:-}" ] && grep -q MOODLE_AWS_DB_MASTER_SECRET_ARN "$T/userdata/stable.sh"; then
    echo "$MOODLE_AWS_DB_MASTER_SECRET_ARN"
  else
    echo "$MOODLE_AWS_DB_SECRET_ARN"
  fi
}
db_master_password() { secret_json_field "$(master_secret_arn)" password; }
db_master_user() { secret_json_field "$(master_secret_arn)" username; }
secret_file() { echo "$T/aws/secrets/$(printf '%s' "$1" | tr -c 'A-Za-z0-9._-' '_')"; }
secret_json_field() { php -r 'echo json_decode(file_get_contents($argv[1]), true)[$argv[2]];' "$(secret_file "$1")" "$2"; }

start_mariadb() {
  local d=$T/svc/mysql
  mkdir -p "$d/data" "$d/run"
  chown -R mysql:mysql "$d"
  if [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --user=mysql --datadir="$d/data" --auth-root-authentication-method=socket \
      --skip-test-db >"$d/install.log" 2>&1 || { cat "$d/install.log"; fail "mariadb-install-db"; }
  fi
  cat > "$d/my.cnf" <<CNF
[mysqld]
user=mysql
datadir=$d/data
socket=$d/run/mysqld.sock
pid-file=$d/run/mysqld.pid
bind-address=$SVC_IP
port=3306
skip-name-resolve
log-error=$d/error.log
innodb_buffer_pool_size=256M
innodb_flush_log_at_trx_commit=2
sync_binlog=0
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max_connections=300
CNF
  in_svc setsid mariadbd --defaults-file="$d/my.cnf" </dev/null >/dev/null 2>&1 &
  local i
  for i in $(seq 60); do
    mariadb --socket="$d/run/mysqld.sock" -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 1
  done
  mariadb --socket="$d/run/mysqld.sock" -e 'SELECT 1' >/dev/null || { tail -20 "$d/error.log"; fail "MariaDB did not start"; }
  # What RDS does at create: the master user and the initial database.
  local user pass
  user=$(db_master_user)
  pass=$(db_master_password)
  mariadb --socket="$d/run/mysqld.sock" <<SQL
CREATE USER IF NOT EXISTS '$user'@'%' IDENTIFIED BY '$pass';
ALTER USER '$user'@'%' IDENTIFIED BY '$pass';
GRANT ALL PRIVILEGES ON *.* TO '$user'@'%' WITH GRANT OPTION;
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SQL
}

sql() { mariadb --socket="$T/svc/mysql/run/mysqld.sock" "$DB_NAME" -N -B -e "$1"; }

redis_token() { cat "$(secret_file "$MOODLE_AWS_REDIS_SECRET_ARN")"; }

start_redis() {
  local d=$T/svc/redis
  mkdir -p "$d"
  cat > "$d/redis.conf" <<CNF
bind $SVC_IP
port 0
tls-port 6379
tls-cert-file $T/svc/tls/redis.site.test.pem
tls-key-file $T/svc/tls/redis.site.test.key
tls-ca-cert-file $T/svc/tls/ca.pem
tls-auth-clients no
requirepass $(redis_token)
dir $d
save ""
appendonly no
daemonize yes
pidfile $d/redis.pid
logfile $d/redis.log
CNF
  chmod 0600 "$d/redis.conf"
  in_svc redis-server "$d/redis.conf"
  local i
  for i in $(seq 30); do rcli PING 2>/dev/null | grep -q PONG && return 0; sleep 1; done
  fail "Redis did not start"
}

rcli() {
  REDISCLI_AUTH=$(redis_token) in_svc redis-cli --tls --cacert "$T/svc/tls/ca.pem" --sni redis.site.test \
    -h "$SVC_IP" -p 6379 --no-auth-warning "$@"
}

# haproxy as the Application Load Balancer: TLS on 443, X-Forwarded-For/Proto, HTTP 80 redirects,
# and the target group's health check as the ALB sends it (the node's IP as Host).
write_haproxy_config() {
  local d=$T/svc/haproxy
  mkdir -p "$d"
  local interval=${HEALTH_INTERVAL}s
  {
    cat <<CFG
global
  stats socket $d/admin.sock mode 600 level admin
  log stdout format raw local0
defaults
  mode http
  timeout connect 5s
  timeout client 300s
  timeout server 300s
  log global
  option httplog
frontend https
  bind $SVC_IP:443 ssl crt $T/svc/tls/$SITE_HOST.bundle.pem
  bind $SVC_IP:80
  http-request redirect scheme https code 301 unless { ssl_fc }
  option forwardfor
  http-request set-header X-Forwarded-Proto https
  http-request set-header X-Forwarded-Port 443
  default_backend targets
backend targets
  balance roundrobin
  option httpchk
  http-check send meth GET uri $HEALTH_PATH hdr Host %[srv_name]
  http-check expect rstatus ^($(matcher_regex "$HEALTH_MATCHER"))\$
  default-server inter $interval fall $HEALTH_UNHEALTHY rise $HEALTH_HEALTHY
CFG
    local n
    for n in $(cat "$T/svc/targets" 2>/dev/null); do
      # Servers are named by their IP, so each check carries the target's IP as Host, as the ALB's do.
      echo "  server $(node_ip "$n") $(node_ip "$n"):80 check"
    done
  } > "$d/haproxy.cfg.new"
  mv "$d/haproxy.cfg.new" "$d/haproxy.cfg"
}

# The target group's matcher ("200", "200-299", "200,302") as a regular expression of status codes.
matcher_regex() {
  local part out="" a
  for part in ${1//,/ }; do
    if [[ $part == *-* ]]; then
      for ((a = ${part%-*}; a <= ${part#*-}; a++)); do out+="${out:+|}$a"; done
    else
      out+="${out:+|}$part"
    fi
  done
  echo "$out"
}

# The instance metadata service (IMDSv2) of every node, at its link-local address in the services
# namespace; it answers each node from that node's folder, found by the client's address.
start_imds() {
  in_svc ip addr add 169.254.169.254/32 dev lo
  in_svc env IMDS_NODES="$T/nodes" PHP_CLI_SERVER_WORKERS=4 setsid php -S 169.254.169.254:80 "$HERE/standin/imds.php" \
    </dev/null >>"$T/svc/imds.log" 2>&1 &
  local i
  for i in $(seq 50); do in_svc curl -s -o /dev/null -X PUT http://169.254.169.254/latest/api/token && return 0; sleep 0.2; done
  fail "the metadata service did not start"
}

start_haproxy() {
  local d=$T/svc/haproxy
  in_svc haproxy -D -f "$d/haproxy.cfg" -p "$d/haproxy.pid" -L site >>"$d/haproxy.log" 2>&1
}

reload_haproxy() {
  write_haproxy_config
  local d=$T/svc/haproxy
  in_svc haproxy -D -f "$d/haproxy.cfg" -p "$d/haproxy.pid" -sf "$(cat "$d/haproxy.pid")" >>"$d/haproxy.log" 2>&1
}

# haproxy's view of a target: UP, DOWN, ... (the state the ALB's console shows).
target_state() {
  local ip
  ip=$(node_ip "$1")
  echo "show stat" | in_svc socat - "UNIX-CONNECT:$T/svc/haproxy/admin.sock" \
    | awk -F, -v s="$ip" '$1 == "targets" && $2 == s { print $18 }'
}

add_target() {
  grep -qx "$1" "$T/svc/targets" 2>/dev/null || echo "$1" >> "$T/svc/targets"
  reload_haproxy
}

remove_target() {
  sed -i "/^$1\$/d" "$T/svc/targets"
  reload_haproxy
}

# --- nodes --------------------------------------------------------------------------------------

node_dir() { echo "$T/nodes/$1"; }
node_ns() { echo "$P-$1"; }
node_ip() { cat "$(node_dir "$1")/ip"; }
node_mnt() { echo "$T/ns/$1.mnt"; }
# Runs a command inside a node: its mount and network namespaces, a clean root environment.
in_node() {
  local n=$1
  shift
  nsenter --mount="$(node_mnt "$n")" --net="/run/netns/$(node_ns "$n")" -- \
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}
in_node_mnt() {
  local n=$1
  shift
  nsenter --mount="$(node_mnt "$n")" -- "$@"
}

ns_private() {
  mountpoint -q "$T/ns" && return 0
  mkdir -p "$T/ns"
  mount --bind "$T/ns" "$T/ns"
  mount --make-private "$T/ns"
}

# A new node: namespaces, overlays over /etc, /var, /usr/local, /root (persistent, like a disk),
# the stand-ins, its IMDS data and its user data, as an instance that was just launched.
create_node() {
  local n=$1 role=$2 userdata=${3:-$T/userdata} index
  local d
  d=$(node_dir "$n")
  [ -d "$d" ] && fail "node $n exists"
  index=$(($(ls "$T/nodes" | wc -l) + 10))
  mkdir -p "$d/imds/meta-data/placement" "$d/imds/meta-data/spot" "$d/imds/meta-data/autoscaling" "$d/ovl"
  echo "$role" > "$d/role"
  echo "$NET.$index" > "$d/ip"
  # network: a veth pair, one end in the node, the other on the services bridge
  ip netns add "$(node_ns "$n")"
  ip link add "${P}a$index" type veth peer name "${P}b$index"
  ip link set "${P}a$index" netns "$(node_ns "$n")"
  ip link set "${P}b$index" netns "$(svc_ns)"
  in_svc ip link set "${P}b$index" master br0 up
  ip netns exec "$(node_ns "$n")" ip link set lo up
  ip netns exec "$(node_ns "$n")" ip link set "${P}a$index" name eth0
  ip netns exec "$(node_ns "$n")" ip addr add "$NET.$index/24" dev eth0
  ip netns exec "$(node_ns "$n")" ip link set eth0 up
  # the metadata service answers in the services namespace, telling nodes apart by their address
  ip netns exec "$(node_ns "$n")" ip route add 169.254.169.254/32 via "$SVC_IP" dev eth0
  # mounts
  ns_private
  touch "$(node_mnt "$n")"
  unshare --mount="$(node_mnt "$n")" --propagation private true
  local dir
  # NODE_IMAGE, when set, names a baked image (bake_image): its layers lie between the machine and the node
  for dir in etc var usr/local root; do
    local key=${dir//\//_}
    mkdir -p "$d/ovl/$key.up" "$d/ovl/$key.work"
    in_node_mnt "$n" mount -t overlay overlay \
      -o "lowerdir=${NODE_IMAGE:+$NODE_IMAGE/$key:}/$dir,upperdir=$d/ovl/$key.up,workdir=$d/ovl/$key.work" "/$dir"
  done
  # what the image brings: the AWS tools (stand-ins), the CA bundle that trusts the managed
  # services' certificates, PHP of the image's version (mapped to the machine's), host names
  local inst
  inst=i-0${index}$(printf '%s' "$n" | md5sum | cut -c1-12)
  in_node_mnt "$n" bash -e -s <<SETUP
mkdir -p /usr/local/share/site-test /usr/local/lib/site-test /usr/local/bin /usr/local/sbin
cat > /usr/local/share/site-test/node.env <<ENV
T=$T
NODE=$n
INSTANCE_ID=$inst
ASG_NAME=$MOODLE_AWS_STACK-$role
PHP_IMAGE=$PHP_IMAGE
PHP_REAL=$PHP_REAL
ENV
for f in aws cfn-signal apt-get dnf mount logger systemctl curl git; do install -m 0755 "$HERE/standin/\$f" /usr/local/bin/\$f; done
if [ -n "${NODE_IMAGE:-}" ]; then touch /usr/local/share/site-test/baked-image; fi
install -m 0755 "$HERE/standin/mount.efs" /usr/local/sbin/mount.efs
install -m 0755 "$HERE/standin/cron-loop" /usr/local/lib/site-test/cron-loop
install -m 0644 "$HERE/standin/fetch-guard" /usr/local/lib/site-test/fetch-guard
if [ "$PHP_IMAGE" != "$PHP_REAL" ] && [ ! -e /etc/php/$PHP_IMAGE ]; then ln -s $PHP_REAL /etc/php/$PHP_IMAGE; fi
cat "$T/svc/tls/ca.pem" >> /etc/ssl/certs/ca-certificates.crt
printf '%s db.site.test redis.site.test %s\n' "$SVC_IP" "$SITE_HOST" >> /etc/hosts
echo "$n" > /etc/hostname
[ -n "${NODE_IMAGE:-}" ] || rm -f /etc/cron.d/moodle /etc/apache2/sites-enabled/* /etc/nginx/sites-enabled/*
mkdir -p /var/lib/cloud/instance/scripts
install -d -m 1777 /var/log/journal-standin
SETUP
  in_node_mnt "$n" install -m 0700 "$userdata/$role.sh" /var/lib/cloud/instance/scripts/part-001
  echo "$inst" > "$d/imds/meta-data/instance-id"
  echo "$MOODLE_AWS_REGION" > "$d/imds/meta-data/placement/region"
  echo "${MOODLE_AWS_REGION}a" > "$d/imds/meta-data/placement/availability-zone"
  echo "$NET.$index" > "$d/imds/meta-data/local-ipv4"
  echo InService > "$d/imds/meta-data/autoscaling/target-lifecycle-state"
  echo "tok-$inst" > "$d/imds/token"
}

# Powers a node on: fresh /run and /tmp, the metadata service, fstab's EFS mounts and the enabled
# services (what systemd would start), then, on the first boot only, the user data (cloud-init).
power_on() {
  local n=$1 d
  d=$(node_dir "$n")
  # The test's own folders stay visible on the node even when the checkout lies under /tmp or /run:
  # they are kept on a bind mount outside both and mounted back over the fresh file systems.
  in_node_mnt "$n" bash -e -s <<SETUP
keep=()
for dir in "$T" "$HERE"; do
  case "\$dir" in /tmp/*|/run/*) keep+=("\$dir") ;; esac
done
i=0
for dir in "\${keep[@]}"; do
  i=\$((i + 1)); mkdir -p /var/lib/site-test-keep/\$i
  mountpoint -q /var/lib/site-test-keep/\$i || mount --bind "\$dir" /var/lib/site-test-keep/\$i
done
mount -t tmpfs -o mode=0755 tmpfs /run
mount -t tmpfs -o mode=1777 tmpfs /tmp
mkdir -p /run/lock /run/site-test
chmod $(cat "$d/run-lock-mode" 2>/dev/null || echo 1777) /run/lock
i=0
for dir in "\${keep[@]}"; do
  i=\$((i + 1)); mkdir -p "\$dir"; mount --bind /var/lib/site-test-keep/\$i "\$dir"
done
SETUP
  in_node "$n" bash -e -s <<'BOOT'
while read -r dev dir type opts _; do
  [ "$type" = efs ] || continue
  mkdir -p "$dir"
  mount -t efs -o "$opts" "$dev" "$dir"
done < <(grep -v '^#' /etc/fstab || true)
for u in /etc/site-test/enabled/php*-fpm /etc/site-test/enabled/*; do
  [ -f "$u" ] || continue
  systemctl start "$(basename "$u")" || echo "site test: $(basename "$u") did not start" >&2
done
BOOT
  if [ ! -f "$d/booted" ]; then
    touch "$d/booted"
    date +%s > "$d/boot.start"
    (
      set +e
      in_node "$n" bash /var/lib/cloud/instance/scripts/part-001 >"$d/boot.out" 2>&1
      echo $? > "$d/boot.rc"
      date +%s > "$d/boot.end"
    ) &
  fi
}

# Stops every process of the node, as a power cut would, and unmounts what a reboot loses.
power_off() {
  local n=$1 pids
  pids=$(ip netns pids "$(node_ns "$n")" || true)
  [ -z "$pids" ] || kill -9 $pids 2>/dev/null || true
  sleep 0.5
  in_node_mnt "$n" bash -c 'umount -l /run; umount -l /tmp; mountpoint -q "$1" && umount -l "$1"; true' _ "$DATAROOT"
}

boot_done() { [ -f "$(node_dir "$1")/boot.rc" ]; }
boot_rc() { cat "$(node_dir "$1")/boot.rc"; }
boot_seconds() { echo $(($(cat "$(node_dir "$1")/boot.end") - $(cat "$(node_dir "$1")/boot.start"))); }

wait_boot() {
  local n=$1 limit=$2 i=0
  until boot_done "$n"; do
    i=$((i + 5))
    [ "$i" -le "$limit" ] || { tail -30 "$(node_dir "$n")/boot.out" >&2; fail "$n did not finish its boot within ${limit}s"; }
    sleep 5
  done
  say "$n boot finished in $(boot_seconds "$n")s with exit code $(boot_rc "$n")"
}

signals_of() { grep " $1 " "$T/aws/signals.log" 2>/dev/null || true; }

destroy_node() {
  local n=$1
  if ip netns list | grep -qw "$(node_ns "$n")"; then
    power_off "$n" || true
    ip netns del "$(node_ns "$n")" 2>/dev/null || true
  fi
  umount "$(node_mnt "$n")" 2>/dev/null || true
}

teardown() {
  local n
  for n in "$T"/nodes/*; do [ -d "$n" ] && destroy_node "$(basename "$n")"; done
  if ip netns list | grep -qw "$(svc_ns)"; then
    local pids
    pids=$(ip netns pids "$(svc_ns)" || true)
    [ -z "$pids" ] || kill $pids 2>/dev/null || true
    sleep 2
    pids=$(ip netns pids "$(svc_ns)" || true)
    [ -z "$pids" ] || kill -9 $pids 2>/dev/null || true
    ip netns del "$(svc_ns)"
  fi
  rm -f "$T/svc/up"
  umount "$T/ns" 2>/dev/null || true
}

# --- the site, as its users and operators see it ------------------------------------------------

# An HTTPS request through the load balancer, from outside the nodes.
web() {
  in_svc curl -sS --cacert "$T/svc/tls/ca.pem" --resolve "$SITE_HOST:443:$SVC_IP" --resolve "$SITE_HOST:80:$SVC_IP" "$@"
}

rand() { openssl rand -hex 32 | cut -c1-"$1"; }

# What the stack generates: the database master secret (RDS), the Redis AUTH token, the administrator.
make_secrets() {
  local f
  mkdir -p "$T/aws/secrets"
  f=$(secret_file "$MOODLE_AWS_DB_SECRET_ARN")
  [ -f "$f" ] || printf '{"username":"moodle","password":"%s"}' "$(rand 24)" > "$f"
  if [ -n "${MOODLE_AWS_DB_MASTER_SECRET_ARN:-}" ]; then
    f=$(secret_file "$MOODLE_AWS_DB_MASTER_SECRET_ARN")
    [ -f "$f" ] || printf '{"username":"moodlemaster","password":"%s"}' "$(rand 24)" > "$f"
  fi
  f=$(secret_file "$MOODLE_AWS_REDIS_SECRET_ARN")
  [ -f "$f" ] || rand 32 > "$f"
  f=$(secret_file "$MOODLE_AWS_ADMIN_SECRET_ARN")
  [ -f "$f" ] || printf '{"username":"admin","password":"Site-%s-9"}' "$(rand 12)" > "$f"
  chmod 0600 "$T"/aws/secrets/*
}

# The code archive the descriptor names (s3://bucket/key.tgz), made from a release archive of
# ../shared/moodle, or from the folder MOODLE_SRC, with one leading folder as the scripts expect.
publish_code() {
  local release=$1 key=${2:-${CODE_REPOSITORY#s3://}}
  local cache=$SITE_CACHE/moodle-$release.tgz src
  mkdir -p "$SITE_CACHE" "$(dirname "$T/aws/s3/$key")"
  if [ ! -f "$cache" ]; then
    rm -rf "$SITE_CACHE/tree-$release"
    mkdir -p "$SITE_CACHE/tree-$release/moodle"
    if [ -n "${MOODLE_SRC:-}" ]; then
      say "code: copying $MOODLE_SRC"
      tar -C "$MOODLE_SRC" --exclude=.git --exclude=config.php -cf - . | tar -C "$SITE_CACHE/tree-$release/moodle" -xf -
    else
      src=$MOODLE_ARCHIVES/moodle-$release-notests.tar.xz
      [ -f "$src" ] || fail "no Moodle release archive $src"
      say "code: making the archive of Moodle $release"
      tar -xJf "$src" -C "$SITE_CACHE/tree-$release/moodle"
      fill_archive_gaps "$SITE_CACHE/tree-$release/moodle"
    fi
    tar -cf - -C "$SITE_CACHE/tree-$release" moodle | gzip -1 > "$cache.tmp"
    mv "$cache.tmp" "$cache"
    rm -rf "$SITE_CACHE/tree-$release"
  fi
  rm -f "$T/aws/s3/$key"
  cp "$cache" "$T/aws/s3/$key"
  # S3 keeps every version of a versioned object: nodes pinned to an older one still fetch it
  ln -f "$T/aws/s3/$key" "$T/aws/s3/$key@v-$release"
  echo "v-$release" > "$T/aws/s3/$key.version"
  md5sum "$cache" | cut -d' ' -f1 > "$T/aws/s3/$key.etag"
}

# The release archives leave out every tests/ folder; Moodle 5.1 loads one file of them outside
# tests (its Python machine learning backend's helper trait, at install): the test's own stand-in.
fill_archive_gaps() {
  local dir=$1 trait=analytics/tests/classes/mlbackend_helper_trait.php
  [ -d "$dir/public" ] && dir=$dir/public
  if grep -qs "$trait" "$dir/lib/mlbackend/python/classes/processor.php" && [ ! -f "$dir/$trait" ]; then
    install -D -m 0644 "$HERE/archive-gaps/mlbackend_helper_trait.php" "$dir/$trait"
    say "code: added the test's stand-in for $trait, which the archive lacks and the install loads"
  fi
}

# Moodle's own view, from a node: runs a PHP file as the web user with the site's config.php.
moodle_php() {
  local n=$1 file=$2
  shift 2
  in_node "$n" runuser -u "$WEB_USER" -- php "$file" "$CODE_ROOT/config.php" "$@"
}
