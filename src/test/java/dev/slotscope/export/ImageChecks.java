package dev.slotscope.export;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Checks on exported images that tests in several packages share. */
public final class ImageChecks {
    private ImageChecks() {
    }

    /** How many distinct colours an image has, a measure of it not being blank. */
    public static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
