#!/usr/bin/env bash
# Listing review throughput of the running suite (./suite up), as a ratio to the raw PostgreSQL single-row insert
# rate measured by pgbench on the same server in the same run.
#
#   bench/listing-review.sh [COUNT] [CONCURRENCY]     (defaults 3000 and 16)
#
# Prints key=value lines: the review rate (submit through the gateway -> decision persisted -> listing-reviewed
# published), the submit latency under that load and at half of it, the pgbench insert rate, and their ratio.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd -P)"
COUNT="${1:-3000}"
CONCURRENCY="${2:-16}"
MERCHANTS=100
PG_HOST="${SUITE_PG_HOST:-localhost}"
PG_PORT="${SUITE_PG_PORT:-5432}"
PG_USER=suite
BENCH_DB=product_governance
WORK="$ROOT/.work/bench"
RUN="bench$(date +%s)"

fail() { printf 'bench: %s\n' "$*" >&2; exit 1; }
# ls fails when one of the patterns matches nothing, which pipefail would turn into a silent exit.
[[ -n ${JAVA_HOME:-} ]] || JAVA_HOME="$(ls -d /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*-21-* 2>/dev/null | head -n 1 || true)"
[[ -x ${JAVA_HOME:-}/bin/java ]] || fail "no JDK 21+ found. Fix: set JAVA_HOME"
export JAVA_HOME
command -v pgbench >/dev/null || fail "pgbench not found. Fix: install the PostgreSQL client tools (Debian: postgresql-client)"
curl -fsS -o /dev/null "http://localhost:8080/q/health/ready" || fail "the suite is not running. Fix: ./suite up"
mkdir -p "$WORK"

printf 'building the load generator\n' >&2
(cd "$ROOT" && mvn -B -q -pl benchmarks -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >"$WORK/build.log" 2>&1) ||
    fail "building benchmarks failed. Fix: see $WORK/build.log"

printf 'baseline: pgbench single-row inserts, %s clients, 20 s\n' "$CONCURRENCY" >&2
export PGPASSWORD=suite
# The baseline writes to a scratch schema of the same database the service writes to, dropped afterwards.
psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" -c "
    drop schema if exists bench cascade;
    create schema bench;
    create table bench.bench_insert (id bigserial primary key, merchant_id varchar(64) not null,
                                     title varchar(120) not null, created_at timestamptz not null default now());" \
    >/dev/null || fail "cannot create the scratch schema in $BENCH_DB as $PG_USER"
trap 'psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" -c "drop schema if exists bench cascade" >/dev/null 2>&1' EXIT
cat >"$WORK/insert.sql" <<'SQL'
insert into bench.bench_insert (merchant_id, title) values ('m-' || (random() * 1000)::int, 'baseline row');
SQL
pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "$CONCURRENCY" -j 2 -T 20 -f "$WORK/insert.sql" "$BENCH_DB" \
    >"$WORK/pgbench.log" 2>&1 || fail "pgbench failed: $(tail -n 3 "$WORK/pgbench.log")"
PG_TPS=$(grep -Eo 'tps = [0-9.]+' "$WORK/pgbench.log" | head -n 1 | awk '{print $3}')

printf 'tokens for %s merchants\n' "$MERCHANTS" >&2
: >"$WORK/tokens.txt"
for ((i = 0; i < MERCHANTS; i++)); do
    printf '%s-%s %s\n' "$RUN" "$i" "$("$ROOT/suite" token --role merchant --merchant "$RUN-$i" 2>/dev/null)" >>"$WORK/tokens.txt"
done

printf 'listing review: %s listings through the gateway, %s clients\n' "$COUNT" "$CONCURRENCY" >&2
"$JAVA_HOME/bin/java" -cp "$ROOT/benchmarks/target/classes:$(cat "$WORK/classpath.txt")" \
    dev.livecommerce.bench.ListingReviewBenchmark "http://localhost:8080" "$WORK/tokens.txt" \
    "jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB" "$PG_USER" suite "$COUNT" "$CONCURRENCY" |
    tee "$WORK/review.txt"

REVIEW_RATE=$(grep '^review.rate_per_s=' "$WORK/review.txt" | cut -d= -f2)
printf 'baseline.pgbench_insert_tps=%s\n' "$PG_TPS"
awk -v r="$REVIEW_RATE" -v b="$PG_TPS" 'BEGIN { printf "ratio.review_to_insert=%.3f   (target >= 0.3)\n", r / b }'
