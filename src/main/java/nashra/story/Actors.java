package nashra.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nashra.text.Agencies;

/**
 * Who speaks or acts in an article, as the title and lead say it: the part of a title before its
 * colon ("وزير الصحة: ..."), the words of a title before its verb of saying ("السودان تدين ..."),
 * or the words after the lead's first verb of saying ("أدانت الحكومة الليبية ..."). Two reports of
 * one incident that name different actors, neither mentioned in the other article, are two
 * statements, however alike the rest of their wording (every condemnation of one bombing says the
 * same things). A heuristic over Arabic news style, not a parser: an article where none of these
 * patterns is found has no actors, and then nothing is concluded from them.
 */
final class Actors {

    /** Verbs of saying and acting that open a statement, folded as {@link MatchText#fold} folds them. */
    private static final Set<String> VERBS = Set.copyOf(fold(List.of(
            "أدان", "أدانت", "تدين", "يدين", "أعرب", "أعربت", "تعرب", "يعرب", "استنكر", "استنكرت", "تستنكر", "يستنكر",
            "شجب", "شجبت", "يشجب", "تشجب", "ندد", "نددت", "يندد", "تندد", "أكد", "أكدت", "يؤكد", "تؤكد", "قال", "قالت",
            "يقول", "تقول", "وصف", "وصفت", "يصف", "تصف", "حذر", "حذرت", "يحذر", "تحذر", "طالب", "طالبت", "يطالب",
            "تطالب", "رفع", "رفعت", "يرفع", "دعا", "دعت", "يدعو", "تدعو", "أعلن", "أعلنت", "يعلن", "تعلن", "عزى",
            "عزت", "يعزي", "تعزي", "نعى", "نعت", "هنأ", "يهنئ", "بعث", "بعثت", "اعتبر", "اعتبرت", "يعتبر", "تعتبر",
            "رحب", "رحبت", "يرحب", "ترحب")));

    /** Honorifics and titles that come before a name and say nothing about who it is. */
    private static final Set<String> HONORIFICS = Set.copyOf(fold(List.of(
            "معالي", "سمو", "صاحب", "السمو", "الملكي", "سماحة", "فضيلة", "الشيخ", "الدكتور", "د", "سعادة", "الأستاذ",
            "المهندس", "اللواء", "العميد", "الفريق", "بشدة", "اليوم", "أمس", "رسميا")));

    private static final int MAX_ACTOR_WORDS = 3;
    private static final int MAX_VERB_POSITION = 4;

    private Actors() {
    }

    /** The actor's content tokens (as {@link MatchText#tokens} gives them), empty when none is found. */
    static List<String> of(String title, String lead) {
        Set<String> out = new LinkedHashSet<>();
        String t = title == null ? "" : title;
        int colon = t.indexOf(':');
        if (colon > 0 && words(t.substring(0, colon)).size() <= 5) {
            out.addAll(content(words(t.substring(0, colon))));
        } else {
            List<String> w = words(t);
            for (int k = 1; k < Math.min(w.size(), MAX_VERB_POSITION + 1); k++) {
                if (VERBS.contains(MatchText.fold(w.get(k)))) {
                    out.addAll(content(w.subList(0, k)));
                    break;
                }
            }
        }
        if (out.isEmpty() && lead != null) {
            List<String> w = words(lead);
            for (int k = 0; k < Math.min(w.size(), MAX_VERB_POSITION); k++) {
                String verb = MatchText.fold(w.get(k));
                if (VERBS.contains(verb) || (verb.startsWith("و") && VERBS.contains(verb.substring(1)))) {
                    List<String> after = new ArrayList<>();
                    for (int x = k + 1; x < w.size() && after.size() < MAX_ACTOR_WORDS; x++) {
                        if (!HONORIFICS.contains(MatchText.fold(w.get(x)))) {
                            after.add(w.get(x));
                        }
                    }
                    out.addAll(content(after));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> content(List<String> words) {
        String joined = String.join(" ", words);
        if (Agencies.isAgency(joined.strip())) {
            return List.of(); // an agency reports; it is not the one who acts
        }
        List<String> out = new ArrayList<>();
        for (String token : MatchText.tokens(joined)) {
            if (token.length() > 2 && !HONORIFICS.contains(token) && !Agencies.isAgency(token)) {
                out.add(token);
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.replaceAll("[«»\"“”()\\[\\]،,.؛!؟?…-]", " ").trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> fold(List<String> words) {
        return words.stream().map(MatchText::fold).toList();
    }
}
