#!/usr/bin/env bash
# Builds the claim-engine JMH benchmark and runs it: ClaimEngine.scan (normalisation and exemptions on) against the
# bare Aho-Corasick double array trie on the same ~5,000-term dictionary and corpus. Prints chars/s and the ratio.
#   bench/claim-engine.sh [rounds] [warm-up iterations] [measurement iterations] [seconds per iteration]
# Each round runs one fork of each side, back to back, the order alternating; the ratio is over all rounds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z ${JAVA_HOME:-} ]]; then
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
        if [[ -x $candidate/bin/java ]]; then
            export JAVA_HOME=$candidate
            break
        fi
    done
fi
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
mvn -B -q -pl claim-engine-benchmarks -am package -DskipTests
exec "$java_bin" -jar claim-engine-benchmarks/target/claim-engine-benchmarks.jar "$@"
