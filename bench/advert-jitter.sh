#!/usr/bin/env bash
# bench/advert-jitter.sh: how regularly the VRRP loop sends adverts on an idle JVM and while other
# threads allocate as fast as they can. No root, no network: the engine runs on fake ports that
# timestamp every advert (org.keepalived4j.vrrp.AdvertJitterBench, test scope).
#
#   bench/advert-jitter.sh [INSTANCES=100] [SECONDS_PER_PHASE=10] [BUSY_THREADS=2]
#
# Uses the launcher's JVM flags (JAVA_OPTS adds to them), so the figures are the daemon's.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -o test-compile -pl service -am >/dev/null 2>&1 || mvn -B -q test-compile -pl service -am
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -o dependency:build-classpath -pl service -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xms8m -Xmx64m ${JAVA_OPTS:-} \
    -cp "service/target/test-classes:service/target/classes:$(cat "$cp_file")" \
    org.keepalived4j.vrrp.AdvertJitterBench "${1:-100}" "${2:-10}" "${3:-2}"
