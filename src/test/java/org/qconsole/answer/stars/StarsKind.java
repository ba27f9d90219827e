package org.qconsole.answer.stars;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKindProvider;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.common.Worded;

/** What a {@link Stars} answer means: a whole number from 1 to the maximum, read as "4 of 5 stars". */
public record StarsKind(Stars spec) implements AnswerKind {

    @Override
    public Optional<String> problem(JsonNode value) {
        return value.canConvertToInt() && value.isIntegralNumber() && value.intValue() >= 1
                && value.intValue() <= spec.max() ? Optional.empty()
                : Optional.of("Give 1 to " + spec.max() + " stars.");
    }

    @Override
    public String text(JsonNode value, Language language) {
        return value.asText() + " of " + spec.max() + " stars";
    }

    @Override
    public String blankHtml(Language language) {
        return "☆".repeat(spec.max());
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        if (spec.max() < 2 || spec.max() > 10) {
            String problem = "has " + spec.max() + " stars; use 2 to 10"; // a kind of its own speaks its own words
            problems.accept(language -> problem);
        }
    }

    /** Registers the kind (listed in META-INF/services/org.qconsole.answer.AnswerKindProvider). */
    public static final class Provider implements AnswerKindProvider {
        @Override
        public String jsonName() {
            return "stars";
        }

        @Override
        public Class<? extends AnswerSpec.Custom> specType() {
            return Stars.class;
        }

        @Override
        public AnswerKind kind(AnswerSpec.Custom spec) {
            return new StarsKind((Stars) spec);
        }
    }
}
