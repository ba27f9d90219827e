package org.qconsole.common;

import java.util.List;
import java.util.stream.Collectors;
import org.qconsole.model.Language;

/** Parts listed one after the other with the separator of the language (a key: ", " or "、"). */
public record Listed(String separatorKey, List<?> parts) implements Worded {

    public Listed {
        parts = List.copyOf(parts);
    }

    @Override
    public String in(Language language) {
        return parts.stream().map(part -> part instanceof Worded worded ? worded.in(language) : String.valueOf(part))
                .collect(Collectors.joining(Messages.text(language, separatorKey)));
    }
}
