package nl.bzk.spreiding.platform;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Input refused as a whole, with the problems found (not just the first), so the user can fix them at once. At most
 * {@link #MAX_BEVINDINGEN} are kept, the rest summed up in one last finding: the answer to a hostile request stays small.
 */
@ApplicationException(rollback = true)
public class ValidatieFout extends Fout {

    public static final int MAX_BEVINDINGEN = 100;

    private final List<Bevinding> bevindingen;

    public ValidatieFout(String melding, List<Bevinding> bevindingen) {
        super(Soort.ONGELDIG, melding);
        if (bevindingen.size() <= MAX_BEVINDINGEN) {
            this.bevindingen = List.copyOf(bevindingen);
        } else {
            List<Bevinding> eerste = new ArrayList<>(bevindingen.subList(0, MAX_BEVINDINGEN));
            eerste.add(new Bevinding(
                    null,
                    null,
                    null,
                    "en nog " + (bevindingen.size() - MAX_BEVINDINGEN)
                            + " andere fouten; herstel eerst de fouten hierboven"));
            this.bevindingen = List.copyOf(eerste);
        }
    }

    public List<Bevinding> getBevindingen() {
        return bevindingen;
    }
}
