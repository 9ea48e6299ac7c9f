package nashra.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nashra.digest.ArticleDigest;
import nashra.digest.DigestFiles;
import nashra.digest.VectorFile;
import nashra.story.Stories;
import nashra.summarize.KnownVectors;
import nashra.summarize.SentenceEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings once: step 1 keeps, beside each digest ({@code articles/<id>.vectors}), the vectors
 * of the sentences step 2 groups the article by (its English title and key sentences; the key
 * sentences were embedded for the summary already, so only the title costs anything), and step 2
 * reads them back instead of embedding the night again. The files live in the date's folder like
 * the digests, so a restart, a {@code --redo} and a worker on another machine keep them the same
 * way; a digest without one (written before, or its file unreadable) has its sentences embedded
 * in step 2 as before. The vectors are the same either way ({@link SentenceEmbedder} embeds one
 * sentence a run), so reuse cannot change a story.
 */
final class DigestVectors {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final SentenceEmbedder embedder;

    DigestVectors(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** The vector file of a digest (its title and key sentences, embedded or taken from the embedder's memory). */
    byte[] of(ArticleDigest digest) {
        List<String> sentences = Stories.embeddedSentences(digest);
        return VectorFile.encode(embedder.key(), sentences, embedder.embed(sentences));
    }

    /**
     * An embedder that answers from the vector files beside the digests and embeds what they lack.
     */
    KnownVectors reading(Path articles, List<ArticleDigest> digests) {
        Map<String, float[]> known = new HashMap<>();
        int files = 0;
        for (ArticleDigest d : digests) {
            Path file = DigestFiles.file(articles, d.id(), VectorFile.EXTENSION);
            try {
                known.putAll(VectorFile.decode(Files.readAllBytes(file), embedder.key(), Stories.embeddedSentences(d)));
                files++;
            } catch (NoSuchFileException e) {
                // A digest of an earlier version, or one whose file was removed: embedded again.
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("{}: vectors not reused, embedded again ({})", file, e.getMessage());
            }
        }
        LOG.debug("vectors of {} sentences read from {} files", known.size(), files);
        return new KnownVectors(known, embedder);
    }
}
