package org.wechatdesk.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Requests prepared before timing (signing and encrypting a push costs as much as the server's
 * check of it), sent in one of two ways: closed loop, where C clients each wait for an answer
 * before the next request (the ceiling: how much the server does at most), and open loop, where
 * requests leave at a fixed rate whatever the answers (latency at a given load: a slow answer does
 * not hold back the next request, so it cannot hide itself).
 */
final class Requests {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .executor(Executors.newFixedThreadPool(8, Requests::daemon))
          .build();
  private final Predicate<HttpResponse<String>> accepted;

  /**
   * @param accepted whether an answer is the success the sender expects
   */
  Requests(Predicate<HttpResponse<String>> accepted) {
    this.accepted = accepted;
  }

  record Result(Latencies.Summary latency, double perSecond, int failures, double seconds) {

    String format(String label) {
      return String.format(
          "%-44s %7.0f req/s   %s   failures %d", label, perSecond, latency.format(), failures);
    }
  }

  Result closedLoop(List<HttpRequest> requests, int clients) throws Exception {
    Latencies latencies = new Latencies(requests.size());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long start = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread worker =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement();
                    i < requests.size();
                    i = next.getAndIncrement()) {
                  long sent = System.nanoTime();
                  if (!send(requests.get(i))) {
                    failures.incrementAndGet();
                  }
                  latencies.add(System.nanoTime() - sent);
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(latencies.summary(), requests.size() / seconds, failures.get(), seconds);
  }

  /**
   * Request i leaves at {@code start + i / rate}; its latency counts from then, so time the sender
   * itself fell behind is counted too.
   */
  Result openLoop(List<HttpRequest> requests, double perSecond) throws Exception {
    return openLoop(requests, perSecond, (index, due) -> {});
  }

  /** Told each request's index and due time (System.nanoTime) as it leaves. */
  interface Departure {
    void leaving(int index, long dueNanos);
  }

  Result openLoop(List<HttpRequest> requests, double perSecond, Departure departure)
      throws Exception {
    Latencies latencies = new Latencies(requests.size());
    AtomicInteger failures = new AtomicInteger();
    List<CompletableFuture<Void>> answers = new ArrayList<>(requests.size());
    long start = System.nanoTime();
    for (int i = 0; i < requests.size(); i++) {
      long due = start + (long) (i * 1e9 / perSecond);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      departure.leaving(i, due);
      answers.add(
          http.sendAsync(requests.get(i), HttpResponse.BodyHandlers.ofString())
              .handle(
                  (response, error) -> {
                    latencies.add(System.nanoTime() - due);
                    if (error != null || !accepted.test(response)) {
                      failures.incrementAndGet();
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(latencies.summary(), requests.size() / seconds, failures.get(), seconds);
  }

  private boolean send(HttpRequest request) {
    try {
      return accepted.test(http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (Exception e) {
      return false;
    }
  }

  /** The client's threads must not keep the load generator's JVM alive once its run is over. */
  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "load-http");
    thread.setDaemon(true);
    return thread;
  }

  static HttpRequest post(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
