package nashra.text;

/** News agencies and wire services, as Arabic credits and datelines name them. */
public final class Agencies {

    static final PhraseSet NAMES = new PhraseSet(
            "رويترز", "فرانس برس", "أ ف ب", "د ب أ", "أسوشيتد برس", "أ ب", "يو بي آي", "الأناضول",
            "سبوتنيك", "نوفوستي", "تاس", "سانا", "واس", "كونا", "وام", "قنا", "بنا", "العمانية", "شينخوا",
            "إرنا", "وكالات", "وكالات الأنباء", "بي بي سي", "سي إن إن", "سي ان ان", "الجزيرة نت",
            "سكاي نيوز", "العربية نت", "روسيا اليوم", "متابعات",
            "reuters", "afp", "ap", "dpa", "upi", "cnn", "bbc");

    private Agencies() {
    }

    /** Whether the text, punctuation aside, is one agency's name: "رويترز", "(أ.ف.ب)", "AFP". */
    public static boolean isAgency(String text) {
        return NAMES.isPhrase(text);
    }
}
