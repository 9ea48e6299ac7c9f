package nashra.translate.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameCheckTest {

    private static final Glossary GLOSSARY = load();

    private static Glossary load() {
        try {
            return Glossary.load(Path.of("jobs/glossary.tsv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<Finding> check(String ar, String en) {
        return new NameCheck(GLOSSARY).check(ar, new Translation(ar, en, List.of(), Set.of()));
    }

    @Test
    void theCommittedGlossaryHasTheSeedNames() {
        assertTrue(GLOSSARY.size() > 40);
        assertEquals(List.of("Lavrov", "Kerry", "Aleppo"), GLOSSARY.find("التقى لافروف وكيري لبحث الوضع في حلب")
                .stream().map(e -> e.english().get(0)).toList());
    }

    @Test
    void findsATermWithTheLettersArabicAttachesButNotInsideAnotherWord() {
        assertEquals(List.of("Aleppo"), names("وصلت المساعدات بحلب"));
        assertEquals(List.of("Moscow"), names("بين واشنطن وموسكو").subList(1, 2));
        assertEquals(List.of("Cairo"), names("عاد الوفد للقاهرة"));
        assertEquals(List.of("United Nations"), names("قال الأمين العام للأمم المتحدة"));
        assertEquals(List.of(), names("قال مسؤول مصري")); // Egyptian, not Egypt
    }

    private static List<String> names(String ar) {
        return GLOSSARY.find(ar).stream().map(e -> e.english().get(0)).toList();
    }

    @Test
    void flagsAMissingNameAndNotAPresentOne() {
        String ar = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي جون كيري في جنيف.";
        assertEquals(Optional.empty(), check(ar, "Russian Foreign Minister Sergei Lavrov met his US counterpart John Kerry in Geneva."));
        Finding f = check(ar, "The Russian foreign minister met his US counterpart John Kerry in Geneva.").orElseThrow();
        assertEquals(TranslationFlag.NAME, f.flag());
        assertEquals("The Arabic names “Lavrov (لافروف)”; the English does not.", f.detail());
        // Any rendering the glossary lists counts, in any case, possessive included.
        assertEquals(Optional.empty(), check("قال الأمين العام للأمم المتحدة", "The UN's secretary-general said"));
        assertTrue(check("وصل الوفد إلى حلب", "The delegation arrived in Paris.").isPresent());
    }

    @Test
    void aMalformedLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("glossary.tsv");
        Files.writeString(file, "# names\nحلب\tAleppo\tplace\nلافروف\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glossary.load(file));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
