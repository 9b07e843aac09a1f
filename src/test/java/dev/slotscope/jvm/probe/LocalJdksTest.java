package dev.slotscope.jvm.probe;

import dev.slotscope.jvm.JvmLensException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding JDKs by their release files, as on a user's machine: folders made here stand for installed JDKs. */
class LocalJdksTest {

    @TempDir
    Path dir;

    /** A folder laid out as a JDK home: a release file and bin/java. */
    private Path jdk(String name, String release) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.writeString(home.resolve("release"), release);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "");
        return home;
    }

    @Test
    void aReleaseFileNamesVersionAndVendor() throws IOException {
        Path home = jdk("temurin-25", """
                IMPLEMENTOR="Eclipse Adoptium"
                IMPLEMENTOR_VERSION="Temurin-25.0.1+8"
                JAVA_VERSION="25.0.1"
                """);
        LocalJdk jdk = LocalJdks.read(home).orElseThrow();
        assertEquals(25, jdk.feature());
        assertEquals("25.0.1", jdk.version());
        assertEquals("JDK 25.0.1 (Temurin)", jdk.displayName());
        assertEquals("JDK 25", jdk.shortName());
        Path debian = jdk("java-17-openjdk", "IMPLEMENTOR=\"Debian\"\nJAVA_VERSION=\"17.0.15\"\n");
        assertEquals("JDK 17.0.15 (Debian)", LocalJdks.read(debian).orElseThrow().displayName());
    }

    @Test
    void foldersThatAreNoJdkAreSkippedAndLinksCountOnce() throws IOException {
        Path jdk21 = jdk("jdk-21", "JAVA_VERSION=\"21.0.2\"\nIMPLEMENTOR=\"Oracle Corporation\"\n");
        Path jre = Files.createDirectories(dir.resolve("jre-without-release").resolve("bin"));
        Files.writeString(jre.resolve("java"), "");
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Path link = Files.createSymbolicLink(dir.resolve("default-java"), jdk21);
        Path old = jdk("jdk-11", "JAVA_VERSION=\"11.0.2\"\n");
        Path java8 = jdk("jdk-8", "JAVA_VERSION=\"1.8.0_292\"\n");
        List<LocalJdk> found = LocalJdks.find(List.of(link, jre.getParent(), notes, jdk21, old, java8));
        assertEquals(1, found.size(), found.toString());
        assertEquals(jdk21.toRealPath(), found.get(0).home());
        assertEquals(8, LocalJdks.feature("1.8.0_292"));
    }

    @Test
    void aPathTheUserGivesIsAJdkHomeOrItsJavaOrOneSentence() throws IOException {
        Path home = jdk("jdk-25", "JAVA_VERSION=\"25\"\n");
        assertEquals(home.toRealPath(), LocalJdks.at(home).home());
        assertEquals(home.toRealPath(), LocalJdks.at(home.resolve("bin/java")).home());
        Path bundle = jdk("jdk-25.jdk/Contents/Home", "JAVA_VERSION=\"25\"\n");
        assertEquals(bundle.toRealPath(), LocalJdks.at(dir.resolve("jdk-25.jdk")).home(), "a macOS bundle");
        String notJdk = assertThrows(JvmLensException.class, () -> LocalJdks.at(dir.resolve("notes-" + 1))).getMessage();
        assertEquals("no JDK at " + dir.resolve("notes-1") + ": there is no such file or folder", notJdk);
        Path folder = Files.createDirectories(dir.resolve("photos"));
        assertTrue(assertThrows(JvmLensException.class, () -> LocalJdks.at(folder)).getMessage()
                .startsWith(folder + " is not a JDK"));
        Path old = jdk("jdk-11", "JAVA_VERSION=\"11.0.2\"\nIMPLEMENTOR=\"Oracle Corporation\"\n");
        assertEquals("JDK 11.0.2 (Oracle Corporation) at " + old.toRealPath() + " is too old: Slotscope's probe needs"
                + " JDK 17 or newer", assertThrows(JvmLensException.class, () -> LocalJdks.at(old)).getMessage());
    }

    @Test
    void theSearchCoversJavaHomeTheSystemFolderSdkmanAndIntellij() throws IOException {
        Path user = Files.createDirectories(dir.resolve("home"));
        Path sdkman = jdk("home/.sdkman/candidates/java/21.0.2-tem", "JAVA_VERSION=\"21.0.2\"\n");
        Path intellij = jdk("home/.jdks/corretto-22", "JAVA_VERSION=\"22.0.1\"\n");
        Path javaHome = jdk("elsewhere/jdk-23", "JAVA_VERSION=\"23\"\n");
        Properties system = new Properties();
        system.setProperty("java.home", System.getProperty("java.home"));
        system.setProperty("os.name", "Linux");
        system.setProperty("user.home", user.toString());
        Path brewed = jdk("cellar/openjdk/25/libexec", "JAVA_VERSION=\"25.0.1\"\n");
        Path linkFolder = Files.createDirectories(dir.resolve("brew-bin"));
        Files.createSymbolicLink(linkFolder.resolve("java"), brewed.resolve("bin/java"));
        List<Path> places = LocalJdks.candidates(Map.of("JAVA_HOME", javaHome.toString(), "PATH",
                "/no/such/folder" + java.io.File.pathSeparator + linkFolder), system);
        assertTrue(places.contains(brewed.toRealPath()), "a java on the PATH leads to its JDK: " + places);
        assertEquals(Path.of(System.getProperty("java.home")), places.get(0), "the running JDK first");
        assertEquals(javaHome, places.get(1));
        assertTrue(places.contains(sdkman) && places.contains(intellij), places.toString());
        List<LocalJdk> found = LocalJdks.find(places);
        assertEquals(LocalJdks.running(), found.get(0), "the running JDK leads");
        Path sdkmanJdk = sdkman.toRealPath();
        assertTrue(found.stream().anyMatch(j -> j.home().equals(sdkmanJdk)));
    }
}
