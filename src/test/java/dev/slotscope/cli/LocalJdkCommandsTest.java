package dev.slotscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slotscope.jvm.probe.LocalJdk;
import dev.slotscope.jvm.probe.LocalJdks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code describe|grow|memory --runtime jvm --java JDK --vm-option=OPT}: measured on a local JDK in a child VM. */
class LocalJdkCommandsTest {

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(0, run.status(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void describeOnJdk25WithCompactHeadersSaysWhichJdkAndOptionsMeasuredIt() throws Exception {
        Optional<LocalJdk> jdk25 = LocalJdks.find().stream().filter(j -> j.feature() >= 25).findFirst();
        assumeTrue(jdk25.isPresent(), "no JDK 25 or newer installed where Slotscope looks: --java is tested on the"
                + " running JDK only");
        JsonNode json = json(CliRun.of("describe", "--runtime", "jvm", "--java", jdk25.get().java().toString(),
                "--vm-option=-XX:+UseCompactObjectHeaders", "--class", "java.util.HashMap", "--json"));
        assertEquals(40, json.get("instanceSize").asInt());
        JsonNode vm = json.get("vm");
        assertEquals(8, vm.get("headerSize").asInt());
        assertTrue(vm.get("compactHeaders").asBoolean());
        assertTrue(vm.get("jdk").asText().startsWith(jdk25.get().version()), vm.toString());
        assertEquals(jdk25.get().vendor(), vm.get("vendor").asText());
        assertEquals(List.of("-XX:+UseCompactObjectHeaders"), List.of(vm.get("vmOptions").get(0).asText()));
        assertEquals(1, vm.get("vmOptions").size());
    }

    @Test
    void growAndMemoryOnALocalJdkNameItInTheirJson() throws Exception {
        String home = LocalJdks.running().home().toString();
        JsonNode grown = json(CliRun.of("grow", "--runtime", "jvm", "--java", home, "--vm-option=-XX:-UseCompressedOops",
                "--variant", "standard", "--add", "a", "--json"));
        assertEquals(List.of("-XX:-UseCompressedOops"), List.of(grown.get("vm").get("vmOptions").get(0).asText()));
        assertEquals(home, grown.get("vm").get("home").asText());
        JsonNode inThisVm = json(CliRun.of("grow", "--runtime", "jvm-estimate:no-compressed-oops", "--variant", "standard",
                "--add", "a", "--json"));
        assertEquals(inThisVm.get("steps").get(1).get("bytesPerInstance"), grown.get("steps").get(1).get("bytesPerInstance"),
                "measured without compressed oops, as JOL estimates them on the same JDK");
        JsonNode memory = json(CliRun.of("memory", "--runtime", "jvm", "--java", home, "--variant", "slotted",
                "--count", "1000", "--json"));
        assertEquals(LocalJdks.running().version(), memory.get("vm").get("jdk").asText());
        assertEquals(32, memory.get("bytesPerInstance").asInt());
    }

    @Test
    void aJdkThatIsMissingNotAJdkOrRefusesAnOptionIsOneSentence() {
        CliRun.assertDescribeRefuses("no JDK at /no/such/jdk: there is no such file or folder",
                "--runtime", "jvm", "--java", "/no/such/jdk", "--class", "java.util.HashMap");
        CliRun.assertDescribeRefuses("--java and --vm-option go with --runtime jvm: a local JDK is measured, not estimated",
                "--runtime", "jvm-estimate:compressed", "--java", LocalJdks.running().home().toString());
        CliRun.assertDescribeRefuses(LocalJdks.running().displayName() + " refused the VM options -XX:ObjectAlignmentInBytes=7:",
                "--runtime", "jvm", "--vm-option=-XX:ObjectAlignmentInBytes=7", "--variant", "slotted");
        CliRun.assertDescribeRefuses("'Xmx2g' is not a VM option", "--runtime", "jvm", "--vm-option=Xmx2g");
    }
}
