package atlas;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts the real Neo4j community DBMS with Bolt on 127.0.0.1 and keeps it running until SIGTERM.
 *
 * <p>Settings come from system properties (set by scripts/neo4j.mjs):
 * atlas.neo4j.dir (data folder), atlas.neo4j.port (Bolt port, default 7687),
 * atlas.neo4j.pagecache (page cache in MiB, default 256),
 * atlas.neo4j.txmax (memory cap for all transactions in MiB, default 0 = none).
 * The heap is set with -Xmx on the java command line.
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    Path dir = Path.of(System.getProperty("atlas.neo4j.dir", ".neo4j-data")).toAbsolutePath();
    int port = Integer.parseInt(System.getProperty("atlas.neo4j.port", "7687"));
    long pageCacheMiB = Long.parseLong(System.getProperty("atlas.neo4j.pagecache", "256"));
    long txMaxMiB = Long.parseLong(System.getProperty("atlas.neo4j.txmax", "0"));

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        // the Bolt server's event loops wait 5 s each for more work once the databases have
        // stopped (10 s of every stop); there is none by then
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
    if (txMaxMiB > 0) {
      builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMaxMiB));
    }
    DatabaseManagementService dbms = builder.build();
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("neo4j: shutting down");
      dbms.shutdown();
      System.out.println("neo4j: stopped");
      stopped.countDown();
    }, "neo4j-shutdown"));

    System.out.println("neo4j: ready bolt://127.0.0.1:" + port + " data=" + dir);
    System.out.flush();
    stopped.await();
  }
}
