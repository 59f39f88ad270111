package nl.bzk.spreiding.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input refused as a whole, with every problem found (not just the first), so the user can fix all at once. */
@ApplicationException(rollback = true)
public class ValidatieFout extends Fout {

    private final List<Bevinding> bevindingen;

    public ValidatieFout(String melding, List<Bevinding> bevindingen) {
        super(Soort.ONGELDIG, melding);
        this.bevindingen = List.copyOf(bevindingen);
    }

    public List<Bevinding> getBevindingen() {
        return bevindingen;
    }
}
