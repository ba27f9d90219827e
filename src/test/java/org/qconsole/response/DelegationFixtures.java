package org.qconsole.response;

import static org.qconsole.template.TemplateFixtures.question;

import java.util.List;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.context.ApplicationEventPublisher;

/** A questionnaire of three sections, for giving some of them to colleagues: a name, laws as files, a count. */
public final class DelegationFixtures {

    private DelegationFixtures() {
    }

    public static TemplateDefinition threeSections() {
        return new TemplateDefinition(LocalizedText.en("Review of implementation"), "CU 2026/11", LocalizedText.EMPTY,
                List.of(), List.of(
                        section("s1_general", "I", "General", question("q1_name", "1", "Name of the authority",
                                new AnswerSpec.ShortText(200), List.of())),
                        new Section("s2_legal", "II", LocalizedText.en("Legal framework"), LocalizedText.EMPTY,
                                List.of(), List.of(question("q2_laws", "2", "Please attach the relevant legislation.",
                                        new AnswerSpec.Documents(3, null), List.of()),
                                question("q2_text", "2.a", "Which law applies?", new AnswerSpec.ShortText(200),
                                        List.of())), null),
                        section("s3_practice", "III", "Practice", question("q3_cases", "3", "Cases in 2025",
                                new AnswerSpec.ShortText(200), List.of()))));
    }

    /**
     * {@link #threeSections()} sent to Sweden alone, once Sweden's contributor has signed in (a colleague the console
     * knows); nobody is signed in on the thread afterwards.
     *
     * @return Sweden's assignment
     */
    public static long sentToSwedenWithAColleague(ConsoleOidcUserService users, ApplicationEventPublisher events,
            AssignmentService assignments, AnswerService answers, TemplateService templates, String prefix) {
        SignIn.once(users, events, "swe.contributor");
        SignIn.as(users, "secretariat");
        long sweden = OneResponse.sentToSweden(assignments, answers, publish(templates, prefix), prefix).assignment();
        SignIn.out();
        return sweden;
    }

    public static long publish(TemplateService templates, String prefix) {
        return TemplateFixtures.publish(templates, prefix, threeSections()).id();
    }

    private static Section section(String key, String number, String title, org.qconsole.model.Item item) {
        return new Section(key, number, LocalizedText.en(title), LocalizedText.EMPTY, List.of(), List.of(item), null);
    }
}
