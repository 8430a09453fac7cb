package org.keepalived4j.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the assembled keepalived4j tree (bin/ lib/ etc/) is: system property {@value #PROPERTY}, by default
 * {@value #DEFAULT} relative to the working directory, which is the module's directory under Maven.
 */
public final class Keepalived4jHome {

    public static final String PROPERTY = "keepalived4j.home";
    static final String DEFAULT = "../dist/target/keepalived4j";
    static final String LAUNCHER = "bin/keepalived4j";

    private Keepalived4jHome() {
    }

    public static Path current() {
        return resolve(System::getProperty);
    }

    static Path resolve(UnaryOperator<String> systemProperties) {
        String configured = systemProperties.apply(PROPERTY);
        Path home = Path.of(configured == null || configured.isBlank() ? DEFAULT : configured.strip());
        if (!home.isAbsolute()) {
            home = Path.of(systemProperties.apply("user.dir")).resolve(home);
        }
        return home.normalize();
    }

    /** The daemon's launcher, or an error that says how to get one. */
    public static Path launcher(Path home) {
        Path launcher = home.resolve(LAUNCHER);
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no executable " + launcher + ": assemble the tree first (mvn package in "
                    + "dist) or point -D" + PROPERTY + "= at one");
        }
        return launcher;
    }
}
