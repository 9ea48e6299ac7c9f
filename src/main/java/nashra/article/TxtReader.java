package nashra.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nashra.text.ArabicDates;
import nashra.text.ArabicNormalizer;
import nashra.text.ArabicTimes;
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
    private static final Pattern WEB_LINK = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
    /** Words that make a lone hashtag an outlet's name: centre, agency, newspaper, network, site. */
    private static final Pattern OUTLET_WORD = Pattern.compile("(?:^|_)(?:المركز|مركز|وكالة|صحيفة|جريدة|شبكة|موقع|قناة)(?:_|$)");
    private static final Pattern IMAGE = Pattern.compile("\\.(?:jpe?g|png|gif|webp)(?:\\?|$)", Pattern.CASE_INSENSITIVE);

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
        LocalDate published = published(page);
        return new Article(ArticleIds.of(source, title, lines), source, link(page).orElse(null), title, lines,
                published, origin, published == null ? null : time(page).orElse(null), null);
    }

    /**
     * The original's address from a footer or link line the filter removed ("رابط الخبر: https://…");
     * a labelled link first, then a bare one. Picture links are not the article.
     */
    static Optional<String> link(Filtered page) {
        Optional<String> labelled = Optional.empty();
        Optional<String> bare = Optional.empty();
        for (Removed removed : page.removed()) {
            if (!removed.reason().equals(Removed.URL) && !removed.reason().equals(Removed.FOOTER)) {
                continue;
            }
            Matcher m = WEB_LINK.matcher(removed.line());
            if (!m.find() || IMAGE.matcher(m.group()).find()) {
                continue;
            }
            String url = m.group().replaceAll("[)\\]>»\"'.,،]+$", "");
            String line = removed.line().strip();
            if (labelled.isEmpty() && (line.startsWith("رابط") || line.startsWith("الرابط"))) {
                labelled = Optional.of(url);
            } else if (bare.isEmpty()) {
                bare = Optional.of(url);
            }
        }
        Optional<String> fallback = bare;
        return labelled.or(() -> fallback);
    }

    private static Optional<String> time(Filtered page) {
        return page.removed().stream()
                .filter(r -> r.reason().equals(Removed.DATELINE))
                .map(r -> ArabicTimes.fromDateline(r.line()))
                .flatMap(Optional::stream)
                .findFirst();
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
        // The line that is the title, before any line that only contains it: a breadcrumb above
        // the headline often ends with the headline ("الرئيسية / دولي / موسكو وواشنطن ...").
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(title)) {
                return i;
            }
        }
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
                .or(() -> hashtagCredit(page))
                .or(() -> page.removed().stream()
                        .filter(r -> r.reason().equals(Removed.SITE_LABEL))
                        .map(Removed::line)
                        .findFirst());
    }

    /**
     * A credit written as one hashtag on the page's last line, "#المركز_الصحفي_السوري+مواقع"
     * (the Syrian Press Center, and websites): the outlet, not a topic tag.
     */
    private static Optional<String> hashtagCredit(Filtered page) {
        if (page.removed().isEmpty()) {
            return Optional.empty();
        }
        Removed last = page.removed().get(page.removed().size() - 1);
        String line = last.line().strip();
        if (!last.reason().equals(Removed.HASHTAGS) || line.contains(" ") || !line.startsWith("#")) {
            return Optional.empty();
        }
        String name = line.substring(1);
        int plus = name.indexOf('+');
        if (plus < 0 && !OUTLET_WORD.matcher(name).find()) {
            return Optional.empty(); // "#حلب" alone is a topic, not a credit
        }
        name = (plus < 0 ? name : name.substring(0, plus)).replace('_', ' ').strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
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
