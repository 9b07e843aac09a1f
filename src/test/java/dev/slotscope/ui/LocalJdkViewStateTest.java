package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.jvm.probe.LocalJdks;
import dev.slotscope.jvm.probe.LocalJvm;
import dev.slotscope.runtime.Runtime;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an explorer shows of a local JDK's runtime: that JDK's figures, as a bar beside the VM modes. */
class LocalJdkViewStateTest {

    @Test
    void aLocalJdkShowsItsOwnFiguresBesideTheModes() {
        Runtime.Jvm local = Runtime.Jvm.measuredOn(LocalJvm.of(LocalJdks.running(), List.of("-XX:-UseCompressedOops")));
        ViewState state = new ViewStates().of(local, local.lessonClass("standard"), AttributeNames.DEFAULT,
                new ViewStates.NamedClass("", List.<Path>of(), false));
        int measured = new JvmLens().describe(JvmVariant.STANDARD, AttributeNames.DEFAULT, JvmMode.NO_COMPRESSED_OOPS)
                .layout().ownedBytes();
        assertEquals(measured, state.bytes(), "measured in the child as JOL estimates it here");
        List<ViewState.Bar> bars = state.bars();
        assertEquals(JvmMode.values().length + 1, bars.size());
        ViewState.Bar own = bars.get(bars.size() - 1);
        assertEquals(new ViewState.Bar(LocalJdks.running().shortName() + " · no compressed oops", Optional.of(measured), true),
                own);
        assertEquals(java.util.Arrays.stream(JvmMode.values()).map(JvmMode::title).toList(),
                bars.subList(0, JvmMode.values().length).stream().map(ViewState.Bar::name).toList(), "the modes as before");
    }
}
