package nashra.text;

import java.util.regex.Pattern;

/** Photo captions that scraping runs into the text: "جانب من اللقاء", "صورة أرشيفية". */
final class Captions {

    private static final PhraseSet STARTS = new PhraseSet("جانب من", "صورة أرشيفية", "صورة من", "صور من",
            "لقطة من", "من اليمين", "من اليسار");
    /** "صورة لشركة أرامكو" (a picture of), "الصورة: ..." (a labelled caption). */
    private static final Pattern PICTURE_OF = Pattern.compile("^[-*•\\s]*(?:صورة\\s+ل|الصورة\\s*:)");
    private static final Pattern CLAUSE_ENDINGS = Pattern.compile("[:،,؛;!?؟]\\s*$");

    private Captions() {
    }

    /** A short line that starts the way captions do; it may end with a full stop, not with a clause mark. */
    static boolean isCaption(String line) {
        return LineShape.words(line) <= 10
                && !CLAUSE_ENDINGS.matcher(line).find()
                && (STARTS.startsWith(line) || PICTURE_OF.matcher(line).find());
    }
}
