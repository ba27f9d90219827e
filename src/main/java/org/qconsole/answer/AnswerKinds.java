package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * Finds the {@link AnswerKind} of a question's answer settings. The console's own kinds are listed once,
 * in {@link #BUILT_IN}, a visitor over the sealed {@link AnswerSpec}: a new kind that is not handled here
 * does not compile. Kinds defined elsewhere come from {@link AnswerKindProvider}s.
 */
public final class AnswerKinds {

    private static final AnswerSpec.Visitor<AnswerKind> BUILT_IN = new AnswerSpec.Visitor<>() {
        @Override
        public AnswerKind yesNo(AnswerSpec.YesNo spec) {
            return new YesNoKind(spec);
        }

        @Override
        public AnswerKind singleChoice(AnswerSpec.SingleChoice spec) {
            return new SingleChoiceKind(spec);
        }

        @Override
        public AnswerKind multipleChoice(AnswerSpec.MultipleChoice spec) {
            return new MultipleChoiceKind(spec);
        }

        @Override
        public AnswerKind shortText(AnswerSpec.ShortText spec) {
            return TextKind.shortText(spec);
        }

        @Override
        public AnswerKind longText(AnswerSpec.LongText spec) {
            return TextKind.longText(spec);
        }

        @Override
        public AnswerKind number(AnswerSpec.NumberAnswer spec) {
            return new NumberKind(spec);
        }

        @Override
        public AnswerKind date(AnswerSpec.DateAnswer spec) {
            return new DateKind(spec);
        }

        @Override
        public AnswerKind grid(AnswerSpec.Grid spec) {
            return new GridKind(spec);
        }

        @Override
        public AnswerKind table(AnswerSpec.Table spec) {
            return new TableKind(spec);
        }

        @Override
        public AnswerKind documents(AnswerSpec.Documents spec) {
            return new DocumentsKind(spec);
        }

        @Override
        public AnswerKind links(AnswerSpec.Links spec) {
            return new LinksKind(spec);
        }

        @Override
        public AnswerKind repeatingGroup(AnswerSpec.RepeatingGroup spec) {
            return new RepeatingGroupKind(spec);
        }

        @Override
        public AnswerKind custom(AnswerSpec.Custom spec) {
            AnswerKindProvider provider = PROVIDERS.get(spec.getClass());
            if (provider == null) {
                throw new IllegalStateException("No answer kind provider for " + spec.getClass().getName());
            }
            return provider.kind(spec);
        }
    };

    private static final Map<Class<?>, AnswerKindProvider> PROVIDERS = ServiceLoader
            .load(AnswerKindProvider.class, AnswerKinds.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .collect(Collectors.toUnmodifiableMap(AnswerKindProvider::specType, Function.identity()));

    private AnswerKinds() {
    }

    /** The kind of these settings. */
    public static AnswerKind of(AnswerSpec spec) {
        return spec.accept(BUILT_IN);
    }

    /** Whether a value is no answer at all: absent, {@code null} or JSON null. */
    public static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    /** The problem with a value for these settings, in English; empty when it fits or is empty. */
    public static Optional<String> problem(AnswerSpec spec, JsonNode value) {
        return isEmpty(value) ? Optional.empty() : of(spec).problem(value);
    }

    /** The problem with a value, in words in this language; empty when it fits or is empty. */
    public static Optional<String> problem(AnswerSpec spec, JsonNode value, Language language) {
        return isEmpty(value) ? Optional.empty() : of(spec).problem(value, language);
    }

    /** Whether the value counts as an answer to a question with these settings. */
    public static boolean isAnswered(AnswerSpec spec, JsonNode value) {
        return !isEmpty(value) && of(spec).isAnswered(value);
    }

    /** The value in words; empty for no answer. */
    public static String text(AnswerSpec spec, JsonNode value, Language language) {
        return isEmpty(value) ? "" : of(spec).text(value, language);
    }

    /** The JSON names of kinds from providers, for the template format's reader. */
    public static List<NamedType> customJsonTypes() {
        return PROVIDERS.values().stream().map(p -> new NamedType(p.specType(), p.jsonName())).toList();
    }
}
