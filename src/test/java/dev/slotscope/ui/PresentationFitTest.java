package dev.slotscope.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The zoom that fits a drawing to the room presentation mode gives it. */
class PresentationFitTest {

    private static int fit(double width, double height, double roomWidth, double roomHeight) {
        return PresentationFit.zoom(width, height, roomWidth, roomHeight, 70, 300);
    }

    @Test
    void aWideDrawingIsFittedToTheWidth() {
        // 1920x1080 less the bar: 1888 x 900 free; 944 wide at 100% fits twice, 300 high three times.
        assertEquals(200, fit(944, 300, 1920, 932));
    }

    @Test
    void aTallDrawingIsFittedToTheHeight() {
        // 1280x800: free 1248 x 628; 400 high fits 1.57 times, rounded down to the grain.
        assertEquals(155, fit(600, 400, 1280, 660));
    }

    @Test
    void aSmallDrawingStopsAtTheLargestZoom() {
        assertEquals(300, fit(300, 120, 1920, 1000));
    }

    @Test
    void aDrawingALittleTooTallIsShrunkToBeSeenWhole() {
        // 3.10's StandardPoint at 1280x800: about 700 high at 100% in 628 of free room.
        assertEquals(85, fit(1218, 720, 1280, 660));
    }

    @Test
    void aDrawingTooLargeEvenAtTheSmallestZoomIsShownAtFullSizeAndScrolls() {
        // A JVM object graph twice the screen's height: at 70% it still would not fit.
        assertEquals(100, fit(900, 2000, 1920, 1000));
    }

    @Test
    void drawingsSideBySideShareTheZoomAtWhichBothFit() {
        var rooms = java.util.List.of(new PresentationFit.Size(1100, 900), new PresentationFit.Size(1100, 900));
        // A tall drawing and a short one: the tall one decides (868 / 700 = 124%).
        assertEquals(120, PresentationFit.zoom(java.util.List.of(new PresentationFit.Size(834, 700),
                new PresentationFit.Size(834, 140)), rooms, 70, 300));
        // One cannot be seen whole even at 70%: both at full size, the tall one scrolling.
        assertEquals(100, PresentationFit.zoom(java.util.List.of(new PresentationFit.Size(834, 2400),
                new PresentationFit.Size(834, 140)), rooms, 70, 300));
    }

    @Test
    void noDrawingOrNoRoomYetMeansFullSize() {
        assertEquals(100, fit(0, 0, 1280, 700));
        assertEquals(100, fit(600, 400, 0, 0));
    }

    @Test
    void aPixelMoreRoomDoesNotChangeTheZoom() {
        int zoom = fit(700, 300, 1280, 660);
        assertEquals(zoom, fit(700, 300, 1281, 661));
        assertEquals(0, zoom % PresentationFit.GRAIN);
    }
}
