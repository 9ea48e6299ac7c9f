package nashra.digest;

/** A short text in both languages, such as a title. */
public record Bilingual(String ar, String en) {
}
