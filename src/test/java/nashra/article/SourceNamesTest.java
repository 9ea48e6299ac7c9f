package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceNamesTest {

    @Test
    void fromCredits() {
        assertEquals(Optional.of("وكالات"), SourceNames.fromCredit("المصدر: وكالات"));
        assertEquals(Optional.of("شام نيوز"), SourceNames.fromCredit("شام نيوز"));
        assertEquals(Optional.of("خدمة الغارديان"), SourceNames.fromCredit("* خدمة «الغارديان»"));
        assertEquals(Optional.empty(), SourceNames.fromCredit("- * -"));
    }

    @Test
    void fromDatelines() {
        assertEquals(Optional.of("رويترز"), SourceNames.fromDateline("عمّان - (رويترز)"));
        assertEquals(Optional.of("واس"), SourceNames.fromDateline("الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس"));
        assertEquals(Optional.empty(), SourceNames.fromDateline("14:11 ت م"));
    }
}
