package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user sends carries the one text rule (issue 30): each String of every API input record (bodies of
 * POST, PUT, PATCH and DELETE, their nested records and lists) and each String a Faces bean takes through a setter is
 * marked {@link Regeltekst} (single line) or {@link Vrijetekst} (multi-line). A new field without one fails here.
 */
class TekstregelTest {

    private static final Set<Class<? extends Annotation>> REGELS = Set.of(Regeltekst.class, Vrijetekst.class);

    private static final Set<Class<? extends Annotation>> GEEN_LICHAAM = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            MatrixParam.class,
            FormParam.class,
            BeanParam.class,
            Context.class);

    @Test
    void elkeTekstInEenApiLichaamDraagtDeTekstregel() throws Exception {
        List<String> zonder = new ArrayList<>();
        int lichamen = 0;
        for (Class<?> klasse : klassen()) {
            if (!klasse.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method m : klasse.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || !wijzigt(m)) {
                    continue;
                }
                for (Parameter p : m.getParameters()) {
                    if (GEEN_LICHAAM.stream().anyMatch(p::isAnnotationPresent)) {
                        continue;
                    }
                    lichamen++;
                    String plaats = klasse.getSimpleName() + "." + m.getName();
                    if (p.getType() == String.class) {
                        controleer(p, p.getAnnotatedType(), plaats + "(" + p.getName() + ")", zonder);
                    } else if (p.getType().isRecord()) {
                        record(p.getType(), plaats, zonder, new HashSet<>());
                    }
                }
            }
        }
        assertTrue(lichamen > 10, "found the API's bodies: " + lichamen);
        assertEquals(List.of(), zonder, "texts without @Regeltekst or @Vrijetekst");
    }

    @Test
    void elkeTekstDieEenPaginaOntvangtDraagtDeTekstregel() throws Exception {
        List<String> zonder = new ArrayList<>();
        int velden = 0;
        for (Class<?> klasse : klassen()) {
            if (!klasse.getPackageName().endsWith(".web")) {
                continue;
            }
            for (Method m : klasse.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())
                        && m.getName().startsWith("set")
                        && m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == String.class) {
                    String naam = Character.toLowerCase(m.getName().charAt(3))
                            + m.getName().substring(4);
                    velden++;
                    Field veld;
                    try {
                        veld = klasse.getDeclaredField(naam);
                    } catch (NoSuchFieldException e) {
                        zonder.add(klasse.getName() + "." + m.getName() + ": no field " + naam + " to carry the rule");
                        continue;
                    }
                    controleer(veld, veld.getAnnotatedType(), klasse.getName() + "." + naam, zonder);
                }
            }
        }
        assertTrue(velden > 20, "found the pages' inputs: " + velden);
        assertEquals(List.of(), zonder, "texts without @Regeltekst or @Vrijetekst");
    }

    private static boolean wijzigt(Method m) {
        return m.isAnnotationPresent(POST.class)
                || m.isAnnotationPresent(PUT.class)
                || m.isAnnotationPresent(PATCH.class)
                || m.isAnnotationPresent(DELETE.class);
    }

    private static void record(Class<?> type, String plaats, List<String> zonder, Set<Class<?>> gezien) {
        if (!gezien.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String hier = plaats + " " + type.getSimpleName() + "." + c.getName();
            if (c.getType() == String.class) {
                controleer(c, c.getAnnotatedType(), hier, zonder);
            } else if (c.getType().isRecord()) {
                record(c.getType(), plaats, zonder, gezien);
            } else if (Collection.class.isAssignableFrom(c.getType())
                    && c.getAnnotatedType() instanceof AnnotatedParameterizedType lijst) {
                AnnotatedType element = lijst.getAnnotatedActualTypeArguments()[0];
                if (element.getType() == String.class) {
                    controleer(element, element, hier + "[]", zonder);
                } else if (element.getType() instanceof Class<?> k && k.isRecord()) {
                    record(k, plaats, zonder, gezien);
                }
            }
        }
    }

    private static void controleer(AnnotatedElement e, AnnotatedType type, String plaats, List<String> zonder) {
        boolean draagt = REGELS.stream().anyMatch(r -> e.isAnnotationPresent(r) || type.isAnnotationPresent(r));
        if (!draagt) {
            zonder.add(plaats);
        }
    }

    /** Every class of the web module: the resources and pages (the records they take come along from the EJB module). */
    private static List<Class<?>> klassen() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> klassen = new ArrayList<>();
        // target/test-classes -> target/classes
        Path wortel = Path.of(TekstregelTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolveSibling("classes");
        assertTrue(Files.isDirectory(wortel), "classes as a folder: " + wortel);
        try (Stream<Path> paden = Files.walk(wortel)) {
            for (Path p : paden.filter(x -> x.toString().endsWith(".class")).toList()) {
                String naam = wortel.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (naam.startsWith("nl.bzk.spreiding.")) {
                    klassen.add(Class.forName(naam, false, TekstregelTest.class.getClassLoader()));
                }
            }
        }
        return klassen;
    }
}
