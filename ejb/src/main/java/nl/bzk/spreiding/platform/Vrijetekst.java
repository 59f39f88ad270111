package nl.bzk.spreiding.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Multi-line free text a person typed (a comment, a description, advice): at most {@link #max} characters, line feeds
 * and tabs allowed, CR and vertical tab as line breaks (the service stores {@link Tekst#alinea}), no other control
 * character ({@link Tekst#alineaFout}). Empty is allowed; combine with {@code @NotBlank} where the field is required.
 * A single-line field carries {@link Regeltekst} instead.
 */
@Documented
@Constraint(validatedBy = Vrijetekst.Controle.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Vrijetekst {

    /** The key in ValidationMessages.properties; the validator gives the reason {@link Tekst} found instead. */
    String message() default "{spreiding.Vrijetekst.message}";

    int max() default 4000;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Vrijetekst, String> {

        private int max;

        @Override
        public void initialize(Vrijetekst a) {
            max = a.max();
        }

        @Override
        public boolean isValid(String waarde, ConstraintValidatorContext context) {
            return Tekstcontrole.isGeldig(waarde, max, Tekst::alineaFout, context);
        }
    }
}
