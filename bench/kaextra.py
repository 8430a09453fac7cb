#!/usr/bin/env python3
"""kaextra.py -- measurements the keepalived-baseline harness lacks, built on its vrrpmeter.py.

Imported from the shared harness (KAB_DIR, never copied), so the topology, the process control
(only PIDs we started, recorded in $KAB_RUN/pids.txt) and the netlink/ICMP views are the same.

  firstadvert --variant V --reps N   lone r1: daemon exec -> first VRRP advert from r1's MAC seen on
                                     the LAN, and -> first VIP on r1 (multicast variants only)
  dupip --variant V --reps N         SIGKILL of the master r1 (link stays up): how long both routers
                                     hold the VIP (duplicate-IP window) and when r1 no longer holds it
                                     while r2 does; keepalived leaves the VIP forever (-> timeout)
  graceful --variant V --reps N [--first-rep K]
                                     SIGTERM of the master r1: r1's priority-0 advert on the wire, then
                                     r2's first advert, gratuitous ARP and VIP, each minus r2's skew time
  summary                            markdown tables of everything under $KAB_RESULTS (both impls),
                                     plus the VRRP loop timer lateness lines of the daemon logs

Results: $KAB_RESULTS/<IMPL>/{firstadvert,dupip,graceful}.jsonl
"""
import argparse
import contextlib
import glob
import json
import os
import random
import re
import select
import signal
import socket
import statistics
import struct
import sys
import time

sys.path.insert(0, os.environ["KAB_DIR"])
import vrrpmeter as vm  # noqa: E402  (the shared harness engine)


@contextlib.contextmanager
def repetition(out, rec, tag, rep, mon, daemons, keys):
    """One repetition of a two-router step: a failure is recorded in rec, not raised; then the daemons
    stop, rec is written to out and logged (the *_ms fields and keys), and the routers are cleaned."""
    try:
        yield
    except Exception as e:  # noqa
        rec["error"] = str(e)
        vm.log("ERROR", tag, rep, e)
    finally:
        mon.watch = []
        vm.stop_many(list(daemons))
    vm.write_jsonl(out, rec)
    vm.log(f"{rec['impl']} {tag} #{rep}: " + " ".join(
        f"{k}={v}" for k, v in rec.items() if k.endswith("_ms") or k in keys))
    vm.clean_routers((1, 2), (vm.VIP,))

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


SO_TIMESTAMPNS = 35  # SO_TIMESTAMPNS_OLD (x86-64, asm-generic): struct timespec of CLOCK_REALTIME; not in Python 3.11
SO_RCVBUFFORCE = 33
SOL_PACKET, PACKET_STATISTICS = 263, 6
ETH_P_ALL, ETH_P_ARP = 0x0003, 0x0806


