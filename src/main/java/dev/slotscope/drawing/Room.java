package dev.slotscope.drawing;

/**
 * What a drawing needs of the plane beyond its boxes' width: lanes side by side in the gutter for
 * its arrows, and its height. The drawings of one growth sequence share the room of the roomiest.
 *
 * @param lanes  arrows side by side in the gutter at the busiest height
 * @param height from the first title to the last box
 */
public record Room(int lanes, double height) {

    public static final Room NONE = new Room(0, 0);

    /** Room for both. */
    public Room and(Room other) {
        return new Room(Math.max(lanes, other.lanes), Math.max(height, other.height));
    }
}
