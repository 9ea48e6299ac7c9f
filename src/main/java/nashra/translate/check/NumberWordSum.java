package nashra.translate.check;

/**
 * The value of number words read one at a time, as Arabic and English both count: a unit or ten
 * adds ("twenty five"), a scale multiplies what came before it ("three hundred"), and a scale of
 * a thousand or more closes its group, so that "three hundred five thousand and two" is 305,002.
 */
final class NumberWordSum {

    private double total;
    private double current;

    void add(double word) {
        if (word >= 100) {
            current = (current == 0 ? 1 : current) * word;
            if (word >= 1000) {
                total += current;
                current = 0;
            }
        } else {
            current += word;
        }
    }

    double value() {
        return total + current;
    }
}
