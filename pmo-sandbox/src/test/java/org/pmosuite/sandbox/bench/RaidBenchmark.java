package org.pmosuite.sandbox.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.pmosuite.sandbox.Sandbox;
import org.pmosuite.sandbox.SandboxOptions;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.data.PortfolioSize;
import org.pmosuite.sandbox.host.LoginFilter;

/**
 * A benchmark, not a test (run by {@code bench/raid-benchmark.sh}): the sandbox's enterprise portfolio in this JVM,
 * then, side by side in one run,
 * <ul>
 * <li>the RAID register's first page and the portfolio heat map as the PMO lead, median and p95 of wall time over
 * loopback (the server's time plus a loopback round trip);</li>
 * <li>CSV exports of the whole register: first timed alone, then again while a sampler forces a full collection
 * every 250 ms and records the heap still in use; the growth is the largest sample less the live heap before the
 * export (the sampled run is slower, and its time is not reported).</li>
 * </ul>
 */
public final class RaidBenchmark {

    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final double MB = 1024.0 * 1024.0;
    private static final int SLOW_REQUESTS = 5;

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    private RaidBenchmark(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int exports = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path data = Path.of(args.length > 2 ? args[2] : "target/bench-enterprise");
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions("127.0.0.1", 0, data, PortfolioSize.ENTERPRISE,
                SandboxOptions.DEFAULT_SEED), System.out::println)) {
            new RaidBenchmark(sandbox.baseUri()).run(requests, exports);
        }
    }

    private void run(int requests, int exports) throws Exception {
        String page = "rest/pmo/1.0/raid/log";
        String heatMap = "rest/pmo/1.0/raid/heatmap";
        String byReview = "rest/pmo/1.0/raid/log?sort=reviewDate";
        String manager = PortfolioGenerator.PROJECT_MANAGER;
        System.out.printf(Locale.ROOT, "warm-up: page %.3f s, heat map %.3f s, by review date %.3f s, manager's "
                + "page %.3f s, manager's heat map %.3f s%n", time(page, LEAD), time(heatMap, LEAD),
                time(byReview, LEAD), time(page, manager), time(heatMap, manager));
        List<Double> pages = new ArrayList<>();
        List<Double> maps = new ArrayList<>();
        List<Double> managerPages = new ArrayList<>();
        List<Double> managerMaps = new ArrayList<>();
        List<Double> reviewPages = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            pages.add(time(page, LEAD));
            maps.add(time(heatMap, LEAD));
            managerPages.add(time(page, manager));
            managerMaps.add(time(heatMap, manager));
            // The order no kept count helps with: a few requests are enough to show what it costs.
            if (i < SLOW_REQUESTS) {
                reviewPages.add(time(byReview, LEAD));
            }
            System.out.printf(Locale.ROOT, "request %d: page %.3f s, heat map %.3f s, manager's page %.3f s, "
                    + "manager's heat map %.3f s%n", i + 1, pages.get(i), maps.get(i), managerPages.get(i),
                    managerMaps.get(i));
        }
        System.out.printf(Locale.ROOT, "case\tmedian_s\tp95_s%n");
        System.out.printf(Locale.ROOT, "register first page (pmo-lead, 50 of all open entries)\t%.3f\t%.3f%n",
                median(pages), p95(pages));
        System.out.printf(Locale.ROOT, "portfolio heat map (pmo-lead, 500 projects)\t%.3f\t%.3f%n", median(maps),
                p95(maps));
        System.out.printf(Locale.ROOT, "register first page (project-manager, 100 projects)\t%.3f\t%.3f%n",
                median(managerPages), p95(managerPages));
        System.out.printf(Locale.ROOT, "heat map (project-manager, 100 projects)\t%.3f\t%.3f%n",
                median(managerMaps), p95(managerMaps));
        System.out.printf(Locale.ROOT, "register first page by review date (pmo-lead, %d requests)\t%.3f\t%.3f%n",
                reviewPages.size(), median(reviewPages), p95(reviewPages));

        String total = new String(http.send(request("rest/pmo/1.0/raid/log?open=false&maxResults=1"),
                HttpResponse.BodyHandlers.ofByteArray()).body(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s).*\"total\":(\\d+).*", "$1");
        System.out.printf(Locale.ROOT, "export (the log's total: %s entries)\tMB\tseconds\tretained_heap_mb%n", total);
        for (int i = 0; i < exports; i++) {
            long start = System.nanoTime();
            long bytes = exportBytes("rest/pmo/1.0/raid/log/csv?open=false&sort=key");
            double seconds = (System.nanoTime() - start) / 1e9;
            long baseline = liveHeap();
            AtomicLong largest = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    largest.accumulateAndGet(liveHeap(), Math::max);
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            exportBytes("rest/pmo/1.0/raid/log/csv?open=false&sort=key");
            sampler.interrupt();
            sampler.join();
            System.out.printf(Locale.ROOT, "csv, every entry of the register\t%.1f\t%.1f\t%.1f%n", bytes / MB,
                    seconds, (largest.get() - baseline) / MB);
        }
    }

    /** The heap still in use after a full collection: what is live, garbage excluded. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private double time(String path, String user) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request(path, user), HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return seconds;
    }

    /** Streams the CSV and counts its bytes, keeping nothing of it. */
    private long exportBytes(String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(request(path), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes += read;
            }
        }
        return bytes;
    }

    private HttpRequest request(String path) {
        return request(path, LEAD);
    }

    private HttpRequest request(String path, String user) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Cookie", LoginFilter.COOKIE + "=" + user).GET()
                .build();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(0.95 * sorted.size()) - 1));
    }
}
