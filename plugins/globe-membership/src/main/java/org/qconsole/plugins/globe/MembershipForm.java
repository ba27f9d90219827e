package org.qconsole.plugins.globe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qconsole.plugin.api.JsonInput;

/** Per authority: member? then, depending on the answer, Threema registration or plans to join. */
final class MembershipForm implements JsonInput {

    private final Div box = new Div();
    private final Map<String, Questions> questions = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean setting;

    MembershipForm(List<GlobeMembershipSection.Authority> authorities) {
        box.addClassName("globe-membership");
        for (GlobeMembershipSection.Authority authority : authorities) {
            Questions q = new Questions(authority);
            questions.put(authority.key(), q);
            box.add(q.box);
        }
    }

    private void changed() {
        questions.values().forEach(Questions::showFollowUp);
        if (!setting) {
            listeners.forEach(Runnable::run);
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
    public void setValue(JsonNode value) {
        setting = true;
        try {
            questions.forEach((key, q) -> q.set(value == null ? null : value.get(key)));
        } finally {
            setting = false;
        }
        questions.values().forEach(Questions::showFollowUp);
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        questions.values().forEach(q -> q.setReadOnly(readOnly));
    }

    /** The questions about one authority. */
    private final class Questions {
        private final Div box = new Div();
        private final RadioButtonGroup<String> member = radio("Is it a member of the GlobE Network?",
                GlobeMembershipSection.YES_NO);
        private final RadioButtonGroup<String> threema = radio("If yes, is it registered on the GlobE Threema channel?",
                GlobeMembershipSection.YES_NO);
        private final RadioButtonGroup<String> plans = radio("If not, does it plan to join?",
                GlobeMembershipSection.PLANS);

        Questions(GlobeMembershipSection.Authority authority) {
            member.setId("globe-" + authority.key() + "-member");
            threema.setId("globe-" + authority.key() + "-threema");
            plans.setId("globe-" + authority.key() + "-plans");
            box.add(new H4(authority.name()), member, threema, plans);
            showFollowUp();
        }

        private RadioButtonGroup<String> radio(String label, Map<String, String> options) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
            group.setItems(options.keySet());
            group.setItemLabelGenerator(options::get);
            group.addValueChangeListener(e -> changed());
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
            member.setValue(text(given, "member", GlobeMembershipSection.YES_NO));
            threema.setValue(text(given, "threema", GlobeMembershipSection.YES_NO));
            plans.setValue(text(given, "plans", GlobeMembershipSection.PLANS));
        }

        private static String text(JsonNode given, String field, Map<String, String> options) {
            String value = given == null ? "" : given.path(field).asText("");
            return options.containsKey(value) ? value : null;
        }

        void setReadOnly(boolean readOnly) {
            member.setReadOnly(readOnly);
            threema.setReadOnly(readOnly);
            plans.setReadOnly(readOnly);
        }
    }
}
