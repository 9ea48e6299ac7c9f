package nashra.translate.check;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting for the details shown to the analyst. */
final class Quote {

    private Quote() {
    }

    /** “a”, “b” and “c”. */
    static String list(List<String> items) {
        List<String> quoted = items.stream().map(s -> "“" + s + "”").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + quoted.get(quoted.size() - 1);
    }
}
