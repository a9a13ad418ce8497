package io.serviceculture.standalone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to run the host.
 *
 * @param port 2990 as {@code atlas-run}; 0 picks a free port (tests)
 * @param contextPath {@code /jira} as {@code atlas-run}
 * @param dataDir where the H2 database lives
 * @param database empty for H2 in {@code dataDir}, else {@code postgresql://user:pass@host:port/db}
 * @param demo load the demo folder (users, groups, projects, real and synthetic issues)
 * @param importDirs more folders to import, in the layout of {@code demo/}
 * @param classpathImports folders on the classpath to import (tests), in the same layout
 * @param pluginRoot the classpath folder holding the plugin's {@code atlassian-plugin.xml} and Spring Scanner
 *     index: empty for the app, another folder for test fixtures
 * @param nodeId this host's node id in a cluster of hosts on one database, as Jira's {@code jira.node.id}
 */
public record HostOptions(
        int port,
        String contextPath,
        Path dataDir,
        Optional<String> database,
        boolean demo,
        List<Path> importDirs,
        List<String> classpathImports,
        String pluginRoot,
        String nodeId) {

    public HostOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("no such port: " + port);
        }
        if (!contextPath.isEmpty() && (!contextPath.startsWith("/") || contextPath.endsWith("/"))) {
            throw new IllegalArgumentException("a context path starts with / and does not end with it: " + contextPath);
        }
        if (!nodeId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a node id is 1 to 64 letters, digits, dots, dashes or underscores");
        }
        importDirs = List.copyOf(importDirs);
        classpathImports = List.copyOf(classpathImports);
    }

    public static HostOptions defaults() {
        return new HostOptions(
                2990, "/jira", Path.of("data"), Optional.empty(), false, List.of(), List.of(), "", "node-1");
    }

    public HostOptions withPort(int newPort) {
        return new HostOptions(
                newPort, contextPath, dataDir, database, demo, importDirs, classpathImports, pluginRoot, nodeId);
    }

    public HostOptions withDataDir(Path dir) {
        return new HostOptions(
                port, contextPath, dir, database, demo, importDirs, classpathImports, pluginRoot, nodeId);
    }

    public HostOptions withDemo(boolean on) {
        return new HostOptions(
                port, contextPath, dataDir, database, on, importDirs, classpathImports, pluginRoot, nodeId);
    }

    public HostOptions withImport(Path dir) {
        List<Path> dirs = new ArrayList<>(importDirs);
        dirs.add(dir);
        return new HostOptions(port, contextPath, dataDir, database, demo, dirs, classpathImports, pluginRoot, nodeId);
    }

    public HostOptions withClasspathImport(String folder) {
        List<String> folders = new ArrayList<>(classpathImports);
        folders.add(folder);
        return new HostOptions(port, contextPath, dataDir, database, demo, importDirs, folders, pluginRoot, nodeId);
    }

    /** PostgreSQL at {@code postgresql://user:pass@host:port/db} instead of H2. */
    public HostOptions withDatabase(String postgresql) {
        return new HostOptions(
                port,
                contextPath,
                dataDir,
                Optional.of(postgresql),
                demo,
                importDirs,
                classpathImports,
                pluginRoot,
                nodeId);
    }

    public HostOptions withPluginRoot(String root) {
        return new HostOptions(port, contextPath, dataDir, database, demo, importDirs, classpathImports, root, nodeId);
    }

    /** The same host as another node of a cluster: give each node on one database its own id. */
    public HostOptions withNodeId(String id) {
        return new HostOptions(
                port, contextPath, dataDir, database, demo, importDirs, classpathImports, pluginRoot, id);
    }

    /** Reads {@code --port N --context /jira --data DIR --db postgresql://… --demo --import DIR}. */
    public static HostOptions parse(String... args) {
        HostOptions options = defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--demo":
                    options = options.withDemo(true);
                    break;
                case "--port":
                    options = options.withPort(Integer.parseInt(value(args, ++i, arg)));
                    break;
                case "--context":
                    String context = value(args, ++i, arg);
                    options = new HostOptions(
                            options.port,
                            context.equals("/") ? "" : context,
                            options.dataDir,
                            options.database,
                            options.demo,
                            options.importDirs,
                            options.classpathImports,
                            options.pluginRoot,
                            options.nodeId);
                    break;
                case "--data":
                    options = options.withDataDir(Path.of(value(args, ++i, arg)));
                    break;
                case "--db":
                    String db = value(args, ++i, arg);
                    if (!db.startsWith("postgresql://")) {
                        throw new IllegalArgumentException("--db takes postgresql://user:pass@host:port/db");
                    }
                    options = new HostOptions(
                            options.port,
                            options.contextPath,
                            options.dataDir,
                            Optional.of(db),
                            options.demo,
                            options.importDirs,
                            options.classpathImports,
                            options.pluginRoot,
                            options.nodeId);
                    break;
                case "--node-id":
                    options = options.withNodeId(value(args, ++i, arg));
                    break;
                case "--import":
                    options = options.withImport(Path.of(value(args, ++i, arg)));
                    break;
                default:
                    throw new IllegalArgumentException(
                            "unknown option " + arg
                                    + "; use --port N --context /jira --data DIR --db postgresql://… --demo --import DIR --node-id ID");
            }
        }
        return options;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
