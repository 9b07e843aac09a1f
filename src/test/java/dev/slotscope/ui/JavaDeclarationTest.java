package dev.slotscope.ui;

import dev.slotscope.jvm.lesson.ChildPoint;
import dev.slotscope.jvm.lesson.RecordPoint;
import org.junit.jupiter.api.Test;

import java.util.HashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "The class" for a class Slotscope has no source of: its declaration as reflection sees it. */
class JavaDeclarationTest {

    @Test
    void hashMapShowsItsOwnAndInheritedInstanceFieldsWithTheirTypes() {
        String s = JavaDeclaration.of(HashMap.class);
        assertTrue(s.startsWith("// java.util.HashMap: fields read by reflection\n"
                + "public class HashMap<K, V> extends AbstractMap<K, V> {\n"), s);
        assertTrue(s.contains("\n    transient HashMap.Node<K, V>[] table;\n"), s);
        assertTrue(s.contains("\n    transient int modCount;\n"), s);
        assertTrue(s.contains("\n    final float loadFactor;\n"), s);
        assertTrue(s.contains("\n    // from AbstractMap\n    transient Set<K> keySet;\n"), s);
        assertTrue(!s.contains("serialVersionUID"), "static fields are not in an instance: " + s);
        assertTrue(s.endsWith("\n}"), s);
    }

    @Test
    void aRecordAndASubclass() {
        assertTrue(JavaDeclaration.of(RecordPoint.class).contains("record RecordPoint {\n    private final double x;\n"),
                JavaDeclaration.of(RecordPoint.class));
        String child = JavaDeclaration.of(ChildPoint.class);
        assertTrue(child.contains("class ChildPoint extends ExtensiblePoint {\n"), child);
        assertTrue(child.contains("    private final Map<String, Object> extra;\n    // from ExtensiblePoint\n    protected double x;\n"), child);
    }

    @Test
    void packageNamesGoAndNestedClassesReadAsInSource() {
        assertEquals("Map.Entry<String, List<Integer>>[]",
                JavaDeclaration.simple("java.util.Map$Entry<java.lang.String, java.util.List<java.lang.Integer>>[]"));
        assertEquals("HashMap.Node[]", JavaDeclaration.simple("[Ljava.util.HashMap$Node;"));
        assertEquals("byte[][]", JavaDeclaration.simple("[[B"));
    }
}
