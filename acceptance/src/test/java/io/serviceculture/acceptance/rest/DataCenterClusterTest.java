package io.serviceculture.acceptance.rest;

import static io.serviceculture.acceptance.testing.AccessRules.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.config.JobId;
import io.serviceculture.acceptance.testing.ClusterNodeProcess;
import io.serviceculture.acceptance.testing.EmbeddedPostgresHosts;
import io.serviceculture.acceptance.testing.Json;
import io.serviceculture.standalone.services.HostSchedulerService;
import io.serviceculture.standalone.testing.RunningHost;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;

/**
 * Two hosts on one PostgreSQL database acting as the nodes of a Jira Data Center cluster: requests go to either
 * node with HTTP Basic and no cookies (no sticky sessions), as behind a load balancer. A third node, in a JVM of its
 * own, is killed mid-load.
 */
public class DataCenterClusterTest {
    private static final List<RunningHost> NODES = EmbeddedPostgresHosts.cluster(2);
    private static final RunningHost A = NODES.get(0);
    private static final RunningHost B = NODES.get(1);

    @ClassRule
    public static final RuleChain CLUSTER = RuleChain.outerRule(A).around(B);

    private static final String KUDOS = "\"AO_439D1B_KUDOS\"";
    private static final String RECEIVERS = "\"AO_439D1B_KUDOS_RCV\"";

    @Test
    public void runsEachScheduledJobOncePerClusterNotOncePerNode() throws Exception {
        // given both nodes scheduled the same jobs, ran their start-up runs, and have every job's next run an
        // interval away (at least five minutes), so no run of their own falls into this test
        HostSchedulerService a = A.host().scheduler();
        HostSchedulerService b = B.host().scheduler();
        List<JobId> jobs = a.jobIds();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(3).containsExactlyInAnyOrderElementsOf(b.jobIds());
        awaitAtLeastOneRunOfEach(jobs);
        jobs.forEach(a::makeDue);
        a.runDue();
        Map<JobId, Integer> before = new HashMap<>();
        jobs.forEach(job -> before.put(job, a.runsOnThisNode(job) + b.runsOnThisNode(job)));

        for (int round = 1; round <= 3; round++) {
            // when every job comes due and both nodes, four threads each, look for due jobs at the same moment
            jobs.forEach(a::makeDue);
            CyclicBarrier together = new CyclicBarrier(8);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<JobId>>> ran = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    HostSchedulerService node = t % 2 == 0 ? a : b;
                    ran.add(threads.submit(() -> {
                        together.await();
                        return node.runDue();
                    }));
                }
                for (Future<List<JobId>> f : ran) {
                    f.get(2, TimeUnit.MINUTES);
                }
            } finally {
                threads.shutdownNow();
            }
            // let both nodes' own pollers look again too
            Thread.sleep(2_500);

