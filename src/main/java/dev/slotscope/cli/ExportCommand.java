package dev.slotscope.cli;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonSpeed;
import dev.slotscope.cpython.NoInterpreterException;
import dev.slotscope.export.ExportException;
import dev.slotscope.export.ImageFormat;
import dev.slotscope.export.LessonExport;
import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.LessonFileException;
import dev.slotscope.lesson.Lessons;
import dev.slotscope.export.PictureWriter;
import dev.slotscope.export.ScenePictures;
import dev.slotscope.lesson.Scene;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.Subject;
import dev.slotscope.lesson.ViewKind;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Progress;
import dev.slotscope.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code export}: a view as a PNG, SVG or PDF file, or a lesson as slides, with no display needed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a view (layout, growth step, memory chart, comparison) as PNG, SVG or PDF, or a lesson as"
                + " 16:9 slides; no display needed.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runtime", paramLabel = "RUNTIME",
            description = "cpython-3.8 ... cpython-3.15, jvm, or jvm-estimate:MODE")
    String runtime;

    @Option(names = "--variant", defaultValue = "standard", paramLabel = "VARIANT[,VARIANT...]",
            description = "the variant; for --view compare, the variants side by side (default: ${DEFAULT-VALUE};"
                    + " compare defaults to standard,slotted)")
    String variant;

    @Option(names = "--source", paramLabel = "FILE", description = "CPython: Python class statements (FILE.py); JVM:"
            + " a Java file (FILE.java), compiled in memory; draws --class of it (never run) instead of a lesson variant")
    Path source;

    @Option(names = "--class", paramLabel = "NAME[,NAME]", description = "with --source: the class to draw (default:"
            + " CPython, the last one; JVM, the only top-level one); for --view compare, two classes side by side")
    String className;

    @Option(names = "--attrs", defaultValue = "x,y", paramLabel = "NAMES",
            description = "comma-separated attribute names; '' for none (default: ${DEFAULT-VALUE})")
    String attrs;

    @Option(names = "--add", defaultValue = "", paramLabel = "NAMES", description = "attributes added after construction: c,d")
    String add;

    @Option(names = "--step", paramLabel = "K", description = "the growth step shown, 0 to the number added (default: the last)")
    Integer step;

    @Option(names = "--view", paramLabel = "VIEW",
            description = "layout, grow, memory, compare or speed (default: grow with --add, else layout); speed times"
                    + " the variants here (a local interpreter of that version, or this VM), first against second")
    String view;

    @Option(names = "--count", defaultValue = "1000000", paramLabel = "N", description = "instances, for --view memory (default: 1M)")
    String count;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1|2|4", description = "PNG pixels per point (default: 1)")
    int scale;

    @Option(names = "--theme", paramLabel = "NAME",
            description = "light, dark or high-contrast (default: light; with --lesson, each scene's own)")
    String theme;

    @Option(names = "--caption", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "a line under the picture naming runtime, variant and step (default: on)")
    boolean caption;

    @Option(names = "--legend", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "a key to the kinds of box the picture shows (default: on)")
    boolean legend;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR",
            description = "FILE.png, FILE.svg or FILE.pdf; with --lesson, the folder for the slides (made if missing)")
    Path out;

    @Option(names = "--lesson", paramLabel = "FILE|builtin:NAME",
            description = "export every scene of a lesson (a .slotscope.json file or builtin:slots) as 16:9 slides,"
                    + " 01-….png, 02-….png, … (1920×1080 at --scale 1), or one PDF with a page per scene")
    String lesson;

    @Option(names = "--format", defaultValue = "png", paramLabel = "png|svg|both|pdf",
            description = "with --lesson: png, svg, both (png and svg) or pdf (one document), or a list such as png,pdf"
                    + " (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        if (lesson != null) {
            return exportLesson();
        }
        if (runtime == null) {
            throw new IllegalArgumentException("--runtime is required (or --lesson)");
        }
        Scene scene = scene();
        if (scene.view() == ViewKind.SPEED) {
            try {
                scene = scene.withTimed(scene.runtime().time(scene.classes(), AttributeNames.of(scene.attributes()),
                        CPythonSpeed.DEFAULT_REPEATS, Progress.NONE));
            } catch (NoInterpreterException e) {
                spec.commandLine().getErr().println("slotscope: " + e.getMessage());
                return MemoryCommand.NO_INTERPRETER;
            }
        }
        try {
            PictureWriter.write(new ScenePictures().of(scene, caption, legend), scene.theme(), scale, out);
        } catch (ExportException e) {
            spec.commandLine().getErr().println("slotscope: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }

    private int exportLesson() {
        if (runtime != null) {
            throw new IllegalArgumentException("--lesson takes its runtimes from the lesson; leave out --runtime");
        }
        Set<ImageFormat> formats = formats(format);
        if (!PictureWriter.SCALES.contains(scale)) {
            throw new IllegalArgumentException("--scale must be 1, 2 or 4, not " + scale);
        }
        Lesson opened;
        try {
            opened = Lessons.open(lesson);
        } catch (LessonFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (theme != null) {
            opened = inTheme(opened, theme(theme));
        }
        var err = spec.commandLine().getErr();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("slotscope: cannot make the folder " + out + ": " + (e instanceof java.nio.file.FileAlreadyExistsException
                    ? "a file of that name is in the way" : e.getMessage()));
            return 1;
        }
        try {
            List<Path> files = new LessonExport().export(opened, out, formats, scale, caption, legend);
            var stdout = spec.commandLine().getOut();
            files.forEach(f -> stdout.println("wrote " + f));
        } catch (ExportException e) {
            err.println("slotscope: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /**
     * {@code --format}: png, svg, pdf, both (png and svg, as before pdf came), or several joined by
     * commas; any combination is allowed, each format written once.
     */
    static Set<ImageFormat> formats(String spec) {
        Set<ImageFormat> formats = EnumSet.noneOf(ImageFormat.class);
        for (String part : spec.split(",", -1)) {
            switch (part.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "png" -> formats.add(ImageFormat.PNG);
                case "svg" -> formats.add(ImageFormat.SVG);
                case "pdf" -> formats.add(ImageFormat.PDF);
                case "both" -> formats.addAll(EnumSet.of(ImageFormat.PNG, ImageFormat.SVG));
                default -> throw new IllegalArgumentException("--format must be png, svg, both or pdf (or a list such as png,pdf),"
                        + " not '" + spec + "'");
            }
        }
        return formats;
    }

    private static Theme theme(String id) {
        return Theme.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown theme '" + id
                + "'; known: " + Arrays.stream(Theme.values()).map(Theme::id).collect(Collectors.joining(", "))));
    }

    /** The lesson with every scene in {@code theme}: a deck for a dark room, or for a projector that washes colours out. */
    private static Lesson inTheme(Lesson lesson, Theme theme) {
        return new Lesson(lesson.title(), lesson.scenes().stream().map(s -> new Scene(s.title(), s.view(), s.runtime(), s.variants(),
                s.attributes(), s.added(), s.step(), s.count(), theme, s.zoom(), s.notes(), s.questions(), s.source(), s.timed()))
                .toList());
    }

    /** The options as a scene, the same value a lesson holds. */
    private Scene scene() {
        List<String> added = AttributeNames.parseAdded(add);
        ViewKind kind = view == null ? (added.isEmpty() ? ViewKind.LAYOUT : ViewKind.GROW)
                : ViewKind.fromId(view).orElseThrow(() -> new IllegalArgumentException("unknown view '" + view
                + "'; known: " + Arrays.stream(ViewKind.values()).map(ViewKind::id).collect(Collectors.joining(", "))));
        String code = "";
        List<String> variants = Arrays.stream(variant.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (source != null && Runtime.fromId(runtime) instanceof Runtime.Jvm) {
            // Java on the JVM: compiled here first, so that an error names the file.
            List<String> names = className == null ? List.of() : Arrays.stream(className.split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<Subject.Written> drawn = names.isEmpty() ? List.of(JavaSourceDescribe.subject(source, null))
                    : names.stream().map(name -> JavaSourceDescribe.subject(source, name)).toList();
            code = drawn.get(0).source();
            variants = drawn.stream().map(w -> Scene.WRITTEN_PREFIX + w.className()).toList();
            if (kind == ViewKind.COMPARE && variants.size() < 2) {
                throw new IllegalArgumentException("--view compare with --source needs two classes: --class A,B");
            }
        } else if (source != null) {
            PythonSourceFile file = PythonSourceFile.read(source);
            code = file.source().text();
            variants = (className == null ? List.of(file.lastClass()) : Arrays.stream(className.split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .stream().map(name -> Scene.WRITTEN_PREFIX + name).toList();
            if (kind == ViewKind.COMPARE && variants.size() < 2) {
                throw new IllegalArgumentException("--view compare with --source needs two classes: --class A,B");
            }
        } else if (className != null) {
            throw new IllegalArgumentException("--class names a class of --source FILE.py");
        } else if ((kind == ViewKind.COMPARE || kind == ViewKind.SPEED) && variants.size() < 2) {
            variants = variants.isEmpty() || variants.get(0).equals("standard") ? List.of("standard", "slotted")
                    : List.of("standard", variants.get(0));
        }
        if (kind == ViewKind.GROW && added.isEmpty()) {
            throw new IllegalArgumentException("--view grow needs --add with the attributes to add");
        }
        if ((kind == ViewKind.LAYOUT || kind == ViewKind.GROW) && variants.size() > 1) {
            // One picture per class: drawing the first and naming them all would misstate it.
            throw new IllegalArgumentException("--view " + kind.id() + " shows one class, not "
                    + String.join(", ", variants).replace(Scene.WRITTEN_PREFIX, "") + "; --view compare sets them side by side");
        }
        int k = step == null ? added.size() : step;
        if (k < 0 || k > added.size()) {
            throw new IllegalArgumentException("--step " + k + " is outside 0.." + added.size());
        }
        if (!PictureWriter.SCALES.contains(scale)) {
            throw new IllegalArgumentException("--scale must be 1, 2 or 4, not " + scale);
        }
        Theme t = theme == null ? Theme.LIGHT : theme(theme);
        return new Scene("", kind, Runtime.fromId(runtime), variants, AttributeNames.parse(attrs).names(), added, k,
                InstanceCount.parse(count).value(), t, Scene.MIN_ZOOM, "", List.of(), code);
    }
}
