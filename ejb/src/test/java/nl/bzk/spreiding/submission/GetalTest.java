package nl.bzk.spreiding.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import nl.bzk.spreiding.submission.service.Getal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GetalTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12|12.00",
                "12,5|12.50",
                "12.5|12.50",
                " 7,25 |7.25",
                "0|0.00",
                "100000|100000.00",
                "1.5E2|150.00",
                "3,10|3.10"
            })
    void geldigeGetallen(String invoer, String verwacht) {
        Getal.Uitkomst uitkomst = Getal.lees(invoer);
        assertNull(uitkomst.fout());
        assertEquals(new BigDecimal(verwacht), uitkomst.waarde());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|is verplicht",
                "-1|mag niet negatief zijn",
                "1,234|heeft meer dan 2 decimalen",
                "1.234|heeft meer dan 2 decimalen",
                "100000.01|is onwaarschijnlijk groot (meer dan 100.000 fte voor één onderdeel in één provincie)",
                "tien|is geen getal (gebruik cijfers met hoogstens één decimaalteken, zonder scheidingstekens voor duizendtallen)",
                "1.234,5|is geen getal (gebruik cijfers met hoogstens één decimaalteken, zonder scheidingstekens voor duizendtallen)",
                "=1+1|is geen getal (gebruik cijfers met hoogstens één decimaalteken, zonder scheidingstekens voor duizendtallen)"
            })
    void ongeldigeGetallen(String invoer, String fout) {
        Getal.Uitkomst uitkomst = Getal.lees(invoer);
        assertNull(uitkomst.waarde());
        assertEquals(fout, uitkomst.fout());
    }
}
