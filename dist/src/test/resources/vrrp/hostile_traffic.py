#!/usr/bin/python3
"""Hostile protocol-112 traffic for HostileTrafficIT, sent from one host of a namespace LAN.

Every VRRP-looking packet here targets a configured instance with a priority that would take the
MASTER role away if the receiver accepted it (255 = owner, or 254), and carries exactly one fault.
So a receiver that lets one through visibly loses MASTER, which the test checks. The frames are
built once with scapy 2.5 (its VRRP/VRRPv3 layers compute the v2 checksum and the v3 checksum with
the IPv4/IPv6 pseudo-header, the form keepalived 2.2.7 and FRR 8.4 use), then sent as raw bytes
through an AF_PACKET socket, paced, so that Python can reach thousands of frames a second.

Prints one JSON object per line: {"phase": NAME, "start": EPOCH, "end": EPOCH, "sent": N,
"dropped": N, "frames": N}; EPOCH is CLOCK_REALTIME, the clock tcpdump -tt prints.
"""
import argparse
import json
import random
import socket
import struct
import sys
import time

from scapy.all import Ether, IP, IPv6, Raw, fragment, raw
from scapy.layers.vrrp import VRRP, VRRPv3

V4_GROUP_MAC = "01:00:5e:00:00:12"
V6_GROUP_MAC = "33:33:00:00:00:12"


def args():
    p = argparse.ArgumentParser()
    p.add_argument("--iface", required=True)
    p.add_argument("--mac", required=True)
    p.add_argument("--src4", required=True)
    p.add_argument("--src6", required=True)
    p.add_argument("--vip4", required=True)
    p.add_argument("--vip4-v2", required=True, help="the v2 instance's VIP")
    p.add_argument("--vip6", required=True)
    p.add_argument("--vrid-v3", type=int, required=True, help="VRID of the v3 instances (IPv4 and IPv6)")
    p.add_argument("--vrid-v2", type=int, required=True, help="VRID of the v2 PASS instance")
    p.add_argument("--v2-pass", required=True)
    p.add_argument("--phase-seconds", type=float, default=1.5)
    p.add_argument("--phase-rate", type=int, default=2000)
    p.add_argument("--flood-seconds", type=float, default=5.0)
    p.add_argument("--flood-rate", type=int, default=8000)
    p.add_argument("--control-seconds", type=float, default=0.0,
                   help="afterwards, send fault-free priority-255 v3 adverts (proves the faulty ones reached the daemon)")
    p.add_argument("--seed", type=int, default=1)
    return p.parse_args()


def inet_checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


