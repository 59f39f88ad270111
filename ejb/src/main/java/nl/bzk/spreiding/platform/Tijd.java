package nl.bzk.spreiding.platform;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The one time zone of the application (the ministry's), whatever the server's default is. */
public final class Tijd {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Tijd() {}

    /** Now, in the Dutch zone, to the second (as stored and printed). */
    public static OffsetDateTime nu() {
        return OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
    }
}
