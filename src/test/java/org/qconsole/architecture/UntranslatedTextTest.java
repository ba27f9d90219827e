package org.qconsole.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The views show no text written in their code: every word comes from the console's messages
 * (messages/*.properties). A string literal that reads as words (a capital and small letters, or two words)
 * fails here unless its line gives it another job: an id, a CSS class, a column key, a message key, a route,
 * an attribute or a property, a script, a programming error; a literal that is a message key is no text either.
 * Every {@code ui} package is scanned.
 */
class UntranslatedTextTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern READS_AS_WORDS = Pattern.compile("[A-Z][a-z]{2,}|[A-Za-z]{2,} [A-Za-z]{2,}");
    /** Calls and annotations whose strings are not shown as text. */
    private static final Pattern NOT_SHOWN = Pattern.compile("setId\\(|addClassName\\(|addClassNames\\(|setKey\\("
            + "|getStyle\\(\\)|setAttribute\\(|removeAttribute\\(|executeJs\\(|getTranslation\\(|translate\\("
            + "|@Route\\(|@Menu\\(|@MenuSummary\\(|@RolesAllowed|ofPattern\\(|navigate\\(|description\\("
            + "|log\\.(?:debug|info|warn|error)\\(|getProperty\\(|setProperty\\(|setFilter\\(|_FILTER = \""
            + "|new IllegalStateException\\("
            // What a plugin was doing when it threw: part of the failure reason the plugin service records
            // (in English, like the rest of that reason and the phrases of GuardedSectionType).
            + "|guard\\(\"|failed\\.apply\\(\""
            // Spring Security's URL template, not a text.
            + "|oauth2LoginPage\\(");
    /** A message key handed to a helper that reads it ({@code "form.rows.atLeast"}): not a text. */
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z]+(?:\\.[a-zA-Z0-9]+)+");

    /**
     * The name of a JSON property set in code, as in a chart's option ({@code .put("containLabel", true)}): never
     * shown. Only the name is passed over; the value, a text perhaps, is scanned.
     */
    private static final Pattern JSON_PROPERTY_NAME = Pattern.compile("\\.put(?:Object|Array)?\\(\"[a-z][A-Za-z]*\"");

    static Stream<String> uiPackages() throws IOException {
        try (Stream<Path> folders = Files.walk(Path.of("src/main/java/org/qconsole"))) {
            return folders.filter(Files::isDirectory).filter(folder -> folder.getFileName().toString().equals("ui"))
                    .map(folder -> Path.of("src/main/java/org/qconsole").relativize(folder).toString()
                            .replace('\\', '/'))
                    .sorted().toList().stream();
        }
    }

    @Test
    void everyFeaturesViewsAreScanned() throws IOException {
        assertThat(uiPackages()).contains("shell/ui", "response/ui", "template/ui", "answer/ui", "dashboard/ui")
                .hasSizeGreaterThanOrEqualTo(12);
    }

    @ParameterizedTest
    @MethodSource("uiPackages")
    void viewsTakeEveryTextFromTheMessages(String feature) throws IOException {
        List<String> untranslated = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/qconsole", feature))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = withoutComments(Files.readString(file)).lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    String line = JSON_PROPERTY_NAME.matcher(lines.get(i)).replaceAll(".put(");
                    if (NOT_SHOWN.matcher(line).find()) {
                        continue;
                    }
                    int number = i + 1;
                    LITERAL.matcher(line).results().map(match -> match.group(1))
                            .filter(text -> READS_AS_WORDS.matcher(text).find())
                            .filter(text -> !MESSAGE_KEY.matcher(text).matches())
                            .forEach(text -> untranslated.add(file.getFileName() + ":" + number + " \"" + text + "\""));
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    /** The code without its comments (their lines kept, as blank lines), so that line numbers stay true. */
    private static String withoutComments(String source) {
        StringBuilder code = new StringBuilder();
        boolean block = false;
        boolean string = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            char next = i + 1 < source.length() ? source.charAt(i + 1) : 0;
            if (block) {
                if (c == '*' && next == '/') {
                    block = false;
                    i++;
                } else if (c == '\n') {
                    code.append('\n');
                }
            } else if (string) {
                code.append(c);
                if (c == '\\') {
                    code.append(next);
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '/' && next == '*') {
                block = true;
                i++;
            } else if (c == '/' && next == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
                code.append('\n');
            } else {
                code.append(c);
                string = c == '"';
            }
        }
        return code.toString();
    }
}
