package nashra.translate.check;

import nashra.translate.TranslationFlag;

/**
 * What one check found wrong with one translation.
 *
 * @param flag the warning to attach
 * @param detail what differed, in plain words for an analyst who reads no Arabic
 */
public record Finding(TranslationFlag flag, String detail) {
}
