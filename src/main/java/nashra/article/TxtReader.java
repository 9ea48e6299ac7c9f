package nashra.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nashra.text.ArabicDates;
import nashra.text.ArabicNormalizer;
import nashra.text.BoilerplateFilter;
import nashra.text.Filtered;
import nashra.text.Removed;

/**
 * Reads a plain-text article: the title is the first line that is not page furniture (a
 * breadcrumb, a section name, a site label or a date above the headline are passed over) and
 * that reads as a headline (otherwise the file starts with its lead and has no title), a
 * date line gives the publication date, and a credit ("المصدر: ...", a bare outlet name at the
 * end), a dateline ("القاهرة - (رويترز) -") or a site label above the headline gives the source.
 *
 * <p>Every line but the title stays in the body, boilerplate included: the text chain removes
 * it later and reports what it removed, so nothing disappears here unseen.
 */
final class TxtReader {

    private static final int MAX_TITLE_WORDS = 30;

    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final BoilerplateFilter filter = new BoilerplateFilter();

    Article read(Origin origin, String text) {
        List<String> lines = new ArrayList<>(Arrays.stream(normalizer.normalize(text).split("\n"))
                .filter(line -> !line.isBlank()).toList());
        Filtered page = filter.filter(lines);
        // A title needs a story under it: a lone line is the body of a very short article.
        String title = page.kept().size() < 2 || !isHeadline(page.kept().get(0)) ? "" : page.kept().get(0);
        int titleLine = title.isEmpty() ? -1 : indexOfTitle(lines, title);
        if (titleLine >= 0) {
            lines.remove(titleLine);
        }
        String source = source(page).orElse(Article.UNKNOWN_SOURCE);
        return new Article(ArticleIds.of(source, title, lines), source, null, title, lines, published(page), origin);
    }

    /**
     * Whether the first story line reads as a headline. Headlines are short and do not end with
     * a full stop; a file that starts with its lead paragraph has no title line, and that
     * paragraph must stay in the body rather than become a 60-word title.
     */
    static boolean isHeadline(String line) {
        String end = line.replaceAll("[\\s\"'”’»)\\]]+$", "");
        return line.split(" ").length <= MAX_TITLE_WORDS && !end.isEmpty() && ".:،,؛;".indexOf(end.charAt(end.length() - 1)) < 0;
    }

    /**
     * The line the title came from. The filter may have cut a piece off it (a share bar before
     * it, an image link inside it), so look for the whole title, then for its first words; -1
     * if neither is found, and the line stays in the body.
     */
    private static int indexOfTitle(List<String> lines, String title) {
        String[] words = title.split(" ");
        String opening = String.join(" ", Arrays.asList(words).subList(0, Math.min(3, words.length)));
        for (String needle : List.of(title, opening)) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Optional<String> source(Filtered page) {
        for (Removed removed : page.removed()) {
            if (removed.reason().equals(Removed.SOURCE_CREDIT)) {
                Optional<String> name = SourceNames.fromCredit(removed.line());
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return page.removed().stream()
                .filter(r -> r.reason().equals(Removed.DATELINE))
                .map(r -> SourceNames.fromDateline(r.line()))
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> page.removed().stream()
                        .filter(r -> r.reason().equals(Removed.SITE_LABEL))
                        .map(Removed::line)
                        .findFirst());
    }

    private static LocalDate published(Filtered page) {
        return page.removed().stream()
                .filter(r -> r.reason().equals(Removed.DATELINE))
                .map(r -> ArabicDates.find(r.line()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }
}
