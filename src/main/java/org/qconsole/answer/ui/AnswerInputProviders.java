package org.qconsole.answer.ui;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/** The fields of kinds from {@link AnswerInputProvider}s. */
final class AnswerInputProviders {

    private static final Map<Class<?>, AnswerInputProvider> PROVIDERS = ServiceLoader
            .load(AnswerInputProvider.class, AnswerInputProviders.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .collect(Collectors.toUnmodifiableMap(AnswerInputProvider::specType, Function.identity()));

    private AnswerInputProviders() {
    }

    static AnswerField create(String id, AnswerSpec.Custom spec, Language language, Runnable onChange) {
        AnswerInputProvider provider = PROVIDERS.get(spec.getClass());
        if (provider == null) {
            throw new IllegalStateException("No answer input provider for " + spec.getClass().getName());
        }
        return provider.create(id, spec, language, onChange);
    }
}
