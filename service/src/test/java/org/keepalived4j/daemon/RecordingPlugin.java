package org.keepalived4j.daemon;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.model.ManagementContext;
import org.keepalived4j.model.ManagementPlugin;

/** A management plugin declared in the test class path's META-INF/services; records its calls. */
public final class RecordingPlugin implements ManagementPlugin {

    public final List<String> calls = new ArrayList<>();
    public ManagementContext context;
    public org.keepalived4j.config.KeepalivedConfig startedWith;

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public void start(ManagementContext context) {
        this.context = context;
        this.startedWith = context.config();
        calls.add("start");
    }

    @Override
    public void stop() {
        calls.add("stop");
    }
}
