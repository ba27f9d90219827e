package org.qconsole.plugins.globe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pf4j.Extension;
import org.qconsole.plugin.api.AbstractJsonInput;
import org.qconsole.plugin.api.Completion;
import org.qconsole.plugin.api.ExportColumn;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.Problem;
import org.qconsole.plugin.api.SectionContext;
import org.qconsole.plugin.api.SectionType;
import org.qconsole.plugin.api.Texts;

/**
 * GlobE Network membership, asked per authority the secretariat names in the designer: is the authority
 * a member; if yes, is it registered on the GlobE Threema channel; if not, does it plan to join.
 * Configuration: {@code {"authorities": [{"key": "fiu", "name": "Financial intelligence unit"}]}}.
 * Answer: {@code {"fiu": {"member": "yes", "threema": "no"}, "police": {"member": "no", "plans": "undecided"}}}.
 */
@Extension
public class GlobeMembershipSection implements SectionType {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The options in English (messages and exports are English). */
    static final Map<String, String> YES_NO = english(GlobeTexts.YES_NO);
    static final Map<String, String> PLANS = english(GlobeTexts.PLAN_OPTIONS);
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_-]{0,39}$");

    @Override
    public String id() {
        return "globe-membership";
    }

    @Override
    public Map<String, String> displayNames() {
        return GlobeTexts.NAME.byLanguage();
    }

    @Override
    public JsonNode defaultConfiguration() {
        ObjectNode configuration = JSON.objectNode();
        ArrayNode authorities = configuration.putArray("authorities");
        authorities.addObject().put("key", "anti-corruption").put("name", "Anti-corruption authority");
        authorities.addObject().put("key", "prosecution").put("name", "Prosecution service");
        return configuration;
    }

    @Override
    public List<Problem> checkConfiguration(JsonNode configuration) {
        List<Problem> problems = new ArrayList<>();
        List<Authority> authorities = authorities(configuration);
        if (authorities.isEmpty()) {
            problems.add(new Problem("authorities", "Name at least one authority to ask about."));
        }
        Set<String> keys = new HashSet<>();
        for (Authority authority : authorities) {
            if (!KEY.matcher(authority.key()).matches()) {
                problems.add(new Problem("authorities", "\"" + authority.key() + "\" is not a valid key (lower-case"
                        + " letters, digits, - and _, starting with a letter)."));
            } else if (!keys.add(authority.key())) {
                problems.add(new Problem("authorities", "The key \"" + authority.key() + "\" is used twice."));
            }
            if (authority.name().isBlank()) {
                problems.add(new Problem("authorities", "The authority \"" + authority.key() + "\" has no name."));
            }
        }
        return problems;
    }

    @Override
    public JsonInput configurationEditor(JsonNode configuration, SectionContext context) {
        return new AuthoritiesEditor(configuration, context);
    }

    @Override
    public JsonInput fillIn(JsonNode configuration, SectionContext context) {
        return new MembershipForm(authorities(configuration), context);
    }

    @Override
    public List<Problem> validate(JsonNode configuration, JsonNode answer) {
        List<Problem> problems = new ArrayList<>();
        if (answer == null || answer.isNull()) {
            return problems;
        }
        if (!answer.isObject()) {
            problems.add(new Problem("", "The answer cannot be read."));
            return problems;
        }
        Set<String> keys = new HashSet<>();
        authorities(configuration).forEach(a -> keys.add(a.key()));
        answer.fieldNames().forEachRemaining(key -> {
            JsonNode given = answer.get(key);
            if (!keys.contains(key)) {
                problems.add(new Problem(key, "There is no authority \"" + key + "\" in this section."));
            } else if (!oneOf(given.path("member"), YES_NO) || !oneOf(given.path("threema"), YES_NO)
                    || !oneOf(given.path("plans"), PLANS)) {
                problems.add(new Problem(key, "Choose among the options given."));
            }
        });
        return problems;
    }

    private static boolean oneOf(JsonNode value, Map<String, String> options) {
        return value.isMissingNode() || value.isNull() || options.containsKey(value.asText());
    }

    @Override
    public Completion completion(JsonNode configuration, JsonNode answer) {
        int required = 0;
        int answered = 0;
        for (Authority authority : authorities(configuration)) {
            JsonNode given = answer == null ? null : answer.get(authority.key());
            String member = given == null ? "" : given.path("member").asText("");
            required += member.isEmpty() ? 1 : 2;
            answered += member.isEmpty() ? 0 : 1;
            String followUp = "yes".equals(member) ? "threema" : "plans";
            if (!member.isEmpty() && given.hasNonNull(followUp)) {
                answered++;
            }
        }
        return new Completion(answered, required);
    }

    @Override
    public List<ExportColumn> exportColumns(JsonNode configuration) {
        List<ExportColumn> columns = new ArrayList<>();
        for (Authority authority : authorities(configuration)) {
            columns.add(new ExportColumn(authority.key() + ".member", authority.name() + ": GlobE member"));
            columns.add(new ExportColumn(authority.key() + ".threema", authority.name() + ": on Threema"));
            columns.add(new ExportColumn(authority.key() + ".plans", authority.name() + ": plans to join"));
        }
        return columns;
    }

    @Override
    public Map<String, String> exportCells(JsonNode configuration, JsonNode answer) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Authority authority : authorities(configuration)) {
            JsonNode given = answer == null ? null : answer.get(authority.key());
            if (given == null) {
                continue;
            }
            cells.put(authority.key() + ".member", YES_NO.getOrDefault(given.path("member").asText(""), ""));
            cells.put(authority.key() + ".threema", YES_NO.getOrDefault(given.path("threema").asText(""), ""));
            cells.put(authority.key() + ".plans", PLANS.getOrDefault(given.path("plans").asText(""), ""));
        }
        return cells;
    }

    /** An authority asked about. */
    record Authority(String key, String name) {
    }

    static List<Authority> authorities(JsonNode configuration) {
        List<Authority> authorities = new ArrayList<>();
        if (configuration != null) {
            configuration.path("authorities").forEach(a -> authorities.add(
                    new Authority(a.path("key").asText(""), a.path("name").asText(""))));
        }
        return authorities;
    }

    private static Map<String, String> english(Map<String, Texts> texts) {
        Map<String, String> english = new LinkedHashMap<>();
        texts.forEach((key, text) -> english.put(key, text.en()));
        return english;
    }

    /**
     * The designer lists one authority per line, {@code key: Name} (id {@code <section key>-authorities}); a
     * line without a key gets one made from the name. Keys link answers across versions: keep them when
     * renaming an authority.
     */
    private static final class AuthoritiesEditor extends AbstractJsonInput {
        private final TextArea lines;

        AuthoritiesEditor(JsonNode configuration, SectionContext context) {
            super(context);
            lines = field("authorities", new TextArea(context.text(GlobeTexts.AUTHORITIES)));
            lines.setWidthFull();
            lines.setHelperText(context.text(GlobeTexts.AUTHORITIES_HELP));
            setValue(configuration);
        }

        @Override
        public Component component() {
            return lines;
        }

        @Override
        public JsonNode value() {
            ObjectNode configuration = JSON.objectNode();
            ArrayNode authorities = configuration.putArray("authorities");
            for (String line : lines.getValue().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                String name = (colon < 0 ? line : line.substring(colon + 1)).trim();
                String key = colon < 0 ? slug(name) : line.substring(0, colon).trim();
                authorities.addObject().put("key", key).put("name", name);
            }
            return configuration;
        }

        private static String slug(String name) {
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
            return slug.length() > 40 ? slug.substring(0, 40) : slug;
        }

        @Override
        protected void show(JsonNode value) {
            StringBuilder text = new StringBuilder();
            authorities(value).forEach(a -> text.append(a.key()).append(": ").append(a.name()).append('\n'));
            lines.setValue(text.toString().trim());
        }
    }
}
