package nl.bzk.spreiding.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * The last start-up bean: it depends on every other one, so when it runs, the start-up work of this instance is done
 * and the start-up lock ({@link Opstartslot}) goes to the next instance. A new start-up bean that ends a chain joins
 * the list.
 */
@Singleton
@Startup
// The last beans of every chain of start-up beans; the others come before them through their own @DependsOn. (Listing
// all nine here made Payara report a cycle that is not there.)
@DependsOn({"EersteBeheerder", "DemoBriefdossier", "KetenAanvulling"})
public class Opstart {

    private static final Logger LOG = Logger.getLogger(Opstart.class.getName());

    @EJB
    private Migraties migraties;

    @PostConstruct
    void klaar() {
        migraties.opstartwerkKlaar();
        LOG.info("Opstartwerk klaar");
    }
}