class Frames:
    def __init__(self, a, rng):
        self.a = a
        self.rng = rng

    def eth4(self):
        return Ether(src=self.a.mac, dst=V4_GROUP_MAC)

    def ip4(self, ttl=255, **kw):
        return IP(src=self.a.src4, dst="224.0.0.18", ttl=ttl, proto=112, **kw)

    def v4(self, payload, ttl=255):
        """A frame carrying an already-built VRRP payload (bytes or scapy layer) to 224.0.0.18."""
        return raw(self.eth4() / self.ip4(ttl) / (payload if not isinstance(payload, bytes) else Raw(payload)))

    def v6(self, payload, hlim=255):
        return raw(Ether(src=self.a.mac, dst=V6_GROUP_MAC)
                   / IPv6(src=self.a.src6, dst="ff02::12", hlim=hlim, nh=112)
                   / (payload if not isinstance(payload, bytes) else Raw(payload)))

    def v3_ok(self, **kw):
        """The fault-free v3 advert the faulty ones derive from: priority 255 wins over any master."""
        f = dict(vrid=self.a.vrid_v3, priority=255, ipcount=1, adv=10, addrlist=[self.a.vip4])
        f.update(kw)
        return VRRPv3(**f)

    def v3_ok_bytes(self, **kw):
        """The v3 advert with the checksum scapy computes over the IPv4 pseudo-header."""
        return raw(IP(raw(self.ip4() / self.v3_ok(**kw))))[20:]

    def v2_ok(self, **kw):
        pw = self.a.v2_pass.encode().ljust(8, b"\0")[:8]
        f = dict(vrid=self.a.vrid_v2, priority=255, ipcount=1, authtype=1, adv=1, addrlist=[self.a.vip4_v2],
                 auth1=struct.unpack("!I", pw[:4])[0], auth2=struct.unpack("!I", pw[4:])[0])
        f.update(kw)
        return VRRP(**f)

    def v6_ok(self, **kw):
        f = dict(vrid=self.a.vrid_v3, priority=255, ipcount=1, adv=10, addrlist=[self.a.vip6])
        f.update(kw)
        return VRRPv3(**f)

    # ----- one list of frames per kind of fault

    def truncated(self):
        v3 = self.v3_ok_bytes()
        v2 = raw(self.v2_ok())
        return [
            self.v4(b""),                    # IP header, nothing else
            self.v4(v3[:4]),                 # half a VRRP header
            self.v4(v3[:8]),                 # header announcing one address, no address
            self.v4(v3[:11]),                # address cut short
            self.v4(v2[:12]),                # v2 without its authentication data
            self.v4(v2[:16]),                # v2 with half of it
        ]

    def checksum(self):
        v3 = bytearray(self.v3_ok_bytes())
        v3[6] ^= 0x5A
        v2 = bytearray(raw(self.v2_ok()))
        v2[7] ^= 0x01
        v3_zero = bytearray(self.v3_ok_bytes())
        v3_zero[6:8] = b"\0\0"
        return [self.v4(bytes(v3)), self.v4(bytes(v2)), self.v4(bytes(v3_zero))]

    def ttl(self):
        return [self.v4(self.v3_ok(), ttl=254), self.v4(self.v3_ok(), ttl=1), self.v4(self.v2_ok(), ttl=254),
                self.v6(self.v6_ok(), hlim=254)]

    def version(self):
        v4_version = bytearray(self.v3_ok_bytes())
        v4_version[0] = 0x41
        v15 = bytearray(self.v3_ok_bytes())
        v15[0] = 0xF1
        return [
            self.v4(bytes(v4_version)),
            self.v4(bytes(v15)),
            # a well-formed v2 advert to the v3 instance's VRID, and a v3 one to the v2 instance's
            self.v4(self.v2_ok(vrid=self.a.vrid_v3, authtype=0, auth1=0, auth2=0)),
            self.v4(self.v3_ok(vrid=self.a.vrid_v2)),
            self.v6(VRRP(vrid=self.a.vrid_v3, priority=255, ipcount=1, adv=1, addrlist=[]) / Raw(b"\0" * 16)),
        ]

    def bad_type(self):
        return [self.v4(self.v3_ok(type=2)), self.v4(self.v3_ok(type=15)), self.v4(self.v2_ok(type=3))]

    def unknown_vrid(self):
        return [self.v4(self.v3_ok(vrid=v)) for v in (1, 99, 200, 255)] + [self.v4(self.v2_ok(vrid=7))] \
            + [self.v6(self.v6_ok(vrid=v)) for v in (2, 98)]

    def bad_auth(self):
        return [
            self.v4(self.v2_ok(auth1=0x6e6f7065, auth2=0)),                 # wrong password
            self.v4(self.v2_ok(authtype=0, auth1=0, auth2=0)),             # no auth where PASS is configured
            self.v4(self.v2_ok(authtype=2)),                               # AH announced, no AH header
            self.v4(self.v2_ok(authtype=9)),                               # no such type
            self.v4(self.v2_ok(adv=3)),                                    # v2 interval differs
        ]

    def v3_zero(self):
        zero_count = self.v3_ok(ipcount=0, addrlist=[])
        return [self.v4(zero_count), self.v4(self.v3_ok(adv=0)),
                self.v6(self.v6_ok(ipcount=0, addrlist=[])), self.v6(self.v6_ok(adv=0))]

    def random_bytes(self):
        out = []
        for _ in range(256):
            n = self.rng.choice([1, 3, 7, 8, 12, 16, 20, 24, 40, self.rng.randrange(0, 600)])
            out.append(self.v4(bytes(self.rng.getrandbits(8) for _ in range(n))))
        return out

    def carp(self):
        """ucarp 1.5.2 / OpenBSD carp_header: ver 2 type 1, vhid, advskew, authlen 7, pad, advbase, cksum,
        counter[2] (8 bytes), md[20] (HMAC-SHA1) = 36 bytes, IP proto 112 to 224.0.0.18."""
        out = []
        for vhid in (self.a.vrid_v3, self.a.vrid_v2, 1):
            for advskew in (0, 100):
                counter = struct.pack("!II", self.rng.getrandbits(32), self.rng.getrandbits(32))
                md = bytes(self.rng.getrandbits(8) for _ in range(20))
                head = struct.pack("!BBBBBBH", 0x21, vhid, advskew, 7, 0, 1, 0)
                body = head + counter + md
                cks = inet_checksum(body)
                out.append(self.v4(body[:6] + struct.pack("!H", cks) + body[8:]))
        return out

    def oversized(self):
        v3 = self.v3_ok_bytes()
        out = [
            self.v4(v3 + b"\xa5" * 1400),                            # fits the MTU, 1400 bytes too long
            self.v4(raw(self.v2_ok()) + b"\x5a" * 1400),
        ]
        # 255 addresses, none ours, from a non-owner that would still win on priority
        many = ["198.51.100.%d" % (i % 250 + 1) for i in range(255)]
        out.append(self.v4(self.v3_ok(priority=254, ipcount=255, addrlist=many)))
        # 8 KB advert in IP fragments: the kernel reassembles it before the raw socket sees it
        big = self.eth4() / self.ip4() / Raw(v3 + b"\x00" * 8000)
        for frag in fragment(big[IP], fragsize=1400):
            out.append(raw(self.eth4() / frag))
        return out

    def ipv6_garbage(self):
        out = [self.v6(bytes(self.rng.getrandbits(8) for _ in range(self.rng.choice([0, 1, 4, 8, 20, 40, 300]))))
               for _ in range(64)]
        v6 = raw(IPv6(raw(IPv6(src=self.a.src6, dst="ff02::12", hlim=255, nh=112) / self.v6_ok())))[40:]
        bad = bytearray(v6)
        bad[6] ^= 0x33
        out.append(self.v6(bytes(bad)))                  # wrong checksum (the kernel drops it)
        out.append(self.v6(v6[:4]))
        out.append(self.v6(v6[:8]))
        out.append(self.v6(v6 + b"\xee" * 1200))
        return out


