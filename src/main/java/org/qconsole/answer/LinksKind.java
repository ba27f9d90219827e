package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.RichText;
import org.qconsole.common.Worded;
import org.qconsole.common.Phrase;

/**
 * Links to official texts, each a web address and an optional title; the value is
 * {@code [{"url": "https://...", "title": "Criminal code"}]}. Only http and https addresses are taken: a link
 * is shown to the secretariat as a link, and other schemes (javascript:, file:) must never reach it.
 */
public record LinksKind(AnswerSpec.Links spec) implements AnswerKind {

    public static final int DEFAULT_MAX_LINKS = 10;
    public static final int MAX_LINKS = 100;
    public static final int MAX_URL_LENGTH = 2_000;
    public static final int MAX_TITLE_LENGTH = 300;

    /** The most links an answer may list. */
    public int linkLimit() {
        return spec.maxLinks() == null ? DEFAULT_MAX_LINKS : spec.maxLinks();
    }

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        if (!value.isArray()) {
            return Optional.of(Messages.text(language, "answer.check.linksUnreadable"));
        }
        if (value.size() > linkLimit()) {
            return Optional.of(Messages.text(language, "answer.check.tooManyLinks", String.valueOf(linkLimit()),
                    String.valueOf(value.size())));
        }
        int number = 1;
        for (JsonNode link : value) {
            Optional<String> problem = linkProblem(link, language);
            if (problem.isPresent()) {
                return Optional.of(Messages.text(language, "answer.check.link", String.valueOf(number),
                        problem.get()));
            }
            number++;
        }
        return Optional.empty();
    }

    /** What is wrong with one link, in English; empty when it is a web address with a fitting title. */
    public static Optional<String> linkProblem(JsonNode link) {
        return linkProblem(link, Language.EN);
    }

    /** What is wrong with one link, in the respondent's language; empty when it fits. */
    public static Optional<String> linkProblem(JsonNode link, Language language) {
        if (!link.isObject() || !link.path("url").isTextual()) {
            return Optional.of(Messages.text(language, "answer.check.linkAddress"));
        }
        if (link.size() > (link.has("title") ? 2 : 1)) {
            return Optional.of(Messages.text(language, "answer.check.linkFields"));
        }
        if (link.has("title") && (!link.get("title").isTextual()
                || link.get("title").asText().length() > MAX_TITLE_LENGTH)) {
            return Optional.of(Messages.text(language, "answer.check.linkTitle", String.valueOf(MAX_TITLE_LENGTH)));
        }
        return urlProblem(link.get("url").asText(), language);
    }

    /** Why a text is not a web address the console takes, in English; empty when it is one. */
    public static Optional<String> urlProblem(String url) {
        return urlProblem(url, Language.EN);
    }

    /** Why a text is not a web address the console takes, in the respondent's language; empty when it is one. */
    public static Optional<String> urlProblem(String url, Language language) {
        String hint = Messages.text(language, "answer.check.url");
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of(Messages.text(language, "answer.check.urlLength", String.valueOf(MAX_URL_LENGTH)));
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
            return web ? Optional.empty() : Optional.of(hint);
        } catch (URISyntaxException e) {
            return Optional.of(hint);
        }
    }

    @Override
    public boolean isAnswered(JsonNode value) {
        return value.isArray() && !value.isEmpty();
    }

    /** "Criminal code (https://...); https://..." */
    @Override
    public String text(JsonNode value, Language language) {
        if (problem(value).isPresent()) {
            return Words.asStored(value);
        }
        List<String> links = new ArrayList<>();
        for (JsonNode link : value) {
            String title = link.path("title").asText("");
            String url = link.get("url").asText();
            links.add(title.isBlank() ? url : title + " (" + url + ")");
        }
        return String.join("; ", links);
    }

    @Override
    public String blankHtml(Language language) {
        return "<div class=\"note\">" + RichText.escape(Messages.text(language, "answer.print.links"))
                + "</div><div class=\"lines\"></div>";
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        if (spec.maxLinks() != null && (spec.maxLinks() < 1 || spec.maxLinks() > MAX_LINKS)) {
            problems.accept(new Phrase("answer.settings.linksCount", String.valueOf(spec.maxLinks()),
                    String.valueOf(MAX_LINKS)));
        }
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.links");
    }
}
