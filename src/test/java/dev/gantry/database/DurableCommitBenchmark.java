package dev.gantry.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Arrays;

/**
 * What durable commits cost: one small committed write (the shape of an edit's transaction, minus Gantry's own
 * work) timed on the embedded server as the library configures it ({@code -F}, {@code synchronous_commit=off})
 * and as Gantry now runs it (PostgreSQL's defaults). A plain harness, not part of {@code verify}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.gantry.database.DurableCommitBenchmark}
 */
public final class DurableCommitBenchmark {

    private static final int COMMITS = 400;

    public static void main(String[] args) throws Exception {
        System.out.println("load average: "
                + Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        System.out.printf("%-44s %10s %10s %10s%n", "one committed edit-sized write, ms", "median", "p90", "p99");
        report("fsync off, synchronous_commit off (before)", EmbeddedPostgres.builder());
        report(
                "fsync on, synchronous_commit on (now)",
                EmbeddedDatabaseConfiguration.durable(EmbeddedPostgres.builder()));
    }

    private static void report(String label, EmbeddedPostgres.Builder builder) throws Exception {
        try (EmbeddedPostgres postgres = builder.setDataDirectory(Files.createTempDirectory("commit-bench"))
                        .setCleanDataDirectory(true)
                        .start();
                Connection db = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            db.createStatement().execute("CREATE TABLE edit (id serial PRIMARY KEY, data jsonb)");
            db.setAutoCommit(false);
            double[] ms = new double[COMMITS];
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO edit (data) VALUES (?::jsonb)")) {
                for (int i = -50; i < COMMITS; i++) { // the first 50 warm up and are not counted
                    long start = System.nanoTime();
                    insert.setString(1, "{\"RepositoryName\":\"r" + i + "\",\"geometry\":{\"x\":1,\"y\":2}}");
                    insert.executeUpdate();
                    db.commit();
                    if (i >= 0) {
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
            Arrays.sort(ms);
            System.out.printf(
                    "%-44s %10.3f %10.3f %10.3f%n",
                    label, ms[COMMITS / 2], ms[COMMITS * 9 / 10], ms[COMMITS * 99 / 100]);
        }
    }
}
