package nashra.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import nashra.digest.Bilingual;

/**
 * One event as several outlets reported it.
 *
 * @param id stable id: the first 16 hex digits of SHA-256 over the sorted member ids, so the same
 *     members give the same id whatever order they came in
 * @param headline the title of the most central member
 * @param members member article ids
 * @param sources one entry per member (outlet, link); {@link #sourceCount()} counts distinct outlets
 * @param published the latest member date, or null when none has one
 * @param summary the cross-source summary
 */
public record Story(String id, Bilingual headline, List<String> members, List<StorySource> sources,
        LocalDate published, List<StorySentence> summary) {

    public Story {
        members = List.copyOf(members);
        sources = List.copyOf(sources);
        summary = List.copyOf(summary);
    }

    /** Distinct outlet names among the members. */
    public int sourceCount() {
        return (int) sources.stream().map(StorySource::name).distinct().count();
    }

    public static String idOf(List<String> memberIds) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", new TreeSet<>(memberIds)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
