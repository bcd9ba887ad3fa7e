package dev.gantry.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Gantry keeps its own data when it runs its embedded PostgreSQL.
 *
 * @param dataDir      the folder for Gantry's data; PostgreSQL's files go to its {@code postgres} sub-folder. Its
 *                     default ({@code ~/.gantry}) is stated once, in application.properties, because the secret
 *                     module keeps its key file there too
 * @param embeddedPort the embedded server's port; 0 picks a free one at each start
 */
@ConfigurationProperties("gantry")
record DatabaseProperties(Path dataDir, @DefaultValue("0") int embeddedPort) {}
