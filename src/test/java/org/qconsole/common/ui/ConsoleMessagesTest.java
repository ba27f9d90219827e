package org.qconsole.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.Role;
import org.qconsole.model.Language;
import org.qconsole.model.Relation;
import org.qconsole.plugin.InstalledPlugin;
import org.qconsole.response.HistoryEntry;
import org.qconsole.template.VersionStatus;
import org.qconsole.assignment.HistoryWords;
import org.qconsole.response.CountryRequest;
import org.qconsole.response.SectionReview;
import org.qconsole.template.diff.Change;
import org.qconsole.template.diff.FieldChange;

/**
 * The console's messages are complete in the six languages, and every text the code asks for is there:
 * a missing key in any language, a text that would lose an apostrophe or a placeholder, a key no code asks
 * for, or a key outside its feature's bundle fails here. Every bundle in {@code messages/} is checked.
 */
class ConsoleMessagesTest {

    /** A key read by a view, or by other code through {@code Messages.text(language, "key", ...)}. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:(?:getTranslation|translate|because)\\(|Messages\\.text\\([A-Za-z.()]+, )\"([a-zA-Z0-9.]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+\\.[a-zA-Z0-9.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** An apostrophe MessageFormat would swallow: a single one (two stand for one). */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /** Texts that are rightly the same as the English one in that language. */
    private static final Map<Language, Set<String>> SAME_AS_ENGLISH = Map.of(
            Language.FR, Set.of("inbox.questionnaire", "prefill.question", "history.question", "response.question",
                    "response.pdf", "response.pageTitle", "menu.InstallationView", "form.total",
                    "assignment.campaigns.questionnaire", "dashboard.compilation.question", "dashboard.section",
                    "answer.kind.date", "template.item.VERSION", "template.item.SECTION", "template.item.QUESTION",
                    "template.new.code", "template.field.introduction", "template.part.section", "template.part.option",
                    "template.part.question", "assignment.refused.textSeparator", "export.sheet.questionnaire",
                    "export.item.section", "template.where.section", "template.where.question",
                    "template.where.questionUnnumbered", "template.problem.field.introduction",
                    "answer.settings.options", "answer.export.total", "template.diff.details",
                    "template.diff.field.answer.options", "template.diff.field.introduction",
                    "template.diff.partSeparator", "history.note.fromTo"),
            Language.ES, Set.of("answer.export.total", "response.pdf", "home.summary", "form.total", "form.totalLabel", "dashboard.count",
                    "answer.no", "assignment.refused.textSeparator", "assignment.refused.languageSeparator",
                    "answer.size.bytes", "answer.size.kb", "answer.size.mb", "export.required.no",
                    "template.problem.at", "template.diff.details", "template.diff.listSeparator",
                    "template.diff.partSeparator", "history.note.fromTo", "delegation.line", "discussion.line"),
            Language.RU, Set.of("response.pdf", "home.summary", "dashboard.count", "assignment.refused.textSeparator",
                    "assignment.refused.languageSeparator", "template.problem.at", "template.diff.details",
                    "template.diff.listSeparator", "template.diff.partSeparator", "history.note.fromTo",
                    "delegation.line", "discussion.line"),
            Language.AR, Set.of("response.pdf", "home.summary", "dashboard.count", "template.problem.at",
                    "template.diff.details", "delegation.line"),
            Language.ZH, Set.of("response.pdf", "common.percent", "answer.size.kb", "answer.size.mb",
                    "history.note.fromTo"));

    private static final Path FOLDER = Path.of("src/main/resources", ConsoleMessages.FOLDER);

    private final Properties english = allTexts(Language.EN);

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryTextWithTheSamePlaceholders(Language language) {
        for (String name : bundleNames()) {
            assertThat(bundle(name, language).stringPropertyNames()).as(name)
                    .containsExactlyInAnyOrderElementsOf(bundle(name, Language.EN).stringPropertyNames());
        }
        Properties texts = allTexts(language);
        for (String key : english.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertThat(text).as(key).isNotBlank().doesNotMatch("(?s).*" + LONE_APOSTROPHE.pattern() + ".*");
            assertThat(placeholders(text)).as(key).isEqualTo(placeholders(english.getProperty(key)));
            // One sample for each index up to the highest used (a text may leave some out, e.g. a reminder's).
            Object[] samples = new Object[placeholders(text).stream().mapToInt(i -> i + 1).max().orElse(0)];
            java.util.Arrays.fill(samples, 2);
            assertThat(new MessageFormat(text, Locale.forLanguageTag(language.code())).format(samples)).as(key)
                    .doesNotContain("{");
        }
    }

