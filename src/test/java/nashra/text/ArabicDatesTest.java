package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArabicDatesTest {

    @Test
    void readsNumericDates() {
        assertEquals(Optional.of(LocalDate.of(2016, 8, 29)), ArabicDates.find("29.08.2016 | 15:44"));
        assertEquals(Optional.of(LocalDate.of(2016, 8, 29)), ArabicDates.find("نشر في 2016-08-29T15:44:00+03:00"));
        assertEquals(Optional.of(LocalDate.of(2016, 9, 3)), ArabicDates.find("3/9/2016"));
    }

    @Test
    void readsMonthNamesOfBothTraditionsAndArabicIndicDigits() {
        assertEquals(Optional.of(LocalDate.of(2015, 8, 11)), ArabicDates.find("الخميس 11 أغسطس 2015"));
        assertEquals(Optional.of(LocalDate.of(2016, 8, 29)), ArabicDates.find("٢٩ آب ٢٠١٦"));
        assertEquals(Optional.of(LocalDate.of(2016, 10, 2)), ArabicDates.find("2 تشرين الأول 2016"));
    }

    @Test
    void prefersTheGregorianDateOverTheHijriOne() {
        assertEquals(Optional.of(LocalDate.of(2015, 8, 11)),
                ArabicDates.find("الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس"));
    }

    @Test
    void convertsAHijriDateWhenItIsTheOnlyOne() {
        assertEquals(Optional.of(LocalDate.of(2015, 8, 11)), ArabicDates.find("26 شوال 1436 هـ"));
    }

    @Test
    void findsNothingInPlainTextOrImpossibleDates() {
        assertEquals(Optional.empty(), ArabicDates.find("قال الوزير إن 12 شخصا أصيبوا"));
        assertEquals(Optional.empty(), ArabicDates.find("31.02.2016"));
        assertEquals(Optional.empty(), ArabicDates.find("بلغ المؤشر 3.5 نقطة"));
    }
}
