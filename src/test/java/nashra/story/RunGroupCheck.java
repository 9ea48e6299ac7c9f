package nashra.story;
import java.nio.file.*;
import java.util.*;
import nashra.digest.*;
import nashra.summarize.SentenceEmbedder;
public class RunGroupCheck {
  public static void main(String[] a) throws Exception {
    List<ArticleDigest> ds = new ArrayList<>();
    try (var files = Files.list(Path.of(a[0]))) { for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) ds.add(JsonFormat.read(Files.readString(f), ArticleDigest.class)); }
    boolean emb = a.length > 1 && a[1].equals("emb");
    try (SentenceEmbedder e = SentenceEmbedder.load()) {
      long t = System.nanoTime();
      List<StoryDigest> st = new Stories(new StoryGrouper(), new StorySummary(), emb ? e : null).of(ds);
      StoryDigest big = st.stream().max(Comparator.comparingInt(s -> s.sources().size())).get();
      big.sources().stream().limit(25).forEach(s -> System.out.println("  " + s.published() + " " + s.title().ar()));
      System.out.printf("%d articles -> %d stories, largest %d, multi %d, %.1f s%n", ds.size(), st.size(), st.stream().mapToInt(s -> s.sources().size()).max().orElse(0), st.stream().filter(s -> s.sources().size() > 1).count(), (System.nanoTime()-t)/1e9);
    }
  }
}
