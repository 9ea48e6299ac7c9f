package nashra.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;

import nashra.digest.ArticleDigest;
import nashra.digest.DigestFiles;
import nashra.digest.Bilingual;
import nashra.digest.Published;
import nashra.digest.SentencePair;
import nashra.digest.StoryDigest;
import nashra.outlet.Outlet;

/**
 * Builds a story from its members' digests, de-duplicated across outlets: a summary sentence that
 * four outlets carry (copied from one wire story, perhaps lightly edited) appears once and cites
 * all four, and the sentences most outlets carry come first.
 */
public final class StorySummary {

    public static final int DEFAULT_LENGTH = 5;
    /** English words in a story's summary at most (0: no budget): a card of four or five sentences. */
    public static final int DEFAULT_WORDS = 100;
    /** Shingle Jaccard (of folded word 2-grams) at or above which two sentences count as one. */
    public static final double DEFAULT_SAME = 0.5;

    /**
     * Content-word Jaccard at or above which two sentences count as one whatever their word order;
     * high enough that a changed place or number (one word in six) keeps them apart.
     */
    static final double SAME_WORDS = 0.8;
    /** Content-word Jaccard below which two sentences are never one, however much wording they share. */
    static final double MIN_SHARED_WORDS = 0.6;

    private final int length;
    private final double same;
    private final int words;

    public StorySummary() {
        this(DEFAULT_LENGTH, DEFAULT_SAME, DEFAULT_WORDS);
    }

    public StorySummary(int length, double same) {
        this(length, same, DEFAULT_WORDS);
    }

    /**
     * @param words English words in the summary at most, 0 for no budget: a sentence that does not
     *     fit is skipped for a later one that does, never cut; the first sentence is kept whatever its
     *     length, so a story always says something
     */
    public StorySummary(int length, double same, int words) {
        this.length = length;
        this.same = same;
        this.words = words;
    }

    /** A sentence being merged: the first text seen, who carries it, and its best position. */
    private static final class Merged {
        final SentencePair first;
        final Set<Long> shingles;
        final Set<String> words;
        final Set<String> ids = new LinkedHashSet<>();
        final Map<String, Integer> indices = new HashMap<>();
        final Set<String> sources = new LinkedHashSet<>();
        int position;
        final int order;

        Merged(SentencePair first, Set<Long> shingles, Set<String> words, int position, int order) {
            this.first = first;
            this.shingles = shingles;
            this.words = words;
            this.position = position;
            this.order = order;
        }
    }

