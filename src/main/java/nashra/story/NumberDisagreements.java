package nashra.story;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nashra.digest.ArticleDigest;
import nashra.digest.SentencePair;
import nashra.digest.StoryDigest;
import nashra.translate.check.ArabicNumbers;
import nashra.translate.check.NumberMention;

/**
 * Finds statements that the members of a story make with different numbers or dates: "the meeting
 * will be held in Cairo" on Sunday (which, for an article of Friday 20 November, is the 22nd), on
 * 22 November and on 24 November. Works on the Arabic, so a translation error cannot make or hide
 * a disagreement.
 *
 * <p>Each clause (sentences are cut at commas and semicolons; what precedes أن or إن, the speaker,
 * is dropped) with a date or a number gives a statement: its content words without the numbers,
 * and its value. Statements of different articles whose words mostly agree (Jaccard at least
 * {@link #SAME_STATEMENT}) are the same statement; when they give different values, the outlets
 * disagree.
 */
final class NumberDisagreements {

    /**
     * Content-word Jaccard at which two clauses state the same thing; high, because "Egypt will
     * give aid worth 120 million" and "Jordan will give aid worth 75 million" share four words in
     * six and are two facts.
     */
    static final double SAME_STATEMENT = 0.8;

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[،,؛;:]");
    private static final Pattern SPEAKER = Pattern.compile("^.*?(?:^|\\s)(?:[وف]?[بل]?[أا]ن|إن)\\s");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s+([\\p{IsArabic}&&\\p{L}]+)");
    private static final Pattern WEEKDAY = Pattern.compile("يوم\\s+(ال\\p{L}+)");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("الاحد", DayOfWeek.SUNDAY,
            "الاثنين", DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY, "الاربعاء", DayOfWeek.WEDNESDAY,
            "الخميس", DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY, "السبت", DayOfWeek.SATURDAY);

    /** One clause with a value. */
    private record Statement(Set<String> words, String kind, String value, String display, SentencePair sentence,
            ArticleDigest article) {
    }

    private NumberDisagreements() {
    }

    static List<StoryDigest.Disagreement> find(List<ArticleDigest> members) {
        if (members.size() < 2) {
            return List.of();
        }
        // A member without a date is taken to be of the night of the others (the latest of them), so
        // that its "Monday" can be compared with their dates.
        LocalDate night = members.stream().map(d -> Stories.date(d.published())).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(null);
        List<Statement> statements = new ArrayList<>();
        for (ArticleDigest d : members) {
            LocalDate own = Stories.date(d.published());
            LocalDate published = own != null ? own : night;
            for (SentencePair s : d.sentences()) {
                for (String clause : CLAUSE_BREAK.split(ArabicNumbers.digitsToAscii(s.ar()))) {
                    statement(clause, published, s, d, statements);
                }
            }
        }
        // Group the same statement across articles, then keep groups with several values.
        List<List<Statement>> groups = new ArrayList<>();
        for (Statement st : statements) {
            List<Statement> home = null;
            for (List<Statement> g : groups) {
                Statement first = g.get(0);
                if (first.kind().equals(st.kind()) && StorySummary.jaccard(first.words(), st.words()) >= SAME_STATEMENT) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(home = new ArrayList<>());
            }
            home.add(st);
        }
        List<StoryDigest.Disagreement> out = new ArrayList<>();
        for (List<Statement> g : groups) {
            Map<String, List<Statement>> byValue = new LinkedHashMap<>();
            for (Statement st : g) {
                byValue.computeIfAbsent(st.value(), k -> new ArrayList<>()).add(st);
            }
            Set<String> articles = new HashSet<>();
            g.forEach(st -> articles.add(st.article().id()));
            if (byValue.size() < 2 || articles.size() < 2) {
                continue;
            }
            List<StoryDigest.Reading> readings = byValue.values().stream()
                    .sorted((a, b) -> Long.compare(ids(b).size(), ids(a).size()))
                    .map(list -> new StoryDigest.Reading(list.get(0).display(), list.get(0).sentence().ar(),
                            list.get(0).sentence().en(), List.copyOf(ids(list)), List.copyOf(outlets(list))))
                    .toList();
            out.add(new StoryDigest.Disagreement(g.get(0).kind(), readings));
        }
        return out;
    }

    /** Up to two statements of a clause: its date (or weekday) and its other numbers, with the same words. */
    private static void statement(String clause, LocalDate published, SentencePair s, ArticleDigest d,
            List<Statement> out) {
        String said = SPEAKER.matcher(clause).replaceFirst("");
        String[] date = null; // kind, value, display
        String rest = said;
        Matcher dm = DAY_MONTH.matcher(said);
        while (dm.find()) {
            Integer month = ArabicNumbers.month(dm.group(2));
            int day = Integer.parseInt(dm.group(1));
            if (month != null && day >= 1 && day <= 31) {
                date = new String[] {"date", String.format(Locale.ROOT, "%02d-%02d", month, day),
                    day + " " + monthName(month)};
                rest = rest.replace(dm.group(), " ");
                break;
            }
        }
        if (date == null) {
            Matcher wm = WEEKDAY.matcher(said);
            if (wm.find()) {
                DayOfWeek weekday = WEEKDAYS.get(ArabicNumbers.fold(wm.group(1)));
                if (weekday != null) {
                    rest = rest.replace(wm.group(), " ");
                    LocalDate when = published == null ? null : nearest(published, weekday);
                    String name = weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                    date = when == null ? new String[] {"weekday", weekday.name(), name}
                        : new String[] {"date", String.format(Locale.ROOT, "%02d-%02d", when.getMonthValue(),
                                when.getDayOfMonth()), name + " (" + when.getDayOfMonth() + " " + monthName(when.getMonthValue()) + ")"};
                }
            }
        }
        TreeSet<Double> numbers = new TreeSet<>();
        for (NumberMention n : ArabicNumbers.extract(rest)) {
            if (n.kind() == NumberMention.Kind.VALUE) {
                numbers.add(n.value());
            }
        }
        Set<String> words = new LinkedHashSet<>();
        for (String token : MatchText.tokens(rest)) {
            if (!token.chars().anyMatch(Character::isDigit) && !ArabicNumbers.isNumberWord(token)
                    && ArabicNumbers.month(token) == null) {
                words.add(token);
            }
        }
        if (words.size() < 2) {
            return;
        }
        if (date != null) {
            out.add(new Statement(words, date[0], date[1], date[2], s, d));
        }
        if (!numbers.isEmpty()) {
            List<String> shown = numbers.stream().map(v -> v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString())
                    .toList();
            out.add(new Statement(words, "number", String.join(" ", shown), String.join(", ", shown), s, d));
        }
    }

    /** The date with that weekday nearest the article's date; a tie goes to the later one (news looks ahead). */
    static LocalDate nearest(LocalDate published, DayOfWeek weekday) {
        LocalDate after = published;
        while (after.getDayOfWeek() != weekday) {
            after = after.plusDays(1);
        }
        LocalDate before = after.minusDays(7);
        return ChronoUnit.DAYS.between(published, after) <= ChronoUnit.DAYS.between(before, published) ? after : before;
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    private static Set<String> ids(List<Statement> list) {
        Set<String> ids = new LinkedHashSet<>();
        list.forEach(st -> ids.add(st.article().id()));
        return ids;
    }

    private static Set<String> outlets(List<Statement> list) {
        Set<String> names = new LinkedHashSet<>();
        list.forEach(st -> {
            if (st.article().source() != null && !st.article().source().isEmpty()) {
                names.add(st.article().source());
            }
        });
        return names;
    }
}
