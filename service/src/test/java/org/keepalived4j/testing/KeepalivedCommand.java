package org.keepalived4j.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines of the daemons under test, in the foreground with console logging and with every pid file
 * in the process's own run directory, so that several instances on one machine never share state.
 */
public final class KeepalivedCommand {

    public static final String PID_FILE = "keepalived.pid";
    public static final String VRRP_PID_FILE = "vrrp.pid";
    public static final String CHECKERS_PID_FILE = "checkers.pid";

    private KeepalivedCommand() {
    }

    /**
     * The real keepalived: {@code keepalived -n -l -D -G -f CONF -p -r -c}. -G keeps test chatter out of the
     * machine's syslog; the console log is what tests read.
     */
    public static List<String> keepalived(Path config, Path runDir, List<String> extraArgs) {
        return daemon("keepalived", List.of("-n", "-l", "-D", "-G"), config, runDir, extraArgs);
    }

    /** keepalived4j from an assembled tree: {@code HOME/bin/keepalived4j -n -l -D -f CONF -p -r -c}. */
    public static List<String> keepalived4j(Path home, Path config, Path runDir, List<String> extraArgs) {
        return daemon(home.resolve(Keepalived4jHome.LAUNCHER).toString(), List.of("-n", "-l", "-D"), config, runDir,
                extraArgs);
    }

    private static List<String> daemon(String executable, List<String> foreground, Path config, Path runDir,
            List<String> extraArgs) {
        List<String> argv = new ArrayList<>();
        argv.add(executable);
        argv.addAll(foreground);
        argv.addAll(List.of("-f", config.toAbsolutePath().toString(),
                "-p", runDir.resolve(PID_FILE).toString(),
                "-r", runDir.resolve(VRRP_PID_FILE).toString(),
                "-c", runDir.resolve(CHECKERS_PID_FILE).toString()));
        argv.addAll(extraArgs);
        return List.copyOf(argv);
    }
}
