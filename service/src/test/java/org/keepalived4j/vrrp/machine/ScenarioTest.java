package org.keepalived4j.vrrp.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance scenarios: one dynamic test per file in src/test/resources/vrrp/scenarios, each
 * replayed on a virtual clock against {@link InstanceMachine}. A failure names file:line and prints
 * the actual action stream.
 */
class ScenarioTest {

    static final String DIRECTORY = "vrrp/scenarios";

    @TestFactory
    Stream<DynamicTest> everyScenarioReplaysAsWritten() throws IOException, URISyntaxException {
        List<Path> files = scenarioFiles();
        // an empty directory would make this whole test pass without checking anything
        assertThat(files).hasSizeGreaterThan(10);
        return files.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), path.toUri(), () -> {
            String name = DIRECTORY + "/" + path.getFileName();
            Scenario scenario = ScenarioParser.parse(name, Files.readAllLines(path, StandardCharsets.UTF_8));
            ScenarioReplay.verify(scenario);
        }));
    }

    static List<Path> scenarioFiles() throws IOException, URISyntaxException {
        URL dir = ScenarioTest.class.getClassLoader().getResource(DIRECTORY);
        assertThat(dir).as("test resource directory " + DIRECTORY).isNotNull();
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".scenario")).sorted().toList();
        }
    }
}