    /**
     * The story of these members (at least one), in the order given; its digest links to the
     * members' digests as {@code ../articles/<id>} (story files live in a folder beside them).
     */
    public StoryDigest build(List<ArticleDigest> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one member");
        }
        List<StoryDigest.Source> sources = members.stream()
                .map(d -> new StoryDigest.Source(nullToEmpty(d.source()), nullToEmpty(d.url()), d.id(), d.title(),
                        nullToEmpty(d.published()), "../articles/" + DigestFiles.name(d.id()), d.outletOrSource()))
                .toList();
        // The latest publication, by its instant where a zone is given, with the time kept.
        String latest = members.stream().map(d -> nullToEmpty(d.published())).filter(p -> Stories.date(p) != null)
                .max(Comparator.comparingLong(Published::sortKey)).orElse("");
        int outlets = (int) members.stream().map(ArticleDigest::outletOrSource).filter(Outlet::named)
                .map(Outlet::id).distinct().count();
        return new StoryDigest(StoryDigest.SCHEMA, idOf(members.stream().map(ArticleDigest::id).toList()),
                headline(members), latest, outlets, sources, sentences(members), members.get(0).model(),
                NumberDisagreements.find(members));
    }

    /**
     * Stable story id: the first 16 hex digits of SHA-256 over the sorted member ids, so the same
     * members give the same id whatever order they came in.
     */
    public static String idOf(List<String> memberIds) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", new TreeSet<>(memberIds)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The merged summary sentences, most outlets first, then earliest position in a member summary. */
    public List<StoryDigest.Sentence> sentences(List<ArticleDigest> members) {
        List<Merged> merged = new ArrayList<>();
        for (ArticleDigest d : members) {
            List<SentencePair> picked = d.summarySentences();
            for (int p = 0; p < picked.size(); p++) {
                SentencePair s = picked.get(p);
                List<String> tokens = MatchText.tokens(s.ar());
                // Word 2-grams: sentences are short, and 3-grams would make one changed word cost too much.
                Set<Long> sh = toSet(MinHash.shingles(tokens, 2));
                Set<String> words = new HashSet<>(tokens);
                Merged home = null;
                double best = 0;
                for (Merged m : merged) {
                    // Same wording, or the same words in another order ("A met B" / "B met A"); shared
                    // wording alone is not enough when other words (a place, a day) replace a third.
                    double w = jaccard(words, m.words);
                    double j = w >= SAME_WORDS ? 1 : w >= MIN_SHARED_WORDS ? jaccard(sh, m.shingles) : 0;
                    if (j >= same && j > best) {
                        best = j;
                        home = m;
                    }
                }
                if (home == null) {
                    home = new Merged(s, sh, words, p, merged.size());
                    merged.add(home);
                }
                home.position = Math.min(home.position, p);
                home.ids.add(d.id());
                home.indices.putIfAbsent(d.id(), s.index());
                if (d.source() != null && !d.source().isEmpty()) {
                    home.sources.add(d.source());
                }
            }
        }
        return merged.stream()
                .sorted(Comparator.<Merged>comparingInt(m -> -Math.max(m.sources.size(), m.ids.size()))
                        .thenComparingInt(m -> m.position)
                        .thenComparingInt(m -> m.order))
                .filter(withinBudget())
                .limit(length)
                .map(m -> new StoryDigest.Sentence(m.first.ar(), m.first.en(), m.first.flags(), List.copyOf(m.ids),
                        List.copyOf(m.sources), m.first.notes(), m.ids.stream().map(m.indices::get).toList()))
                .toList();
    }

    /** Keeps sentences, in the order offered, while their English fits in the word budget. */
    private java.util.function.Predicate<Merged> withinBudget() {
        int[] used = {0};
        boolean[] any = {false};
        return m -> {
            int n = nashra.summarize.Words.count(m.first.en());
            if (words > 0 && any[0] && used[0] + n > words) {
                return false;
            }
            used[0] += n;
            any[0] = true;
            return true;
        };
    }

    /** Title of the member with the highest mean shingle Jaccard to the others (first on ties). */
    public static Bilingual headline(List<ArticleDigest> members) {
        List<Set<Long>> texts = members.stream().map(StorySummary::articleShingles).toList();
        int best = 0;
        double bestMean = -1;
        for (int i = 0; i < members.size(); i++) {
            double sum = 0;
            for (int j = 0; j < members.size(); j++) {
                if (i != j) {
                    sum += jaccard(texts.get(i), texts.get(j));
                }
            }
            double mean = members.size() == 1 ? 0 : sum / (members.size() - 1);
            if (mean > bestMean) {
                bestMean = mean;
                best = i;
            }
        }
        return members.get(best).title();
    }

    private static Set<Long> articleShingles(ArticleDigest d) {
        StringBuilder text = new StringBuilder(d.title() == null ? "" : nullToEmpty(d.title().ar()));
        for (SentencePair s : d.sentences()) {
            text.append(' ').append(s.ar());
        }
        return toSet(MinHash.shingles(MatchText.tokens(text.toString()), 3));
    }

    private static Set<Long> toSet(long[] values) {
        Set<Long> set = new HashSet<>();
        for (long v : values) {
            set.add(v);
        }
        return set;
    }

    static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<T> small = a.size() <= b.size() ? a : b;
        Set<T> large = small == a ? b : a;
        int shared = 0;
        for (T x : small) {
            if (large.contains(x)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
