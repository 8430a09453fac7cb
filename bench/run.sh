#!/usr/bin/env bash
# bench/run.sh : keepalived 2.2.7 and keepalived4j side by side in one run, on the namespace LAN of
# the shared keepalived-baseline harness (same topology, same configs, same meter). Needs root.
#
#   sudo bench/run.sh
#
# Environment (defaults):
#   REPS=5                  repetitions of every failover / duplicate-IP / graceful-stop / start measurement
#   VARIANTS="v2 v3"        harness configs: v2 = VRRPv2 advert 1 s, v3 = VRRPv3 advert 10 cs
#                           (also v2uc v3uc: unicast)
#   SCENARIOS=term,kill,crash   graceful stop, SIGKILL, SIGKILL + link down
#   STEPS="failover dupip firstadvert graceful resources"
#                           graceful: SIGTERM of master r1 -> its priority-0 advert on the LAN -> r2's first
#                           advert, gratuitous ARP and VIP, minus r2's skew time (kernel-stamped on the bridge)
#   RES_VARIANTS=v2,v3,many100-v2,many100-v3   idle RSS/CPU with 1 and 100 instances; CPU_S=30
#   IMPLS="keepalived keepalived4j"            KAJ_HOME=dist/target/keepalived4j (mvn package first)
#   OUT=bench/out           results/<impl>/*.jsonl, results/bench-summary.md, run-<impl>/logs
#   KAB_HARNESS             the harness folder (default ../shared/bench/keepalived-baseline)
#   PCAP=0                  1: tcpdump of the first repetition of each failover scenario
#
# Every step runs both implementations one after the other before the next step starts, so the
# two see the same machine load (graceful: they take turns rep by rep). On exit (also on ^C) every
# daemon is reaped and the kbj-* namespaces are removed; `ip netns list` is checked at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
. "$here/common.sh"

REPS=${REPS:-5}
VARIANTS=${VARIANTS:-"v2 v3"}
SCENARIOS=${SCENARIOS:-term,kill,crash}
STEPS=${STEPS:-"failover dupip firstadvert graceful resources"}
RES_VARIANTS=${RES_VARIANTS:-v2,v3,many100-v2,many100-v3}
CPU_S=${CPU_S:-30}
IMPLS=${IMPLS:-"keepalived keepalived4j"}
PCAP=${PCAP:-0}

ka_version=$(keepalived --version 2>&1 | sed -n 's/^Keepalived v\([0-9.]*\).*/\1/p' | head -1)
kaj_version=$(sed -n 's/^.*<version>\(.*\)<\/version>.*$/\1/p' "$repo/dist/pom.xml" | head -1)
label_of() {
    case $1 in
        keepalived) echo "keepalived-${ka_version:-unknown}" ;;
        keepalived4j) echo "keepalived4j-${kaj_version:-dev}" ;;
        *) echo "$1" ;;
    esac
}
# select implementation $1: IMPL label, its own run dir (daemon logs), the daemon command
use_impl() {
    export IMPL KAB_RUN DAEMON_CMD DAEMON_ARGS="-n -l -D"
    IMPL=$(label_of "$1")
    KAB_RUN=$OUT/run-$IMPL
    unset DAEMON_TEMPLATE
    case $1 in
        keepalived) DAEMON_CMD=keepalived ;;
        keepalived4j) DAEMON_CMD=$KAJ_HOME/bin/keepalived4j ;;
        *) echo "unknown implementation $1" >&2; exit 2 ;;
    esac
}

for impl in $IMPLS; do
    case $impl in
        keepalived) command -v keepalived >/dev/null || { echo "bench: keepalived is not installed" >&2; exit 1; } ;;
        keepalived4j) [ -x "$KAJ_HOME/bin/keepalived4j" ] || {
            echo "bench: no $KAJ_HOME/bin/keepalived4j; build it: mvn -B -q package -DskipTests" >&2; exit 1; } ;;
    esac
    # a run starts clean, but only inside $OUT
    rm -rf "$OUT/results/$(label_of "$impl")" "$OUT/run-$(label_of "$impl")"
done
mkdir -p "$OUT/results"
exec > >(tee "$OUT/run.log") 2>&1

bench_topo_up
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
"$KAB_DIR/topo.sh" check

{
    echo "date: $(date -Is)"
    echo "host: kernel $(uname -r), $(nproc) CPUs, $(awk '/MemTotal/ {print $2 " kB"}' /proc/meminfo)"
    echo "cpu: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
    echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "keepalived: $(keepalived --version 2>&1 | head -1)"
    echo "java: $(java -version 2>&1 | head -1)"
    echo "keepalived4j: $KAJ_HOME (launcher flags: $(sed -n '/^jvm_flags=(/,/)$/p' "$KAJ_HOME/bin/keepalived4j" | tr -s ' \n' ' '))"
    echo "CDS archive: $(ls -la "$KAJ_HOME/lib/keepalived4j.jsa" 2>/dev/null || echo none)"
    echo "harness: $KAB_DIR"
    echo "REPS=$REPS VARIANTS='$VARIANTS' SCENARIOS=$SCENARIOS STEPS='$STEPS' RES_VARIANTS=$RES_VARIANTS CPU_S=$CPU_S"
} | tee "$OUT/env.txt"

t0=$(date +%s)
for step in $STEPS; do
    if [ "$step" = graceful ]; then
        # rep by rep, the implementations taking turns: a difference of a few ms is what this step
        # measures, and the shared machine's load changes within the minutes one implementation's
        # reps would take; unicast variants too, the tap sits on the bridge ports
        for v in $VARIANTS; do
            echo "== $(date +%T) $step $v: $IMPLS taking turns (load $(cut -d' ' -f1 /proc/loadavg))"
            for rep in $(seq "$REPS"); do
                for impl in $IMPLS; do
                    use_impl "$impl"
                    "$PYTHON" "$here/kaextra.py" graceful --variant "$v" --reps 1 --first-rep "$rep"
                done
            done
        done
        continue
    fi
    for impl in $IMPLS; do
        use_impl "$impl"
        echo "== $(date +%T) $step: $IMPL (load $(cut -d' ' -f1 /proc/loadavg))"
        case $step in
            failover)
                # shellcheck disable=SC2086
                KEEP_TOPO=1 REPS=$REPS SCENARIOS=$SCENARIOS PCAP=$PCAP "$KAB_DIR/failover.sh" $VARIANTS ;;
            dupip)
                for v in $VARIANTS; do "$PYTHON" "$here/kaextra.py" dupip --variant "$v" --reps "$REPS"; done ;;
            firstadvert)
                for v in $VARIANTS; do
                    case $v in *uc) continue ;; esac # unicast adverts do not reach the client
                    "$PYTHON" "$here/kaextra.py" firstadvert --variant "$v" --reps "$REPS"
                done
                "$PYTHON" "$here/kaextra.py" firstadvert --variant many100-v3 --reps "$REPS" ;;
            resources)
                KEEP_TOPO=1 REPS=$REPS REPS_MANY=3 CPU_S=$CPU_S RES_VARIANTS=$RES_VARIANTS \
                    LONE_VARIANTS="$(echo "$VARIANTS" | tr ' ' '\n' | grep -v uc | tr '\n' ' ') many100-v2 many100-v3" \
                    "$KAB_DIR/resources.sh" ;;
            *) echo "unknown step $step" >&2; exit 2 ;;
        esac
    done
done
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/env.txt"
"$PYTHON" "$here/kaextra.py" summary
echo "total wall time: $(( $(date +%s) - t0 )) s; tables: $OUT/results/bench-summary.md (and the harness's summary.md)"
