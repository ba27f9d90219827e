package org.qconsole.plugins.globe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qconsole.plugin.api.AbstractJsonInput;
import org.qconsole.plugin.api.SectionContext;
import org.qconsole.plugin.api.Texts;

/**
 * Per authority: member? then, depending on the answer, Threema registration or plans to join. Ids
 * {@code <section key>-<authority key>-member}, {@code -threema}, {@code -plans}.
 */
final class MembershipForm extends AbstractJsonInput {

    private final Div box = new Div();
    private final Map<String, Questions> questions = new LinkedHashMap<>();

    MembershipForm(List<GlobeMembershipSection.Authority> authorities, SectionContext context) {
        super(context);
        box.addClassName("globe-membership");
        for (GlobeMembershipSection.Authority authority : authorities) {
            Questions q = new Questions(authority);
            questions.put(authority.key(), q);
            box.add(q.box);
        }
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public JsonNode value() {
        ObjectNode answer = GlobeMembershipSection.JSON.objectNode();
        questions.forEach((key, q) -> {
            ObjectNode given = q.value();
            if (!given.isEmpty()) {
                answer.set(key, given);
            }
        });
        return answer.isEmpty() ? null : answer;
    }

    @Override
    protected void show(JsonNode value) {
        questions.forEach((key, q) -> q.set(value == null ? null : value.get(key)));
    }

    /** The questions about one authority. */
    private final class Questions {
        private final Div box = new Div();
        private final RadioButtonGroup<String> member;
        private final RadioButtonGroup<String> threema;
        private final RadioButtonGroup<String> plans;

        Questions(GlobeMembershipSection.Authority authority) {
            member = radio(authority.key() + "-member", GlobeTexts.MEMBER, GlobeTexts.YES_NO);
            threema = radio(authority.key() + "-threema", GlobeTexts.THREEMA, GlobeTexts.YES_NO);
            plans = radio(authority.key() + "-plans", GlobeTexts.PLANS, GlobeTexts.PLAN_OPTIONS);
            member.addValueChangeListener(e -> showFollowUp());
            box.add(new H4(authority.name()), member, threema, plans);
            showFollowUp();
        }

        private RadioButtonGroup<String> radio(String part, Texts label, Map<String, Texts> options) {
            RadioButtonGroup<String> group = field(part, new RadioButtonGroup<>(context().text(label)));
            group.setItems(options.keySet());
            group.setItemLabelGenerator(option -> context().text(options.get(option)));
            return group;
        }

        void showFollowUp() {
            threema.setVisible("yes".equals(member.getValue()));
            plans.setVisible("no".equals(member.getValue()));
        }

        ObjectNode value() {
            ObjectNode given = GlobeMembershipSection.JSON.objectNode();
            if (member.getValue() != null) {
                given.put("member", member.getValue());
            }
            // A follow-up that no longer applies is kept (like hidden questions) but the host only counts what is shown.
            if (threema.getValue() != null) {
                given.put("threema", threema.getValue());
            }
            if (plans.getValue() != null) {
                given.put("plans", plans.getValue());
            }
            return given;
        }

        void set(JsonNode given) {
            member.setValue(text(given, "member", GlobeTexts.YES_NO));
            threema.setValue(text(given, "threema", GlobeTexts.YES_NO));
            plans.setValue(text(given, "plans", GlobeTexts.PLAN_OPTIONS));
        }

        private static String text(JsonNode given, String field, Map<String, Texts> options) {
            String value = given == null ? "" : given.path(field).asText("");
            return options.containsKey(value) ? value : null;
        }
    }
}
