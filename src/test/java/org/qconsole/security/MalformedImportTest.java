package org.qconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.Problem;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files that are not template files, or hostile ones, uploaded as templates: each is refused and
 * nothing is written. Where the console phrases the problem itself, the message is checked exactly;
 * the wording of JSON parser errors is left to TemplateImportTest.
 */
@ConsoleTest
class MalformedImportTest {

    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    DataSource dataSource;

    private List<Integer> before;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "secretariat");
        before = rows();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static Stream<Arguments> refusedFiles() throws IOException {
        String valid = valid();
        return Stream.of(
                Arguments.of("an empty file", new byte[0], "The file is empty"),
                Arguments.of("a file of blank lines", "\n\n  \r\n".getBytes(StandardCharsets.US_ASCII),
                        "The file is empty"),
                Arguments.of("binary garbage", garbage(), "The file is not UTF-8 text"),
                Arguments.of("a ZIP archive of a template", zip(valid), "The file is not UTF-8 text"),
                Arguments.of("a template in UTF-16 with a byte order mark", utf16(valid), "The file is not UTF-8 text"),
                Arguments.of("a template in Latin-1 with accents", valid.replace("ICT use", "Questionnaire détaillé")
                        .getBytes(StandardCharsets.ISO_8859_1), "The file is not UTF-8 text"),
                Arguments.of("a 6 MB file", (valid + " ".repeat(6 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8),
                        "The file is 6.0 MB; template files may be at most 5 MB"),
                Arguments.of("the JSON null", "null".getBytes(StandardCharsets.UTF_8),
                        "The file must hold one JSON object ({ … }), but it holds an empty value"),
                Arguments.of("a template code with a path", valid.replaceFirst("\"code\" : \"[^\"]+\"",
                        "\"code\" : \"../../etc/passwd\"").getBytes(StandardCharsets.UTF_8),
                        "The file names no valid template code"),
                Arguments.of("a NUL character in a title", valid.replace("ICT use", "ICT\\u0000use")
                        .getBytes(StandardCharsets.UTF_8), "contains an invisible control character (NUL)"),
                Arguments.of("deep nesting", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
                        null),
                Arguments.of("UTF-16 without a byte order mark", valid.getBytes(StandardCharsets.UTF_16BE), null),
                Arguments.of("a JSON list", "[]".getBytes(StandardCharsets.UTF_8), null),
                Arguments.of("a format version as words", valid.replace("\"formatVersion\" : 1",
                        "\"formatVersion\" : \"one\"").getBytes(StandardCharsets.UTF_8), null),
                Arguments.of("a duplicate \"template\" key naming another code", valid.replaceFirst("\\{",
                        "{ \"template\" : { \"code\" : \"ATTACK-SHADOW\" },").getBytes(StandardCharsets.UTF_8), null),
                Arguments.of("a duplicate question key property", valid.replaceFirst("\"key\" : \"q1_used\",",
                        "\"key\" : \"q1_used\", \"key\" : \"Q 1\",").getBytes(StandardCharsets.UTF_8), null));
    }

    /**
     * @param message the console's own words for the problem, or null where the JSON parser's message is
     *     reported (its wording is checked elsewhere)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void aHostileFileIsRefusedAndNothingIsWritten(String what, byte[] file, String message) {
        TemplateException refused = catchThrowableOfType(TemplateException.class, () -> templates.importFile(file));

        assertThat(refused).as("the import is refused").isNotNull();
        assertThat(refused.problems()).as("with the reason").isNotEmpty();
        if (message != null) {
            assertThat(refused.problems()).extracting(Problem::toString)
                    .anySatisfy(problem -> assertThat(problem).contains(message));
            refused.problems().forEach(problem -> ClearMessage.assertClear(problem.toString()));
        }
        assertThat(rows()).as("no template, version or audit entry written").isEqualTo(before);
    }

    private List<Integer> rows() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return Stream.of("template", "template_version", "template_audit")
                .map(table -> jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class)).toList();
    }

    private static String valid() {
        String code = "ATTACK-IMP-" + UUID.randomUUID().toString().substring(0, 8);
        return TemplateJson.write(TemplateDocument.of(code, TemplateFixtures.everyKind()));
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = (byte) 0xFF; // never valid in UTF-8, whatever the random bytes are
        return bytes;
    }

    private static byte[] zip(String json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("template.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] utf16(String json) {
        return json.getBytes(StandardCharsets.UTF_16); // big-endian with a byte order mark (FE FF)
    }
}
