package nl.bzk.spreiding.benchmark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.bzk.spreiding.it.Api;
import nl.bzk.spreiding.it.Inlogformulier;

/**
 * Benchmark of the dashboard queries (docs/benchmarks.md): a generated data set of 20 years x 500 organisation
 * units x 13 provinces (130.000 accepted lines) written straight into the database, then the time of the figures of
 * one year (all aggregations of the dashboard: per province, sector, ministry, unit, crosses, prognosis) through
 * the API, cold and warm, with and without a filter. Prints the figures; asserts nothing.
 */
public final class CijferBenchmark {

    private static final int JAREN = Integer.getInteger("bench.jaren", 20);

    /** The generated years end here: before the demo's own years (its historical series starts in 2019). */
    private static final int EERSTE_JAAR = 2018 - JAREN + 1;

    private static final int ONDERDELEN = Integer.getInteger("bench.onderdelen", 500);
    private static final String[] PROVINCIES = {
        "PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31", "NTD"
    };
    private static final String[] SECTOREN = {"MINISTERIES", "POLITIE", "RECHTSPRAAK", "DJI", "DEFENSIE", "ZBO"};

    private CijferBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchmarkServer server = new BenchmarkServer()) {
            long t0 = System.nanoTime();
            int regels = genereer(server);
            System.out.printf(
                    Locale.ROOT,
                    "data: %d years x %d units x %d provinces = %d accepted lines written in %.1f s%n",
                    JAREN,
                    ONDERDELEN,
                    PROVINCIES.length,
                    regels,
                    (System.nanoTime() - t0) / 1e9);
            Api bzk = Api.als(server.basis, "bzk");
            int laatste = EERSTE_JAAR + JAREN - 1;
            meet(bzk, "year " + laatste + ", cold", "api/cijfers/" + laatste);
            for (int i = 1; i <= 3; i++) {
                meet(bzk, "year " + laatste + ", warm run " + i, "api/cijfers/" + laatste);
            }
            meet(bzk, "year " + (laatste - 10) + ", warm", "api/cijfers/" + (laatste - 10));
            meet(bzk, "year " + laatste + ", sector DEFENSIE", "api/cijfers/" + laatste + "?sector=DEFENSIE");
            meet(bzk, "year " + laatste + ", ministry JENV", "api/cijfers/" + laatste + "?ministerie=JENV");
            meet(bzk, "provinces CSV " + laatste, "api/cijfers/" + laatste + "/provincies.csv");
            meet(bzk, "years with figures", "api/cijfers/jaren");
            meet(bzk, "development per province", "api/cijfers/ontwikkeling?per=provincie");

            // Under load: the figures of one year for many clients at once (issue 17: >= 1.000/s, p99 < 200 ms) and
            // the dashboard page for signed-in sessions (p95 < 150 ms).
            int clients = Integer.getInteger("bench.clients", 50);
            int sessies = Integer.getInteger("bench.sessies", 20);
            Optional<Wrk> wrk = Wrk.gevonden(server.werk.resolve("wrk"));
            if (wrk.isPresent()) {
                belastMetWrk(wrk.get(), server, laatste, clients, sessies);
                return;
            }
            System.out.println("wrk not found (apt-get install wrk, or -Dbench.wrk=...): load by the Java client, which"
                    + " shares the cores with the server; docs/benchmarks.md");
            List<Api> api = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                api.add(Api.als(server.basis, "bzk"));
            }
            last("API /api/cijfers/" + laatste, api, "api/cijfers/" + laatste);
            List<Api> paginas = new ArrayList<>();
            for (int i = 0; i < sessies; i++) {
                paginas.add(Inlogformulier.inloggen(server.basis, "bzk", "demo"));
            }
            last("dashboard page", paginas, "cijfers/index.xhtml?jaar=" + laatste);
        }
    }

    /**
     * The load by wrk: first {@code bench.opwarmen.seconden} (30) of the same load unmeasured (the server's compiler
     * settles in), then {@code bench.last.seconden} (30) measured; prints the figures and whether issue 17's goals are
     * met.
     */
    private static void belastMetWrk(Wrk wrk, BenchmarkServer server, int jaar, int clients, int sessies)
            throws Exception {
        int opwarmen = Integer.getInteger("bench.opwarmen.seconden", 30);
        int seconden = Integer.getInteger("bench.last.seconden", 30);
        String api = server.basis + "api/cijfers/" + jaar;
        String basic = "Basic "
                + Base64.getEncoder().encodeToString(("bzk:" + Api.WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        System.out.println(
                "warm-up " + Wrk.regel("API /api/cijfers/" + jaar, clients, wrk.api(api, basic, clients, opwarmen)));
        Wrk.Uitkomst a = wrk.api(api, basic, clients, seconden);
        System.out.println(Wrk.regel("API /api/cijfers/" + jaar, clients, a));

        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < sessies; i++) {
            cookies.add(Inlogformulier.sessiecookie(server.basis, "bzk", Api.WACHTWOORD));
        }
        String pagina = server.basis + "cijfers/index.xhtml?jaar=" + jaar;
        System.out.println("warm-up " + Wrk.regel("dashboard page", sessies, wrk.sessies(pagina, cookies, opwarmen)));
        Wrk.Uitkomst p = wrk.sessies(pagina, cookies, seconden);
        System.out.println(Wrk.regel("dashboard page", sessies, p));
        System.out.printf(
                Locale.ROOT,
                "goal API (>= 1000/s, p99 < 200 ms, 0 errors at 50 clients): %s; goal page (p95 < 150 ms at 20"
                        + " sessions, 0 errors): %s%n",
                clients == 50 && a.perSeconde() >= 1000 && a.p99() < 200 && a.fouten() == 0 ? "met" : "not met",
                sessies == 20 && p.p95() < 150 && p.fouten() == 0 ? "met" : "not met");
    }

    /**
     * Every client asks for the same address in a loop, for {@code bench.last.seconden} (30) after 5 seconds of
     * warming up; prints requests per second, p50/p95/p99 and the answers other than 200.
     */
    private static void last(String wat, List<Api> clients, String pad) throws Exception {
        int seconden = Integer.getInteger("bench.last.seconden", 30);
        long begin = System.nanoTime() + 5_000_000_000L;
        long einde = begin + seconden * 1_000_000_000L;
        List<Long> tijden = Collections.synchronizedList(new ArrayList<>());
        AtomicLong fouten = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<?>> taken = new ArrayList<>();
        for (Api client : clients) {
            taken.add(pool.submit(() -> {
                while (System.nanoTime() < einde) {
                    long t0 = System.nanoTime();
                    int status = client.get(pad).status();
                    long t1 = System.nanoTime();
                    if (t0 >= begin) {
                        tijden.add((t1 - t0) / 1_000);
                        if (status != 200) {
                            fouten.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> t : taken) {
            t.get();
        }
        pool.shutdown();
        List<Long> t = new ArrayList<>(tijden);
        Collections.sort(t);
        System.out.printf(
                Locale.ROOT,
                "load %-28s %3d clients: %7d requests in %d s = %7.1f/s, p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms,"
                        + " %d errors%n",
                wat,
                clients.size(),
                t.size(),
                seconden,
                t.size() / (double) seconden,
                pct(t, 50),
                pct(t, 95),
                pct(t, 99),
                fouten.get());
    }

    private static double pct(List<Long> microseconden, int p) {
        if (microseconden.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * microseconden.size()) - 1;
        return microseconden.get(Math.max(0, i)) / 1000.0;
    }

    private static void meet(Api api, String wat, String pad) {
        long start = System.nanoTime();
        var a = api.download(pad);
        double ms = (System.nanoTime() - start) / 1e6;
        if (a.statusCode() != 200) {
            throw new IllegalStateException(pad + ": HTTP " + a.statusCode());
        }
        System.out.printf(Locale.ROOT, "dashboard query %-32s %8.0f ms%n", wat, ms);
    }

    /** Units, rounds, one accepted submission per ministry per year and its lines, by JDBC in batches. */
    private static int genereer(BenchmarkServer server) throws Exception {
        try (Connection c = DriverManager.getConnection(server.dbUrl, server.dbUser, server.dbPassword)) {
            c.setAutoCommit(false);
            List<Long> ministeries = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id FROM ministerie ORDER BY id")) {
                while (rs.next()) {
                    ministeries.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO organisatieonderdeel (code, naam, ministerie_id, sector_code) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < ONDERDELEN; i++) {
                    ps.setString(1, "GEN-" + i);
                    ps.setString(2, "Gegenereerd onderdeel " + i);
                    ps.setLong(3, ministeries.get(i % ministeries.size()));
                    ps.setString(4, SECTOREN[i % SECTOREN.length]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<long[]> onderdelen = new ArrayList<>(); // id, ministerie
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT id, ministerie_id FROM organisatieonderdeel WHERE code LIKE 'GEN-%' ORDER BY id")) {
                while (rs.next()) {
                    onderdelen.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            int regels = 0;
            for (int j = 0; j < JAREN; j++) {
                int jaar = EERSTE_JAAR + j;
                long ronde;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO ronde (jaar, peildatum, opening, deadline, status) VALUES (?, ?, ?, ?, 'GESLOTEN')",
                        new String[] {"id"})) {
                    ps.setInt(1, jaar);
                    ps.setObject(2, LocalDate.of(jaar, 1, 1));
                    ps.setObject(3, LocalDate.of(jaar, 2, 1));
                    ps.setObject(4, LocalDate.of(jaar, 3, 31));
                    ps.executeUpdate();
                    ronde = sleutel(ps);
                }
                Map<Long, Long> aanlevering = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO aanlevering (ronde_id, ministerie_id, status) VALUES (?, ?, 'GOEDGEKEURD')",
                        new String[] {"id"})) {
                    for (long m : ministeries) {
                        ps.setLong(1, ronde);
                        ps.setLong(2, m);
                        ps.executeUpdate();
                        aanlevering.put(m, sleutel(ps));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO aanlevering_regel (aanlevering_id, onderdeel_id, provincie_code, fte, "
                                + "prognose_1, prognose_2, prognose_3, prognose_4, prognose_5) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < onderdelen.size(); i++) {
                        for (int p = 0; p < PROVINCIES.length; p++) {
                            BigDecimal fte = BigDecimal.valueOf(10 + (i * 37 + p * 11 + j * 3) % 400, 0)
                                    .add(BigDecimal.valueOf((i + p + j) % 100, 2));
                            ps.setLong(1, aanlevering.get(onderdelen.get(i)[1]));
                            ps.setLong(2, onderdelen.get(i)[0]);
                            ps.setString(3, PROVINCIES[p]);
                            for (int k = 4; k <= 9; k++) {
                                ps.setBigDecimal(k, fte);
                            }
                            ps.addBatch();
                            regels++;
                        }
                    }
                    ps.executeBatch();
                }
                c.commit();
            }
            return regels;
        }
    }

    private static long sleutel(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
