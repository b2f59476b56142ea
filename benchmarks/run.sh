#!/usr/bin/env bash
# Builds the benchmarks and prints every figure of docs/performance.md.
#
#   benchmarks/run.sh                  the full run (about 5 minutes on 2 cores)
#   BENCH_QUICK=1 benchmarks/run.sh   a short smoke run: fewer forks, iterations and tenants
#   BENCH_ONLY="gate maven" benchmarks/run.sh   only these sections (jmh, bulk, deployer, gate, maven)
#
# Nothing is installed into ~/.m2: the Maven goal timing installs the plugin into a throwaway
# repository (BENCH_REPO, default /tmp/bench-repo) and builds a copy of examples/quickstart.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=$ROOT/benchmarks/target/benchmarks.jar
OUT=$ROOT/benchmarks/target/results
REPO=${BENCH_REPO:-/tmp/bench-repo}
SETTINGS=$ROOT/benchmarks/bench-settings.xml
QUICK=${BENCH_QUICK:-0}

if [[ $QUICK == 1 ]]; then
  JMH_WARM=(-f 1 -wi 1 -i 2)
  JMH_COLD=(-f 2)
  TENANTS=200
  MAVEN_RUNS=2
  GATE_PAIRS=2
else
  JMH_WARM=()
  JMH_COLD=()
  TENANTS=1000
  MAVEN_RUNS=5
  GATE_PAIRS=5
fi

want() { [[ -z ${BENCH_ONLY:-} || " $BENCH_ONLY " == *" $1 "* ]]; }

section() {
  printf '\n== %s (load average %s)\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# JMH prints its own summary table last; keep it, minus the GC counters other than bytes per op.
jmh_table() {
  sed -n '/^Benchmark /,$p' "$1" | grep -v -E ':gc\.(alloc\.rate |count|time|churn)'
}

section "machine"
echo "cores: $(nproc); cpu:$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2); memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
java -version 2>&1 | head -2
date -u '+%Y-%m-%d %H:%M UTC'

section "build"
./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
mkdir -p "$OUT"

if want jmh; then
section "validate and read, warm (JMH average time, -prof gc)"
java -jar "$JAR" 'ValidateBenchmark' "${JMH_WARM[@]}" -prof gc > "$OUT/validate.log" 2>&1
jmh_table "$OUT/validate.log"

section "render, warm (JMH average time, -prof gc)"
java -jar "$JAR" '\.RenderBenchmark\.' "${JMH_WARM[@]}" -prof gc > "$OUT/render.log" 2>&1
jmh_table "$OUT/render.log"

section "first render in a fresh JVM (JMH single shot, one call per fork)"
java -jar "$JAR" 'ColdRenderBenchmark' "${JMH_COLD[@]}" > "$OUT/cold.log" 2>&1
jmh_table "$OUT/cold.log"
fi

if want bulk; then
section "bulk: $TENANTS tenants read, validated and rendered in one JVM, -Xmx512m"
for threads in 2 1; do
  java -Xmx512m -cp "$JAR" dev.moodleaws.bench.BulkTenants "$TENANTS" "$threads" 2
done
fi

if want deployer; then
section "deployer against the fake CloudFormation"
java -cp "$JAR" dev.moodleaws.bench.DeployPolling true 2>/dev/null
fi

if want gate; then
section "gate: the command line's validate of examples/production against cfn-lint on its template, $GATE_PAIRS paired runs"
# The build above made the command line (moodle-aws-templates/target/moodle-aws-cli). Each pair runs
# one whole process of each, back to back, so both see the same load of the shared machine.
CLI=$ROOT/moodle-aws-templates/target/moodle-aws-cli/moodle-aws
PRODUCTION=$ROOT/examples/production/moodle-aws.yaml
GATE=$(mktemp -d)
millis() { local start end; start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
command -v cfn-lint > /dev/null || { echo "cfn-lint is not installed (pip install cfn-lint, or ../shared/tools/cfn-lint/install.sh)" >&2; exit 1; }
(cd "$GATE" && sh "$CLI" render "$PRODUCTION" -o rendered > /dev/null)   # its first run writes the start-up archive
(cd "$GATE" && sh "$CLI" validate "$PRODUCTION" > /dev/null) || { echo "moodle-aws validate failed" >&2; exit 1; }
cfn-lint "$GATE/rendered/cloudformation.yaml" || { echo "cfn-lint found problems in the production template" >&2; exit 1; }
gate=()
lint=()
for ((i = 0; i < GATE_PAIRS; i++)); do
  gate+=("$(cd "$GATE" && millis sh "$CLI" validate "$PRODUCTION")")
  lint+=("$(millis cfn-lint "$GATE/rendered/cloudformation.yaml")")
  echo "  pair $((i + 1)): moodle-aws validate ${gate[i]} ms, cfn-lint ${lint[i]} ms"
done
printf '%s\n' "${gate[@]}" | sort -n | awk '{v[NR]=$1; s+=$1} END {printf "moodle-aws validate: mean %d ms, median %d ms, min %d ms, max %d ms\n", s/NR, v[int((NR+1)/2)], v[1], v[NR]}'
printf '%s\n' "${lint[@]}" | sort -n | awk '{v[NR]=$1; s+=$1} END {printf "cfn-lint:            mean %d ms, median %d ms, min %d ms, max %d ms\n", s/NR, v[int((NR+1)/2)], v[1], v[NR]}'
paste <(printf '%s\n' "${gate[@]}") <(printf '%s\n' "${lint[@]}") | awk '{r = $1 / $2; s += r; if (r > m) m = r} END {printf "moodle-aws / cfn-lint per pair: mean %.2f, worst %.2f\n", s/NR, m}'
rm -rf "$GATE"
fi

if want maven; then
section "validate goal in a Maven build: examples/quickstart, $MAVEN_RUNS runs each"
./mvnw -B -q -s "$SETTINGS" -Dmaven.repo.local="$REPO" -pl moodle-aws-maven-plugin -am install -DskipTests
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r examples/quickstart "$WORK/quickstart"
mvn_validate() {
  ./mvnw -B -q -o -s "$SETTINGS" -Dmaven.repo.local="$REPO" -f "$WORK/quickstart/pom.xml" validate "$@"
}
mvn_validate > /dev/null                         # warm the file cache and resolve once
mvn_validate -Dmoodle-aws.skip=true > /dev/null
with=()
without=()
for ((i = 0; i < MAVEN_RUNS; i++)); do
  start=$(date +%s%N); mvn_validate > /dev/null; end=$(date +%s%N)
  with+=($(( (end - start) / 1000000 )))
  start=$(date +%s%N); mvn_validate -Dmoodle-aws.skip=true > /dev/null; end=$(date +%s%N)
  without+=($(( (end - start) / 1000000 )))
done
test -f "$WORK/quickstart/target/moodle-aws/validation.sarif" || { echo "the validate goal wrote no report" >&2; exit 1; }
stats() {
  printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1; s+=$1} END {printf "mean %d ms, median %d ms, min %d ms, max %d ms", s/NR, v[int((NR+1)/2)], v[1], v[NR]}'
}
echo "with the validate goal:          $(stats "${with[@]}")"
echo "with -Dmoodle-aws.skip=true:     $(stats "${without[@]}")"
mean() { printf '%s\n' "$@" | awk '{s+=$1} END {print int(s/NR)}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
echo "the goal adds:                   $(( $(mean "${with[@]}") - $(mean "${without[@]}") )) ms (mean), $(( $(median "${with[@]}") - $(median "${without[@]}") )) ms (median)"
fi

section "done; JMH logs in benchmarks/target/results"
