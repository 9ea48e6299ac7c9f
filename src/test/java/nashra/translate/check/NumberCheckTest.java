package nashra.translate.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Hand-written sentences with a right and a wrong English each: NUMBER on the wrong one only. */
class NumberCheckTest {

    private final NumberCheck check = new NumberCheck();

    private Optional<Finding> check(String ar, String en) {
        return check.check(ar, new Translation(ar, en, List.of(), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل ١٢ شخصا في انفجار في بغداد.                  | 12 people were killed in an explosion in Baghdad.      | 21 people were killed in an explosion in Baghdad.
            يخدم النظام 8ر1 مليون شخص.                        | The system serves 1.8 million people.                  | The system serves 8.1 million people.
            يخدم النظام 8ر1 مليون شخص.                        | The network serves 1,800,000 people.                   | The system serves 1.8 people.
            بلغ النمو ٢٫٥ في المئة.                            | Growth reached 2.5 percent.                            | Growth reached 25 percent.
            ارتفعت الأسعار بنسبة 15٪ هذا العام.                | Prices rose by 15% this year.                          | Prices rose by 50% this year.
            نشر البيان في 29.08.2016 مساء.                     | The statement was published on 29 August 2016.         | The statement was published on 28 August 2016.
            نشر البيان في 29.08.2016 مساء.                     | The statement was published on 29.08.2016 in the evening. | The statement was published on 29.08.2015 in the evening.
            وصل الوفد في ٢٩/٨ إلى جنيف.                        | The delegation arrived in Geneva on August 29.         | The delegation arrived in Geneva on 29 September.
            ستستمر المحادثات ثلاثة أيام.                       | The talks will last three days.                        | The talks will last two days.
            ستستمر المحادثات ثلاثة أيام.                       | The talks will last 3 days.                            | The talks will last days.
            أصيب خمسة وعشرون شخصا.                            | Twenty-five people were injured.                       | Fifteen people were injured.
            قتل عشرات المدنيين في القصف.                       | Dozens of civilians were killed in the shelling.       | Hundreds of civilians were killed in the shelling.
            نزح مليون شخص من المدينة.                          | A million people fled the city.                        | A thousand people fled the city.
            تهدف إلى تلبية احتياجات 80 ألف شخص.                | It aims to meet the needs of 80,000 people.            | It aims to meet the needs of 80 people.
            تهدف إلى تلبية احتياجات 80 ألف شخص.                | It aims to meet the needs of 80 thousand people.       | It aims to meet the needs of 8,000 people.
            وصل الوزير عند الساعة 15:44 بتوقيت دمشق.           | The minister arrived at 3:44 pm Damascus time.         | The minister arrived at 14:44 Damascus time.
            سيعقد الاجتماع في القاهرة في ٢٢ نوفمبر.            | The meeting will be held in Cairo on 22 November.      | The meeting will be held in Cairo on 22 December.
            دخلت الهدنة حيز التنفيذ في 27 شباط الماضي.         | The truce took effect on 27 February.                  | The truce took effect on 27 March.
            وصل الوفد في تشرين الأول الماضي.                   | The delegation arrived last October.                   | The delegation arrived last November.
            يبدأ العام الدراسي في كانون الثاني.                 | The school year starts in January.                     | The school year starts in December.
            خرج المحتجون في مسيرة إلى الساحة.                  | The protesters march to the square.                    | The protesters marched on 3 March to the square.
            قدمت قطر مساعدات بقيمة 120 مليون دولار.           | Qatar gave aid worth $120 million.                     | Qatar gave aid worth 120 dollars.
            قدمت قطر مساعدات بقيمة 1,500 دولار.                | Qatar gave aid worth 1,500 dollars.                    | Qatar gave aid worth 1.5 dollars.
            أكد السفير أن المحادثات الجديدة ستبدأ يوم الاثنين. | The ambassador confirmed that the new talks will begin on Monday. | The talks will begin on 4 December that 0 people were killed in Paris.
            """)
    void flagsTheWrongTranslationOnly(String ar, String right, String wrong) {
        assertEquals(Optional.empty(), check(ar.strip(), right.strip()), "right: " + right);
        Optional<Finding> finding = check(ar.strip(), wrong.strip());
        assertTrue(finding.isPresent(), "wrong: " + wrong);
        assertEquals(TranslationFlag.NUMBER, finding.get().flag());
    }

    @Test
    void theDetailNamesWhatIsMissingAndWhatWasInvented() {
        Finding f = check("قتل ١٢ شخصا في انفجار.", "21 people were killed in an explosion.").orElseThrow();
        assertEquals("The Arabic has “12”, which the English does not. The English has “21”, which the Arabic does not.",
                f.detail());
        Finding month = check("سيعقد الاجتماع في ٢٢ نوفمبر.", "The meeting will be held on 22 December.").orElseThrow();
        assertEquals("The Arabic has “November (نوفمبر)”, which the English does not. The English has “December”, which the Arabic does not.",
                month.detail());
    }

    @Test
    void weekdaysAndTheArticleAreNotNumbers() {
        // الاثنين (Monday) and الأحد (Sunday) share their letters with "two" and "one".
        assertEquals(Optional.empty(), check("ستبدأ المحادثات يوم الاثنين وتنتهي يوم الأحد.",
                "The talks will begin on Monday and end on Sunday."));
        assertEquals(Optional.empty(), check("قال الرئيس إن الحكومة لن تشارك في الاجتماع.",
                "The president said that the government will not take part in the meeting."));
    }

    @Test
    void readsEveryFormOfANumber() {
        List<NumberMention> m = ArabicNumbers.extract("يخدم 8ر1 مليون شخص منذ ٢٩/٨ و١٥٬٠٠٠ لاجئ وثلاثمائة جندي.");
        List<String> shown = m.stream().map(NumberMention::english).toList();
        assertEquals(List.of("29", "August", "1.8 million", "15,000", "300"), shown);
    }

    @org.junit.jupiter.api.Test
    void inventedMonthsAreNamedInCalendarOrderSoTheNoteIsTheSameEveryRun() {
        // The months come out of an unordered set; the note once listed them in the JVM's order.
        Optional<Finding> finding = check("قال الوزير إن المحادثات ستستأنف.", "The minister said talks resume in August, not February.");
        org.junit.jupiter.api.Assertions.assertTrue(finding.isPresent());
        org.junit.jupiter.api.Assertions.assertTrue(finding.get().detail().contains("“February” and “August”"),
                finding.get().detail());
    }
}
