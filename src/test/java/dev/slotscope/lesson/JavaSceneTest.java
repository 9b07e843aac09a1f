package dev.slotscope.lesson;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.Subject;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A JVM scene carries a Java source: read and written by lesson files, its classes checked by compiling it. */
class JavaSceneTest {

    static final String STUDENTS = """
            class Person {
                String name;   // "quoted" and Ünïcode
                int age;
            }

            class Student extends Person {
                boolean enrolled;
                long id;
            }
            """;

    private static Scene scene(String runtime, List<String> variants, String source) {
        return new Scene("Your Java classes", ViewKind.COMPARE, Runtime.fromId(runtime), variants, List.of("x", "y"),
                List.of(), 0, 1_000_000, Theme.LIGHT, 100, "", List.of(), source);
    }

    @Test
    void aJvmSceneOfYourJavaClassesIsWrittenReadAndLaidOut() {
        Lesson lesson = new Lesson("Java", List.of(scene("jvm-estimate:compressed", List.of("class:Person", "class:Student"),
                STUDENTS)));
        Scene read = LessonFile.parse(LessonFile.toJson(lesson), "text").scenes().get(0);
        assertEquals(STUDENTS, read.source());
        Subject student = read.subject("class:Student");
        assertEquals(new Subject.Written(STUDENTS, "Student"), student);
        assertEquals(32, read.runtime().describe(student).bytesPerInstance());
        assertEquals(24, read.runtime().describe(read.subject("class:Person")).bytesPerInstance());
    }

    @Test
    void aSourceTheLensCannotReadIsOneSentence() {
        assertEquals("variant 'class:Teacher': the scene's 'source' defines Person, Student, not Teacher",
                assertThrows(IllegalArgumentException.class,
                        () -> scene("jvm", List.of("class:Teacher"), STUDENTS)).getMessage());
        assertEquals("'source' YourClass.java line 2: ';' expected", assertThrows(IllegalArgumentException.class,
                () -> scene("jvm", List.of("class:A"), "class A {\n    int x\n}\n")).getMessage());
        String python = assertThrows(IllegalArgumentException.class,
                () -> scene("jvm", List.of("class:Student"), "class Student:\n    pass\n")).getMessage();
        assertTrue(python.startsWith("'source' YourClass.java line 1: "), "Java is read on the JVM: " + python);
        String java = assertThrows(IllegalArgumentException.class,
                () -> scene("cpython-3.12", List.of("class:Student"), STUDENTS)).getMessage();
        assertTrue(java.startsWith("'source' line 1: "), "Python is read on CPython: " + java);
    }
}
