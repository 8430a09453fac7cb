package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/**
 * One health checker of a real server. A real server is alive when all its checkers are up.
 * Every kind but FILE_CHECK and BFD_CHECK has {@link CheckTiming}; the network ones also have a
 * {@link CheckConnection}.
 */
public sealed interface Checker {

    /** The line of the checker's keyword. */
    SourcePos pos();

    /** The keyword that configured it ({@code HTTP_GET}, {@code TCP_CHECK} ...). */
    String keyword();

    /** HTTP_GET and SSL_GET. */
    record HttpGet(SourcePos pos, boolean ssl, CheckTiming timing, CheckConnection connection, HttpVersion httpVersion,
                   Optional<String> virtualhost, boolean enableSni, boolean fastRecovery, List<Url> urls) implements Checker {
        public HttpGet {
            Objects.requireNonNull(pos, "pos");
            Objects.requireNonNull(timing, "timing");
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(httpVersion, "httpVersion");
            Objects.requireNonNull(virtualhost, "virtualhost");
            urls = List.copyOf(urls);
        }

        @Override
        public String keyword() {
            return ssl ? "SSL_GET" : "HTTP_GET";
        }
    }

    /** {@code http_protocol}: 1.0 (default), 1.0 with {@code Connection: close}, or 1.1. */
    enum HttpVersion { HTTP_1_0, HTTP_1_0C, HTTP_1_1 }

    /**
     * One {@code url} block. {@code statusCodes} lists inclusive ranges, ascending and disjoint;
     * 200-299 when none was given.
     */
    record Url(String path, Optional<String> digest, List<StatusRange> statusCodes, Optional<String> virtualhost,
               Optional<UrlRegex> regex) {
        public Url {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(digest, "digest");
            statusCodes = List.copyOf(statusCodes);
            Objects.requireNonNull(virtualhost, "virtualhost");
            Objects.requireNonNull(regex, "regex");
        }

        public boolean accepts(int status) {
            return statusCodes.stream().anyMatch(r -> status >= r.from() && status <= r.to());
        }

        /** The MD5 digest as bytes, if one was configured. */
        public Optional<byte[]> digestBytes() {
            return digest.map(HexFormat.of()::parseHex);
        }
    }

    record StatusRange(int from, int to) {
    }

    /**
     * The body match of a url (PCRE2 in keepalived). {@code maxOffset} is the last position a
     * match may start at, if limited.
     */
    record UrlRegex(String pattern, List<String> options, boolean noMatch, long minOffset, Optional<Long> maxOffset,
                    Optional<RegexStack> stack) {
        public UrlRegex {
            Objects.requireNonNull(pattern, "pattern");
            options = List.copyOf(options);
            Objects.requireNonNull(maxOffset, "maxOffset");
            Objects.requireNonNull(stack, "stack");
        }
    }

    /** {@code regex_stack START MAX}: the JIT stack sizes. */
    record RegexStack(long start, long max) {
    }

    record Tcp(SourcePos pos, CheckTiming timing, CheckConnection connection) implements Checker {
        @Override
        public String keyword() {
            return "TCP_CHECK";
        }
    }

    /** SMTP_CHECK; a deprecated {@code host {}} block yields one of these per host. */
    record Smtp(SourcePos pos, CheckTiming timing, CheckConnection connection, String heloName) implements Checker {
        public static final String DEFAULT_HELO = "smtpchecker.keepalived.org";

        @Override
        public String keyword() {
            return "SMTP_CHECK";
        }
    }

    record Dns(SourcePos pos, CheckTiming timing, CheckConnection connection, DnsType type, String name) implements Checker {
        @Override
        public String keyword() {
            return "DNS_CHECK";
        }
    }

    /** The query types DNS_CHECK knows (default SOA). */
    enum DnsType {
        A(1), NS(2), CNAME(5), SOA(6), MX(15), TXT(16), AAAA(28), RRSIG(46), DNSKEY(48);

        public final int code;

        DnsType(int code) {
            this.code = code;
        }
    }

    /**
     * MISC_CHECK. {@code timeout} empty means the virtual server's delay_loop. With
     * {@code dynamic}, exit codes 2..255 set the weight to code - 2.
     */
    record Misc(SourcePos pos, CheckTiming timing, ScriptCommand script, Optional<Duration> timeout, boolean dynamic)
            implements Checker {
        @Override
        public String keyword() {
            return "MISC_CHECK";
        }
    }

    /**
     * UDP_CHECK: sends {@code payload} (empty = an empty datagram); with {@code requireReply} a
     * reply must come and match the pattern, if one was given.
     */
    record Udp(SourcePos pos, CheckTiming timing, CheckConnection connection, Optional<HexPattern> payload,
               boolean requireReply, Optional<HexPattern> replyPattern, int minReplyLength, int maxReplyLength)
            implements Checker {
        @Override
        public String keyword() {
            return "UDP_CHECK";
        }
    }

    /** Bytes written in hex; a mask nibble of 0xf marks a wildcard nibble ({@code X}) in a reply pattern. */
    record HexPattern(byte[] bytes, byte[] wildcardMask) {
        public HexPattern {
            bytes = bytes.clone();
            wildcardMask = wildcardMask.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public byte[] wildcardMask() {
            return wildcardMask.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HexPattern h && java.util.Arrays.equals(bytes, h.bytes)
                    && java.util.Arrays.equals(wildcardMask, h.wildcardMask);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(bytes) + java.util.Arrays.hashCode(wildcardMask);
        }

        @Override
        public String toString() {
            return HexFormat.of().formatHex(bytes);
        }
    }

    record Ping(SourcePos pos, CheckTiming timing, CheckConnection connection) implements Checker {
        @Override
        public String keyword() {
            return "PING_CHECK";
        }
    }

    /**
     * FILE_CHECK: follows a {@code track_file}. {@code weight} empty means the track_file's own
     * weight (and reverse setting) applies.
     */
    record File(SourcePos pos, String trackFile, OptionalInt weight, boolean reverse) implements Checker {
        @Override
        public String keyword() {
            return "FILE_CHECK";
        }
    }

    /** BFD_CHECK: follows a {@code bfd_instance}. */
    record Bfd(SourcePos pos, String bfdInstance, boolean alpha) implements Checker {
        @Override
        public String keyword() {
            return "BFD_CHECK";
        }
    }
}
