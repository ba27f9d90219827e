package org.qconsole.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main source file over 300 lines: a class that grows past it does several things, and is split before it
 * grows further (issue 9). Counted as the file's lines, comments included, as a reader meets them.
 */
class ClassSizeTest {

    private static final int MAX_LINES = 300;
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void noMainClassIsOverThreeHundredLines() throws IOException {
        Map<Path, Long> lines;
        try (Stream<Path> files = Files.walk(MAIN)) {
            lines = files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.toMap(f -> MAIN.relativize(f), ClassSizeTest::lines));
        }

        assertThat(lines).as("source files under %s", MAIN).hasSizeGreaterThan(100);
        assertThat(lines).as("files over %d lines", MAX_LINES).allSatisfy((file, count) ->
                assertThat(count).as(file.toString()).isLessThanOrEqualTo(MAX_LINES));
    }

    private static long lines(Path file) {
        try (Stream<String> text = Files.lines(file)) {
            return text.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
