package nl.bzk.spreiding.it;

import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as the build produced it, deployed unchanged into Payara Micro by every integration test. */
public final class Toepassing {

    private Toepassing() {}

    private static boolean opgeruimd;

    public static WebArchive war() {
        TestDatabase.leegEenmaal();
        ruimOudeServerOp();
        File war = new File(System.getProperty("spreiding.war", "target/runtime/spreiding.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("WAR niet gevonden: " + war.getAbsolutePath() + " (eerst mvn package)");
        }
        // The archive name becomes the context root: /spreiding, as in production.
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).as(WebArchive.class);
    }

    /**
     * Payara Micro keeps deployed applications in its root directory; an exploded application from an earlier run
     * would be served instead of the freshly built WAR. Removed once per run (the signing key next to it stays).
     */
    private static synchronized void ruimOudeServerOp() {
        if (opgeruimd) {
            return;
        }
        opgeruimd = true;
        Mappen.verwijder(Path.of(System.getProperty("it.work.dir", "target/it-work"), "micro"));
    }
}
