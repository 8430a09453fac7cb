#!/usr/bin/env bash
# bench/flags.sh : measures JVM flag sets for the keepalived4j launcher, one after the other in
# one run: lone start -> first advert (v3), and idle RSS / CPU of master + backup (1 and 100 v3
# instances). java is started directly (not through bin/keepalived4j) so each set is exactly
# what is listed below.
#
#   sudo bench/flags.sh                 # SETS="base c1 serial cds ..." REPS=5 CPU_S=20 OUT=...
#
# Results: $OUT/results/kaj-flags-<set>/{firstadvert,resources}.jsonl, $OUT/results/bench-summary.md
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
. "$here/common.sh"

REPS=${REPS:-5}
CPU_S=${CPU_S:-20}
SETS=${SETS:-"base c1 serial cds-t cds-run mem all"}
RES_VARIANTS=${RES_VARIANTS:-v3,many100-v3}
tree=$KAJ_HOME
# archives for the experiment: one trained by a config test (what the build can do without root),
# one trained by a real daemon run in a namespace
cds_t=$OUT/cds-t.jsa
cds_run=$OUT/cds-run.jsa

base_flags="-XX:+ExitOnOutOfMemoryError"
flags_of() {
    case $1 in
        base) echo "$base_flags" ;;
        c1) echo "$base_flags -XX:TieredStopAtLevel=1" ;;
        serial) echo "$base_flags -XX:+UseSerialGC" ;;
        cds-t) echo "$base_flags -XX:SharedArchiveFile=$cds_t -Xlog:cds=off -Xlog:cds+dynamic=off" ;;
        cds-run) echo "$base_flags -XX:SharedArchiveFile=$cds_run -Xlog:cds=off -Xlog:cds+dynamic=off" ;;
        mem) echo "$base_flags -Xss512k -Xmx48m -XX:MaxMetaspaceSize=48m -XX:ReservedCodeCacheSize=24m -XX:-UsePerfData" ;;
        all) echo "$base_flags -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx48m -XX:MaxMetaspaceSize=48m -XX:ReservedCodeCacheSize=24m -XX:-UsePerfData -XX:SharedArchiveFile=$cds_t -Xlog:cds=off -Xlog:cds+dynamic=off" ;;
        launcher) echo "launcher" ;;
        *) echo "unknown flag set $1" >&2; exit 2 ;;
    esac
}

bench_topo_up
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

java_cmd="java -Dkeepalived4j.home=$tree -cp $tree/lib/* org.keepalived4j.cli.Keepalived4j"
if [ ! -f "$cds_t" ]; then
    java -XX:ArchiveClassesAtExit="$cds_t" -Xlog:cds=off -Xlog:cds+dynamic=off -Dkeepalived4j.home="$tree" \
        -cp "$tree/lib/*" org.keepalived4j.cli.Keepalived4j -t -f "$KAB_DIR/conf/many100-v3-r1.conf" >/dev/null 2>&1 || true
fi
if [ ! -f "$cds_run" ]; then
    # a real daemon run (10 s, 100 instances) in kab-r1, then SIGTERM: the archive is written at exit
    ip netns exec "${KAB_PREFIX}r1" java -XX:ArchiveClassesAtExit="$cds_run" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Dkeepalived4j.home="$tree" -cp "$tree/lib/*" org.keepalived4j.cli.Keepalived4j -n -l \
        -f "$KAB_DIR/conf/many100-v3-r1.conf" -p "$OUT/cds-train.pid" >"$OUT/cds-train.log" 2>&1 &
    train=$!
    sleep 10
    kill -TERM "$train"
    wait "$train" || true
fi
ls -la "$cds_t" "$cds_run"

for s in $SETS; do
    f=$(flags_of "$s")
    if [ "$f" = launcher ]; then
        tmpl="$tree/bin/keepalived4j -n -l -D -f {conf} -p {pid}"
    else
        tmpl="java $f -Dkeepalived4j.home=$tree -cp $tree/lib/* org.keepalived4j.cli.Keepalived4j -n -l -D -f {conf} -p {pid}"
    fi
    export IMPL=kaj-flags-$s KAB_RUN=$OUT/run-kaj-flags-$s DAEMON_TEMPLATE="$tmpl"
    echo "== $IMPL: $tmpl"
    "$PYTHON" "$here/kaextra.py" firstadvert --variant v3 --reps "$REPS"
    "$PYTHON" "$METER" resources --variants "$RES_VARIANTS" --cpu-s "$CPU_S"
done
"$PYTHON" "$here/kaextra.py" summary >/dev/null
echo "table: $OUT/results/bench-summary.md"
