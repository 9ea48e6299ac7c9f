package nashra.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nashra.outlet.Outlet;

/**
 * The briefing as its front page lays it out, the same in HTML and Markdown so that the two
 * never disagree on what comes first: the incidents with their stories, then the stories that
 * several named outlets carried (each with its cross-source summary), then every other story as
 * one line under the outlet that ran it, outlets A to Z in English and the unknown outlet last.
 *
 * @param several the stories of no incident that two or more named outlets ran, in briefing order
 * @param byOutlet the other stories of no incident, grouped by the outlet of their first article
 */
public record FrontPage(List<Briefing.IncidentEntry> incidents, List<Briefing.StoryEntry> several,
        List<OutletGroup> byOutlet) {

    /** Anchor name of the group of stories whose outlet nothing names. */
    static final String UNKNOWN_GROUP = "unknown";

    public FrontPage {
        incidents = List.copyOf(incidents);
        several = List.copyOf(several);
        byOutlet = List.copyOf(byOutlet);
    }

    /** The stories one outlet ran alone, in briefing order. */
    public record OutletGroup(Outlet outlet, List<Briefing.StoryEntry> stories) {

        public OutletGroup {
            stories = List.copyOf(stories);
        }

        /** The group's anchor on the page ("outlet-okaz", "outlet-unknown"). */
        public String anchor() {
            return "outlet-" + HtmlFormat.anchor(outlet.named() ? outlet.id() : UNKNOWN_GROUP);
        }
    }

    public static FrontPage of(Briefing b) {
        List<Briefing.StoryEntry> several = b.stories().stream().filter(FrontPage::severalOutlets).toList();
        Map<String, List<Briefing.StoryEntry>> byKey = new TreeMap<>();
        Map<String, Outlet> outletOf = new TreeMap<>();
        for (Briefing.StoryEntry st : b.stories()) {
            if (!severalOutlets(st)) {
                Outlet o = firstOutlet(st);
                // Named outlets A to Z by their English name, the unknown outlet after them.
                String key = (o.named() ? "0" : "1") + o.en().toLowerCase(Locale.ROOT) + "|" + o.id();
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(st);
                outletOf.put(key, o);
            }
        }
        List<OutletGroup> groups = new ArrayList<>();
        byKey.forEach((key, stories) -> groups.add(new OutletGroup(outletOf.get(key), stories)));
        return new FrontPage(b.incidents(), several, groups);
    }

    /** The outlet a one-line story is listed under: its first article's, or the unknown outlet. */
    static Outlet firstOutlet(Briefing.StoryEntry st) {
        return st.articles().isEmpty() ? Outlet.UNKNOWN : st.articles().get(0).outlet();
    }

    /** A story several named outlets carried: it gets a card; the rest get a line. */
    static boolean severalOutlets(Briefing.StoryEntry st) {
        return st.articles().size() > 1 && st.sourceCount() > 1;
    }

    /** The by-outlet part's heading: "Other" when incidents or cards come before it, on every format. */
    public String byOutletHeading() {
        return incidents.isEmpty() && several.isEmpty() ? "Stories by outlet" : "Other stories, by outlet";
    }

    /** Stories in the by-outlet part. */
    public int otherCount() {
        return byOutlet.stream().mapToInt(g -> g.stories().size()).sum();
    }
}