def phases(f):
    return [
        ("truncated", f.truncated()),
        ("checksum", f.checksum()),
        ("ttl", f.ttl()),
        ("version", f.version()),
        ("type", f.bad_type()),
        ("unknown-vrid", f.unknown_vrid()),
        ("bad-auth", f.bad_auth()),
        ("v3-zero", f.v3_zero()),
        ("random", f.random_bytes()),
        ("carp", f.carp()),
        ("oversized", f.oversized()),
        ("ipv6-garbage", f.ipv6_garbage()),
    ]


def send(sock, name, frames, seconds, rate):
    """Sends the frames round-robin at about `rate` a second for `seconds`, in 1 ms slices."""
    sent = dropped = 0
    start = time.time()
    end = start + seconds
    i = 0
    while True:
        now = time.time()
        if now >= end:
            break
        due = int((now - start) * rate) - sent - dropped
        for _ in range(max(0, due)):
            try:
                sock.send(frames[i % len(frames)])
                sent += 1
            except OSError:
                dropped += 1
            i += 1
        time.sleep(0.001)
    print(json.dumps({"phase": name, "start": start, "end": time.time(), "sent": sent, "dropped": dropped,
                      "frames": len(frames)}), flush=True)


def main():
    a = args()
    rng = random.Random(a.seed)
    f = Frames(a, rng)
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    sock.bind((a.iface, 0))
    all_phases = phases(f)
    print(json.dumps({"ready": time.time(), "seed": a.seed}), flush=True)
    for name, frames in all_phases:
        send(sock, name, frames, a.phase_seconds, a.phase_rate)
    everything = [fr for _, frames in all_phases for fr in frames]
    rng.shuffle(everything)
    send(sock, "flood", everything, a.flood_seconds, a.flood_rate)
    if a.control_seconds > 0:
        send(sock, "control", [f.v4(f.v3_ok_bytes())], a.control_seconds, 50)
    return 0


if __name__ == "__main__":
    sys.exit(main())
