package org.keepalived4j.vrrp.machine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.vrrp.packet.Advertisement;
import org.keepalived4j.vrrp.packet.V2Auth;

/**
 * Reads the line-oriented scenario format described in src/test/resources/vrrp/scenarios/README.md.
 * Every problem is a {@link ScenarioSyntaxError} naming file and line.
 */
final class ScenarioParser {

    private final String file;
    private final Map<String, String> instance = new LinkedHashMap<>();
    private final Map<String, String> announce = new LinkedHashMap<>();
    private final List<Scenario.Step> steps = new ArrayList<>();
    private final List<Scenario.Expectation> expectations = new ArrayList<>();
    private IpAddress primary;
    private int headerLine = 1;
    private long lastStepTime;
    private long horizon;
    private int line;

    private ScenarioParser(String file) {
        this.file = file;
        this.primary = IpAddress.parse("192.0.2.1").orElseThrow();
        instance.put("name", "VI_1");
        instance.put("version", "2");
        instance.put("vrid", "1");
        instance.put("priority", "100");
        instance.put("advert_int_cs", "100");
        instance.put("state", "BACKUP");
        instance.put("preempt", "on");
        instance.put("preempt_delay", "0");
        instance.put("down_timer_adverts", "3");
        instance.put("lower_prio_no_advert", "off");
        instance.put("higher_prio_send_advert", "off");
        announce.put("garp_master_delay", "0");
        announce.put("garp_master_repeat", "1");
        announce.put("garp_master_refresh", "0");
        announce.put("garp_master_refresh_repeat", "1");
        announce.put("garp_lower_prio_delay", "0");
        announce.put("garp_lower_prio_repeat", "0");
        announce.put("garp_interval", "0");
    }

    static Scenario parse(String file, List<String> lines) {
        return new ScenarioParser(file).read(lines);
    }

    private Scenario read(List<String> lines) {
        boolean timed = false;
        for (int i = 0; i < lines.size(); i++) {
            line = i + 1;
            String text = lines.get(i);
            int hash = text.indexOf('#');
            String[] w = (hash >= 0 ? text.substring(0, hash) : text).trim().split("\\s+");
            if (w.length == 1 && w[0].isEmpty()) {
                continue;
            }
            switch (w[0]) {
                case "instance", "announce", "primary" -> {
                    if (timed) {
                        throw error("'" + w[0] + "' belongs before the first timed line");
                    }
                    headerLine = line;
                    header(w);
                }
                case "at" -> {
                    timed = true;
                    long t = stepTime(w);
                    steps.add(input(t, Arrays.copyOfRange(w, 2, w.length), String.join(" ", w)));
                }
                case "check" -> {
                    timed = true;
                    long t = stepTime(w);
                    need(w, 4, "check TIME KEY VALUE");
                    if (!ScenarioReplay.CHECK_KEYS.contains(w[2])) {
                        throw error("unknown check key '" + w[2] + "'; known: " + ScenarioReplay.CHECK_KEYS);
                    }
                    steps.add(new Scenario.Check(t, line, w[2], String.join(" ", Arrays.copyOfRange(w, 3, w.length))));
                }
                case "until" -> {
                    timed = true;
                    need(w, 2, "until TIME");
                    steps.add(new Scenario.Until(stepTime(w), line));
                }
                case "expect" -> {
                    timed = true;
                    need(w, 3, "expect TIME ACTION");
                    long t = time(w[1]);
                    horizon = Math.max(horizon, t);
                    expectations.add(new Scenario.Expectation(t, line, action(Arrays.copyOfRange(w, 2, w.length))));
                }
                default -> throw error("unknown line kind '" + w[0] + "' (instance, announce, primary, at, expect, check, until)");
            }
        }
        line = headerLine;
        MachineParams params = params();
        return new Scenario(file, params, primary, steps, expectations, horizon);
    }

    private void header(String[] w) {
        if (w[0].equals("primary")) {
            need(w, 2, "primary ADDRESS");
            primary = ip(w[1]);
            return;
        }
        Map<String, String> target = w[0].equals("instance") ? instance : announce;
        if (w.length % 2 != 1) {
            throw error("'" + w[0] + "' takes KEY VALUE pairs");
        }
        for (int k = 1; k < w.length; k += 2) {
            if (!target.containsKey(w[k])) {
                throw error("unknown " + w[0] + " key '" + w[k] + "'; known: " + target.keySet());
            }
            target.put(w[k], w[k + 1]);
        }
    }

    private MachineParams params() {
        try {
            AnnounceTiming timing = new AnnounceTiming(time(announce.get("garp_master_delay")),
                    integer(announce.get("garp_master_repeat")), time(announce.get("garp_master_refresh")),
                    integer(announce.get("garp_master_refresh_repeat")), time(announce.get("garp_lower_prio_delay")),
                    integer(announce.get("garp_lower_prio_repeat")), time(announce.get("garp_interval")));
            String state = instance.get("state");
            if (!state.equals("MASTER") && !state.equals("BACKUP")) {
                throw new IllegalArgumentException("state must be MASTER or BACKUP, not " + state);
            }
            return new MachineParams(instance.get("name"), integer(instance.get("version")),
                    integer(instance.get("vrid")), integer(instance.get("priority")),
                    integer(instance.get("advert_int_cs")), state.equals("MASTER"), flag(instance.get("preempt")),
                    time(instance.get("preempt_delay")), integer(instance.get("down_timer_adverts")),
                    flag(instance.get("lower_prio_no_advert")), flag(instance.get("higher_prio_send_advert")), timing);
        } catch (IllegalArgumentException e) {
            throw new ScenarioSyntaxError(file, headerLine, "bad instance definition: " + e.getMessage());
        }
    }