    @Test
    void aFeaturesTextsAreInItsOwnBundleAndEachKeyInOneBundleOnly() {
        Set<String> seen = new TreeSet<>();
        for (String name : bundleNames()) {
            for (String key : bundle(name, Language.EN).stringPropertyNames()) {
                assertThat(seen.add(key)).as(key + " is in two bundles").isTrue();
                String feature = key.substring(0, key.indexOf('.'));
                assertThat(name).as(key).isEqualTo(bundleNames().contains(feature) ? feature
                        : ConsoleMessages.SHARED_BUNDLE);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyTextIsTranslatedNotCopied(Language language) {
        Properties texts = allTexts(language);

        Set<String> copied = english.stringPropertyNames().stream()
                .filter(key -> texts.getProperty(key).equals(english.getProperty(key)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(copied).isEqualTo(new TreeSet<>(SAME_AS_ENGLISH.get(language)));
    }

    @Test
    void everyKeyTheCodeAsksForIsThereAndEveryTextIsAskedFor() throws IOException {
        assertThat(english.stringPropertyNames()).containsAll(keysInCode(KEY_IN_CODE));
        Set<String> asked = new TreeSet<>(keysInCode(KEY_IN_CODE));
        // Keys handed to a helper that asks for them (TableField.limits, for example).
        keysInCode(LITERAL).stream().filter(english::containsKey).forEach(asked::add);
        Arrays.stream(AssignmentStatus.values()).map(AssignmentStatus::messageKey).forEach(asked::add);
        Arrays.stream(Role.values()).map(Role::messageKey).forEach(asked::add);
        Arrays.stream(InstalledPlugin.State.values()).map(InstalledPlugin.State::messageKey).forEach(asked::add);
        Arrays.stream(Relation.values()).map(Relation::messageKey).forEach(asked::add);
        Arrays.stream(VersionStatus.values()).map(VersionStatus::messageKey).forEach(asked::add);
        for (Change.ChangeType type : Change.ChangeType.values()) {
            asked.add("template.diff.type." + type.name());
            asked.add("template.diff.count." + type.name());
        }
        asked.addAll(HistoryWords.eventKeys());
        for (CountryRequest.Kind kind : CountryRequest.Kind.values()) {
            asked.addAll(List.of(kind.messageKey(), "request.ask." + kind.name(), "request.line." + kind.name(),
                    "dashboard.requests.grantText." + kind.name()));
        }
        for (CountryRequest.Decision decision : CountryRequest.Decision.values()) {
            asked.add(decision.messageKey());
            if (decision != CountryRequest.Decision.PENDING) {
                asked.addAll(List.of("request.decided." + decision.name(), "request.mail.subject." + decision.name(),
                        "request.mail.body." + decision.name()));
            }
        }
        for (SectionReview.State state : SectionReview.State.values()) {
            asked.add(state.messageKey());
            if (state != SectionReview.State.DRAFT) {
                asked.addAll(List.of("review.line." + state.name(), "review.mail.subject." + state.name(),
                        "review.mail.body." + state.name()));
            }
        }
        asked.addAll(List.of("review.refused.already.READY_FOR_REVIEW", "review.refused.already.APPROVED"));
        FieldChange.FIELDS.forEach(field -> asked.add("template.diff.field." + field));
        Arrays.stream(Change.Subject.values()).map(subject -> "template.item." + subject.name())
                .forEach(asked::add);
        Arrays.stream(Language.values()).map(language -> "common.language." + language.code()).forEach(asked::add);
        regionalGroupCodes().forEach(code -> asked.add("country.group." + code));
        asked.add("history.show.ALL");
        Arrays.stream(HistoryEntry.Kind.values()).map(kind -> "history.show." + kind.name()).forEach(asked::add);
        asked.addAll(menuKeys());

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(asked);
    }

    @Test
    void aTextIsFormattedForTheLanguageAndAnUnknownLanguageGetsEnglish() {
        var messages = new ConsoleMessages();

        assertThat(messages.getTranslation("common.time.left", Locale.FRENCH, 3)).isEqualTo("3 jours restants");
        assertThat(messages.getTranslation("common.time.left", Locale.ENGLISH, 1)).isEqualTo("1 day left");
        assertThat(messages.getTranslation("response.status.saved", Locale.forLanguageTag("zh-CN")))
                .isEqualTo("所有答复已保存");
        assertThat(messages.getTranslation("response.status.saved", Locale.GERMAN)).isEqualTo("All answers saved");
        assertThat(messages.getProvidedLocales()).first().isEqualTo(Locale.ENGLISH);
        assertThat(messages.getProvidedLocales()).extracting(Locale::getLanguage)
                .containsExactly("en", "fr", "es", "ar", "ru", "zh");
    }

    private static Set<String> keysInCode(Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                try {
                    // A key ending in a dot starts a family of keys made from values (enums, views): asked above.
                    return pattern.matcher(Files.readString(file)).results().map(match -> match.group(1))
                            .filter(key -> !key.endsWith("."));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    /** The regional groups' codes, as the reference data's migration inserts them. */
    private static List<String> regionalGroupCodes() throws IOException {
        return Pattern.compile("tableName: regional_group, columns: \\[\\{column: \\{name: code, value: (\\w+)")
                .matcher(Files.readString(Path.of("db/changes/0002-member-states.yaml"))).results()
                .map(match -> match.group(1)).toList();
    }

    /** {@code menu.<view>} for every page in the navigation, and its summary's key. */
    private static Set<String> menuKeys() {
        Set<String> keys = new TreeSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.qconsole").scan()) {
            for (Class<?> view : scan.getClassesWithAnnotation(Menu.class).loadClasses()) {
                keys.add("menu." + view.getSimpleName());
                MenuSummary summary = view.getAnnotation(MenuSummary.class);
                if (summary != null) {
                    keys.add(summary.value());
                }
            }
        }
        return keys;
    }

    private static Set<Integer> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(match -> Integer.valueOf(match.group(1)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The shared bundle's name and each feature's that has one: the base names of {@code messages/}. */
    private static Set<String> bundleNames() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.contains("_")).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bundle's texts in one language. */
    private static Properties allTexts(Language language) {
        Properties all = new Properties();
        bundleNames().forEach(name -> all.putAll(bundle(name, language)));
        return all;
    }

    private static Properties bundle(String bundleName, Language language) {
        String name = "/" + ConsoleMessages.FOLDER + bundleName + (language == Language.EN ? "" : "_"
                + language.code()) + ".properties";
        var texts = new Properties();
        try (var in = ConsoleMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
