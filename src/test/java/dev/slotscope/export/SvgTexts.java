package dev.slotscope.export;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of an SVG picture with the size each is seen at: its font size times the vertical
 * scale of every transform above it. What "the smallest text on a slide" means, measured.
 */
record SvgTexts(List<Text> texts) {

    /** One text element: what it says and how tall its font is drawn. */
    record Text(String text, double size) {
    }

    private static final Pattern MATRIX = Pattern.compile("matrix\\(([^)]*)\\)");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size:\\s*([0-9.]+)px");

    static SvgTexts of(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            List<Text> texts = new ArrayList<>();
            walk(root, 1, texts);
            return new SvgTexts(texts);
        } catch (Exception e) {
            throw new AssertionError("not an SVG document: " + e, e);
        }
    }

    private static void walk(Element element, double scale, List<Text> texts) {
        double s = scale * verticalScale(element.getAttribute("transform"));
        if (element.getTagName().equals("text")) {
            Matcher m = FONT_SIZE.matcher(element.getAttribute("style"));
            if (!m.find()) {
                throw new AssertionError("a text without a font size: " + element.getTextContent());
            }
            texts.add(new Text(element.getTextContent(), Double.parseDouble(m.group(1)) * s));
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, s, texts);
            }
        }
    }

    private static double verticalScale(String transform) {
        Matcher m = MATRIX.matcher(transform);
        if (!m.find()) {
            return 1;
        }
        String[] v = m.group(1).split(",");
        // matrix(a, b, c, d, e, f): without rotation, d is the vertical scale.
        return Math.hypot(Double.parseDouble(v[2].strip()), Double.parseDouble(v[3].strip()));
    }

    /** The smallest text, by the size it is seen at. */
    Text smallest() {
        return texts.stream().min((a, b) -> Double.compare(a.size(), b.size())).orElseThrow();
    }

    boolean says(String text) {
        return texts.stream().anyMatch(t -> t.text().contains(text));
    }
}
