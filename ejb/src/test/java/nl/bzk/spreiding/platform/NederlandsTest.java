package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NederlandsTest {

    @Test
    void eenOpsommingZoalsMenHaarSchrijft() {
        assertEquals("", Nederlands.opsomming(List.of()));
        assertEquals("2018", Nederlands.opsomming(List.of("2018")));
        assertEquals("2017 en 2018", Nederlands.opsomming(List.of("2017", "2018")));
        assertEquals("2015, 2016 en 2017", Nederlands.opsomming(List.of("2015", "2016", "2017")));
    }
}
