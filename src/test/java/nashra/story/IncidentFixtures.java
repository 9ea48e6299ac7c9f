package nashra.story;

import java.util.ArrayList;
import java.util.List;

import nashra.digest.ArticleDigest;
import nashra.digest.Bilingual;
import nashra.digest.ModelInfo;
import nashra.digest.SentencePair;

/**
 * A night written for the tests (the texts are the project's own): a bombing in a mosque reported
 * by two outlets, four countries' condemnations of it (each worded like the others but for who
 * speaks), and an unrelated weather warning. The attack and the condemnations are five events of
 * one incident (the least an incident holds, see {@code StoryGrouper.MIN_INCIDENT_STORIES}); the
 * weather is a story alone.
 */
public final class IncidentFixtures {

    private IncidentFixtures() {
    }

    public static final String DATE = "2026-11-20";

    public static ArticleDigest attackFirst() {
        return digest("a1a1a1a1a1a1a1a1", "وكالة الأنباء", "https://example.org/attack",
                "انفجار في مسجد بمدينة أبها يوقع قتلى بين المصلين", "Blast in a mosque in Abha kills worshippers",
                new String[][] {
                    {"قتل عشرة مصلين وأصيب عشرون آخرون في انفجار داخل مسجد بمدينة أبها ظهر الخميس.",
                        "Ten worshippers were killed and twenty wounded in a blast inside a mosque in Abha on Thursday noon."},
                    {"وقال المتحدث الأمني إن انتحاريا فجر حزاما ناسفا أثناء صلاة الظهر داخل المسجد.",
                        "The security spokesman said a suicide bomber set off an explosive belt during noon prayers in the mosque."},
                    {"ونقل المصابون إلى مستشفى عسير المركزي لتلقي العلاج.",
                        "The wounded were taken to Asir Central Hospital for treatment."}});
    }

    public static ArticleDigest attackSecond() {
        return digest("b2b2b2b2b2b2b2b2", "صحيفة المدينة", "https://example.net/attack",
                "عشرة قتلى في تفجير انتحاري داخل مسجد بمدينة أبها", "Ten dead in a suicide bombing inside a mosque in Abha",
                new String[][] {
                    {"لقي عشرة مصلين حتفهم وأصيب عشرون آخرون في انفجار داخل مسجد بمدينة أبها ظهر الخميس.",
                        "Ten worshippers died and twenty were wounded in a blast inside a mosque in Abha on Thursday noon."},
                    {"وأوضح المتحدث الأمني أن انتحاريا فجر حزاما ناسفا أثناء صلاة الظهر داخل المسجد.",
                        "The security spokesman said a suicide bomber set off an explosive belt during noon prayers in the mosque."},
                    {"وباشرت فرق الدفاع المدني العمل في موقع الانفجار.",
                        "Civil defence teams went to work at the site of the blast."}});
    }

    public static ArticleDigest kuwaitCondemns() {
        return digest("c3c3c3c3c3c3c3c3", "صحيفة الرياض", "",
                "الكويت تدين تفجير مسجد أبها", "Kuwait condemns the Abha mosque bombing",
                new String[][] {
                    {"أدانت الكويت بشدة التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها وأودى بحياة عشرة مصلين.",
                        "Kuwait strongly condemned the terrorist bombing that targeted a mosque in Abha and killed ten worshippers."},
                    {"وأكدت وقوفها إلى جانب المملكة في مواجهة الإرهاب بكل صوره.",
                        "It affirmed that it stands with the Kingdom against terrorism in all its forms."}});
    }

    public static ArticleDigest jordanCondemns() {
        return digest("d4d4d4d4d4d4d4d4", "صحيفة عكاظ", "",
                "الأردن يدين تفجير مسجد أبها", "Jordan condemns the Abha mosque bombing",
                new String[][] {
                    {"أدان الأردن بشدة التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها وأودى بحياة عشرة مصلين.",
                        "Jordan strongly condemned the terrorist bombing that targeted a mosque in Abha and killed ten worshippers."},
                    {"وأكد وقوفه إلى جانب المملكة في مواجهة الإرهاب بكل صوره.",
                        "It affirmed that it stands with the Kingdom against terrorism in all its forms."}});
    }

