package nashra.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Second filter of the chain: drops the lines of an Arabic news page that are not the story
 * (share buttons, related-news blocks, breadcrumbs, hashtags, credits, bylines, datelines,
 * links, footers, copyright), and cuts such pieces off the ends of story lines. Every removal
 * is returned with its reason.
 *
 * <p>It is conservative: the rules look for short lines, a keyword at the start, and no
 * sentence-ending punctuation; a story paragraph is long and ends with a full stop. When in
 * doubt a line is kept, because a leftover button costs a wasted translation while a lost
 * sentence changes the story.
 */
public final class BoilerplateFilter {

    private record LineRule(String reason, Predicate<String> matches) {
    }

    /** The line rules, in the order they are asked; the first that matches names the reason. */
    private static final List<LineRule> RULES = List.of(
            new LineRule(Removed.NO_TEXT, line -> !LineShape.hasText(line)),
            new LineRule(Removed.URL, Links::isUrlLine),
            new LineRule(Removed.SHARE_BUTTONS, PageControls::isShareBar),
            new LineRule(Removed.RELATED_LINKS, Links::isRelatedHeader),
            new LineRule(Removed.BREADCRUMB, Links::isBreadcrumb),
            new LineRule(Removed.HASHTAGS, Links::isHashtagLine),
            new LineRule(Removed.TAGS, Footers::isTagLine),
            new LineRule(Removed.COPYRIGHT, Footers::isCopyright),
            new LineRule(Removed.FOOTER, Footers::isFooter),
            new LineRule(Removed.SOURCE_CREDIT, Credits::isSourceCredit),
            new LineRule(Removed.DATELINE, Credits::isDateline),
            new LineRule(Removed.BYLINE, Credits::isByline),
            new LineRule(Removed.CAPTION, Captions::isCaption));

    /** A story line this long ends the page's header zone, where section labels may stand. */
    private static final int BODY_WORDS = 8;
    /** Exact repeats are dropped only for lines this long; short lines (a poem's refrain) may repeat. */
    private static final int DUPLICATE_WORDS = 8;
    /** A trailing credit ("سيريانيوز") is this short and follows a paragraph at least this long. */
    private static final int CREDIT_WORDS = 2;
    private static final int PARAGRAPH_WORDS = 12;
    /** A trailing signature marked with a dash or star ("- فهد العلياني", "(*) أخصائية نفسية."). */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:[-–*]|\\(\\*\\))\\s*\\p{L}");
    private static final int SIGNATURE_WORDS = 5;

    /** The reason a single line is boilerplate on its own, or null; blocks and position aside. */
    public static String reasonFor(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return null;
        }
        for (LineRule rule : RULES) {
            if (rule.matches().test(s)) {
                return rule.reason();
            }
        }
        return null;
    }

    /** Filters the lines of one page (normalised, one paragraph a line; blank lines are ignored). */
    public Filtered filter(List<String> lines) {
        List<String> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int last = lastNonBlank(lines);
        String block = null;
        boolean header = true;
        int trailingCreditAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String original = lines.get(i).strip();
            String opened = blockOpenedBy(original);
            if (opened != null) {
                // A block header: it goes, and the link-like lines below it go with it.
                removed.add(new Removed(original, opened));
                block = opened;
                continue;
            }
            String line = Fragments.trim(original, i == last, removed);
            if (line.isEmpty()) {
                continue;
            }
            String reason = reasonInPlace(line, block, header);
            if (reason == null && LineShape.words(line) >= DUPLICATE_WORDS && !seen.add(line)) {
                reason = Removed.DUPLICATE;
            }
            if (reason != null) {
                removed.add(new Removed(line, reason));
                continue;
            }
            block = null;
            header &= LineShape.words(line) < BODY_WORDS;
            trailingCreditAt = isTrailingCredit(line, kept) ? removed.size() : -1;
            kept.add(line);
        }
        if (trailingCreditAt >= 0) {
            // The page's last story line is a bare name after a full paragraph: the outlet's credit.
            removed.add(trailingCreditAt, new Removed(kept.remove(kept.size() - 1), Removed.SOURCE_CREDIT));
        }
        return new Filtered(kept, removed);
    }

    /** A line's reason given where it stands: inside a block, or in the header zone above the story. */
    private static String reasonInPlace(String line, String block, boolean header) {
        boolean linkLike = Links.isLinkLike(line);
        if (Removed.FOOTER.equals(block) && linkLike) {
            return block; // below an author-contact header every short line belongs to it (SMS codes, numbers)
        }
        String reason = reasonFor(line);
        if (reason == null && header) {
            reason = Credits.isSectionLabel(line) ? Removed.SECTION_LABEL
                    : PageControls.isSiteLabel(line) ? Removed.SITE_LABEL : null;
        }
        return reason == null && block != null && linkLike ? block : reason;
    }

    /** The reason shared by a block whose header this line is ("أخبار ذات صلة", "للتواصل مع الكاتب"), or null. */
    private static String blockOpenedBy(String line) {
        if (Footers.isContactHeader(line)) {
            return Removed.FOOTER;
        }
        return Links.isRelatedHeader(line) ? Removed.RELATED_LINKS : null;
    }

    private static boolean isTrailingCredit(String line, List<String> kept) {
        if (kept.isEmpty() || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (SIGNATURE.matcher(line).find() && LineShape.words(line) <= SIGNATURE_WORDS) {
            return true;
        }
        return LineShape.isLabel(line, CREDIT_WORDS) && LineShape.words(kept.get(kept.size() - 1)) >= PARAGRAPH_WORDS;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
