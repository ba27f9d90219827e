package org.qconsole.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.country.MemberState;
import org.qconsole.country.MemberStateService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Item;
import org.qconsole.model.TemplateDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Every member State answering 150 questions: the export holds every cell (read one response at a time from a cursor). */
@ConsoleTest
class LargeExportTest {

    @Autowired
    ExportService exports;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    MemberStateService memberStates;
    @Autowired
    ConsoleOidcUserService users;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anExportOf193StatesBy150AnswersIsComplete() throws Exception {
        SignIn.as(users, "secretariat");
        List<Item> questions = new ArrayList<>();
        for (int q = 1; q <= 150; q++) {
            questions.add(TemplateFixtures.question("q" + q, String.valueOf(q), "Question " + q,
                    new AnswerSpec.ShortText(null), List.of()));
        }
        TemplateDefinition definition = TemplateFixtures.withItems(TemplateFixtures.everyKind(), questions);
        long version = TemplateFixtures.publish(templates, "BIG", definition).id();
        long campaign = assignments.create(new NewCampaign(version, "Everyone", "", LocalDate.now().plusDays(30),
                memberStates.findAll().stream().map(MemberState::alpha3).collect(Collectors.toSet()))).id();
        try (Connection owner = DriverManager.getConnection(databaseUrl, "qc_owner", "qc_owner");
                PreparedStatement insert = owner.prepareStatement("""
                        INSERT INTO answer (assignment_id, country, question_key, value, updated_by)
                        SELECT a.id, a.country, 'q' || n, to_jsonb(a.country || ' answer ' || n), 'test'
                        FROM assignment a, generate_series(1, 150) n WHERE a.campaign_id = ?""")) {
            owner.createStatement().execute("SELECT set_config('app.all_countries', 'on', false)"); // RLS is forced
            insert.setLong(1, campaign);
            assertThat(insert.executeUpdate()).isEqualTo(193 * 150);
        }

        SignIn.as(users, "manager");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(campaign), ExportFormat.XLSX, out, rows -> { });

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Answers");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 193 - 1);
            assertThat(sheet.getRow(2).getLastCellNum()).isEqualTo((short) (6 + 150));
            for (int r = 3; r < 3 + 193; r++) {
                var row = sheet.getRow(r);
                String iso3 = row.getCell(1).getStringCellValue();
                assertThat(row.getCell(6 + 149).getStringCellValue()).isEqualTo(iso3 + " answer 150");
            }
        }
    }
}
