package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.ScriptCommand;

/** A user, and optionally a group, to run a script as ({@code [username [groupname]]}); no group means the user's group. */
public record ScriptUser(String user, Optional<String> group) {

    /** The user keepalived prefers for scripts when none is configured. */
    public static final String KEEPALIVED_SCRIPT = "keepalived_script";

    public static final ScriptUser ROOT = new ScriptUser("root", Optional.empty());

    public ScriptUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(group, "group");
    }

    /** The user a script names for itself, if it names one. */
    public static Optional<ScriptUser> runAs(ScriptCommand script) {
        return script.user().map(u -> new ScriptUser(u, script.group()));
    }

    public boolean isRoot() {
        return user.equals("root");
    }

    @Override
    public String toString() {
        return group.map(g -> user + ":" + g).orElse(user);
    }
}
