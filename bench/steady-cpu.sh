#!/usr/bin/env bash
# Idle CPU in steady state: 100 VRRPv3 instances at 10 cs, a master + backup pair of keepalived4j and one
# of keepalived 2.2.7, each on its own namespace LAN of the shared harness, started at the same moment;
# after WARM_S (25) seconds, the utime+stime ticks of every daemon process over CPU_S (20) seconds.
# (The harness's `resources` step measures from 5 s after both are MASTER, while the JIT still compiles.)
# Root; leaves no namespace or process behind. Usage: sudo bench/steady-cpu.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
. "$here/common.sh"
WARM_S=${WARM_S:-25} CPU_S=${CPU_S:-20}
conf=$KAB_DIR/conf
run=$OUT/steady
mkdir -p "$run"
lans=(kbs- kbt-)
pids=()
cleanup() {
    local p l
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    for l in "${lans[@]}"; do KAB_PREFIX=$l KAB_RUN=$run/$l "$KAB_DIR/topo.sh" down >/dev/null || true; done
}
trap cleanup EXIT
for l in "${lans[@]}"; do
    if [ -e "/run/netns/${l}lan" ]; then echo "steady-cpu: namespaces ${l}* exist already" >&2; exit 1; fi
    mkdir -p "$run/$l"; KAB_PREFIX=$l KAB_RUN=$run/$l "$KAB_DIR/topo.sh" up >/dev/null
done
declare -A java ka
for r in 1 2; do
    ip netns exec "kbs-r$r" "$KAJ_HOME/bin/keepalived4j" -n -l -D -f "$conf/many100-v3-r$r.conf" \
        -p "$run/j$r.pid" > "$run/keepalived4j-r$r.log" 2>&1 &
    pids+=($!); java[$r]=$!
    ip netns exec "kbt-r$r" keepalived -n -l -D -f "$conf/many100-v3-r$r.conf" -p "$run/k$r.pid" \
        -r "$run/k$r.vpid" -c "$run/k$r.cpid" > "$run/keepalived-r$r.log" 2>&1 &
    pids+=($!)
done
sleep "$WARM_S"
for r in 1 2; do ka[$r]="$(cat "$run/k$r.pid" "$run/k$r.vpid" 2>/dev/null | tr '\n' ' ')"; done
ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
# shellcheck disable=SC2086
a=($(ticks ${java[1]}) $(ticks ${java[2]}) $(ticks ${ka[1]}) $(ticks ${ka[2]}))
sleep "$CPU_S"
# shellcheck disable=SC2086
b=($(ticks ${java[1]}) $(ticks ${java[2]}) $(ticks ${ka[1]}) $(ticks ${ka[2]}))
hz=$(getconf CLK_TCK)
echo "steady state, ${WARM_S} s after start, ${CPU_S} s window, 100 x v3 (CPU seconds, utime+stime):"
echo "  keepalived4j master $(( (b[0]-a[0]) ))/$hz  backup $(( (b[1]-a[1]) ))/$hz"
echo "  keepalived   master $(( (b[2]-a[2]) ))/$hz  backup $(( (b[3]-a[3]) ))/$hz"
echo "  instances MASTER on r1: keepalived4j $(grep -c 'Entering MASTER STATE' "$run/keepalived4j-r1.log" || true), keepalived $(grep -c 'Entering MASTER STATE' "$run/keepalived-r1.log" || true)"
