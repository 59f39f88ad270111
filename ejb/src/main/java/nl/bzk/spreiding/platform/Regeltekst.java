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
 * Single-line text a person typed (a name, a title, a function, a code, a password): at most {@link #max} characters
 * and no control character at all, line breaks and tabs included ({@link Tekst#regelFout}). Empty is allowed; combine
 * with {@code @NotBlank} where the field is required. Multi-line text carries {@link Vrijetekst} instead.
 */
@Documented
@Constraint(validatedBy = Regeltekst.Controle.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Regeltekst {

    /** The key in ValidationMessages.properties; the validator gives the reason {@link Tekst} found instead. */
    String message() default "{spreiding.Regeltekst.message}";

    int max() default 400;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Regeltekst, String> {

        private int max;

        @Override
        public void initialize(Regeltekst a) {
            max = a.max();
        }

        @Override
        public boolean isValid(String waarde, ConstraintValidatorContext context) {
            return Tekstcontrole.isGeldig(waarde, max, Tekst::regelFout, context);
        }
    }
}
