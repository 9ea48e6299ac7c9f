package nashra.text;

/** The page's own controls that scraping picks up as text: share bars, buttons, site labels. */
final class PageControls {

    /** Buttons and social networks as they appear in share bars, in Arabic and in English. */
    static final PhraseSet BUTTONS = new PhraseSet(
            "شارك", "شاركها", "شارك الخبر", "شارك المقال", "شارك من خلال", "مشاركة", "طباعة", "اطبع",
            "طباعة الخبر", "إغلاق", "أغلق", "تويتر", "فيسبوك", "فيس بوك", "الفيسبوك", "واتساب", "واتس اب",
            "وتساب", "تيليجرام", "تلغرام", "تليجرام", "جوجل بلس", "جوجل", "لينكد إن", "لينكدإن",
            "انستغرام", "انستقرام", "يوتيوب", "سناب شات", "البريد الإلكتروني", "البريد الالكتروني", "بريد",
            "أرسل لصديق", "إرسال", "نسخ الرابط", "حفظ", "تعليق", "تعليقات", "التعليقات", "اكتب رأيك",
            "أضف تعليق", "أضف تعليقا", "تكبير الخط", "تصغير الخط", "حجم الخط", "السابق", "التالي",
            "المزيد", "غرد", "تغريد",
            "share", "shares", "print", "close", "email", "mail", "tweet", "twitter", "facebook",
            "whatsapp", "telegram", "linkedin", "google", "plus", "pinterest", "reddit", "next",
            "previous", "prev", "comments", "comment", "save", "copy link", "more");

    private PageControls() {
    }

    /** A line made only of buttons (and share counts): "شارك | تويتر | فيسبوك", "SHARE", "close". */
    static boolean isShareBar(String line) {
        return LineShape.words(line) <= 16 && BUTTONS.coversAll(line);
    }

    /**
     * A short line in Latin letters only, in an Arabic page: a site name ("elmaouid"), a widget
     * title. Only asked above the story: lower down such a line may head a paragraph (the name
     * of the app the paragraph describes).
     */
    static boolean isSiteLabel(String line) {
        return !LineShape.hasArabic(line) && LineShape.hasLatin(line) && LineShape.isLabel(line, 3);
    }
}