            // then each job ran once more in the whole cluster
            for (JobId job : jobs) {
                assertThat(a.runsOnThisNode(job) + b.runsOnThisNode(job))
                        .as("runs of %s after round %d", job, round)
                        .isEqualTo(before.get(job) + round);
            }
        }
    }

    @Test
    public void seesAChangeMadeOnOneNodeOnTheOtherOnceItsCacheIsInvalidated() {
        // settings are cached on each node, as in Jira; a change empties the caches of the whole cluster, which the
        // node that made it sees at once and the others within Jira's asynchronous invalidation (here 200 ms)
        // kudos switched off on A is off on A at once and on B after invalidation
        assertThat(put(A, "/admin/people/features/kudos", "{\"enabled\": false}")
                        .statusCode())
                .isEqualTo(204);
        try {
            assertThat(get(A, "/kudos", "alice").statusCode()).isEqualTo(404);
            assertThat(statusOnceInvalidated(B, "/kudos", "alice", 404)).isEqualTo(404);
        } finally {
            assertThat(put(A, "/admin/people/features/kudos", "{\"enabled\": true}")
                            .statusCode())
                    .isEqualTo(204);
        }
        assertThat(statusOnceInvalidated(B, "/kudos", "alice", 200)).isEqualTo(200);

        // leaderboards turned on at B show on A
        assertThat(get(A, "/kudos/leaderboard", "alice").statusCode()).isEqualTo(404);
        assertThat(put(B, "/kudos/settings/leaderboards", "{\"on\": true}").statusCode())
                .isEqualTo(200);
        assertThat(statusOnceInvalidated(A, "/kudos/leaderboard", "alice", 200)).isEqualTo(200);

        // a team marked on A is a team on B
        HttpResponse<String> marked = A.send(A.request(REST + "/admin/people/teams", "admin", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"group\": \"team-finance\"}"))
                .build());
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(204);
        assertThat(onceInvalidated(B, "/admin/people", "admin", r -> r.body().contains("team-finance"))
                        .body())
                .contains("team-finance");

        // carol made its lead on A leads it on B, whose cache of team leads and reporting lines was already filled
        assertThat(get(B, "/people/me", "carol").body()).doesNotContain("\"leads\":[\"team-finance\"]");
        assertThat(put(A, "/admin/people/teams/team-finance/leads", "{\"leads\": [\"carol\"]}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(onceInvalidated(B, "/people/me", "carol", r -> r.body().contains("\"leads\":[\"team-finance\"]"))
                        .body())
                .contains("\"leads\":[\"team-finance\"]");
    }

    /** The status the node answers once it has had the time of one cache invalidation: see below. */
    private static int statusOnceInvalidated(RunningHost node, String path, String user, int expected) {
        return onceInvalidated(node, path, user, r -> r.statusCode() == expected)
                .statusCode();
    }

    /**
     * What the node answers once it has had the time of one cache invalidation (HostCacheManager polls every 200 ms):
     * asks until the answer is the expected one or two seconds have passed, and returns the last answer.
     */
    private static HttpResponse<String> onceInvalidated(
            RunningHost node, String path, String user, Predicate<HttpResponse<String>> expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        HttpResponse<String> answer = get(node, path, user);
        while (!expected.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = get(node, path, user);
        }
        return answer;
    }

    @Test
    public void holdsTheWeeklyAllowanceExactlyWhenRequestsAlternateBetweenNodes() throws Exception {
        // when Alice's 24 different kudos arrive at once, alternately at A and B
        List<Callable<HttpResponse<String>>> gives = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            RunningHost node = i % 2 == 0 ? A : B;
            String requestId = "allowance-" + i;
            gives.add(() -> give(node.uri(REST + "/kudos"), "alice", "carol", requestId));
        }
        List<HttpResponse<String>> responses = all(gives, 12);

        // then exactly her allowance of 10 was given, the rest refused as over it, and 10 rows hold it
        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(10);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409).hasSize(14).allSatisfy(r -> assertThat(r.body())
                .contains("service-culture.kudos.error.allowance.exceeded"));
        assertThat(count("SELECT COUNT(*) FROM " + KUDOS + " WHERE \"GIVER_KEY\" = ?", "JIRAUSER10100"))
                .isEqualTo(10);
    }

    @Test
    public void givesOneKudosForOneRequestIdHoweverOftenAndWhereverItArrives() throws Exception {
        // when Carol's client sends the same request 16 times at once, alternately to A and B
        List<Callable<HttpResponse<String>>> retries = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            RunningHost node = i % 2 == 0 ? A : B;
            retries.add(() -> give(node.uri(REST + "/kudos"), "carol", "alice", "same-request"));
        }
        List<HttpResponse<String>> responses = all(retries, 16);

        // then every answer is the same kudos, and one row exists
        assertThat(responses)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        Set<Long> ids = new HashSet<>();
        responses.forEach(r -> ids.add(Json.parse(r.body()).path("id").asLong()));
        assertThat(ids).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM " + KUDOS + " WHERE \"REQUEST_KEY\" = ?", "carol|same-request"))
                .isEqualTo(1);
    }

    @Test
    public void keepsNoSessionForCallsWithBasicCredentials() throws Exception {
        // when the app is called on both nodes without cookies
        List<HttpResponse<String>> responses = List.of(
                get(A, "/kudos", "alice"),
                get(B, "/values", "alice"),
                give(A.uri(REST + "/kudos"), "admin", "carol", "no-session-1"),
                get(B, "/kudos/notices", "carol"),
                get(A, "/admin/people", "admin"),
                A.get("/plugins/servlet/service-culture/recognition", "alice", "alice"),
                B.get("/secure/ViewProfile.jspa?name=carol", "alice", "alice"));

        // then it answers each, issues no session cookie, and Tomcat holds no session on either node
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isBetween(200, 299);
            assertThat(r.headers().allValues("Set-Cookie"))
                    .as("cookies from " + r.uri())
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        });
        assertThat(A.host().activeSessions()).isZero();
        assertThat(B.host().activeSessions()).isZero();
    }

    @Test
    public void losesNoCommittedKudosWhenANodeIsKilledMidLoad() throws Exception {
        String database = databaseUrlOf(A);
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        try (ClusterNodeProcess c = ClusterNodeProcess.start(database, "node-3")) {
            // when twelve givers' clients give kudos through A and C, and C is killed after some forty answers
            ExecutorService clients = Executors.newFixedThreadPool(6);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int client = t;
                running.add(clients.submit(() -> {
                    for (int i = 0; i < 16; i++) {
                        String giver = String.format("giver%02d", 2 * client + 1 + i % 2);
                        String requestId = "load-" + client + "-" + i;
                        URI target = i % 2 == 0 ? A.uri(REST + "/kudos") : c.uri(REST + "/kudos");
                        Outcome outcome = Outcome.of(giver, () -> give(target, giver, "carol", requestId));
                        outcomes.put(requestId, i % 2 == 0 ? outcome : outcome.throughKilledNode());
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            while (answered.get() < 40) {
                Thread.sleep(20);
            }
            c.kill();
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
            clients.shutdown();
        }

        // then every kudos a client was told of is in the database, whole
        Map<Long, String> rows = kudosRowsOfLoad();
        Set<Long> withReceivers = idsWithReceivers();
        List<Outcome> told =
                outcomes.values().stream().filter(o -> o.status == 201).toList();
        // (the load reached both nodes, and the kill left some requests without an answer)
        assertThat(told).anyMatch(o -> !o.viaKilledNode).anyMatch(o -> o.viaKilledNode);
        assertThat(outcomes.values()).anyMatch(o -> o.status == 0);
        for (Outcome o : told) {
            assertThat(rows).containsEntry(o.kudosId, o.giver);
            assertThat(withReceivers).contains(o.kudosId);
        }
        // and nothing half-written: every kudos row of the load has its receiver
        assertThat(withReceivers).containsAll(rows.keySet());

        // when every client whose request got no answer retries it, now through A
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            if (e.getValue().status == 0) {
                Outcome retried = Outcome.of(
                        e.getValue().giver,
                        () -> give(A.uri(REST + "/kudos"), e.getValue().giver, "carol", e.getKey()));
                assertThat(retried.status).as(e.getKey()).isIn(201, 409);
                e.setValue(retried);
            }
        }

        // then each request id that was given is one row, and no giver exceeded the allowance
        Map<Long, String> after = kudosRowsOfLoad();
        Set<Long> givenIds = new HashSet<>();
        Map<String, Integer> perGiver = new HashMap<>();
        for (Outcome o : outcomes.values()) {
            if (o.status == 201) {
                givenIds.add(o.kudosId);
                perGiver.merge(o.giver, 1, Integer::sum);
            }
        }
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(givenIds);
        assertThat(perGiver.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(10));
        assertThat(idsWithReceivers()).containsAll(after.keySet());
    }

    /** What one request got: its status (0 when no answer came) and the kudos id of a 201. */
    private record Outcome(String giver, int status, long kudosId, boolean viaKilledNode) {
        Outcome throughKilledNode() {
            return new Outcome(giver, status, kudosId, true);
        }

        static Outcome of(String giver, Callable<HttpResponse<String>> request) {
            try {
                HttpResponse<String> response = request.call();
                long id = response.statusCode() == 201
                        ? Json.parse(response.body()).path("id").asLong()
                        : -1;
                return new Outcome(giver, response.statusCode(), id, false);
            } catch (IOException noAnswer) {
                // the node died with the request: whether it was committed is for the retry to find out
                return new Outcome(giver, 0, -1, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static HttpResponse<String> give(URI kudos, String giver, String receiver, String requestId)
            throws IOException, InterruptedException {
        String body = Json.write(Map.of(
                "receivers",
                List.of(receiver),
                "value",
                "own-it",
                "message",
                "Thanks, from " + requestId,
                "requestId",
                requestId));
        return noCookies()
                .send(
                        HttpRequest.newBuilder(kudos)
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", RunningHost.basic(giver, giver))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient noCookies() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(RunningHost node, String path, String user) {
        return node.get(REST + path, user, user);
    }

    private static HttpResponse<String> put(RunningHost node, String path, String json) {
        return node.send(node.request(REST + path, "admin", "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static <T> List<T> all(List<Callable<T>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitAtLeastOneRunOfEach(List<JobId> jobs) throws InterruptedException {
        HostSchedulerService a = A.host().scheduler();
        HostSchedulerService b = B.host().scheduler();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < giveUp
                && jobs.stream().anyMatch(j -> a.runsOnThisNode(j) + b.runsOnThisNode(j) < 1)) {
            Thread.sleep(200);
        }
    }

    private static String databaseUrlOf(RunningHost node) {
        return node.host().options().database().orElseThrow();
    }

    private static DataSource data() {
        return A.host().database().dataSource();
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection c = data().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The kudos rows of the kill test's load, by id, with their giver. */
    private static Map<Long, String> kudosRowsOfLoad() throws SQLException {
        Map<Long, String> rows = new HashMap<>();
        try (Connection c = data().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT \"ID\", \"GIVER_KEY\" FROM " + KUDOS + " WHERE \"CLIENT_REQUEST_ID\" LIKE 'load-%'");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.put(r.getLong(1), r.getString(2));
            }
        }
        return rows;
    }

    private static Set<Long> idsWithReceivers() throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = data().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT DISTINCT \"KUDOS_ID\" FROM " + RECEIVERS);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return Collections.unmodifiableSet(ids);
    }
}
