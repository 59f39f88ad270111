package nl.bzk.spreiding.submission.service;

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
import java.math.BigDecimal;

/**
 * An FTE figure as {@link Getal} accepts it (present, not negative, at most two decimals, not implausibly large): the
 * same rule as for the lines of a submission, with the same Dutch reason.
 */
@Documented
@Constraint(validatedBy = Ftegetal.Controle.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Ftegetal {

    String message() default "{spreiding.Ftegetal.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Ftegetal, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal waarde, ConstraintValidatorContext context) {
            String fout = Getal.controleer(waarde).fout();
            if (fout == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // Getal's sentences hold no braces or dollar signs, so they are a template that prints as written.
            context.buildConstraintViolationWithTemplate(fout).addConstraintViolation();
            return false;
        }
    }
}