    private Scenario.Input input(long t, String[] w, String text) {
        if (w.length == 0) {
            throw error("'at TIME' needs an input");
        }
        int version = integer(instance.get("version"));
        int vrid = integer(instance.get("vrid"));
        return switch (w[0]) {
            case "start" -> {
                boolean up = w.length < 2 || upDown(w[1]);
                IpAddress p = primary;
                yield new Scenario.Input(t, line, text, (m, now) -> m.start(now, up, p));
            }
            case "advert" -> {
                // advert from ADDR prio P [interval CS]
                if (w.length != 5 && w.length != 7 || !w[1].equals("from") || !w[3].equals("prio")
                        || w.length == 7 && !w[5].equals("interval")) {
                    throw error("write: advert from ADDRESS prio P [interval CENTISECONDS]");
                }
                IpAddress source = ip(w[2]);
                int prio = integer(w[4]);
                int interval = w.length == 7 ? integer(w[6]) : integer(instance.get("advert_int_cs"));
                Advertisement advert;
                try {
                    advert = new Advertisement(version, vrid, prio, interval, List.of(), V2Auth.NONE);
                } catch (IllegalArgumentException e) {
                    throw error("bad advert: " + e.getMessage());
                }
                yield new Scenario.Input(t, line, text, (m, now) -> m.advertReceived(now, advert, source));
            }
            case "interface" -> {
                need(w, 2, "interface up|down");
                boolean up = upDown(w[1]);
                yield new Scenario.Input(t, line, text, (m, now) -> m.interfaceChanged(now, up));
            }
            case "primary" -> {
                need(w, 2, "primary ADDRESS");
                IpAddress p = ip(w[1]);
                yield new Scenario.Input(t, line, text, (m, now) -> m.primaryAddressChanged(now, p));
            }
            case "stop" -> new Scenario.Input(t, line, text, (m, now) -> m.stop(now));
            case "timers" -> new Scenario.Input(t, line, text, (m, now) -> m.timersDue(now));
            case "set" -> {
                need(w, 3, "set priority P | set preempt on|off | set adjustment D");
                yield switch (w[1]) {
                    case "priority" -> {
                        int p = integer(w[2]);
                        yield new Scenario.Input(t, line, text, (m, now) -> m.setBasePriority(now, p));
                    }
                    case "preempt" -> {
                        boolean on = flag(w[2]);
                        yield new Scenario.Input(t, line, text, (m, now) -> m.setPreempt(now, on));
                    }
                    case "adjustment" -> {
                        int d = integer(w[2]);
                        yield new Scenario.Input(t, line, text, (m, now) -> m.setPriorityAdjustment(now, d));
                    }
                    default -> throw error("unknown setting '" + w[1] + "' (priority, preempt, adjustment)");
                };
            }
            default -> throw error("unknown input '" + w[0]
                    + "' (start, advert, interface, primary, stop, timers, set)");
        };
    }

    private Action action(String[] w) {
        String text = String.join(" ", w);
        if (text.matches("send advert prio \\d+")) {
            return new Action.SendAdvert(integer(w[3]));
        }
        if (w[0].equals("state") && w.length == 3 && w[1].contains("->")) {
            String[] fromTo = w[1].split("->", 2);
            try {
                return new Action.StateChanged(VrrpState.valueOf(fromTo[0]), VrrpState.valueOf(fromTo[1]),
                        Reason.valueOf(w[2]));
            } catch (IllegalArgumentException e) {
                throw error("write: state FROM->TO REASON with states " + Arrays.toString(VrrpState.values())
                        + " and reasons " + Arrays.toString(Reason.values()));
            }
        }
        if (w[0].equals("master") && w.length == 2) {
            return new Action.MasterChanged(w[1].equals("none") ? Optional.empty() : Optional.of(ip(w[1])));
        }
        if (text.equals("add addresses")) {
            return new Action.AddAddresses();
        }
        if (text.equals("remove addresses")) {
            return new Action.RemoveAddresses();
        }
        if (text.equals("announce")) {
            return new Action.Announce();
        }
        if (text.matches("lower priority advert prio \\d+ from \\S+")) {
            return new Action.LowerPriorityAdvertSeen(integer(w[4]), ip(w[6]));
        }
        throw error("unknown action '" + text + "' (send advert prio P, state FROM->TO REASON, master ADDRESS|none,"
                + " add addresses, remove addresses, announce, lower priority advert prio P from ADDRESS)");
    }

    private long stepTime(String[] w) {
        need(w, 2, w[0] + " TIME ...");
        long t = time(w[1]);
        if (t < lastStepTime) {
            throw error("time " + w[1] + " goes back before " + ScenarioNotation.formatTime(lastStepTime));
        }
        lastStepTime = t;
        horizon = Math.max(horizon, t);
        return t;
    }

    private void need(String[] w, int count, String usage) {
        if (w.length < count) {
            throw error("write: " + usage);
        }
    }

    private long time(String text) {
        try {
            return ScenarioNotation.parseTime(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw error(e.getMessage());
        }
    }

    private int integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error("not an integer: '" + text + "'");
        }
    }

    private boolean flag(String text) {
        return switch (text) {
            case "on" -> true;
            case "off" -> false;
            default -> throw error("write on or off, not '" + text + "'");
        };
    }

    private boolean upDown(String text) {
        return switch (text) {
            case "up" -> true;
            case "down" -> false;
            default -> throw error("write up or down, not '" + text + "'");
        };
    }

    private IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow(() -> error("not an IP address: '" + text + "'"));
    }

    private ScenarioSyntaxError error(String message) {
        return new ScenarioSyntaxError(file, line, message);
    }
}
