package org.billingcenter.support;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A TCP proxy between the application's connection pool and MariaDB that can pull the plug at
 * the worst moment: {@link #cutBeforeCommitAfter(String)} lets a transaction send its writes, then
 * drops every connection instead of passing on its COMMIT, and refuses new connections until
 * {@link #restore()} — the database going away mid-transaction, as a network fault or a failover does.
 * <p>
 * It reads the client's side as MySQL protocol packets (3-byte length, sequence, payload) to
 * recognise statements; the server's side is copied as it comes.
 */
public final class DatabaseProxy implements AutoCloseable {

    private static final int COM_QUERY = 0x03;

    private final ServerSocket server;
    private final String upstreamHost;
    private final int upstreamPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicInteger spared = new AtomicInteger();
    private volatile String marker;
    private volatile boolean down;

    private DatabaseProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        Thread acceptor = new Thread(this::acceptLoop, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static DatabaseProxy to(String host, int port) {
        try {
            return new DatabaseProxy(host, port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A proxy in front of the suite's MariaDB, and the connection pool's settings that reach the
     * database through it: for a test's {@code @DynamicPropertySource}.
     */
    public static DatabaseProxy inFrontOfTestDatabase(DynamicPropertyRegistry registry) {
        DatabaseProxy proxy = to("127.0.0.1", TestDatabase.port());
        registry.add("spring.datasource.url", proxy::testDatabaseUrl);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.jpa.properties.jakarta.persistence.database-product-name", () -> "MariaDB");
        registry.add("spring.jpa.properties.jakarta.persistence.database-product-version", TestDatabase::productVersion);
        registry.add("spring.jpa.properties.hibernate.dialect", () -> "org.hibernate.dialect.MariaDBDialect");
        return proxy;
    }

    /**
     * The database is back, and the pool with it. The pool still holds the connections the cut
     * dropped (a real pool finds out on its next validation) and backs off between attempts to
     * open new ones: this evicts the dead ones and waits until a connection opens again.
     */
    public void restore(DataSource pool) {
        restore();
        try {
            pool.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Instant until = Instant.now().plusSeconds(30);
        while (true) {
            try (Connection connection = pool.getConnection()) {
                return;
            } catch (SQLException notYet) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("the pool did not reconnect", notYet);
                }
            }
        }
    }

    /**
     * The test database's URL through this proxy. The proxy knows a statement by its text, which the
     * driver sends with every execution (statements are prepared on the client, as in production).
     */
    public String testDatabaseUrl() {
        return TestDatabase.url().replace(":" + TestDatabase.port() + "/", ":" + port() + "/");
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Arms the cut: the first connection that sends a statement containing the marker loses its COMMIT. */
    public void cutBeforeCommitAfter(String statementMarker) {
        cutBeforeCommitAfter(statementMarker, 0);
    }

    /**
     * The same, but the first {@code spared} transactions that send the marker commit normally:
     * the cut falls in the middle of a run of such transactions.
     */
    public void cutBeforeCommitAfter(String statementMarker, int spared) {
        this.spared.set(spared);
        this.marker = statementMarker.toLowerCase(Locale.ROOT);
    }

    /** The database is back: new connections are served again. */
    public void restore() {
        marker = null;
        down = false;
    }

    public int cuts() {
        return cuts.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(upstreamHost, upstreamPort);
                open.add(client);
                open.add(upstream);
                pump("db-proxy-up", () -> clientToServer(client.getInputStream(), upstream.getOutputStream()), client, upstream);
                pump("db-proxy-down", () -> copy(upstream.getInputStream(), client.getOutputStream()), client, upstream);
            } catch (IOException e) {
                // closed, or the upstream refused: the client sees its connection fail
            }
        }
    }

    private interface Flow {
        void run() throws IOException;
    }

    private void pump(String name, Flow flow, Socket client, Socket upstream) {
        Thread thread = new Thread(() -> {
            try {
                flow.run();
            } catch (IOException e) {
                // the other side went away
            } finally {
                closeQuietly(client);
                closeQuietly(upstream);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void clientToServer(InputStream from, OutputStream to) throws IOException {
        DataInputStream in = new DataInputStream(from);
        boolean wroteMarked = false;
        byte[] header = new byte[4];
        while (true) {
            in.readFully(header);
            int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
            byte[] payload = new byte[length];
            in.readFully(payload);
            if (length > 0 && (payload[0] & 0xff) == COM_QUERY) {
                String sql = new String(payload, 1, length - 1, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
                String armed = marker;
                if (armed != null && sql.contains(armed)) {
                    wroteMarked = true;
                } else if (wroteMarked && armed != null && sql.equals("commit")) {
                    wroteMarked = false;
                    if (spared.getAndDecrement() <= 0) {
                        cut();
                        return;
                    }
                }
            }
            to.write(header);
            to.write(payload);
            to.flush();
        }
    }

    /** Every connection drops at once; the server rolls back what they had not committed. */
    private synchronized void cut() {
        down = true;
        marker = null;
        cuts.incrementAndGet();
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    private static void copy(InputStream from, OutputStream to) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = from.read(buffer)) >= 0) {
            to.write(buffer, 0, read);
            to.flush();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // shutting down
        }
        open.forEach(DatabaseProxy::closeQuietly);
    }
}
