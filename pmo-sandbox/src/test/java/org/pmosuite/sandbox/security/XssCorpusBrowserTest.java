package org.pmosuite.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmosuite.sandbox.security.EndpointSpec.Access.ADMIN;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.pmosuite.sandbox.BrowserFixture;
import org.pmosuite.sandbox.SandboxFixture;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.host.DashboardServlet;
import org.pmosuite.sandbox.platform.Html;
import org.pmosuite.sandbox.security.EndpointSpec.Call;
import org.pmosuite.sandbox.security.EndpointSpec.Request;
import org.pmosuite.sandbox.security.XssPayloads.Payload;
import org.pmosuite.sandbox.security.XssProbe.Findings;

/**
 * Stored and reflected XSS, and CSV injection, with the corpus of {@link XssPayloads}. Every payload is written
 * through every string member of every write the app publishes (the POST and PUT specs of {@link EndpointSpecs}, as
 * the user each spec names) and through the sandbox's stored dashboard item preferences. Then every page spec, the
 * dashboard item, the issue view's RAID panel, the RAID log with its entry editor, and every page with payloads in
 * its address are opened in Debian's Chromium as the PMO lead and as a project manager: no payload may run or be
 * injected, no template may be evaluated ({@link XssProbe}), and the CSV export must disarm every formula.
 *
 * <p>Each check is shown to see what it looks for: most writes are stored, every stored payload is shown as text,
 * the CSV has the formulas disarmed, and a canary inserts every payload unsafely where it is dangerous, which the
 * same probe must report.
 */
