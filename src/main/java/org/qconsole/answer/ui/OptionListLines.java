package org.qconsole.answer.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qconsole.answer.Settings;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.OptionList;

/**
 * The designer's text form of a version's shared option lists: a line {@code key:} starts a list, the lines
 * under it are its options as in {@link OptionLines} ({@code value = Label}), e.g.
 * <pre>
 * sectors:
 * agri = Agriculture
 * fish = Fisheries
 * </pre>
 * An option that keeps its value keeps its other languages, its box and whether it is chosen alone.
 */
final class OptionListLines {

    private OptionListLines() {
    }

    static String format(List<OptionList> lists) {
        return lists.stream().map(l -> l.key() + ":\n" + OptionLines.formatOptions(l.options()))
                .collect(Collectors.joining("\n\n"));
    }

    /** The lists, or the problems each naming its line; a list still in use may not disappear. */
    static OptionLines.Parsed<OptionList> parse(String text, List<OptionList> previous, Set<String> inUse) {
        List<String> errors = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.endsWith(":") && line.indexOf('=') < 0) {
                blocks.add(header(i + 1, line.substring(0, line.length() - 1).strip(), blocks, errors));
            } else if (blocks.isEmpty()) {
                errors.add(DesignerWords.translate("answer.lists.startWithKey", i + 1));
            } else {
                OptionLines.Entry entry = OptionLines.entry(i + 1, line, DesignerWords.translate("answer.lines.value"),
                        OptionLines::optionValueProblem, errors);
                if (entry != null) {
                    blocks.get(blocks.size() - 1).entries().add(entry);
                }
            }
        }
        for (Block block : blocks) {
            OptionLines.checkUnique(block.entries(), DesignerWords.translate("answer.lines.value"), errors);
            if (block.entries().isEmpty()) {
                errors.add(DesignerWords.translate("answer.lists.empty", block.line(), block.key()));
            }
        }
        Set<String> kept = blocks.stream().map(Block::key).collect(Collectors.toSet());
        inUse.stream().filter(key -> !kept.contains(key)).sorted()
                .forEach(key -> errors.add(DesignerWords.translate("answer.lists.inUse", key)));
        if (!errors.isEmpty()) {
            return new OptionLines.Parsed<>(List.of(), errors);
        }
        Map<String, List<Option>> before = new HashMap<>();
        (previous == null ? List.<OptionList>of() : previous).forEach(l -> before.put(l.key(), l.options()));
        return new OptionLines.Parsed<>(blocks.stream().map(b -> b.list(before.getOrDefault(b.key(), List.of())))
                .toList(), List.of());
    }

    private static Block header(int line, String key, List<Block> blocks, List<String> errors) {
        if (!Settings.KEY.matcher(key).matches()) {
            errors.add(DesignerWords.translate("answer.lists.invalidKey", line, key));
        } else if (blocks.stream().anyMatch(b -> b.key().equals(key))) {
            errors.add(DesignerWords.translate("answer.lists.twice", line, key));
        }
        return new Block(line, key, new ArrayList<>());
    }

    /** One list as written: its header's line, its key and its option lines. */
    private record Block(int line, String key, List<OptionLines.Entry> entries) {
        OptionList list(List<Option> previous) {
            Map<String, Option> byValue = new HashMap<>();
            previous.forEach(o -> byValue.put(o.value(), o));
            return new OptionList(key, entries.stream().map(e -> {
                Option old = byValue.get(e.value());
                Option option = new Option(e.value(), OptionLines.label(old == null ? null : old.label(), e.label()));
                return old == null ? option : option.withExclusive(old.exclusive()).withSpecify(old.specify());
            }).toList());
        }
    }
}
