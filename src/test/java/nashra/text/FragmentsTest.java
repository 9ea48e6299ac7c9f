package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FragmentsTest {

    private final List<Removed> removed = new ArrayList<>();

    @Test
    void cutsAnAgencyDatelineBeforeTheLead() {
        assertEquals("اتفق الطرفان على فتح المعبر.",
                Fragments.trim("عمّان - (رويترز) - اتفق الطرفان على فتح المعبر.", false, removed));
        assertEquals(List.of(new Removed("عمّان - (رويترز)", Removed.DATELINE)), removed);
    }

    @Test
    void leavesBracketsThatAreNotAnAgency() {
        String line = "الوزير (الذي وصل أمس) - قال إن المحادثات جيدة.";
        assertEquals(line, Fragments.trim(line, false, removed));
        assertEquals(List.of(), removed);
    }

    @Test
    void cutsAnOutletDatelineBeforeTheLead() {
        assertEquals("افتتح المحافظ المستشفى الجديد.",
                Fragments.trim("خالد منصور- النشرة- إربد: افتتح المحافظ المستشفى الجديد.", false, removed));
        assertEquals(Removed.BYLINE, removed.get(0).reason());
    }

    @Test
    void cutsAShareBarBeforeTheText() {
        assertEquals("أعلنت الوزارة نتائج الامتحانات.",
                Fragments.trim("شارك من خلال تويتر فيسبوك اكتب رأيك أعلنت الوزارة نتائج الامتحانات.", false, removed));
        assertEquals(new Removed("شارك من خلال تويتر فيسبوك اكتب رأيك", Removed.SHARE_BUTTONS), removed.get(0));
    }

    @Test
    void aSingleButtonWordAtTheStartIsAVerbNotABar() {
        String line = "شارك وزير الخارجية في اجتماع جنيف.";
        assertEquals(line, Fragments.trim(line, false, removed));
    }

    @Test
    void cutsStoryLinksAndContactsGluedAfterTheLastSentence() {
        assertEquals("وأكد أن العمل مستمر.",
                Fragments.trim("وأكد أن العمل مستمر. رابط الخبر بصحيفة النشرة: العمل مستمر في المعبر", false, removed));
        assertEquals("وكل عام وأنتم بخير.",
                Fragments.trim("وكل عام وأنتم بخير. writer@example.comللتواصل مع الكاتب ارسل رسالة SMS إلى 12345", false, removed));
        assertEquals("ونسأل الله التوفيق.",
                Fragments.trim("ونسأل الله التوفيق. مقالات أخرى للكاتبعنوان أولعنوان ثان", false, removed));
        assertEquals(List.of(Removed.FOOTER, Removed.FOOTER, Removed.RELATED_LINKS),
                removed.stream().map(Removed::reason).toList());
    }

    @Test
    void cutsTagListsOnlyOnTheLastLine() {
        String line = "وأصيب ثلاثة أشخاص في الحادث. سمات حادث طريق إربد";
        assertEquals(line, Fragments.trim(line, false, removed));
        assertEquals("وأصيب ثلاثة أشخاص في الحادث.", Fragments.trim(line, true, removed));
        assertEquals(new Removed("سمات حادث طريق إربد", Removed.TAGS), removed.get(0));
    }

    @Test
    void tagsNeedASentenceEndBeforeThem() {
        String line = "ومن سمات القائد الناجح الصبر والحكمة";
        assertEquals(line, Fragments.trim(line, true, removed));
    }

    @Test
    void cutsImageLinksInsideALine() {
        assertEquals("المنتخب يستعد أجرى المنتخب تدريبه.",
                Fragments.trim("المنتخب يستعد http://example.com/img/a-1.JPG?itok=x1 أجرى المنتخب تدريبه.", false, removed));
        assertEquals(Removed.URL, removed.get(0).reason());
    }
}
