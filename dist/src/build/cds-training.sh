#!/bin/sh
# Trains lib/keepalived4j.jsa, the dynamic class-data archive the launcher uses (run by dist/pom.xml).
#   cds-training.sh HOME ARCHIVE WORKDIR
# In a private network namespace (unshare -n, or unshare -rn without root: gone when the daemon exits) with
# a veth pair, the daemon runs the pairs of cds-training.conf for 5 s and is stopped with SIGTERM, so the
# archive holds the classes of start-up, BACKUP, the MASTER transition, adverts sent and received, and the
# stop; those are then pre-parsed and pre-verified at every start, and a router's first takeover does not
# load them from the jars. Where no namespace can be made, the daemon runs for 4 s on an interface that does not
# exist: start-up classes only. A failed training only costs start-up time, so this never fails the build.
home=$1 archive=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
export JAVA_OPTS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
rm -f "$archive"
# root: a network namespace; otherwise one inside a user namespace, where the kernel allows it
if unshare -n true 2>/dev/null; then
    isolate="unshare -n"
elif unshare -rn true 2>/dev/null; then
    isolate="unshare -rn"
fi
if [ -n "${isolate:-}" ]; then
    $isolate sh -c '
        ip link set lo up &&
        sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 &&
        ip link add k4jt0 type veth peer name k4jt1 &&
        ip addr add 192.0.2.1/24 dev k4jt0 && ip addr add 192.0.2.2/24 dev k4jt1 &&
        sysctl -qw net.ipv4.conf.k4jt0.accept_local=1 net.ipv4.conf.k4jt1.accept_local=1 &&
        ip link set k4jt0 up && ip link set k4jt1 up &&
        timeout -s TERM 5 "$1/bin/keepalived4j" -n -f "$2" -p "$3/training.pid"' \
        training "$home" "$here/cds-training.conf" "$work" > "$work/training.log" 2>&1
fi
if [ ! -s "$archive" ]; then
    sed 's/k4jt[01]/k4jcds0/; s/^global_defs {/global_defs {\n    dynamic_interfaces/' "$here/cds-training.conf" \
        > "$work/training-no-root.conf"
    timeout -s TERM 4 "$home/bin/keepalived4j" -n -f "$work/training-no-root.conf" -p "$work/training.pid" \
        >> "$work/training.log" 2>&1
fi
[ -s "$archive" ] && echo "class-data archive $archive written" || echo "no class-data archive (see $work/training.log)"
exit 0
