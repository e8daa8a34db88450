package org.tidtam.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the JSON API of a running server: {@code users} virtual users, each with a form 7.2 draft
 * of its own (created first through the API), load it (GET) and save it back (PUT with its version
 * in {@code If-Match}) in a loop for {@code seconds}; one iteration in ten also downloads the Word
 * document. Prints the latency percentiles per operation, the throughput and the errors; exits 1
 * when there was an error.
 *
 * <pre>
 * java -cp ui/target/test-classes org.tidtam.bench.ApiLoadBenchmark \
 *     [base-url] [users] [seconds] [user:password]
 * </pre>
 *
 * Defaults: http://127.0.0.1:8080, 50 users, 60 seconds, supervision:supervision. Only the JDK is
 * needed: {@code bin/load-benchmark} starts a server and runs it.
 */
public final class ApiLoadBenchmark {

  enum Op {
    LOAD,
    SAVE,
    DOWNLOAD
  }

  private final HttpClient http;
  private final URI base;
  private final String authorization;
  private final Map<Op, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Op.class);
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

  private ApiLoadBenchmark(URI base, String credentials) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    this.base = base;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    for (Op op : Op.values()) {
      latencies.put(op, new ConcurrentLinkedQueue<>());
    }
  }

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    String credentials = args.length > 3 ? args[3] : "supervision:supervision";
    ApiLoadBenchmark bench = new ApiLoadBenchmark(base, credentials);
    List<Long> drafts = bench.createDrafts(users);
    System.out.printf(
        "%d users, each with its own 7.2 draft (ids %d..%d), %d s against %s%n",
        users, drafts.getFirst(), drafts.getLast(), seconds, base);
    bench.warmUp(drafts);
    long[] iterations = bench.run(drafts, Duration.ofSeconds(seconds));
    System.exit(bench.report(seconds, iterations) ? 0 : 1);
  }

  // ---- set-up

  private List<Long> createDrafts(int count) throws Exception {
    String body =
        """
        {"form": "7.2", "fiscalYear": 2569, "round": "ROUND_12M", "unit": "SUPERVISION",
         "start": "sample"}""";
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpResponse<String> response =
          http.send(
              request("/api/submissions")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException(
            "creating a draft: HTTP " + response.statusCode() + " " + response.body());
      }
      String location = response.headers().firstValue("Location").orElseThrow();
      ids.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }
    return ids;
  }

  /** A few rounds of every operation, not measured: the server's first calls compile code. */
  private void warmUp(List<Long> drafts) throws Exception {
    for (int i = 0; i < 3; i++) {
      for (long id : drafts.subList(0, Math.min(5, drafts.size()))) {
        iteration(id, true);
      }
    }
    latencies.values().forEach(ConcurrentLinkedQueue::clear);
    errors.clear();
  }

  // ---- the load

  private long[] run(List<Long> drafts, Duration duration) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    long[] iterations = new long[drafts.size()];
    try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int u = 0; u < drafts.size(); u++) {
        int user = u;
        long id = drafts.get(u);
        users.submit(
            () -> {
              while (System.nanoTime() < end) {
                try {
                  iteration(id, ThreadLocalRandom.current().nextInt(10) == 0);
                } catch (Exception e) {
                  error(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                iterations[user]++;
              }
            });
      }
    }
    return iterations;
  }

  /** Load the draft, save it back with its version, and download its document when asked. */
  private void iteration(long id, boolean download) throws Exception {
    String path = "/api/submissions/" + id;
    long t0 = System.nanoTime();
    HttpResponse<String> got =
        http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    record(Op.LOAD, t0, got.statusCode(), 200);
    if (got.statusCode() != 200) {
      return;
    }
    String etag = got.headers().firstValue("ETag").orElseThrow();
    String document = document(got.body());

    long t1 = System.nanoTime();
    HttpResponse<String> saved =
        http.send(
            request(path)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(document))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    record(Op.SAVE, t1, saved.statusCode(), 200);

    if (download) {
      long t2 = System.nanoTime();
      HttpResponse<byte[]> docx =
          http.send(
              request(path + "/document").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      boolean zip = docx.body().length > 4 && docx.body()[0] == 'P' && docx.body()[1] == 'K';
      record(Op.DOWNLOAD, t2, zip ? docx.statusCode() : -1, 200);
    }
  }

  /**
   * The envelope in a loaded submission {@code {"submission": {...}, "document": {...}}}: what a
   * save sends back.
   */
  static String document(String body) {
    int key = body.indexOf("\"document\":");
    if (key < 0 || !body.endsWith("}")) {
      throw new IllegalStateException("no document in " + body);
    }
    return body.substring(key + "\"document\":".length(), body.length() - 1);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization)
        .header("Accept-Language", "th");
  }

  private void record(Op op, long start, int status, int expected) {
    latencies.get(op).add(System.nanoTime() - start);
    if (status != expected) {
      error(op + " HTTP " + status);
    }
  }

  private void error(String what) {
    errors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  // ---- the report

  private boolean report(int seconds, long[] iterations) {
    long total = Arrays.stream(iterations).sum();
    System.out.println();
    System.out.printf(
        "%-9s %8s %8s %8s %8s %8s %8s %8s%n",
        "operation", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
    long requests = 0;
    for (Op op : Op.values()) {
      long[] ns = latencies.get(op).stream().mapToLong(Long::longValue).sorted().toArray();
      requests += ns.length;
      long failed =
          errors.entrySet().stream()
              .filter(e -> e.getKey().startsWith(op + " "))
              .mapToLong(e -> e.getValue().get())
              .sum();
      System.out.printf(
          "%-9s %8d %8.1f %8.1f %8.1f %8.1f %8.1f %8d%n",
          op.name().toLowerCase(java.util.Locale.ROOT),
          ns.length,
          ns.length / (double) seconds,
          percentile(ns, 50),
          percentile(ns, 95),
          percentile(ns, 99),
          ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6,
          failed);
    }
    long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
    System.out.printf(
        "%niterations %d (%.1f/s), requests %d (%.1f/s), errors %d%n",
        total, total / (double) seconds, requests, requests / (double) seconds, errorCount);
    errors.forEach((what, n) -> System.out.printf("  error: %s x %d%n", what, n.get()));
    return errorCount == 0;
  }

  static double percentile(long[] sortedNanos, int p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(rank, sortedNanos.length - 1))] / 1e6;
  }
}
