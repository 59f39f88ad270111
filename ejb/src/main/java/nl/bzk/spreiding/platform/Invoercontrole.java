package nl.bzk.spreiding.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what a user sent against the Bean Validation constraints on its record (messages in Dutch, all in
 * ValidationMessages.properties) and refuses it with one message naming every field: "Veld titel: verplicht". Services
 * call it before anything is read or stored, so a refusal changes nothing.
 */
public final class Invoercontrole {

    private static final ValidatorFactory FABRIEK = Validation.buildDefaultValidatorFactory();

    private Invoercontrole() {}

    /** The input unchanged when it is valid; otherwise a refusal (400) listing each field with its reason. */
    public static <T> T controleer(T invoer) {
        if (invoer == null) {
            throw Fout.ongeldig("Geen gegevens ontvangen");
        }
        Validator validator = FABRIEK.getValidator();
        Set<ConstraintViolation<T>> fouten = validator.validate(invoer);
        if (!fouten.isEmpty()) {
            throw Fout.ongeldig(fouten.stream()
                    .map(Invoercontrole::melding)
                    .sorted(Comparator.naturalOrder())
                    .distinct()
                    .collect(Collectors.joining("; ")));
        }
        return invoer;
    }

    static String melding(ConstraintViolation<?> v) {
        return "Veld " + veld(v.getPropertyPath()) + ": " + v.getMessage();
    }

    /** "titel", or "opmerkingen, nummer 3" for the third element of a list. */
    private static String veld(Path pad) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : pad) {
            if (n.getName() != null && !n.getName().startsWith("<")) {
                b.append(b.isEmpty() ? "" : ".").append(n.getName());
            }
            if (n.getIndex() != null) {
                b.append(", nummer ").append(n.getIndex() + 1);
            }
        }
        return b.toString();
    }

    /** A text as a message template that is printed as it is (no parameter or expression inside it is evaluated). */
    static String letterlijk(String tekst) {
        return tekst.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
