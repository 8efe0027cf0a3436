#!/usr/bin/env bash
# Livestream moderation throughput of the running suite (./suite up), as a ratio to a plain Kafka consumer that reads
# the same records and produces one small record per input, on the same broker in the same run; then the latency from
# a segment's send to its violation-detected record at half the sustained rate.
#
#   bench/livestream-moderation.sh [COUNT] [ROOMS] [PACED_SECONDS]     (defaults 200000, 5000 and 20)
#
# Environment: KAFKA_BOOTSTRAP_SERVERS (localhost:9092), MODERATION_URL (http://localhost:8082), BENCH_JAVA_OPTS
# (e.g. -Dbench.violation-percent=0 to measure the clean path alone).
# Prints key=value lines: the service's sustained rate, the baseline rate, their ratio, p50/p99 latency.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd -P)"
COUNT="${1:-200000}"
ROOMS="${2:-5000}"
PACED_SECONDS="${3:-20}"
BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}"
MODERATION="${MODERATION_URL:-http://localhost:8082}"
WORK="$ROOT/.work/bench"

fail() { printf 'bench: %s\n' "$*" >&2; exit 1; }
# ls fails when one of the patterns matches nothing, which pipefail would turn into a silent exit.
[[ -n ${JAVA_HOME:-} ]] || JAVA_HOME="$(ls -d /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*-21-* 2>/dev/null | head -n 1 || true)"
[[ -x ${JAVA_HOME:-}/bin/java ]] || fail "no JDK 21+ found. Fix: set JAVA_HOME"
export JAVA_HOME
curl -fsS -o /dev/null "$MODERATION/q/health/ready" ||
    fail "livestream-moderation-service does not answer at $MODERATION. Fix: ./suite up (or set MODERATION_URL)"
mkdir -p "$WORK"

printf 'building the load generator\n' >&2
(cd "$ROOT" && mvn -B -q -pl benchmarks -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >"$WORK/build.log" 2>&1) ||
    fail "building benchmarks failed. Fix: see $WORK/build.log"

printf 'livestream moderation: %s segments over %s rooms on %s, then %s s at half rate\n' \
    "$COUNT" "$ROOMS" "$BOOTSTRAP" "$PACED_SECONDS" >&2
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$ROOT/benchmarks/target/classes:$(cat "$WORK/classpath.txt")" \
    dev.livecommerce.bench.LivestreamModerationBenchmark "$BOOTSTRAP" "$MODERATION" "$COUNT" "$ROOMS" \
    "$PACED_SECONDS" | tee "$WORK/moderation.txt"
