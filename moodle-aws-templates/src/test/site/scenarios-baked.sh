# shellcheck shell=bash
# Baked images (images.mode: baked): the Image Builder component's commands run once on a build node
# (the bake), its file system becomes the image, and the stable and web nodes boot from it. The
# stand-ins for apt, dnf, git, S3 downloads and curl fail the test if a node asks them at boot.

# Runs the bake on node $1 and keeps its layers as the image in $T/images/$1; prints its path.
bake_image() {
  local n=$1 key img=$T/images/$1
  create_node "$n" image
  power_on "$n"
  wait_boot "$n" 1500
  [ "$(boot_rc "$n")" = 0 ] || { tail -40 "$(node_dir "$n")/boot.out" >&2; fail "$n: the bake failed"; }
  grep -q "image baked" "$(node_dir "$n")/boot.out" || fail "$n: the bake did not run to its end"
  say "time: the bake on $n took $(boot_seconds "$n")s"
  power_off "$n"
  mkdir -p "$img"
  for key in etc var usr_local root; do
    cp -a "$(node_dir "$n")/ovl/$key.up" "$img/$key"
  done
  echo "$img"
}

# No node booted from the image called a package manager, git, S3 or a download.
expect_no_fetch() {
  [ ! -s "$T/aws/forbidden.log" ] || fail "nodes booted from the image fetched: $(cat "$T/aws/forbidden.log")"
  local n
  for n in "$@"; do
    ! grep -q " $n " "$T/aws/packages.log" 2>/dev/null || fail "$n called a package manager at boot"
    ! grep -q " $n aws s3" "$T/aws/calls.log" 2>/dev/null || fail "$n downloaded from S3 at boot"
    grep -q "step: check code" "$(node_dir "$n")/boot.out" || fail "$n did not check the image's code"
  done
  say "nodes booted from the image: no package manager, git, S3 download or other download at boot"
}

scenario_baked() {
  start_services_for_site
  [ -f "$T/userdata/image.sh" ] || fail "the site is not baked: no Image Builder component in the template"
  NODE_IMAGE=$(bake_image image1)
  export NODE_IMAGE
  grep -q " image1 apt-get install" "$T/aws/packages.log" || fail "the bake installed no packages"
  create_node stable1 stable
  create_node web1 web
  add_target web1
  power_on stable1
  power_on web1
  stable_boots stable1
  expect_signal stable1 SUCCESS
  wait_boot web1 300
  [ "$(boot_rc web1)" = 0 ] || { tail -40 "$(node_dir web1)/boot.out" >&2; fail "web1: boot failed"; }
  expect_signal web1 SUCCESS
  expect_no_fetch stable1 web1
  print_times stable1 web1
  say "web2 boots from the image on the installed site: the boot of a Spot replacement"
  create_node web2 web
  add_target web2
  power_on web2
  wait_boot web2 300
  [ "$(boot_rc web2)" = 0 ] || { tail -40 "$(node_dir web2)/boot.out" >&2; fail "web2: boot failed"; }
  expect_signal web2 SUCCESS
  expect_no_fetch web2
  say "time: web2 booted in $(boot_seconds web2)s (baked image, site installed)"
  wait_target web1 UP $((HEALTH_INTERVAL * (HEALTH_HEALTHY + 2)))
  wait_target web2 UP $((HEALTH_INTERVAL * (HEALTH_HEALTHY + 2)))
  check_serves
  check_login
  check_caches stable1 web2
}
