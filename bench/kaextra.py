#!/usr/bin/env python3
"""kaextra.py -- measurements the keepalived-baseline harness lacks, built on its vrrpmeter.py.

Imported from the shared harness (KAB_DIR, never copied), so the topology, the process control
(only PIDs we started, recorded in $KAB_RUN/pids.txt) and the netlink/ICMP views are the same.

  firstadvert --variant V --reps N   lone r1: daemon exec -> first VRRP advert from r1's MAC seen on
                                     the LAN, and -> first VIP on r1 (multicast variants only)
  dupip --variant V --reps N         SIGKILL of the master r1 (link stays up): how long both routers
                                     hold the VIP (duplicate-IP window) and when r1 no longer holds it
                                     while r2 does; keepalived leaves the VIP forever (-> timeout)
  summary                            markdown tables of everything under $KAB_RESULTS (both impls),
                                     plus the VRRP loop timer lateness lines of the daemon logs

Results: $KAB_RESULTS/<IMPL>/{firstadvert,dupip}.jsonl
"""
import argparse
import glob
import json
import os
import random
import re
import select
import signal
import socket
import statistics
import sys

sys.path.insert(0, os.environ["KAB_DIR"])
import vrrpmeter as vm  # noqa: E402  (the shared harness engine)

IPPROTO_VRRP = 112


class AdvertSniffer:
    """AF_PACKET socket on the client's eth0: every VRRP packet on the LAN, with its source MAC."""

    def __init__(self):
        with vm.netns(vm.CLIENT_NS):
            self.s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(vm.ETH_P_IP))
            self.s.bind(("eth0", vm.ETH_P_IP))
            self.s.setblocking(False)

    def fileno(self):
        return self.s.fileno()

    def drain(self):
        """list of (router number or MAC, vrid) of the VRRP packets queued now"""
        out = []
        while True:
            try:
                data, addr = self.s.recvfrom(2048)
            except BlockingIOError:
                return out
            if len(data) < 28 or data[9] != IPPROTO_VRRP:
                continue
            ihl = (data[0] & 0xF) * 4
            mac = ":".join("%02x" % b for b in addr[4][:6])
            out.append((vm.MAC2R.get(mac, mac), data[ihl + 1]))


def vips_of(variant):
    m = re.match(r"many(\d+)", variant)
    return [vm.VIP] if not m else [f"10.77.0.{100 + i}" for i in range(1, int(m.group(1)) + 1)]


def cmd_firstadvert(a):
    conf = f"{a.variant}-r1.conf"
    adv = vm.advert_of(conf)
    vips = set(vips_of(a.variant))
    out = os.path.join(vm.RESULTS, a.impl, "firstadvert.jsonl")
    view = vm.NsView(vm.rns(1), vm.RTMGRP_IPV4_IFADDR)
    sniff = AdvertSniffer()
    for rep in range(1, a.reps + 1):
        vm.clean_routers((1,), vips)
        sniff.drain()
        d = vm.daemon(1, conf, f"first-{a.variant}")
        rec = {"impl": a.impl, "variant": a.variant, "rep": rep, "advert_int": adv, "nvips": len(vips)}
        t_adv = t_vip = t_all = None
        try:
            t0 = vm.mono()
            d.start()
            deadline = t0 + max(20.0, 10 * adv + 10)
            next_poll = t0
            while vm.mono() < deadline and (t_adv is None or t_all is None):
                r, _, _ = select.select([sniff, view.ev], [], [], max(0.0, min(deadline, next_poll) - vm.mono()))
                now = vm.mono()
                if sniff in r and t_adv is None and any(who == 1 for who, _ in sniff.drain()):
                    t_adv = now
                if view.ev in r or now >= next_poll:
                    view.ev.drain()
                    n = len(view.dump.addrs() & vips)
                    if n and t_vip is None:
                        t_vip = now
                    if n == len(vips) and t_all is None:
                        t_all = now
                    next_poll = now + 0.005
                if not d.alive():
                    raise RuntimeError("daemon exited")
            rec.update({"ok": t_adv is not None and t_all is not None,
                        "first_advert_ms": vm.ms(t_adv, t0), "first_vip_ms": vm.ms(t_vip, t0),
                        "all_vips_ms": vm.ms(t_all, t0)})
        except Exception as e:  # noqa
            rec["error"] = str(e)
        finally:
            d.stop()
        vm.write_jsonl(out, rec)
        vm.log(f"{a.impl} firstadvert {a.variant} #{rep}: {rec}")
    vm.clean_routers((1,), vips)


