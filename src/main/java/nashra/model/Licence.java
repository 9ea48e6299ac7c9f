package nashra.model;

/**
 * A licence a model is published under, as one source states it. A model can carry several when
 * its sources disagree (the model card says one thing, the training project's release another);
 * the catalog lists each as it is rather than picking one.
 *
 * @param name the licence identifier as the source gives it, for example "Apache-2.0"
 * @param source who states it, for example "Helsinki-NLP/opus-mt-ar-en model card"
 * @param url where it is stated; null when the catalog has no link
 */
public record Licence(String name, String source, String url) {

    /** "Apache-2.0 (Helsinki-NLP/opus-mt-ar-en model card, https://…)". */
    public String describe() {
        StringBuilder out = new StringBuilder(name);
        if (source != null || url != null) {
            out.append(" (").append(source == null ? "" : source)
                    .append(source != null && url != null ? ", " : "").append(url == null ? "" : url).append(')');
        }
        return out.toString();
    }
}