    public static ArticleDigest bahrainCondemns() {
        return digest("f7f7f7f7f7f7f7f7", "صحيفة اليوم", "",
                "البحرين تدين تفجير مسجد أبها", "Bahrain condemns the Abha mosque bombing",
                new String[][] {
                    {"أدانت البحرين بشدة التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها وأودى بحياة عشرة مصلين.",
                        "Bahrain strongly condemned the terrorist bombing that targeted a mosque in Abha and killed ten worshippers."},
                    {"وأكدت تضامنها مع المملكة في مواجهة الإرهاب بكل صوره.",
                        "It affirmed its solidarity with the Kingdom against terrorism in all its forms."}});
    }

    public static ArticleDigest egyptCondemns() {
        return digest("a8a8a8a8a8a8a8a8", "صحيفة الوطن", "",
                "مصر تدين تفجير مسجد أبها", "Egypt condemns the Abha mosque bombing",
                new String[][] {
                    {"أدانت مصر بشدة التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها وأودى بحياة عشرة مصلين.",
                        "Egypt strongly condemned the terrorist bombing that targeted a mosque in Abha and killed ten worshippers."},
                    {"وأكدت وقوفها مع المملكة في مواجهة الإرهاب بكل صوره.",
                        "It affirmed that it stands with the Kingdom against terrorism in all its forms."}});
    }

    public static ArticleDigest weather() {
        return digest("e5e5e5e5e5e5e5e5", "صحيفة الشرق", "",
                "تحذير من أمطار غزيرة على منطقة جازان", "Warning of heavy rain over Jazan",
                new String[][] {
                    {"حذر المركز الوطني للأرصاد من أمطار غزيرة وسيول على منطقة جازان حتى مساء السبت.",
                        "The national weather centre warned of heavy rain and floods over Jazan until Saturday evening."},
                    {"ودعا السكان إلى الابتعاد عن مجاري الأودية.",
                        "It called on residents to keep away from the valleys' streams."}});
    }

    /** An article that came without a title: its first sentence, sixty words long, is its headline. */
    public static ArticleDigest untitled() {
        String en = "The municipality said in a statement issued this evening that the work on the new ring road"
                + " around the city, which began two years ago and was delayed several times because of the"
                + " relocation of water and power lines, will be completed before the end of next year, and that"
                + " the first section will open to traffic next month";
        String ar = "قالت البلدية في بيان أصدرته مساء اليوم إن العمل في الطريق الدائري الجديد حول المدينة، الذي بدأ"
                + " قبل عامين وتأخر مرات عدة بسبب نقل خطوط المياه والكهرباء، سيكتمل قبل نهاية العام المقبل، وإن"
                + " المقطع الأول سيفتح للسير الشهر المقبل";
        return digest("b9b9b9b9b9b9b9b9", "صحيفة الجزيرة", "", ar, en, new String[][] {{ar + ".", en + "."},
            {"وأهابت البلدية بالسائقين الالتزام بالتحويلات المؤقتة.", "The municipality urged drivers to follow the temporary diversions."}});
    }

    public static List<ArticleDigest> night() {
        return List.of(attackFirst(), attackSecond(), kuwaitCondemns(), jordanCondemns(), bahrainCondemns(),
                egyptCondemns(), weather());
    }

    /** The same digest under another id and date, as a later night's copy would be. */
    public static ArticleDigest later(ArticleDigest d, String id, String date) {
        return new ArticleDigest(d.schema(), id, d.source(), d.url(), date, d.origin(), d.title(), d.sentences(),
                d.summary(), d.model());
    }

    private static ArticleDigest digest(String id, String source, String url, String titleAr, String titleEn,
            String[][] sentences) {
        List<SentencePair> pairs = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            pairs.add(new SentencePair(i, sentences[i][0], sentences[i][1], List.of()));
        }
        return new ArticleDigest(ArticleDigest.SCHEMA, id, source, url, DATE, "fixtures/" + id + ".txt",
                new Bilingual(titleAr, titleEn), pairs, List.of(0, 1), new ModelInfo("marian-tiny", "test"));
    }
}
