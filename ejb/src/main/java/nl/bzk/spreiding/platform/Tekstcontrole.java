package nl.bzk.spreiding.platform;

import jakarta.validation.ConstraintValidatorContext;
import java.util.function.BiFunction;

/**
 * What {@link Regeltekst} and {@link Vrijetekst} do with a value: ask their part of the text rule ({@link Tekst}) and
 * report its own Dutch reason instead of the annotation's general message.
 */
final class Tekstcontrole {

    private Tekstcontrole() {}

    static boolean isGeldig(
            String waarde, int max, BiFunction<String, Integer, String> regel, ConstraintValidatorContext context) {
        String fout = regel.apply(waarde == null ? null : waarde.strip(), max);
        if (fout == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // The reason is Tekst's own sentence; it is escaped so that no character of it reads as a message expression.
        context.buildConstraintViolationWithTemplate(Invoercontrole.letterlijk(fout))
                .addConstraintViolation();
        return false;
    }
}