def cmd_dupip(a):
    c1, c2 = f"{a.variant}-r1.conf", f"{a.variant}-r2.conf"
    adv = vm.advert_of(c1)
    master_down = 3 * adv + (256 - 100) / 256.0 * adv
    tmo = max(10.0, 6 * master_down + 3)
    out = os.path.join(vm.RESULTS, a.impl, "dupip.jsonl")
    rnd = random.Random(a.seed)
    mon = vm.Monitor((1, 2), (vm.VIP,), a.probe_ms, a.poll_ms, a.loss_ms)
    for rep in range(1, a.reps + 1):
        tag = f"{a.variant}-dup"
        rec = {"impl": a.impl, "variant": a.variant, "rep": rep, "advert_int": adv,
               "timeout_s": a.timeout_s}
        vm.clean_routers((1, 2), (vm.VIP,))
        mon.reset()
        d1, d2 = vm.daemon(1, c1, tag), vm.daemon(2, c2, tag)
        try:
            ts = vm.mono()
            d1.start()
            d2.start()
            if not mon.run_until(lambda: mon.has(1) and not mon.has(2) and mon.client_ok(ts, 1), tmo):
                raise RuntimeError(f"r1 never became MASTER (r1={mon.count[1]} r2={mon.count[2]})")
            mon.sleep(2 * adv + 0.3 + rnd.uniform(0, adv))
            if not (d1.alive() and d2.alive() and mon.has(1) and not mon.has(2)):
                raise RuntimeError("unstable before the kill")
            pids = d1.tree()
            mon.watch = [d1]
            t0 = d1.kill9(pids)
            unique = mon.run_until(lambda: mon.has(2) and not mon.has(1), a.timeout_s)
            mon.sleep(0.3)
            fl, rs, lost = mon.outage(t0, vm.mono() - a.loss_ms / 1000)
            t_r2 = mon.first("r2", lambda v: v >= 1, t0)
            t_r1 = mon.first("r1", lambda v: v == 0, t0)
            rec.update({
                "unique_ok": unique,
                "r2_vip_ms": vm.ms(t_r2, t0),
                "r1_vip_gone_ms": vm.ms(t_r1, t0),
                # both hold the VIP from r2's takeover until r1's VIP is gone (negative: nobody held it)
                "dup_window_ms": vm.ms(t_r1, t_r2) if (t_r1 and t_r2) else None,
                "kill_to_unique_ms": vm.ms(max(t_r1, t_r2), t0) if (t_r1 and t_r2) else None,
                "client_outage_ms": (vm.ms(rs, fl) if rs is not None else None) if fl is not None else 0.0,
                "client_lost_probes": lost,
                "client_on_r2_ms": vm.ms(mon.reply_from(2, t0), t0),
            })
        except Exception as e:  # noqa
            rec["error"] = str(e)
            vm.log("ERROR", tag, rep, e)
        finally:
            mon.watch = []
            vm.stop_many([d1, d2])
        vm.write_jsonl(out, rec)
        vm.log(f"{a.impl} {tag} #{rep}: " + " ".join(
            f"{k}={v}" for k, v in rec.items() if k.endswith("_ms") or k in ("error", "unique_ok")))
        vm.clean_routers((1, 2), (vm.VIP,))


# ----------------------------------------------------------------------------- summary
S = vm._stats


def _rows(recs, keyf):
    keys = []
    for r in recs:
        if keyf(r) not in keys:
            keys.append(keyf(r))
    return [(k, [r for r in recs if keyf(r) == k]) for k in keys]


def _order(recs, impls):
    """keepalived first, then the others, each variant side by side"""
    return sorted(recs, key=lambda r: (r.get("variant", ""), r.get("scenario", ""),
                                       impls.index(r["impl"]) if r["impl"] in impls else 99))


LATE = re.compile(r"VRRP loop: (\d+) timer firings, late by p50 <= (\d+) us, p99 <= (\d+) us, max (\d+) us")


