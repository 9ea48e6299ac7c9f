package nashra.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgenciesTest {

    @Test
    void knowsAgenciesWhateverTheirPunctuation() {
        assertTrue(Agencies.isAgency("رويترز"));
        assertTrue(Agencies.isAgency("(أ.ف.ب)"));
        assertTrue(Agencies.isAgency("AFP"));
        assertFalse(Agencies.isAgency("وزارة الخارجية"));
        assertFalse(Agencies.isAgency("رويترز أمس"));
    }
}