class XssCorpusBrowserTest {

    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final List<String> READERS = List.of(LEAD, MANAGER);
    /** Members a write names to say what it is based on, not text a user writes. */
    private static final Set<String> NOT_TEXT = Set.of("version", "fingerprint", "updated");
    /** Writes whose bodies hold only numbers and versions: no member a payload could be typed into. */
    private static final Set<String> WITHOUT_TEXT = Set.of(
            "POST /rest/pmo/1.0/portfolios/{id}/scenarios/{scenario}/commit",
            "POST /rest/pmo/1.0/portfolios/{id}/refresh",
            "PUT /rest/pmo/1.0/portfolios/{id}/items/{key}/inputs");
    private static final String DASHBOARD_ITEM = "raid-exposure-item";
    private static final String DASHBOARD = "secure/Dashboard.jspa";
    private static final String ITEM = "#gadget-" + DASHBOARD_ITEM;
    private static final String ENTRIES_POST = "POST /rest/pmo/1.0/raid/entries";
    private static final String LOG = "plugins/servlet/pmo/raid/log";
    private static final String CSV = "GET /rest/pmo/1.0/raid/log/csv";
    /** Query parameters a page might read, beyond those of the specs' requests. */
    private static final List<String> COMMON_PARAMETERS = List.of("project", "projectKey", "issueKey", "key", "type",
            "roam", "owner", "dependsOn", "band", "needsAttention", "open", "closed", "cell", "group", "sort", "order",
            "startAt", "maxResults", "size", "destination", "webSudoDestination", "os_destination", "returnUrl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static BrowserFixture session;
    static SandboxFixture sandbox;
    static SecurityFixture fixture;
    static WebDriver browser;
    /** The project manager's project, which both readers browse. */
    static String project;
    /** An issue of it that the corpus's dependencies wait for. */
    static String dependedOn;
    /**
     * Entries of the project, those it had and then those the corpus added; the n-th payload is written into every
     * member of the n-th.
     */
    static List<String> changed;
    static final List<Write> WRITES = new ArrayList<>();
    static int pageLoads;
    private static final Map<String, JsonNode> READS = new HashMap<>();

    /** One write of one payload through one member of a body. */
    record Write(String endpoint, String member, Payload payload, int status, boolean stored) {
    }

    @BeforeAll
    static void writeTheCorpus() throws Exception {
        session = BrowserFixture.start(temp);
        sandbox = session.sandbox();
        fixture = SecurityFixture.over(sandbox);
        browser = session.browser();
        session.beforeEveryDocument(XssProbe.INSTALL);
        project = sandbox.strings("SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", MANAGER).get(0);
        List<String> open = sandbox.strings("""
                SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                WHERE p.pkey = ? AND i.raid_type IS NOT NULL AND i.security_level_id IS NULL
                  AND i.status_category <> 'done' ORDER BY i.id""", project);
        assertThat(open).as("open entries of " + project).hasSizeGreaterThan(10);
        dependedOn = open.get(0);
        changed = new ArrayList<>(open.subList(1, open.size()));
        long started = System.nanoTime();
        // Entries are changed last, so that they are the most recently updated and lead the log sorted so.
        for (EndpointSpec spec : EndpointSpecs.all()) {
            if (spec.writes() && !spec.id().startsWith("PUT /rest/pmo/1.0/raid/entries")) {
                writeThrough(spec);
            }
        }
        fillMatrices();
        writeDashboardPreferences();
        for (EndpointSpec spec : EndpointSpecs.all()) {
            if (spec.id().startsWith("PUT /rest/pmo/1.0/raid/entries")) {
                writeThrough(spec);
            }
        }
        System.out.printf("XSS corpus: %d payloads, %d writes, %d answered 2xx, %d stored, in %d ms%n",
                XssPayloads.all().size(), WRITES.size(), WRITES.stream().filter(w -> w.status() / 100 == 2).count(),
                WRITES.stream().filter(Write::stored).count(), (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Test
    void everyWriteAnswersWithoutAServerErrorAndEveryTextMemberStoresPayloads() {
        assertThat(XssPayloads.all()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(WRITES.stream().filter(w -> w.status() >= 500 || w.status() < 200 || w.status() / 100 == 3)
                .map(w -> w.endpoint() + " " + w.member() + " = " + w.payload() + ": " + w.status()))
                .as("writes that answered neither 2xx nor 4xx").isEmpty();

        List<String> unwritten = EndpointDiscovery.ofThePlugin().discover().stream()
                .filter(e -> e.kind() == Endpoint.Kind.REST && List.of("POST", "PUT").contains(e.method()))
                .map(Endpoint::id).filter(id -> !WITHOUT_TEXT.contains(id))
                .filter(id -> WRITES.stream().noneMatch(w -> w.endpoint().startsWith(id)))
                .toList();
        assertThat(unwritten).as("POST and PUT endpoints the corpus wrote nothing through").isEmpty();

        Map<String, long[]> byMember = new TreeMap<>();
        for (Write write : WRITES) {
            long[] counts = byMember.computeIfAbsent(write.endpoint() + " " + write.member(), k -> new long[3]);
            counts[0]++;
            counts[1] += write.status() / 100 == 2 ? 1 : 0;
            counts[2] += write.stored() ? 1 : 0;
        }
        byMember.forEach((member, counts) -> System.out.printf("  %-70s sent %3d, 2xx %3d, stored %3d%n", member,
                counts[0], counts[1], counts[2]));
        int all = XssPayloads.all().size();
        // The members where people write text: each must store nearly every payload, or the check is void.
        Map<String, Integer> atLeast = new LinkedHashMap<>();
        atLeast.put(ENTRIES_POST + " /summary", all - 5);
        atLeast.put(ENTRIES_POST + " /responsePlan", all);
        atLeast.put(ENTRIES_POST + " (dependency) /summary", all - 5);
        atLeast.put("PUT /rest/pmo/1.0/raid/entries/{key} /summary", all - 5);
        atLeast.put("PUT /rest/pmo/1.0/raid/entries/{key} /responsePlan", all);
        atLeast.put("PUT /rest/pmo/1.0/raid/matrix?project /probabilityLabels/0", all / 2);
        atLeast.put("PUT /rest/pmo/1.0/raid/matrix?project /impactLabels/0", all / 2);
        atLeast.put("PUT /rest/pmo/1.0/raid/matrix?project /bands/0/label", all / 2);
        atLeast.put("PUT /rest/pmo/1.0/raid/matrix /probabilityLabels/0", all / 2);
        atLeast.put("PUT /rest/pmo/1.0/raid/matrix /impactLabels/0", all / 2);
        atLeast.put("PUT /rest/pmo/1.0/raid/matrix /bands/0/label", all / 2);
        atLeast.put("PUT /sandbox/dashboard/preferences /project", all);
        atLeast.forEach((member, minimum) -> assertThat(byMember.getOrDefault(member, new long[3])[2])
                .as("payloads stored through " + member).isGreaterThanOrEqualTo(minimum));
    }

    @Test
    void noStoredPayloadRunsOnAnyPageOrInTheDashboardItemForEitherUser() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Set<Integer>> shown = new LinkedHashMap<>();
        int loadsBefore = pageLoads;
        int views = 0;
        for (String user : READERS) {
            logIn(user);
            Set<Integer> seen = new TreeSet<>();
            for (String page : storedPages()) {
                Findings findings = load(page, user);
                assertThat(browser.getCurrentUrl()).as("opened, not sent elsewhere")
                        .isEqualTo(sandbox.uri(page).toString());
                problems.addAll(findings.problems());
                seen.addAll(findings.shown());
                views++;
            }
            List<Findings> more = new ArrayList<>(throughTheEntryEditor(user));
            more.addAll(throughDashboardPreferences(user));
            for (Findings findings : more) {
                problems.addAll(findings.problems());
                seen.addAll(findings.shown());
                views++;
            }
            shown.put(user, seen);
        }
        System.out.printf("XSS corpus: %d views probed for %d users, %d of them page loads%n", views, READERS.size(),
                pageLoads - loadsBefore);
        assertThat(problems).as("payloads that ran, were injected or evaluated").isEmpty();

        // The issue view of every entry the corpus changed, its RAID panel rendered on the server: all escaped.
        List<String> unescaped = new ArrayList<>();
        for (String user : READERS) {
            for (int i = 0; i < XssPayloads.all().size(); i++) {
                Payload payload = XssPayloads.all().get(i);
                String page = "browse/" + changed.get(i % changed.size());
                HttpResponse<String> answer = sandbox.get(page, user);
                assertThat(answer.statusCode()).as(page).isEqualTo(200);
                if (payload.text().matches("(?s).*[<>\"'].*") && answer.body().contains(payload.text())) {
                    unescaped.add(page + " as " + user + " holds " + payload + " unescaped");
                }
            }
        }
        assertThat(unescaped).isEmpty();

        Set<Integer> storedInEntries = WRITES.stream().filter(w -> w.stored()
                        && w.endpoint().startsWith("PUT /rest/pmo/1.0/raid/entries")
                        && (w.member().equals("/summary") || w.member().equals("/responsePlan")))
                .map(w -> w.payload().id()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(storedInEntries).as("payloads stored in entries").hasSize(XssPayloads.all().size());
        shown.forEach((user, seen) -> assertThat(seen).as("payloads " + user + " was shown as text")
                .containsAll(storedInEntries));
    }

    @Test
    void noPayloadInAPagesAddressRunsOrIsEchoedAsMarkup() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> parameters = parameters();
        List<Payload> payloads = XssPayloads.all();
        int loads = 0;
        Set<Integer> shown = new TreeSet<>();
        for (String page : reflectingPages()) {
            boolean takesProject = page.startsWith("plugins/servlet/");
            for (boolean validProject : takesProject ? List.of(false, true) : List.of(false)) {
                // Each parameter twice, with two payloads: a page reads one value or all of them.
                int perLoad = 2 * parameters.size();
                int rounds = (payloads.size() + perLoad - 1) / perLoad;
                for (int round = 0; round < rounds; round++) {
                    String user = READERS.get(loads % READERS.size());
                    logIn(user);
                    List<String[]> query = new ArrayList<>();
                    for (int i = 0; i < perLoad; i++) {
                        String name = parameters.get(i % parameters.size());
                        String value = payloads.get((round * perLoad + i) % payloads.size()).text();
                        query.add(new String[] {name, validProject && name.equals("project") ? project : value});
                    }
                    String path = page.replace("{key}", encodePath(payloads.get(round % payloads.size()).text()));
                    Findings findings = load(path + "?" + encode(query), user);
                    problems.addAll(findings.problems());
                    shown.addAll(findings.shown());
                    loads++;
                }
            }
        }
        System.out.printf("XSS corpus: %d page loads with payloads in the address%n", loads);
        assertThat(problems).as("payloads from the address that ran, were injected or evaluated").isEmpty();
        assertThat(shown).as("payloads from the address shown as text").hasSizeGreaterThan(payloads.size() / 2);

        // Every payload alone, in every parameter and the path of every page at once: never echoed as markup,
        // and echoed escaped by some page.
        List<String> echoed = new ArrayList<>();
        Set<Integer> escaped = new TreeSet<>();
        Set<Integer> markup = new TreeSet<>();
        for (Payload payload : payloads) {
            if (!payload.text().matches("(?s).*[<>\"'].*")) {
                continue;
            }
            markup.add(payload.id());
            List<String[]> query = parameters.stream().map(name -> new String[] {name, payload.text()}).toList();
            for (String page : reflectingPages()) {
                String path = page.replace("{key}", encodePath(payload.text())) + "?" + encode(query);
                HttpResponse<String> answer = fixture.sendQuickly(Request.get(path), LEAD, true);
                if (answer.statusCode() >= 500) {
                    echoed.add(path + ": " + answer.statusCode());
                } else if (answer.body().contains(payload.text())) {
                    echoed.add(page + " echoes " + payload + " unescaped");
                }
                if (answer.body().contains(Html.escape(payload.text().strip()))) {
                    escaped.add(payload.id());
                }
            }
        }
        assertThat(echoed).as("pages that echo a payload from their address as markup").isEmpty();
        assertThat(escaped).as("payloads some page echoes escaped").isEqualTo(markup);

        // Every REST read, with the payload in its path and every parameter: JSON (or the CSV export), never a page
        // that shows the payload.
        List<String> pagesFromRest = new ArrayList<>();
        for (EndpointSpec spec : EndpointSpecs.all()) {
            if (spec.isPage() || !spec.method().equals("GET")) {
                continue;
            }
            String path = spec.request().apply(new Call(LEAD, project, dependedOn, fixture.reads(LEAD))).path();
            path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            for (Payload payload : payloads) {
                List<String[]> query = parameters.stream().map(name -> new String[] {name, payload.text()}).toList();
                String address = path.replace(dependedOn, encodePath(payload.text())) + "?" + encode(query);
                HttpResponse<String> answer = fixture.sendQuickly(Request.get(address), LEAD, true);
                String type = answer.headers().firstValue("Content-Type").orElse("");
                boolean data = type.startsWith("application/json") || type.startsWith("text/csv");
                // The server's own refusal of an address it will not route (an encoded slash, backslash or percent
                // sign) shows the address percent-encoded, before the app is reached.
                boolean refusedAddress = answer.statusCode() == 400 && type.startsWith("text/html")
                        && answer.body().contains("HTTP ERROR 400") && !answer.body().contains(payload.text())
                        && !answer.body().contains(Html.escape(payload.text()));
                if (answer.statusCode() >= 500 || !data && !refusedAddress) {
                    pagesFromRest.add(spec.id() + " with " + payload + ": " + answer.statusCode() + " " + type);
                }
            }
        }
        assertThat(pagesFromRest).as("REST reads that answered other than JSON or CSV").isEmpty();
    }

    @Test
    void theCsvExportDisarmsEveryFormulaForEitherUser() throws Exception {
        EndpointSpec csv = EndpointSpecs.byId().get(CSV);
        List<String> problems = new ArrayList<>();
        Set<Integer> disarmed = new TreeSet<>();
        Set<Integer> formulas = XssPayloads.all().stream().filter(Payload::formula).map(Payload::id)
                .collect(Collectors.toCollection(TreeSet::new));
        int cells = 0;
        for (String user : READERS) {
            for (String target : Arrays.asList(project, null)) {
                Request request = csv.request().apply(new Call(user, target, null, fixture.reads(user)));
                String path = request.path().replaceAll("needsAttention=true&?", "").replaceAll("[?&]$", "");
                HttpResponse<String> answer = sandbox.get(path, user);
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(answer.body())).getRecords();
                assertThat(records).as(path + " as " + user).hasSizeGreaterThan(100);
                problems.addAll(armedCells(path + " as " + user, records));
                for (CSVRecord record : records) {
                    for (String cell : record) {
                        cells++;
                        for (Payload payload : XssPayloads.all()) {
                            if (payload.formula() && (cell.equals("'" + payload.text())
                                    || cell.equals("'" + payload.text().strip()))) {
                                disarmed.add(payload.id());
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("XSS corpus: %d CSV cells checked%n", cells);
        assertThat(problems).as("CSV cells a spreadsheet reads as a formula").isEmpty();
        assertThat(disarmed).as("formula payloads found disarmed in a cell").isEqualTo(formulas);
    }

    /**
     * The canary: every payload inserted unsafely into a document where it is dangerous (its {@link
     * XssPayloads.Context}), each in a frame of its own on one of the app's pages; a Velocity form is evaluated by a
     * Velocity engine without escaping, a JavaScript template form by {@code eval}. The probe the other tests use
     * must report each payload that runs script or evaluates to text, and a CSV cell left armed must be caught.
     */
    @Test
    void theCanaryShowsTheProbeReportsEveryPayloadWhereItIsDangerous() throws Exception {
        logIn(LEAD);
        Findings clean = load("plugins/servlet/pmo/raid/heatmap", LEAD);
        assertThat(clean.problems()).isEmpty();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (Payload payload : XssPayloads.all()) {
            js.executeScript("""
                    var frame = document.createElement('iframe');
                    frame.id = 'canary-' + arguments[0];
                    document.body.appendChild(frame);
                    var w = frame.contentWindow;
                    w.document.open();
                    w.__xss = [];
                    w.document.write(arguments[1]);
                    w.document.close();
                    """, payload.id(), unsafe(payload));
        }
        XssProbe.awaitSettled(browser, "canary");
        Thread.sleep(100);
        Findings canary = XssProbe.probe(browser, "canary");
        Set<Integer> expected = XssPayloads.all().stream().filter(p -> p.runs() || p.evaluated() != null)
                .map(Payload::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).as("payloads that run script or evaluate").hasSizeGreaterThan(50);
        assertThat(canary.detected()).as("payloads the probe reports when inserted unsafely")
                .containsAll(expected);
        assertThat(canary.problems()).isNotEmpty();
        assertThat(canary.ran()).as("payloads that ran, not only were seen").hasSizeGreaterThan(30);

        for (Payload formula : XssPayloads.all().stream().filter(Payload::formula).toList()) {
            String cell = "\"" + formula.text().replace("\"", "\"\"") + "\"";
            String export = "\"Key\",\"Summary\"\r\n\"A-1\"," + cell + "\r\n";
            assertThat(armedCells("canary", CSVFormat.RFC4180.parse(new StringReader(export)).getRecords()))
                    .as("an armed cell " + formula).hasSize(1);
            assertThat(armedCells("canary", CSVFormat.RFC4180.parse(new StringReader(export.replace(cell,
                    "\"'" + cell.substring(1)))).getRecords())).as("the same cell disarmed").isEmpty();
        }
    }

    /** The cells a spreadsheet would read as a formula: those that start with one of its first characters. */
    static List<String> armedCells(String export, List<CSVRecord> records) {
        List<String> armed = new ArrayList<>();
        for (CSVRecord record : records) {
            for (String cell : record) {
                if (!cell.isEmpty() && XssPayloads.FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
                    armed.add(export + ", row " + record.getRecordNumber() + ": " + jsString(cell));
                }
            }
        }
        return armed;
    }

    // Writing

    /**
     * Every payload through every text member of every body the spec sends, by the user the spec names, reading
     * again before each write what it is based on (a version, a timestamp, a dry run). A member that took its first
     * five payloads without storing any, and refused none, is read-only (the write ignores it) and gets no more.
     */
    private static void writeThrough(EndpointSpec spec) throws Exception {
        List<String> targets = spec.acrossProjects() ? Arrays.asList(project, null) : List.of(project);
        for (String target : targets) {
            EndpointSpec.Access access = EndpointSpecs.accessFor(spec, target);
            String writer = access == ADMIN || access == EndpointSpec.Access.PMO_LEAD ? LEAD : MANAGER;
            String endpoint = spec.id() + (spec.acrossProjects() && target != null ? "?project" : "");
            if (spec.request().apply(new Call(writer, target, changed.get(0), reads(writer))).body() == null) {
                continue;
            }
            Map<String, Integer> ignoring = new LinkedHashMap<>();
            Set<String> writable = new LinkedHashSet<>();
            int index = 0;
            for (Payload payload : XssPayloads.all()) {
                String issue = spec.concern() == EndpointSpec.Concern.ISSUE ? changed.get(index % changed.size())
                        : null;
                index++;
                Call call = new Call(writer, target, issue, reads(writer));
                for (Map.Entry<String, Variant> variant : variants(spec).entrySet()) {
                    String name = endpoint + variant.getKey();
                    ObjectNode base = variant.getValue().body().apply(body(spec.request().apply(call)));
                    for (String member : textMembers(base)) {
                        if (!variant.getValue().members().test(member)
                                || !writable.contains(name + " " + member)
                                && ignoring.getOrDefault(name + " " + member, 0) >= 5) {
                            continue;
                        }
                        Request fresh = spec.request().apply(call);
                        ObjectNode body = variant.getValue().body().apply(body(fresh));
                        set(body, member, payload.text());
                        HttpResponse<String> answer = fixture.sendQuickly(fresh.withBody(body.toString()), writer,
                                spec.websudo());
                        boolean accepted = answer.statusCode() / 100 == 2;
                        boolean stored = accepted && holds(answer.body(), member, payload);
                        WRITES.add(new Write(name, member, payload, answer.statusCode(), stored));
                        // Read-only: taken without being stored every time; a refusal or a store shows it is not.
                        if (accepted && !stored) {
                            ignoring.merge(name + " " + member, 1, Integer::sum);
                        } else {
                            writable.add(name + " " + member);
                        }
                        if (accepted) {
                            READS.clear();
                        }
                        if (answer.statusCode() == 201 && !JSON.readTree(answer.body()).path("key").asText().isEmpty()) {
                            changed.add(JSON.readTree(answer.body()).path("key").asText());
                        }
                    }
                }
            }
        }
    }

    /** Reads as the user, each answer kept until a write succeeds: a refused write changes nothing. */
    private static EndpointSpec.Reads reads(String user) {
        EndpointSpec.Reads reads = fixture.reads(user);
        return path -> READS.computeIfAbsent(user + " " + path, key -> reads.json(path));
    }

    /** A body a spec's write is sent with, and which of its members the corpus goes through. */
    record Variant(UnaryOperator<ObjectNode> body, Predicate<String> members) {
    }

    /**
     * The bodies a spec's write is sent with: its own, and for a new entry also a dependency's, through the members
     * a dependency adds and its summary, which the issue view of the issue it waits for lists.
     */
    private static Map<String, Variant> variants(EndpointSpec spec) {
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("", new Variant(UnaryOperator.identity(), member -> true));
        if (spec.id().equals(ENTRIES_POST)) {
            variants.put(" (dependency)", new Variant(body -> {
                body.remove("reviewDate");
                return body.put("type", "DEPENDENCY").put("dependsOn", dependedOn).put("needBy", "2027-03-01");
            }, Set.of("/summary", "/dependsOn", "/needBy")::contains));
        }
        return variants;
    }

    /** The project's and the portfolio's matrices, each label a different payload that a label takes. */
    private static void fillMatrices() throws Exception {
        EndpointSpec spec = EndpointSpecs.byId().get("PUT /rest/pmo/1.0/raid/matrix");
        for (String target : Arrays.asList(project, null)) {
            String writer = target == null ? LEAD : MANAGER;
            String endpoint = spec.id() + (target == null ? "" : "?project");
            Iterator<Payload> labels = WRITES.stream().filter(w -> w.stored() && w.endpoint().equals(endpoint)
                    && w.member().equals("/probabilityLabels/0")).map(Write::payload).distinct()
                    .collect(Collectors.toList()).iterator();
            Request fresh = spec.request().apply(new Call(writer, target, null, fixture.reads(writer)));
            ObjectNode body = body(fresh);
            for (String list : List.of("probabilityLabels", "impactLabels")) {
                ArrayNode levels = (ArrayNode) body.get(list);
                for (int i = 0; i < levels.size() && labels.hasNext(); i++) {
                    levels.set(i, labels.next().text());
                }
            }
            for (JsonNode band : body.get("bands")) {
                if (labels.hasNext()) {
                    ((ObjectNode) band).put("label", labels.next().text());
                }
            }
            HttpResponse<String> answer = fixture.sendQuickly(fresh.withBody(body.toString()), writer, true);
            assertThat(answer.statusCode()).as("the matrix full of payloads: " + answer.body()).isEqualTo(200);
            READS.clear();
        }
    }

    /** Each reader's dashboard item preferences, every payload through each preference the item saves. */
    private static void writeDashboardPreferences() throws Exception {
        String path = DashboardServlet.PREFERENCES_PATH.substring(1) + "?item=" + DASHBOARD_ITEM;
        for (String user : READERS) {
            for (Payload payload : XssPayloads.all()) {
                for (String member : List.of("project", "types", "isConfigured")) {
                    ObjectNode preferences = JSON.createObjectNode().put("project", project).put("types", "RISK")
                            .put("isConfigured", "true").put(member, payload.text());
                    HttpResponse<String> answer = fixture.sendQuickly(new Request("PUT", path,
                            preferences.toString()), user, false);
                    boolean stored = answer.statusCode() == 204 && preferencesOf(user).path(DASHBOARD_ITEM)
                            .path(member).asText().equals(payload.text());
                    WRITES.add(new Write("PUT " + DashboardServlet.PREFERENCES_PATH, "/" + member, payload,
                            answer.statusCode(), stored));
                }
            }
        }
    }

    private static JsonNode preferencesOf(String user) throws Exception {
        return JSON.readTree(sandbox.get(DashboardServlet.PREFERENCES_PATH.substring(1), user).body());
    }

    private static ObjectNode body(Request request) {
        try {
            return (ObjectNode) JSON.readTree(request.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.body(), e);
        }
    }

    /**
     * The JSON pointers of a body's string members and of those it leaves empty (null), at any depth; of an array,
     * its first element only (its elements are checked alike). Versions, fingerprints and timestamps are left out.
     */
    static List<String> textMembers(JsonNode body) {
        List<String> members = new ArrayList<>();
        collect(body, "", members);
        return members;
    }

    private static void collect(JsonNode node, String pointer, List<String> members) {
        if (node.isTextual() || node.isNull()) {
            members.add(pointer);
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), pointer + "/0", members);
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                if (!NOT_TEXT.contains(name)) {
                    collect(node.get(name), pointer + "/" + name, members);
                }
            });
        }
    }

    private static void set(ObjectNode body, String pointer, String text) {
        int last = pointer.lastIndexOf('/');
        JsonNode parent = last == 0 ? body : body.at(pointer.substring(0, last));
        String name = pointer.substring(last + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(name), text);
        } else {
            ((ObjectNode) parent).put(name, text);
        }
    }

    /** Whether an answer holds the payload at the member written, at any depth (stored text may be stripped). */
    private static boolean holds(String answer, String member, Payload payload) {
        try {
            return holds(JSON.readTree(answer), member, payload.text().strip());
        } catch (java.io.IOException notJson) {
            return false;
        }
    }

    private static boolean holds(JsonNode node, String member, String text) {
        JsonNode at = node.at(member);
        if (at.isTextual() && at.asText().contains(text)) {
            return true;
        }
        for (JsonNode child : node) {
            if (child.isContainerNode() && holds(child, member, text)) {
                return true;
            }
        }
        return false;
    }

    // Reading

    /** Every page spec as its request names it, for the project, across projects and for issues with payloads. */
    private static List<String> storedPages() {
        Set<String> pages = new LinkedHashSet<>();
        for (EndpointSpec spec : EndpointSpecs.all()) {
            if (!spec.isPage()) {
                continue;
            }
            List<String> issues = spec.concern() == EndpointSpec.Concern.ISSUE
                    ? List.of(dependedOn, changed.get(0), changed.get(1), changed.get(2))
                    : Arrays.asList((String) null);
            List<String> targets = spec.concern() == EndpointSpec.Concern.PROJECT
                    ? spec.acrossProjects() ? Arrays.asList(project, null) : List.of(project)
                    : Arrays.asList((String) null);
            for (String issue : issues) {
                for (String target : targets) {
                    pages.add(spec.request().apply(new Call(LEAD, target, issue, fixture.reads(LEAD))).path());
                }
            }
        }
        // The demo portfolio's board in each of its views, the decision log with the reasons written above included.
        String demo = EndpointSpecs.portfolio(new Call(LEAD, null, null, fixture.reads(LEAD)));
        for (String view : List.of("list", "matrix", "scenarios", "intake", "log")) {
            pages.add("plugins/servlet/pmo/portfolio/board?portfolio=" + demo.substring(demo.lastIndexOf('/') + 1)
                    + "&view=" + view);
        }
        // The RAID log's own views of the same entries: the latest first, paged, by dependency, grouped.
        pages.add(LOG + "?project=" + project + "&sort=updated&order=desc&maxResults=100");
        pages.add(LOG + "?project=" + project + "&sort=updated&order=desc&maxResults=100&startAt=100");
        pages.add(LOG + "?sort=updated&order=desc&maxResults=100");
        pages.add(LOG + "?dependsOn=" + dependedOn + "&maxResults=100");
        pages.add(LOG + "?project=" + project + "&group=owner");
        pages.add(LOG + "?group=project&sort=updated&order=desc");
        return List.copyOf(pages);
    }

    /** Every page spec's address without its query, the issue view with its key in the path, and the sandbox's. */
    private static List<String> reflectingPages() {
        Set<String> pages = new LinkedHashSet<>();
        for (EndpointSpec spec : EndpointSpecs.all()) {
            if (spec.isPage()) {
                String path = spec.request().apply(new Call(LEAD, project, dependedOn, fixture.reads(LEAD))).path();
                path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
                pages.add(path.replace(dependedOn, "{key}"));
            }
        }
        pages.add("");
        pages.add("login.jsp");
        pages.add("secure/admin/WebSudoAuthenticate.jspa");
        return List.copyOf(pages);
    }

    /** The query parameters of every spec's request, and those a page might read. */
    private static List<String> parameters() {
        Set<String> names = new TreeSet<>(COMMON_PARAMETERS);
        for (EndpointSpec spec : EndpointSpecs.all()) {
            if (spec.method().equals("GET") || spec.isPage()) {
                String path = spec.request().apply(new Call(LEAD, project, dependedOn, fixture.reads(LEAD))).path();
                if (path.contains("?")) {
                    for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                        names.add(pair.split("=")[0]);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    private static void logIn(String user) {
        session.logInByCookie(user, List.of(fixture.websudoSession(user)));
    }

    private static Findings load(String path, String user) {
        pageLoads++;
        session.open(path);
        return XssProbe.afterLoad(browser, path + " as " + user);
    }

    /**
     * The RAID log's entry editor: an entry full of payloads opened for editing, then new entries added through the
     * form with payloads in every text field, so that the refusals name them beside their fields.
     */
    private static List<Findings> throughTheEntryEditor(String user) {
        List<Findings> findings = new ArrayList<>();
        String page = LOG + "?project=" + project + "&sort=updated&order=desc";
        findings.add(load(page, user));
        browser.findElements(By.cssSelector("button.pmo-raid-log-edit")).get(0).click();
        findings.add(XssProbe.afterLoad(browser, "the entry editor on " + page + " as " + user));
        List<Payload> payloads = XssPayloads.all();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.findElement(By.id("pmo-raid-log-add")).click();
        XssProbe.awaitSettled(browser, "the entry editor");
        for (int i = 0; i < payloads.size(); i += 4) {
            js.executeScript("""
                    var form = document.getElementById('pmo-raid-entry-form');
                    form.elements.namedItem('type').value = 'DEPENDENCY';
                    form.elements.namedItem('type').dispatchEvent(new Event('change'));
                    form.elements.namedItem('summary').value = arguments[0];
                    form.elements.namedItem('owner').value = arguments[1];
                    form.elements.namedItem('dependsOn').value = arguments[2];
                    form.elements.namedItem('responsePlan').value = arguments[3];
                    document.getElementById('pmo-raid-entry-save').click();
                    """, payloads.get(i).text(), payloads.get((i + 1) % payloads.size()).text(),
                    payloads.get((i + 2) % payloads.size()).text(), payloads.get((i + 3) % payloads.size()).text());
            findings.add(XssProbe.afterLoad(browser, "the entry editor saving payloads " + payloads.get(i) + " to "
                    + payloads.get((i + 3) % payloads.size()) + " as " + user));
            assertThat(browser.findElement(By.id("pmo-raid-entry-editor")).getDomAttribute("data-state"))
                    .as("a refusal keeps the form").isEqualTo("failed");
        }
        return findings;
    }

    /**
     * The dashboard item with payloads in its stored preferences: the dashboard loaded with a payload in each
     * preference the item saves, in view and (a payload as {@code isConfigured}) in edit mode; then, on the loaded
     * dashboard, one payload after another chosen as the project in the item's own configuration form, which the
     * dashboard stores and then renders the item with. Each reader takes every other payload.
     */
    private static List<Findings> throughDashboardPreferences(String user) throws Exception {
        List<Findings> findings = new ArrayList<>();
        String path = DashboardServlet.PREFERENCES_PATH.substring(1) + "?item=" + DASHBOARD_ITEM;
        List<Payload> payloads = XssPayloads.all();
        int reader = READERS.indexOf(user);
        List<ObjectNode> stored = List.of(
                JSON.createObjectNode().put("project", project).put("isConfigured", "true")
                        .put("types", payloads.get(reader).text()),
                JSON.createObjectNode().put("project", payloads.get(2 + reader).text()).put("types", "RISK")
                        .put("isConfigured", "true"),
                JSON.createObjectNode().put("project", project).put("types", "ISSUE")
                        .put("isConfigured", payloads.get(4 + reader).text()));
        for (ObjectNode preferences : stored) {
            assertThat(fixture.sendQuickly(new Request("PUT", path, preferences.toString()), user, false)
                    .statusCode()).isEqualTo(204);
            findings.add(load(DASHBOARD, user));
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Payload last = null;
        for (int i = reader; i < payloads.size(); i += READERS.size()) {
            last = payloads.get(i);
            js.executeScript("""
                    if (!document.querySelector(arguments[0] + ' form.pmo-kpi-config')) {
                        document.querySelector(arguments[0] + ' .dashboard-item-configure').click();
                    }
                    var form = document.querySelector(arguments[0] + ' form.pmo-kpi-config');
                    var select = form.querySelector('select[name="project"]');
                    var choice = document.createElement('option');
                    choice.value = arguments[1];
                    choice.textContent = 'payload';
                    select.appendChild(choice);
                    select.value = arguments[1];
                    form.querySelector('button[type="submit"]').click();
                    """, ITEM, last.text());
            findings.add(XssProbe.afterLoad(browser, "the dashboard item saved with project " + last + " as "
                    + user));
        }
        assertThat(preferencesOf(user).path(DASHBOARD_ITEM).path("project").asText()).as("stored")
                .isEqualTo(last.text());
        return findings;
    }

    // The canary's unsafe rendering

    /** A whole document with the payload inserted unescaped where it is dangerous. */
    static String unsafe(Payload payload) {
        String t = payload.text();
        String head = "";
        String body = switch (payload.context()) {
            case HTML, CSV -> "<div>" + t + "</div>";
            case DOUBLE_QUOTED -> "<input value=\"" + t + "\">";
            case SINGLE_QUOTED -> "<input value='" + t + "'>";
            case UNQUOTED -> "<img src=" + t + ">";
            case URL -> "<a href=\"" + t + "\">link</a><iframe src=\"" + t + "\"></iframe>";
            case TEXTAREA -> "<textarea>" + t + "</textarea>";
            case TITLE -> {
                head = "<title>" + t + "</title>";
                yield "";
            }
            case STYLE -> "<style>/* " + t + " */</style>";
            case NOSCRIPT -> "<noscript>" + t + "</noscript>";
            case OPTION -> "<select><option>" + t + "</option></select>";
            case COMMENT -> "<!-- " + t + " -->";
            case CDATA -> "<svg><![CDATA[" + t + "]]></svg>";
            case SCRIPT, SCRIPT_SINGLE -> "<script>var v = '" + t + "';</script>";
            case SCRIPT_DOUBLE -> "<script>var v = \"" + t + "\";</script>";
            case SCRIPT_SINGLE_ESCAPED -> "<script>var v = '" + t.replace("'", "\\'") + "';</script>";
            case SCRIPT_TEMPLATE -> "<script>var v = `" + t + "`;</script>";
            case JS_TEMPLATE -> "<div id=\"t\"></div><script>var scope = {$on: function () {}};\n"
                    + "with (scope) { document.getElementById('t').textContent = String(eval("
                    + jsString(t.replaceAll("^[{$]\\{|}}?$", "")) + ")); }</script>";
            case VELOCITY -> "<div>" + velocity(t) + "</div>";
            case OTHER_TEMPLATE -> "<div>" + payload.evaluated() + "</div>";
            case DECODED -> "<div>" + decodedOnce(t) + "</div>";
        };
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String velocity(String template) {
        VelocityEngine engine = new VelocityEngine();
        engine.init();
        StringWriter out = new StringWriter();
        engine.evaluate(new VelocityContext(), out, "canary", template);
        return out.toString();
    }

    private static final Pattern JS_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private static String decodedOnce(String text) {
        String entities = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        String percent = URLDecoder.decode(entities, StandardCharsets.UTF_8);
        return JS_ESCAPE.matcher(percent).replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }

    private static String jsString(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(List<String[]> query) {
        return query.stream().map(pair -> URLEncoder.encode(pair[0], StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(pair[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String encodePath(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
