package nashra.summarize;

/**
 * The original Porter (1980) suffix-stripping stemmer for lower-case English words, as used by
 * ROUGE's {@code -m} option. Not the later "Porter2"/Snowball variant, nor NLTK's extensions, so a
 * handful of words stem differently from Python's rouge-score; scores are comparable only to within
 * that.
 *
 * <p>Stateless between calls; each call works on its own buffer, so one instance can be shared.
 */
final class PorterStemmer {

    /** Stems one lower-case word; words of one or two letters are returned unchanged. */
    static String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        Word w = new Word(word);
        w.step1a();
        w.step1b();
        w.step1c();
        w.step2();
        w.step3();
        w.step4();
        w.step5();
        return w.toString();
    }

    private PorterStemmer() {}

    /** A word being stemmed: {@code b[0..end)} is its current form. */
    private static final class Word {
        private final char[] b;
        private int end;

        /** Length of the stem left when the suffix last matched by {@link #endsWith} is removed. */
        private int stemEnd;

        Word(String word) {
            b = word.toCharArray();
            end = b.length;
        }

        @Override
        public String toString() {
            return new String(b, 0, end);
        }

        /**
         * Porter's consonant: not a vowel, and y only when it follows a vowel (or starts the word).
         */
        private boolean isConsonant(int i) {
            switch (b[i]) {
                case 'a', 'e', 'i', 'o', 'u':
                    return false;
                case 'y':
                    return i == 0 || !isConsonant(i - 1);
                default:
                    return true;
            }
        }

        /** m in [C](VC)^m[V] for {@code b[0..len)}: how many vowel-consonant runs the stem has. */
        private int measure(int len) {
            int m = 0;
            int i = 0;
            while (i < len && isConsonant(i)) {
                i++;
            }
            while (i < len) {
                while (i < len && !isConsonant(i)) {
                    i++;
                }
                if (i >= len) {
                    break;
                }
                while (i < len && isConsonant(i)) {
                    i++;
                }
                m++;
            }
            return m;
        }

        private boolean hasVowel(int len) {
            for (int i = 0; i < len; i++) {
                if (!isConsonant(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean endsWithDoubleConsonant(int len) {
            return len >= 2 && b[len - 1] == b[len - 2] && isConsonant(len - 1);
        }

        /**
         * *o: the stem ends consonant-vowel-consonant and the last is not w, x or y (hop, not how).
         */
        private boolean endsCvc(int len) {
            if (len < 3 || !isConsonant(len - 1) || isConsonant(len - 2) || !isConsonant(len - 3)) {
                return false;
            }
            char c = b[len - 1];
            return c != 'w' && c != 'x' && c != 'y';
        }

        private boolean endsWith(String suffix) {
            int n = suffix.length();
            if (n > end) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (b[end - n + i] != suffix.charAt(i)) {
                    return false;
                }
            }
            stemEnd = end - n;
            return true;
        }

        /** Replaces the suffix matched last by {@code replacement}. */
        private void replace(String replacement) {
            for (int i = 0; i < replacement.length(); i++) {
                b[stemEnd + i] = replacement.charAt(i);
            }
            end = stemEnd + replacement.length();
        }

        /** Replaces the suffix when the stem before it has m > 0 (steps 2 and 3). */
        private boolean replaceIfMeasured(String suffix, String replacement) {
            if (endsWith(suffix)) {
                if (measure(stemEnd) > 0) {
                    replace(replacement);
                }
                return true;
            }
            return false;
        }

        void step1a() {
            if (endsWith("sses")) {
                replace("ss");
            } else if (endsWith("ies")) {
                replace("i");
            } else if (endsWith("ss")) {
                // unchanged
            } else if (endsWith("s")) {
                replace("");
            }
        }

        void step1b() {
            if (endsWith("eed")) {
                if (measure(stemEnd) > 0) {
                    replace("ee");
                }
                return;
            }
            boolean removed = false;
            if (endsWith("ed") && hasVowel(stemEnd)) {
                replace("");
                removed = true;
            } else if (endsWith("ing") && hasVowel(stemEnd)) {
                replace("");
                removed = true;
            }
            if (!removed) {
                return;
            }
            if (endsWith("at")) {
                replace("ate");
            } else if (endsWith("bl")) {
                replace("ble");
            } else if (endsWith("iz")) {
                replace("ize");
            } else if (endsWithDoubleConsonant(end)) {
                char c = b[end - 1];
                if (c != 'l' && c != 's' && c != 'z') {
                    end--;
                }
            } else if (measure(end) == 1 && endsCvc(end)) {
                stemEnd = end;
                replace("e");
            }
        }

        void step1c() {
            if (endsWith("y") && hasVowel(stemEnd)) {
                b[end - 1] = 'i';
            }
        }

        private static final String[][] STEP2 = {
            {"ational", "ate"},
            {"tional", "tion"},
            {"enci", "ence"},
            {"anci", "ance"},
            {"izer", "ize"},
            {"abli", "able"},
            {"alli", "al"},
            {"entli", "ent"},
            {"eli", "e"},
            {"ousli", "ous"},
            {"ization", "ize"},
            {"ation", "ate"},
            {"ator", "ate"},
            {"alism", "al"},
            {"iveness", "ive"},
            {"fulness", "ful"},
            {"ousness", "ous"},
            {"aliti", "al"},
            {"iviti", "ive"},
            {"biliti", "ble"}
        };

        private static final String[][] STEP3 = {
            {"icate", "ic"},
            {"ative", ""},
            {"alize", "al"},
            {"iciti", "ic"},
            {"ical", "ic"},
            {"ful", ""},
            {"ness", ""}
        };

        private static final String[] STEP4 = {
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
            "ou", "ism", "ate", "iti", "ous", "ive", "ize"
        };

        void step2() {
            // Only the longest matching suffix counts; the table lists longer ones first where
            // they share an ending (ational before ation), and a match stops the step either way.
            for (String[] rule : STEP2) {
                if (replaceIfMeasured(rule[0], rule[1])) {
                    return;
                }
            }
        }

        void step3() {
            for (String[] rule : STEP3) {
                if (replaceIfMeasured(rule[0], rule[1])) {
                    return;
                }
            }
        }

        void step4() {
            for (String suffix : STEP4) {
                if (endsWith(suffix)) {
                    if (measure(stemEnd) > 1) {
                        if (suffix.equals("ion")) {
                            // (*S or *T) ION: only after s or t (adoption, not onion).
                            if (stemEnd > 0 && (b[stemEnd - 1] == 's' || b[stemEnd - 1] == 't')) {
                                replace("");
                            }
                        } else {
                            replace("");
                        }
                    }
                    return;
                }
            }
        }

        void step5() {
            if (endsWith("e")) {
                int m = measure(stemEnd);
                if (m > 1 || (m == 1 && !endsCvc(stemEnd))) {
                    replace("");
                }
            }
            if (b[end - 1] == 'l' && endsWithDoubleConsonant(end) && measure(end) > 1) {
                end--;
            }
        }
    }
}
