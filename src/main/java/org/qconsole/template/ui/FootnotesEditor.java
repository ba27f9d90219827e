package org.qconsole.template.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.qconsole.model.Footnote;
import org.qconsole.model.Language;

/**
 * Footnotes as lines of text, {@code marker | text}, e.g.
 * {@code 4 | The list of GlobE Members: <a href="https://...">membership</a>}. The English text is
 * edited here; a footnote that keeps its marker keeps its other languages.
 */
class FootnotesEditor extends TextArea {

    private List<Footnote> value = List.of();

    FootnotesEditor(String id) {
        setLabel(getTranslation("template.field.footnotes"));
        setId(id);
        setWidthFull();
        setHelperText(getTranslation("template.field.footnotesHelp"));
        setValueChangeMode(ValueChangeMode.LAZY);
    }

    void setFootnotes(List<Footnote> footnotes) {
        value = List.copyOf(footnotes);
        setValue(footnotes.stream().map(f -> f.marker() + " | " + f.text().english()).collect(Collectors.joining("\n")));
        setInvalid(false);
    }

    List<Footnote> footnotes() {
        return value;
    }

    /** Calls back with the footnotes after each user edit that parses; shows the problem otherwise. */
    void addEditListener(Consumer<List<Footnote>> listener) {
        addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            List<String> errors = new ArrayList<>();
            List<Footnote> parsed = parse(e.getValue(), errors);
            setInvalid(!errors.isEmpty());
            setErrorMessage(String.join("; ", errors));
            if (errors.isEmpty()) {
                value = parsed;
                listener.accept(parsed);
            }
        });
    }

    private List<Footnote> parse(String text, List<String> errors) {
        Map<String, Footnote> before = value.stream().collect(Collectors.toMap(Footnote::marker, f -> f, (a, b) -> a));
        List<Footnote> footnotes = new ArrayList<>();
        Set<String> markers = new HashSet<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar < 1) {
                errors.add(getTranslation("template.footnotes.noMarker", i + 1));
                continue;
            }
            String marker = line.substring(0, bar).strip();
            if (!markers.add(marker)) {
                errors.add(getTranslation("template.footnotes.twice", i + 1, marker));
                continue;
            }
            var previous = before.get(marker);
            var english = line.substring(bar + 1).strip();
            footnotes.add(new Footnote(marker, previous == null
                    ? org.qconsole.model.LocalizedText.en(english)
                    : previous.text().with(Language.EN, english)));
        }
        return footnotes;
    }
}
