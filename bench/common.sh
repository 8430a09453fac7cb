# shellcheck shell=bash
# Common settings of bench/*.sh. The measurement harness is the shared keepalived-baseline folder
# (../shared/bench/keepalived-baseline from the repo root, or $KAB_HARNESS); it is only read, never
# copied: its run files and results are redirected to $OUT with KAB_RUN / KAB_RESULTS.
[ "$(id -u)" = 0 ] || { echo "bench: must run as root (network namespaces)" >&2; exit 1; }
: "${repo:?}"
# ../shared/bench/keepalived-baseline relative to the repo root (../../shared from a worktree in wt/)
if [ -z "${KAB_HARNESS:-}" ]; then
    for KAB_HARNESS in "$repo/../shared/bench/keepalived-baseline" "$repo/../../shared/bench/keepalived-baseline"; do
        [ -f "$KAB_HARNESS/vrrpmeter.py" ] && break
    done
fi
[ -f "$KAB_HARNESS/vrrpmeter.py" ] || { echo "bench: no harness at $KAB_HARNESS (set KAB_HARNESS)" >&2; exit 1; }
KAB_DIR=$(cd "$KAB_HARNESS" && pwd)
export KAB_DIR
# our own namespace prefix, so a run never touches the harness's default kab-* namespaces
export KAB_PREFIX=${KAB_PREFIX:-kbj-}
OUT=${OUT:-$repo/bench/out}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
export OUT KAB_RESULTS=$OUT/results KAB_RUN=$OUT/run
export PYTHON=${PYTHON:-/usr/bin/python3} PYTHONDONTWRITEBYTECODE=1
METER=$KAB_DIR/vrrpmeter.py
KAJ_HOME=${KAJ_HOME:-$repo/dist/target/keepalived4j}

bench_topo_up() {
    if [ -e "/run/netns/${KAB_PREFIX}lan" ]; then
        echo "bench: namespaces ${KAB_PREFIX}* exist already (another run?); remove them with: KAB_PREFIX=$KAB_PREFIX $KAB_DIR/topo.sh down" >&2
        exit 1
    fi
    "$KAB_DIR/topo.sh" up
    bench_topo_created=1
}

# reap every daemon we recorded (every run dir), then remove the namespaces
bench_cleanup() {
    local d
    for d in "$OUT"/run "$OUT"/run-*; do
        [ -f "$d/pids.txt" ] && KAB_RUN=$d "$PYTHON" "$METER" reap || true
    done
    if [ -n "${bench_topo_created:-}" ]; then
        KAB_RUN=$OUT/run "$KAB_DIR/topo.sh" down
    fi
    if ip netns list | grep -q "^${KAB_PREFIX}"; then
        echo "bench: WARNING namespaces left: $(ip netns list | grep "^${KAB_PREFIX}" | tr '\n' ' ')" >&2
    fi
}
