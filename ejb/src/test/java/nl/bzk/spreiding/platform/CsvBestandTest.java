package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvBestandTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
                "+31 6|'+31 6",
                "-dienst|'-dienst",
                "@SUM(A1)|'@SUM(A1)",
                "-97|-97",
                "-1,4|-1,4",
                "12.5|12.5",
                "Centraal Justitieel Incassobureau|Centraal Justitieel Incassobureau"
            })
    void formuletekensWordenOnschadelijkGetallenNiet(String cel, String verwacht) {
        assertEquals(verwacht, CsvBestand.neutraliseer(cel));
        assertEquals(cel, CsvBestand.herstel(CsvBestand.neutraliseer(cel)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {"=1+2", "\t=1", "a;b"})
    void hetBestandBevatGeenLevendeFormule(String cel) {
        String csv = new String(CsvBestand.schrijf(List.of("kop"), List.of(List.of(cel))), StandardCharsets.UTF_8);
        String regel = csv.lines().skip(1).findFirst().orElseThrow();
        assertEquals(false, regel.startsWith("=") || regel.startsWith("\"=") || regel.startsWith("\t"), regel);
    }
}
