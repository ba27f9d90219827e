package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.model.Language;
import org.qconsole.support.SignIn;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Template versions: drafts change, published versions never do, by any path. */
@ConsoleTest
class TemplateServiceTest {

    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "secretariat");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDraftIsEditedPublishedAndThenImmutableThroughTheService() {
        TemplateVersion draft = templates.create(code(), "ICT use");
        TemplateVersion saved = templates.saveDraft(draft.id(), draft.revision(), TemplateFixtures.everyKind());
        assertThat(saved.revision()).isEqualTo(draft.revision() + 1);
        assertThat(saved.definition().questions()).hasSize(9);

        TemplateVersion published = templates.publish(draft.id());

        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.published()).map(TemplateVersion.Stamp::by).contains("secretariat");
        assertThatThrownBy(() -> templates.saveDraft(draft.id(), published.revision(), TemplateFixtures.everyKind()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("can no longer be changed");
        assertThat(templates.version(draft.id()).definition()).isEqualTo(published.definition());
    }

    @Test
    void theServicesRefusalsAreWordedInThePagesLanguage() {
        TemplateVersion draft = templates.create(code(), "ICT use");
        TemplateVersion published = templates.publish(templates.saveDraft(draft.id(), draft.revision(),
                TemplateFixtures.everyKind()).id());

        TemplateException frozen = catchThrowableOfType(TemplateException.class,
                () -> templates.saveDraft(draft.id(), published.revision(), TemplateFixtures.everyKind()));
        assertThat(frozen).hasMessage(published.label() + " is published: it can no longer be changed. Create a new"
                + " draft from it to make changes.");
        assertThat(frozen.reason(Language.FR)).isEqualTo(published.label() + " est à l’état « publiée » : elle ne"
                + " peut plus être modifiée. Créez-en un nouveau projet pour la modifier.");
        TemplateVersion next = templates.newDraftFrom(published.id());
        TemplateException retired = catchThrowableOfType(TemplateException.class, () -> templates.retire(next.id()));
        assertThat(retired.reason(Language.ZH)).isEqualTo("只有已发布的版本才能停用；" + next.label() + " 的状态为“草稿”。");
        TemplateException secondDraft = catchThrowableOfType(TemplateException.class,
                () -> templates.newDraftFrom(published.id()));
        assertThat(secondDraft.reason(Language.AR)).isEqualTo("لدى " + published.code()
                + " مسودة بالفعل: أكملها وانشرها أولاً.");
    }

    @Test
    void aPublishedVersionCannotBeChangedOrDeletedDirectlyInSql() {
        TemplateVersion published = publishedVersion();
        JdbcTemplate sql = new JdbcTemplate(dataSource);

        assertThatThrownBy(() -> sql.update("UPDATE template_version SET definition = '{}'::jsonb WHERE id = ?",
                published.id())).isInstanceOf(DataAccessException.class).hasStackTraceContaining("can no longer be changed");
        assertThatThrownBy(() -> sql.update("UPDATE template_version SET status = 'draft' WHERE id = ?",
                published.id())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> sql.update("DELETE FROM template_version WHERE id = ?", published.id()))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("cannot be deleted");
        assertThatThrownBy(() -> sql.update("UPDATE template_version SET status = 'retired', retired_at = now(),"
                + " retired_by = 'x', definition = '{}'::jsonb WHERE id = ?", published.id()))
                .as("retiring must not smuggle in a change").isInstanceOf(DataAccessException.class);
        assertThat(templates.version(published.id()).definition()).isEqualTo(published.definition());
    }

    @Test
    void retiringIsTheOneChangeAPublishedVersionAllowsAndARetiredOneAllowsNone() {
        TemplateVersion published = publishedVersion();

        TemplateVersion retired = templates.retire(published.id());

        assertThat(retired.status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(retired.definition()).isEqualTo(published.definition());
        assertThatThrownBy(() -> new JdbcTemplate(dataSource).update(
                "UPDATE template_version SET status = 'published' WHERE id = ?", published.id()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> templates.retire(published.id())).isInstanceOf(TemplateException.class);
    }

    @Test
    void aNewDraftStartsFromAPublishedVersionAndOnlyOneDraftAtATime() {
        TemplateVersion published = publishedVersion();

        TemplateVersion v2 = templates.newDraftFrom(published.id());

        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.isDraft()).isTrue();
        assertThat(v2.basedOnVersionId()).contains(published.id());
        assertThat(v2.definition()).isEqualTo(published.definition());
        assertThatThrownBy(() -> templates.newDraftFrom(published.id()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("already has a draft");
    }

    @Test
    void publishingListsEveryProblem() {
        TemplateVersion draft = templates.create(code(), "Broken");

        assertThatThrownBy(() -> templates.publish(draft.id()))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).contains("has no section", "has no question"));
        assertThat(templates.version(draft.id()).isDraft()).isTrue();
    }

    @Test
    void aKeyCannotChangeItsAnswerKindBetweenVersions() {
        TemplateVersion published = publishedVersion();
        TemplateVersion v2 = templates.newDraftFrom(published.id());
        TemplateDefinition changed = TemplateFixtures.withItems(v2.definition(), List.of(TemplateFixtures.question(
                "q1_used", "1", "Do you use ICT?", new org.qconsole.model.AnswerSpec.ShortText(100), List.of())));
        templates.saveDraft(v2.id(), v2.revision(), changed);

        assertThatThrownBy(() -> templates.publish(v2.id())).isInstanceOfSatisfying(TemplateException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                        .contains("was a Yes / No question in an earlier version")));
    }

    @Test
    void twoEditorsNeverSilentlyOverwriteEachOther() {
        TemplateVersion draft = templates.create(code(), "Shared draft");
        templates.saveDraft(draft.id(), draft.revision(), TemplateFixtures.everyKind());

        assertThatThrownBy(() -> templates.saveDraft(draft.id(), draft.revision(),
                TemplateDefinition.empty("Stale edit"))).isInstanceOf(TemplateException.class)
                .hasMessageContaining("Someone else saved");
        assertThat(templates.version(draft.id()).definition().title().english()).isEqualTo("ICT use");
    }

    @Test
    void scriptInTextsIsRemovedWhenADraftIsSaved() {
        TemplateVersion draft = templates.create(code(), "Sanitized");
        TemplateDefinition hostile = new TemplateDefinition(LocalizedText.en("T"), "",
                LocalizedText.en("<p onclick=\"x()\">Hi<script>alert(1)</script> <a href=\"javascript:alert(1)\">x</a>"
                        + " <a href=\"https://example.org\">ok</a></p>"), List.of(), List.of());

        TemplateVersion saved = templates.saveDraft(draft.id(), draft.revision(), hostile);

        assertThat(saved.definition().introduction().english()).doesNotContain("script", "onclick", "javascript")
                .contains("href=\"https://example.org\"", "rel=\"noopener noreferrer\"", "target=\"_blank\"");
    }

    @Test
    void exportThenImportCreatesAnEqualNewDraftOfTheSameTemplate() {
        TemplateVersion published = publishedVersion();
        byte[] file = templates.exportBytes(published.id());

        TemplateVersion imported = templates.importFile(file);

        assertThat(imported.code()).isEqualTo(published.code());
        assertThat(imported.number()).isEqualTo(2);
        assertThat(imported.definition()).isEqualTo(published.definition());
        assertThat(templates.export(imported.id())).isEqualTo(new String(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyChangeIsAudited() {
        TemplateVersion published = publishedVersion();
        templates.retire(published.id());

        assertThat(templates.history(published.templateId())).extracting(AuditEntry::action)
                .containsExactly("retired", "published", "imported");
        assertThat(templates.history(published.templateId())).allSatisfy(e -> assertThat(e.actor()).isEqualTo("secretariat"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "swe.focal", "swe.contributor", "no.role"})
    void onlyTheSecretariatMayUseTemplates(String username) {
        TemplateVersion published = publishedVersion();
        SignIn.as(users, username);

        assertThatThrownBy(() -> templates.templates()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.version(published.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.create(code(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.retire(published.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.export(published.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.importFile(new byte[0])).isInstanceOf(AccessDeniedException.class);
    }

    private TemplateVersion publishedVersion() {
        String json = TemplateJson.write(TemplateDocument.of(code(), TemplateFixtures.everyKind()));
        TemplateVersion draft = templates.importFile(json.getBytes(StandardCharsets.UTF_8));
        return templates.publish(draft.id());
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