def cmd_summary(a):
    impls = sorted(d for d in os.listdir(vm.RESULTS) if os.path.isdir(os.path.join(vm.RESULTS, d)))
    impls.sort(key=lambda i: (not i.startswith("keepalived-"), i))
    L = []
    fo = _order(vm._load("failover.jsonl"), impls)
    if fo:
        L.append("### Failover: ms after SIGTERM / SIGKILL of master r1 (min / median / max)\n")
        cols = [("r2_vip_ms", "r2 holds VIP"), ("client_outage_ms", "client outage"),
                ("client_restored_ms", "client reaches VIP again"), ("client_on_r2_ms", "first reply from r2"),
                ("r1_vip_gone_ms", "VIP removed on r1"), ("r1_exit_ms", "r1 daemon exited")]
        L.append("| variant | scenario | impl | n | " + " | ".join(c[1] for c in cols) + " | errors |")
        L.append("|" + "---|" * (len(cols) + 5))
        for (v, sc, im), rs in _rows(fo, lambda r: (r["variant"], r["scenario"], r["impl"])):
            err = sum(1 for r in rs if r.get("error") or not r.get("failover_ok", False))
            L.append(f"| {v} | {sc} | {im} | {len(rs)} | " + " | ".join(S([r.get(c) for r in rs]) for c, _ in cols)
                     + f" | {err} |")
        L.append("\n### Preemption: ms after restarting r1 while r2 is MASTER (min / median / max)\n")
        cols = [("pre_r1_vip_ms", "r1 holds VIP"), ("pre_r2_vip_gone_ms", "r2 released VIP"),
                ("pre_client_outage_ms", "client outage"), ("pre_client_lost_probes", "lost probes")]
        L.append("| variant | scenario | impl | n | " + " | ".join(c[1] for c in cols) + " | errors |")
        L.append("|" + "---|" * (len(cols) + 5))
        for (v, sc, im), rs in _rows(fo, lambda r: (r["variant"], r["scenario"], r["impl"])):
            err = sum(1 for r in rs if r.get("error") or not r.get("preempt_ok", False))
            L.append(f"| {v} | {sc} | {im} | {len(rs)} | " + " | ".join(S([r.get(c) for r in rs]) for c, _ in cols)
                     + f" | {err} |")
        L.append("\n### Both daemons started together -> r1 holds the VIP (ms; every failover rep)\n")
        L.append("| variant | impl | n | start to r1 MASTER |\n|---|---|---|---|")
        for (v, im), rs in _rows(_order(fo, impls), lambda r: (r["variant"], r["impl"])):
            L.append(f"| {v} | {im} | {len(rs)} | {S([r.get('startup_pair_ms') for r in rs])} |")
    du = _order(vm._load("dupip.jsonl"), impls)
    if du:
        L.append("\n### Duplicate-IP window after SIGKILL of the master (link stays up; ms after the kill)\n")
        L.append("| variant | impl | n | r2 holds VIP | r1 VIP gone | both hold the VIP (window) | "
                 "kill to r2 sole owner | client outage | runs still duplicated at timeout | errors |")
        L.append("|---|---|---|---|---|---|---|---|---|---|")
        for (v, im), rs in _rows(du, lambda r: (r["variant"], r["impl"])):
            stuck = sum(1 for r in rs if not r.get("error") and not r.get("unique_ok"))
            tmo = rs[0].get("timeout_s")
            L.append(f"| {v} | {im} | {len(rs)} | {S([r.get('r2_vip_ms') for r in rs])} | "
                     f"{S([r.get('r1_vip_gone_ms') for r in rs])} | {S([r.get('dup_window_ms') for r in rs])} | "
                     f"{S([r.get('kill_to_unique_ms') for r in rs])} | {S([r.get('client_outage_ms') for r in rs])} | "
                     f"{stuck} of {len(rs)} (> {tmo} s) | {sum(1 for r in rs if r.get('error'))} |")
    fa = _order(vm._load("firstadvert.jsonl"), impls)
    if fa:
        L.append("\n### Lone router: daemon exec -> first advert on the LAN, first VIP, all VIPs (ms)\n")
        L.append("| variant | impl | VIPs | n | first advert | first VIP | all VIPs | errors |")
        L.append("|---|---|---|---|---|---|---|---|")
        for (v, im), rs in _rows(fa, lambda r: (r["variant"], r["impl"])):
            L.append(f"| {v} | {im} | {rs[0]['nvips']} | {len(rs)} | {S([r.get('first_advert_ms') for r in rs])} | "
                     f"{S([r.get('first_vip_ms') for r in rs])} | {S([r.get('all_vips_ms') for r in rs])} | "
                     f"{sum(1 for r in rs if r.get('error') or not r.get('ok'))} |")
    lo = _order(vm._load("lone.jsonl"), impls)
    if lo:
        L.append("\n### Lone router: daemon exec -> MASTER (harness `lone`; ms)\n")
        L.append("| variant | impl | VIPs | n | first VIP | all VIPs | first client reply |")
        L.append("|---|---|---|---|---|---|---|")
        for (v, im), rs in _rows(lo, lambda r: (r["variant"], r["impl"])):
            L.append(f"| {v} | {im} | {rs[0]['nvips']} | {len(rs)} | {S([r.get('first_vip_ms') for r in rs])} | "
                     f"{S([r.get('all_vips_ms') for r in rs])} | {S([r.get('client_reply_ms') for r in rs])} |")
    rr = _order(vm._load("resources.jsonl"), impls)
    if rr:
        L.append("\n### Idle resources, r1 master + r2 backup (RSS KiB summed over the daemon's processes)\n")
        L.append("| variant | instances | impl | role | RSS (PSS) per process | total RSS | CPU in window | "
                 "CPU % of one core | pair start to all MASTER (ms) | error |")
        L.append("|---|---|---|---|---|---|---|---|---|---|")
        for r in rr:
            for role in ("master", "backup"):
                mem = r.get(f"{role}_mem_idle", {})
                procs = ", ".join(f"{m.get('comm', '?')} {m.get('VmRSS', '?')} ({m.get('Pss', '?')})"
                                  for m in mem.values())
                tot = sum(m.get("VmRSS", 0) for m in mem.values())
                L.append(f"| {r['variant']} | {r['instances']} | {r['impl']} | {role} | {procs} | {tot} | "
                         f"{r.get(role + '_cpu_sched_s')} s in {r['cpu_window_s']} s | {r.get(role + '_cpu_pct')} | "
                         f"{r.get('pair_all_master_ms') if role == 'master' else ''} | {r.get('error', '')} |")
    late = []
    for im in impls:
        runs = os.path.join(os.path.dirname(vm.RESULTS), f"run-{im}", "logs")
        for fn in sorted(glob.glob(os.path.join(runs, "*.log"))):
            tag = os.path.basename(fn)[:-4]
            with open(fn, errors="replace") as f:
                got = [tuple(int(x) for x in m.groups()) for m in LATE.finditer(f.read())]
            if got:
                late.append((im, tag, got))
    if late:
        L.append("\n### VRRP loop timer lateness (keepalived4j logs it at stop; one line per daemon run)\n")
        L.append("| impl | log (tag-router) | runs | timer firings per run | p50 late (us) | p99 late (us) | max late (us) |")
        L.append("|---|---|---|---|---|---|---|")
        for im, tag, got in late:
            L.append(f"| {im} | {tag} | {len(got)} | {S([g[0] for g in got])} | {S([g[1] for g in got])} | "
                     f"{S([g[2] for g in got])} | {S([g[3] for g in got])} |")
    txt = "\n".join(L) + "\n"
    with open(os.path.join(vm.RESULTS, "bench-summary.md"), "w") as f:
        f.write(txt)
    print(txt)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--impl", default=os.environ.get("IMPL", "keepalived-2.2.7"))
    sp = ap.add_subparsers(dest="cmd", required=True)
    f = sp.add_parser("firstadvert")
    f.add_argument("--variant", default="v3")
    f.add_argument("--reps", type=int, default=5)
    d = sp.add_parser("dupip")
    d.add_argument("--variant", default="v3")
    d.add_argument("--reps", type=int, default=5)
    d.add_argument("--timeout-s", type=float, default=10.0)
    d.add_argument("--probe-ms", type=float, default=5.0)
    d.add_argument("--poll-ms", type=float, default=5.0)
    d.add_argument("--loss-ms", type=float, default=100.0)
    d.add_argument("--seed", type=int, default=52)
    sp.add_parser("summary")
    a = ap.parse_args()
    os.makedirs(vm.RUN, exist_ok=True)
    os.makedirs(vm.RESULTS, exist_ok=True)

    def on_sig(signum, _frm):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, on_sig)
    try:
        {"firstadvert": cmd_firstadvert, "dupip": cmd_dupip, "summary": cmd_summary}[a.cmd](a)
    finally:
        vm.stop_all()


if __name__ == "__main__":
    main()
