package nl.bzk.spreiding.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for all Arquillian test classes of a run instead of one per class. Payara's managed connector starts
 * Micro when a class deploys and kills it when the class undeploys; every class deploys the same WAR ({@link
 * Toepassing#war()}) against the same database, so the start (about half a minute on two cores, most of a class's time)
 * was repeated thirteen times for nothing. This container keeps the server of the first deployment and hands its address
 * to the next class that deploys the same archive; it stops at the end of the suite, or earlier when a test starts a
 * server of its own ({@link #stopIndienActief()}): the own server may share the database, and this one's figures cache
 * would not hear of that server's changes.
 *
 * <p>The classes already shared the database (emptied once per run, {@link TestDatabase#leegEenmaal()}) and each uses
 * data of its own; what they share now besides is the server's memory: sessions, caches, the login throttle's counts
 * (those are in the database anyway).
 */
public class GedeeldeMicro extends PayaraMicroDeployableContainer {

    private static GedeeldeMicro actief;

    private Archive<?> gedeeld;
    private ProtocolMetaData metadata;

    /** Registers this container in place of Payara's (META-INF/services of the test classes). */
    public static final class Extensie implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, GedeeldeMicro.class);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        synchronized (GedeeldeMicro.class) {
            if (gedeeld != null && gedeeld.getName().equals(archive.getName())) {
                return metadata;
            }
            stopGedeeld();
            metadata = super.deploy(archive);
            gedeeld = archive;
            actief = this;
            return metadata;
        }
    }

    /** Kept for the next class; {@link #stop()} ends it at the end of the suite. */
    @Override
    public void undeploy(Archive<?> archive) {}

    @Override
    public void stop() throws LifecycleException {
        synchronized (GedeeldeMicro.class) {
            stopGedeeld();
        }
    }

    /**
     * For a test that starts a server of its own: the shared one stops first (and starts again for the next Arquillian
     * class), so only one server works on the suite's database at a time and the two cores go to the test's own.
     */
    static void stopIndienActief() {
        synchronized (GedeeldeMicro.class) {
            if (actief != null) {
                actief.stopGedeeld();
            }
        }
    }

    private void stopGedeeld() {
        if (gedeeld == null) {
            return;
        }
        // The connector's undeploy sends the process a SIGTERM and returns; wait until it is gone so the next server
        // does not start beside a dying one.
        List<ProcessHandle> micro = ProcessHandle.current()
                .children()
                .filter(p -> p.info().commandLine().orElse("").contains(microMap()))
                .toList();
        try {
            super.undeploy(gedeeld);
        } catch (DeploymentException e) {
            throw new IllegalStateException("Gedeelde Payara Micro niet gestopt", e);
        }
        for (ProcessHandle p : micro) {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        gedeeld = null;
        metadata = null;
        actief = null;
    }

    private static String microMap() {
        return Path.of(System.getProperty("it.work.dir", "target/it-work"), "micro")
                .toString();
    }
}