class WireTap:
    """Every frame a router puts on the LAN, once, stamped by the kernel as it enters the bridge.

    An AF_PACKET socket in the LAN namespace sees all its ports; a frame from router i is taken where it
    arrives on p-r<i> (frames leaving a port are PACKET_OUTGOING and skipped), so unicast adverts are seen
    too, unlike on the client's port. The stamp (SO_TIMESTAMPNS) is taken when the router's veth hands the
    frame to the bridge side's receive path (netif_rx; net.core.netdev_tstamp_prequeue=1), in the
    router's own send() call, and stays with the frame however late this loop reads it: the meter's
    wake-up latency does not enter. The kernel stamps CLOCK_REALTIME; drain() moves it to the meter's
    CLOCK_MONOTONIC with the offset of the two clocks read between two monotonic reads (the tightest of
    5 pairs: error < 1 us, plus NTP slew over the ms between frame and drain: < 1 us).
    A step of the realtime clock between a frame and its drain would stamp the frame after its read:
    counted in late_stamps. Frames the socket dropped are counted in drops (PACKET_STATISTICS)."""

    def __init__(self, routers=(1, 2)):
        with vm.netns(vm.LAN_NS):
            self.s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
            self.ports = {f"p-r{i}": i for i in routers}
        self.s.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        # ICMP probe replies of the meter pass p-r1 too: room for seconds of them between drains
        self.s.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, 8 << 20)
        self.s.setblocking(False)
        self.drops = self.late_stamps = 0

    @staticmethod
    def realtime_offset_ns():
        best = None
        for _ in range(5):
            a = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
            r = time.clock_gettime_ns(time.CLOCK_REALTIME)
            b = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
            if best is None or b - a < best[0]:
                best = (b - a, r - (a + b) // 2)
        return best[1]

    def drain(self):
        """[(t, router, kind, value, t_read)] of the frames queued now, t on vm.mono's clock; kind 'vrrp'
        (value: priority) or 'garp' (a gratuitous ARP for value, the VIP); t_read when this loop read it"""
        out = []
        off = self.realtime_offset_ns()
        while True:
            try:
                data, anc, _fl, addr = self.s.recvmsg(2048, 64)
            except BlockingIOError:
                break
            t_read = vm.mono()
            who = self.ports.get(addr[0])
            if who is None or addr[2] == socket.PACKET_OUTGOING or len(data) < 42:
                continue
            stamp = next((v for lvl, typ, v in anc if lvl == socket.SOL_SOCKET and typ == SO_TIMESTAMPNS), None)
            if stamp is None:
                continue
            sec, nsec = struct.unpack_from("=qq", stamp)
            t = (sec * 1_000_000_000 + nsec - off) / 1e9
            if t > t_read + 1e-4:
                self.late_stamps += 1
            etype = struct.unpack_from("!H", data, 12)[0]
            if etype == vm.ETH_P_IP and data[14 + 9] == IPPROTO_VRRP:
                ihl = (data[14] & 0xF) * 4
                if len(data) >= 14 + ihl + 3:
                    out.append((t, who, "vrrp", data[14 + ihl + 2], t_read))
            elif etype == ETH_P_ARP and data[28:32] == data[38:42]:  # sender IP = target IP: gratuitous
                out.append((t, who, "garp", socket.inet_ntoa(data[28:32]), t_read))
        _packets, drops = struct.unpack("=II", self.s.getsockopt(SOL_PACKET, PACKET_STATISTICS, 8))
        self.drops += drops
        return out


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
        with repetition(out, rec, tag, rep, mon, (d1, d2), ("error", "unique_ok")):
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


def vrrp_params(conf):
    """(VRRP version, priority, advert interval in s) of the first instance of a harness config"""
    with open(os.path.join(vm.CONF, conf)) as f:
        txt = f.read()
    ver = re.search(r"^\s*(?:vrrp_)?version\s+(\d)", txt, re.M)
    prio = re.search(r"^\s*priority\s+(\d+)", txt, re.M)
    return int(ver.group(1)) if ver else 2, int(prio.group(1)) if prio else 100, vm.advert_of(conf)


def skew_ms(version, priority, advert_int):
    """Skew_Time as keepalived computes it (vrrp.h VRRP_TIMER_SKEW, integer microseconds), which
    keepalived4j copies (machine/Skew.java): v2 (256 - prio) / 256 s whatever the advert interval;
    v3 (256 - prio) x interval in centiseconds x 625 / 16 us. 609.375 ms for v2 prio 100, 60.937 ms for v3 at 10 cs."""
    w = 256 - priority
    us = w * round(advert_int * 100) * 625 // 16 if version == 3 else w * 1_000_000 // 256
    return us / 1000.0


def _minus(t, t0, skew):
    return None if t is None or t0 is None else round((t - t0) * 1000.0 - skew, 3)


def cmd_graceful(a):
    """SIGTERM of the master r1 -> r1's priority-0 advert -> r2's takeover, which RFC 3768/5798 put at
    r2's Skew_Time after the priority-0 advert. All times on vm.mono's clock:
      t_sig   just before kill(); the daemon's own shutdown latency is what 'p0 after signal' shows;
      t_p0, t_adv, t_garp  kernel stamps of r1's priority-0 advert, r2's first advert and r2's first
              gratuitous ARP for the VIP as they enter the LAN bridge (WireTap: microseconds after the
              router's send, read latency excluded; checked against prompt reads: stamps precede the read
              by 20-100 us, up to 1.4 ms when the meter wakes late);
      t_vip   the meter's netlink view of r2 (address event wakes its loop at once, dump every poll_ms):
              late by the loop's wake-up, ~0.1 ms typically, a few ms at worst on a loaded machine.
    So '... after p0 - skew' of the advert and the GARP is r2's own lateness to within microseconds;
    of the VIP, within the meter's wake-up."""
    c1, c2 = f"{a.variant}-r1.conf", f"{a.variant}-r2.conf"
    adv = vm.advert_of(c1)
    version, prio2, adv2 = vrrp_params(c2)
    skew = skew_ms(version, prio2, adv2)
    tmo = max(10.0, 6 * (3 * adv + skew / 1000.0) + 3)
    out = os.path.join(vm.RESULTS, a.impl, "graceful.jsonl")
    rnd = random.Random(a.seed + a.first_rep)
    mon = vm.Monitor((1, 2), (vm.VIP,), a.probe_ms, a.poll_ms, a.loss_ms)
    tap = WireTap((1, 2))
    for rep in range(a.first_rep, a.first_rep + a.reps):
        tag = f"{a.variant}-graceful"
        rec = {"impl": a.impl, "variant": a.variant, "rep": rep, "advert_int": adv, "vrrp_version": version,
               "r2_priority": prio2, "skew_ms": skew}
        vm.clean_routers((1, 2), (vm.VIP,))
        mon.reset()
        d1, d2 = vm.daemon(1, c1, tag), vm.daemon(2, c2, tag)
        ev = []

        def tapped(pred=lambda: False):
            """drain the tap into ev, then pred(): called at every step of the meter's loop, so the probe
            replies passing p-r1 never fill the socket"""
            ev.extend(tap.drain())
            return pred()

        with repetition(out, rec, tag, rep, mon, (d1, d2), ("error", "ok", "tap_drops")):
            ts = vm.mono()
            d1.start()
            d2.start()
            if not mon.run_until(lambda: tapped(lambda: mon.has(1) and not mon.has(2) and mon.client_ok(ts, 1)), tmo):
                raise RuntimeError(f"r1 never became MASTER (r1={mon.count[1]} r2={mon.count[2]})")
            mon.run_until(tapped, 2 * adv + 0.3 + rnd.uniform(0, adv))  # random phase vs adverts
            if not (d1.alive() and d2.alive() and mon.has(1) and not mon.has(2)):
                raise RuntimeError("unstable before the stop")
            if not any(e[1] == 1 and e[2] == "vrrp" and e[3] > 0 for e in ev):
                raise RuntimeError("the tap saw no advert of r1")
            del ev[:]
            tap.drops = tap.late_stamps = 0
            mon.watch = [d1]
            t_sig = vm.mono()
            d1.signal(signal.SIGTERM)
            ok = mon.run_until(lambda: tapped(lambda: mon.has(2) and any(e[1] == 2 and e[2] == "vrrp" for e in ev)),
                               tmo)
            mon.run_until(tapped, 0.2)  # r2's gratuitous ARPs follow its first advert
            p0 = next((e for e in ev if e[1] == 1 and e[2] == "vrrp" and e[3] == 0), None)
            adv2 = next((e for e in ev if e[1] == 2 and e[2] == "vrrp"), None)
            garp = next((e for e in ev if e[1] == 2 and e[2] == "garp" and e[3] == vm.VIP), None)
            t_p0, t_adv, t_garp = (e and e[0] for e in (p0, adv2, garp))
            t_vip = mon.first("r2", lambda v: v >= 1, t_sig)
            rec.update({
                "ok": ok and None not in (t_p0, t_adv, t_vip) and not tap.drops and not tap.late_stamps,
                "p0_after_signal_ms": vm.ms(t_p0, t_sig),
                "r2_advert_after_p0_minus_skew_ms": _minus(t_adv, t_p0, skew),
                "r2_garp_after_p0_minus_skew_ms": _minus(t_garp, t_p0, skew),
                "r2_vip_after_p0_minus_skew_ms": _minus(t_vip, t_p0, skew),
                "r2_vip_after_signal_minus_skew_ms": _minus(t_vip, t_sig, skew),
                "r1_adverts_after_signal": sum(1 for e in ev if e[0] >= t_sig and e[1] == 1 and e[2] == "vrrp"),
                "r1_vip_gone_ms": vm.ms(mon.first("r1", lambda v: v == 0, t_sig), t_sig),
                "tap_drops": tap.drops, "tap_late_stamps": tap.late_stamps,
                # how late the meter's loop read r2's first advert and GARP: it reads r2's VIP as late
                "meter_read_lag_ms": [vm.ms(e[4], e[0]) for e in (adv2, garp) if e],
            })
            if t_p0 is not None and t_p0 < t_sig:
                raise RuntimeError("priority-0 advert stamped before the signal: clock conversion broken")
            d1.p.wait(10)
            d1.alive()
            rec["r1_exit_ms"] = vm.ms(d1.t_exit, t_sig)


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


def _one(x):
    return vm._f(x) if isinstance(x, (int, float)) else "n/a"


def _lag(r):
    lags = [x for x in r.get("meter_read_lag_ms") or [] if x is not None]
    return max(lags) if lags else None


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
    gr = _order(vm._load("graceful.jsonl"), impls)
    if gr:
        L.append("\n### Graceful stop: SIGTERM of master r1 -> its priority-0 advert -> r2 takes over "
                 "(ms; min / median / max; wire times are kernel stamps on the LAN bridge)\n")
        cols = [("p0_after_signal_ms", "p0 after signal"),
                ("r2_advert_after_p0_minus_skew_ms", "r2 first advert after p0 - skew"),
                ("r2_garp_after_p0_minus_skew_ms", "r2 GARP after p0 - skew"),
                ("r2_vip_after_p0_minus_skew_ms", "r2 VIP after p0 - skew"),
                ("r2_vip_after_signal_minus_skew_ms", "r2 VIP after signal - skew")]
        L.append("| variant | impl | n | skew | " + " | ".join(c[1] for c in cols) + " | meter late by | errors |")
        L.append("|" + "---|" * (len(cols) + 6))
        for (v, im), rs in _rows(gr, lambda r: (r["variant"], r["impl"])):
            err = sum(1 for r in rs if r.get("error") or not r.get("ok"))
            L.append(f"| {v} | {im} | {len(rs)} | {rs[0]['skew_ms']} | "
                     + " | ".join(S([r.get(c) for r in rs]) for c, _ in cols)
                     + f" | {S([_lag(r) for r in rs])} | {err} |")
        L.append("\n'meter late by': how long after its wire stamp the meter's loop read r2's first advert or GARP "
                 "(the larger); the VIP columns, read by that loop, can be late by as much.\n")
        L.append("Per repetition:\n")
        L.append("| variant | impl | rep | " + " | ".join(c[1] for c in cols) + " | meter late by | error |")
        L.append("|" + "---|" * (len(cols) + 5))
        for r in gr:
            L.append(f"| {r['variant']} | {r['impl']} | {r['rep']} | "
                     + " | ".join(_one(r.get(c)) for c, _ in cols)
                     + f" | {_one(_lag(r))} | {r.get('error') or ('' if r.get('ok') else 'incomplete')} |")
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
    g = sp.add_parser("graceful")
    g.add_argument("--variant", default="v3")
    g.add_argument("--reps", type=int, default=5)
    g.add_argument("--first-rep", type=int, default=1, help="number of the first repetition (bench/run.sh "
                   "calls one repetition at a time, the implementations taking turns)")
    g.add_argument("--probe-ms", type=float, default=5.0)
    g.add_argument("--poll-ms", type=float, default=5.0)
    g.add_argument("--loss-ms", type=float, default=100.0)
    g.add_argument("--seed", type=int, default=53)
    sp.add_parser("summary")
    a = ap.parse_args()
    os.makedirs(vm.RUN, exist_ok=True)
    os.makedirs(vm.RESULTS, exist_ok=True)

    def on_sig(signum, _frm):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, on_sig)
    try:
        {"firstadvert": cmd_firstadvert, "dupip": cmd_dupip, "graceful": cmd_graceful,
         "summary": cmd_summary}[a.cmd](a)
    finally:
        vm.stop_all()


if __name__ == "__main__":
    main()
