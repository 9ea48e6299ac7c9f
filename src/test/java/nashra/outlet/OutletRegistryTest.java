package nashra.outlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry shipped in jobs/outlets.json, and what a broken registry file says. */
class OutletRegistryTest {

    private static final OutletRegistry REGISTRY = OutletRegistry.load(OutletRegistry.DEFAULT_FILE);

    @TempDir
    Path tmp;

    private static String en(Optional<Outlet> outlet) {
        return outlet.map(Outlet::en).orElse("(none)");
    }

    @Test
    void namesOutletsByTheirCreditsInAnySpelling() {
        assertEquals("SyriaNews", en(REGISTRY.byName("سيريانيوز")));
        assertEquals("Reuters", en(REGISTRY.byName("رويترز")));
        assertEquals("Reuters", en(REGISTRY.byName("Reuters")));
        assertEquals("AFP", en(REGISTRY.byName("أ.ف.ب")));
        // A hashtag credit with "+مواقع" (and websites) names the outlet before the plus.
        assertEquals("Syrian Press Center", en(REGISTRY.byName("#المركز_الصحفي_السوري+مواقع")));
        // A city is not a newspaper: "الرياض" alone is not the paper Al Riyadh.
        assertEquals("(none)", en(REGISTRY.byName("الرياض")));
    }

    @Test
    void namesOutletsByDomainAndByFolderOrFilePrefix() {
        assertEquals("Okaz", en(REGISTRY.byUrl("https://m.okaz.com.sa/news/local/2015/1")));
        assertEquals("Al Eqtisadiah", en(REGISTRY.byUrl("http://www.aleqt.com/2015/07/24/article.html")));
        assertEquals("(none)", en(REGISTRY.byUrl("https://example.org/okaz.com.sa")));
        assertEquals("Ain Alyoum", en(REGISTRY.byLabel("3alyoum")));
        assertEquals("Saudi Press Agency (SPA)", en(REGISTRY.byLabel("was")));
        assertEquals("Al Eqtisadiah", en(REGISTRY.byLabel("aleqt")));
        assertEquals("SyriaNews", en(REGISTRY.byLabel("SyriaNews")));
    }

    @Test
    void shipsTheFourteenSaudiPapersOfTheEvaluationNight() {
        for (String id : new String[] {"3alyoum", "aawsat", "aleqtisadiya", "aljazirah", "almadina", "alriyadh",
            "alwatan", "alweeam", "alyaum", "arreyadi", "arriyadiyah", "okaz", "sabq", "was"}) {
            Optional<Outlet> outlet = REGISTRY.byLabel(id);
            assertTrue(outlet.isPresent() && outlet.get().id().equals(id), id);
            assertEquals("SA", outlet.get().country(), id);
            assertFalse(outlet.get().ar().isEmpty(), id);
        }
    }

    @Test
    void aNameTheRegistryDoesNotKnowIsTransliteratedBesideTheArabic() {
        Outlet outlet = REGISTRY.unregistered("صحيفة النهار");
        assertEquals("صحيفة النهار", outlet.ar());
        assertFalse(outlet.registered());
        assertTrue(outlet.named());
        assertTrue(outlet.en().matches("[A-Z][\\p{ASCII}]+ [A-Z][\\p{ASCII}]+"), outlet.en());
        assertEquals("elmaouid", REGISTRY.unregistered("elmaouid").en(), "a Latin name stands as it is");
        assertEquals(outlet.id(), REGISTRY.unregistered("«صحيفة النهار»").id(), "decoration aside, the same outlet");
    }

    @Test
    void aBrokenRegistrySaysWhatToFix() throws IOException {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> OutletRegistry.load(tmp.resolve("none.json")));
        assertTrue(missing.getMessage().contains("nashra.briefing.outlets"), missing.getMessage());
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"outlets\": [{\"en\": \"No id\"}]}");
        IllegalArgumentException noId = assertThrows(IllegalArgumentException.class, () -> OutletRegistry.load(bad));
        assertTrue(noId.getMessage().contains("entry 1") && noId.getMessage().contains("\"id\""), noId.getMessage());
        Path twice = Files.writeString(tmp.resolve("twice.json"),
                "{\"outlets\": [{\"id\": \"a\", \"en\": \"A\"}, {\"id\": \"a\", \"en\": \"B\"}]}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OutletRegistry.load(twice)).getMessage()
                .contains("twice"));
        Path notJson = Files.writeString(tmp.resolve("nope.json"), "outlets: [");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OutletRegistry.load(notJson)).getMessage()
                .contains("not readable JSON"));
    }
}
