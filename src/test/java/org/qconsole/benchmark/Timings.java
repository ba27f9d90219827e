package org.qconsole.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a piece of the service layer next to a query in psql. The development machine is shared, so the
 * two sides alternate in rounds (five of five runs each) and see the same load; the medians of all runs
 * are compared. psql runs as the application role with every country in scope and sends its rows to
 * /dev/null: it receives every row, as the service does (a {@code count(*)} around the query would let
 * PostgreSQL skip computing columns nobody reads).
 */
final class Timings {

    private static final int ROUNDS = 5;
    private static final int RUNS = 5;

    private Timings() {
    }

    /** Median and fastest of each side, in milliseconds; psql's are empty without psql. */
    record Pair(double service, Optional<Double> psql, double fastestService, Optional<Double> fastestPsql) {
    }

    static Pair interleaved(Runnable service, String jdbcUrl, String query) throws IOException, InterruptedException {
        service.run(); // warm-up
        List<Double> serviceTimes = new ArrayList<>();
        List<Double> psqlTimes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                service.run();
                serviceTimes.add((System.nanoTime() - started) / 1e6);
            }
            psqlTimes.addAll(psqlRuns(jdbcUrl, query, RUNS));
        }
        return new Pair(median(serviceTimes), psqlTimes.isEmpty() ? Optional.empty() : Optional.of(median(psqlTimes)),
                Collections.min(serviceTimes), psqlTimes.stream().min(Double::compare));
    }

    /** The median of five timed runs of a query in psql, after a warm-up. */
    static Optional<Double> psql(String jdbcUrl, String query) throws IOException, InterruptedException {
        List<Double> times = psqlRuns(jdbcUrl, query, RUNS);
        return times.isEmpty() ? Optional.empty() : Optional.of(median(times));
    }

    private static List<Double> psqlRuns(String jdbcUrl, String query, int runs)
            throws IOException, InterruptedException {
        Optional<Path> psql = PostgresTools.find("psql");
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(jdbcUrl);
        if (psql.isEmpty() || !url.find()) {
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of(psql.get().toString(), "-X", "-q", "-h", url.group(1), "-p",
                url.group(2), "-U", "qc_app", "-d", url.group(3), "-c", "SET app.all_countries = 'on'", "-c",
                "\\o /dev/null", "-c", "\\timing on"));
        for (int i = 0; i <= runs; i++) {
            command.addAll(List.of("-c", query));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "qc_app");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher time = Pattern.compile("Time: ([0-9.]+) ms").matcher(output);
        List<Double> times = new ArrayList<>();
        while (time.find()) {
            times.add(Double.parseDouble(time.group(1)));
        }
        if (times.size() < 2) {
            System.out.println("psql gave no timing:\n" + output);
            return List.of();
        }
        return times.subList(1, times.size()); // the first run warms up
    }

    private static double median(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }
}
