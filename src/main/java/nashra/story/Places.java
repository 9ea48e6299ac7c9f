package nashra.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places a title and lead name: Saudi regions and cities, and the countries and capitals the
 * night's news is about, as {@link MatchText#tokens} folds them. Two reports of the same kind of
 * thing in different places (a traffic accident in Riyadh and one in Jeddah, labour inspections
 * in Hail and in the Eastern Province, relief flights to Aden and to Albania) are two
 * happenings, however alike their words: the place is what a topic's reports do not share. A
 * short hand list, not a gazetteer: an article naming none of these has no places, and then
 * nothing is concluded from them. Names that are also common words or outlets' names (المدينة is
 * "the city" and a newspaper) are left out or taken by their distinctive word.
 */
final class Places {

    /**
     * One place per line: a Saudi region with its cities, or a country with its capital and
     * cities, so that a report from Abha and one from Asir, or one naming Moscow and one naming
     * Russia, name the same place.
     */
    private static final List<String> GROUPS = List.of(
            "الرياض الخرج المجمعة الزلفي الدوادمي الدواسر",
            "مكة جدة الطائف القنفذة رابغ الليث",
            "المنورة ينبع العلا",
            "القصيم بريدة عنيزة الرس",
            "الشرقية الدمام الخبر الأحساء الهفوف القطيف الجبيل الظهران الباطن",
            "عسير أبها مشيط بيشة محايل النماص",
            "تبوك أملج",
            "حائل",
            "الشمالية عرعر",
            "جازان جيزان صبيا",
            "نجران شرورة",
            "الباحة المخواة بلجرشي",
            "الجوف سكاكا القريات",
            "مصر القاهرة",
            "اليمن عدن صنعاء تعز",
            "سوريا سورية دمشق حلب",
            "العراق بغداد",
            "لبنان بيروت",
            "الأردن",
            "الكويت",
            "البحرين المنامة",
            "قطر الدوحة",
            "الإمارات أبوظبي دبي",
            "عمان مسقط",
            "ليبيا طرابلس",
            "تونس",
            "الجزائر",
            "المغرب الرباط",
            "السودان الخرطوم",
            "فلسطين غزة القدس",
            "إيران طهران",
            "تركيا أنقرة إسطنبول اسطنبول",
            "روسيا موسكو الروس",
            "أمريكا أميركا واشنطن نيويورك أمريكان الأمريكان",
            "الصين بكين",
            "اليابان طوكيو",
            "فرنسا باريس",
            "بريطانيا لندن",
            "ألمانيا برلين",
            "باكستان",
            "أفغانستان",
            "الهند",
            "ألبانيا",
            "الصومال",
            "إثيوبيا",
            "ماليزيا",
            "إندونيسيا",
            "أوكرانيا كييف",
            "سويسرا جنيف");

    /** Groups before this one are Saudi regions, from here on countries. */
    private static final int FIRST_COUNTRY = 13;

    /** Token to place: each group's names and their adjectives (عمان, عماني; روسيا, روسي). */
    private static final Map<String, Integer> PLACE_OF;
    /** Place to every token that names it. */
    private static final List<List<String>> TOKENS_OF;

    static {
        Map<String, Integer> placeOf = new HashMap<>();
        List<List<String>> tokensOf = new ArrayList<>();
        for (String group : GROUPS) {
            Set<String> tokens = new LinkedHashSet<>();
            for (String name : group.split(" ")) {
                List<String> t = MatchText.tokens(name);
                if (t.isEmpty()) {
                    continue;
                }
                String token = t.get(t.size() - 1);
                tokens.add(token);
                tokens.add(token + "ي");
                if (token.endsWith("ا")) {
                    tokens.add(token.substring(0, token.length() - 1) + "ي");
                }
            }
            for (String token : tokens) {
                placeOf.putIfAbsent(token, tokensOf.size());
            }
            tokensOf.add(List.copyOf(tokens));
        }
        PLACE_OF = Map.copyOf(placeOf);
        TOKENS_OF = List.copyOf(tokensOf);
    }

    private Places() {
    }

    /**
     * The places the title and lead name by name (not by adjective: "the Omani minister" is not
     * a report from Oman), each as every token that names it, in order of first mention.
     */
    static List<List<String>> of(String title, String lead) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String text : new String[] {title, lead}) {
            if (text != null) {
                for (String t : MatchText.tokens(text)) {
                    Integer place = PLACE_OF.get(t);
                    if (place != null && !t.endsWith("ي")) {
                        out.add(place);
                    }
                }
            }
        }
        return out.stream().map(TOKENS_OF::get).toList();
    }

    /**
     * The parties a title and lead name: every place, by name or by adjective ("the Russian
     * minister" is Russia's), and "the United States" by its two words. Who is involved, not where
     * it happened.
     */
    static Set<Integer> parties(String title, String lead) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (String text : new String[] {title, lead}) {
            if (text != null) {
                List<String> tokens = MatchText.tokens(text);
                for (int k = 0; k < tokens.size(); k++) {
                    Integer place = placeOf(tokens.get(k));
                    if (place != null) {
                        out.add(place);
                    } else if (tokens.get(k).equals(UNITED) && k > 0 && tokens.get(k - 1).equals(STATES)) {
                        out.add(PLACE_OF.get(US));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The country a token names (by name or adjective), also behind a one-letter preposition or conjunction that the
     * tokenizer keeps ("بحلب", "وواشنطن"), but never a Saudi region: those say where, not who.
     */
    static Integer placeOf(String token) {
        Integer place = PLACE_OF.get(token);
        if (place == null && token.length() > 3 && "بلوف".indexOf(token.charAt(0)) >= 0) {
            place = PLACE_OF.get(MatchText.stem(token.substring(1)));
            if (place == null) {
                place = PLACE_OF.get(token.substring(1));
            }
        }
        return place == null || place < FIRST_COUNTRY ? null : place;
    }

    private static final String STATES = MatchText.tokens("الولايات").get(0);
    private static final String UNITED = MatchText.tokens("المتحدة").get(0);
    private static final String US = MatchText.tokens("أمريكا").get(0);
}
