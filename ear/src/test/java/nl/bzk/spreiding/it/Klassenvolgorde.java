package nl.bzk.spreiding.it;

import java.util.Arrays;
import java.util.Comparator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order of the integration test classes (junit-platform.properties): first every class that runs on the shared
 * Arquillian server ({@link GedeeldeMicro}), then the classes that start servers of their own, each group by name. The
 * shared server then starts once per run: a class with a server of its own stops it ({@link
 * GedeeldeMicro#stopIndienActief()}), and an Arquillian class after it would start it again.
 */
public class Klassenvolgorde implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparing((ClassDescriptor c) -> !opGedeeldeServer(c))
                        .thenComparing(c -> c.getTestClass().getName()));
    }

    private static boolean opGedeeldeServer(ClassDescriptor c) {
        return c.findRepeatableAnnotations(ExtendWith.class).stream()
                .anyMatch(e -> Arrays.asList(e.value()).contains(ArquillianExtension.class));
    }
}
