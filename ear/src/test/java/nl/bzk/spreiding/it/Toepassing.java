package nl.bzk.spreiding.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as the build produced it, deployed unchanged into Payara Micro by every integration test. */
public final class Toepassing {

    private Toepassing() {
    }

    public static WebArchive war() {
        TestDatabase.leegEenmaal();
        File war = new File(System.getProperty("spreiding.war", "target/runtime/spreiding.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("WAR niet gevonden: " + war.getAbsolutePath() + " (eerst mvn package)");
        }
        // The archive name becomes the context root: /spreiding, as in production.
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).as(WebArchive.class);
    }
}
