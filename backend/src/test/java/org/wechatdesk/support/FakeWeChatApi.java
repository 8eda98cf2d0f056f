package org.wechatdesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.wechatdesk.standin.CustomerServiceAccounts;
import org.wechatdesk.standin.StandInRequest;
import org.wechatdesk.standin.StandInResponse;
import org.wechatdesk.standin.WeChatStandIn;

/**
 * WeChat's API on a local port for the tests: a real HTTP server in front of the {@link
 * WeChatStandIn} the demo uses too, which gives every answer. On top of it, tests inject errors and
 * latency per path, and read back the calls and what was delivered.
 */
public final class FakeWeChatApi implements AutoCloseable {

  public static final String SEND = WeChatStandIn.SEND;
  public static final String TYPING = WeChatStandIn.TYPING;
  public static final String TEMPLATE_SEND = WeChatStandIn.TEMPLATE_SEND;
  public static final String TOKEN = WeChatStandIn.TOKEN;
  public static final String STABLE_TOKEN = WeChatStandIn.STABLE_TOKEN;
  public static final String MEDIA_UPLOAD = WeChatStandIn.MEDIA_UPLOAD;
  public static final String MEDIA_GET = WeChatStandIn.MEDIA_GET;
  public static final String USER_INFO = WeChatStandIn.USER_INFO;
  public static final String USER_INFO_BATCH = WeChatStandIn.USER_INFO_BATCH;
  public static final String MENU_CREATE = WeChatStandIn.MENU_CREATE;
  public static final String MENU_GET = WeChatStandIn.MENU_GET;
  public static final String TAGS_CREATE = WeChatStandIn.TAGS_CREATE;
  public static final String TAGS_GET = WeChatStandIn.TAGS_GET;
  public static final String TAGS_TAGGING = WeChatStandIn.TAGS_TAGGING;
  public static final String TAGS_UNTAGGING = WeChatStandIn.TAGS_UNTAGGING;
  public static final String TAGS_OF_FAN = WeChatStandIn.TAGS_OF_FAN;
  public static final String KF_ADD = WeChatStandIn.KF_ADD;
  public static final String KF_UPDATE = WeChatStandIn.KF_UPDATE;
  public static final String KF_PICTURE = WeChatStandIn.KF_PICTURE;
  public static final String OAUTH_AUTHORIZE = WeChatStandIn.OAUTH_AUTHORIZE;
  public static final String OAUTH_ACCESS_TOKEN = WeChatStandIn.OAUTH_ACCESS_TOKEN;
  public static final String OAUTH_USER_INFO = WeChatStandIn.OAUTH_USER_INFO;
  public static final String COMPONENT_TOKEN = WeChatStandIn.COMPONENT_TOKEN;
  public static final String PRE_AUTH_CODE = WeChatStandIn.PRE_AUTH_CODE;
  public static final String QUERY_AUTH = WeChatStandIn.QUERY_AUTH;
  public static final String AUTHORIZER_TOKEN = WeChatStandIn.AUTHORIZER_TOKEN;
  public static final String AUTHORIZER_INFO = WeChatStandIn.AUTHORIZER_INFO;
  public static final String COMPONENT_LOGIN_PAGE = WeChatStandIn.COMPONENT_LOGIN_PAGE;
  public static final String COMPONENT_WEB_TOKEN = WeChatStandIn.COMPONENT_WEB_TOKEN;

  /** How many calls the stand-in answers at once. */
  public static final int THREADS = 64;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WeChatStandIn wechat = new WeChatStandIn(Clock.systemUTC());
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);
  private final Map<String, Gate> gates = new ConcurrentHashMap<>();
  private final Map<String, Deque<Integer>> injectedErrors = new ConcurrentHashMap<>();
  private final Map<String, Duration> latency = new ConcurrentHashMap<>();
  private final Map<String, RandomFailure> randomFailures = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<Call> deliveries = new CopyOnWriteArrayList<>();

  public FakeWeChatApi() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void registerApp(String appId, String secret) {
    wechat.registerApp(appId, secret);
  }

  /**
   * The next calls to {@code path} answer with these errcodes, one per call, before normal answers
   * resume.
   */
  public void failNext(String path, Integer... errcodes) {
    injectedErrors
        .computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>())
        .addAll(List.of(errcodes));
  }

  /**
   * From now on calls to {@code path} wait at the returned gate until it is closed (which lets them
   * through), so that a test can count how many are in flight at once.
   */
  public Gate hold(String path) {
    Gate gate = new Gate(path);
    gates.put(path, gate);
    return gate;
  }

  public void delay(String path, Duration delay) {
    latency.put(path, delay);
  }

  /**
   * From now on a seeded share of the calls to {@code path} is answered with {@code errcode} and
   * not carried out, as WeChat's "system busy" (-1) does; the other calls are answered as usual.
   */
  public void failRandomly(String path, double share, int errcode, long seed) {
    randomFailures.put(path, new RandomFailure(share, errcode, new Random(seed)));
  }

  /** The customer-service sends WeChat accepted and passed on to the fan, in order of delivery. */
  public List<Call> deliveries() {
    return List.copyOf(deliveries);
  }

  public void revokeAllTokens() {
    wechat.revokeAllTokens();
  }

  public void putMedia(String mediaId, byte[] content, String fileName, String contentType) {
    wechat.putMedia(mediaId, content, fileName, contentType);
  }

  /** The media as WeChat keeps it, or null for an unknown media_id. */
  public WeChatStandIn.Media uploadedMedia(String mediaId) {
    return wechat.media(mediaId).orElse(null);
  }

  /**
   * Publishes a menu for the app as if an admin had done it on WeChat's own site; {@code buttons}
   * is the "button" array.
   */
  public void putMenu(String appId, JsonNode buttons) {
    wechat.saveMenu(appId, JSON.createObjectNode().set("button", buttons));
  }

  /** What user/info and sns/userinfo tell about a fan; others get WeChat's blanks. */
  public void putUserInfo(String openid, String nickname, String headImgUrl) {
    wechat.putUserInfo(openid, nickname, headImgUrl);
  }

  /**
   * Who WeChat's web-authorization page says the visitor is: the next visits to the authorize page
   * return to the desk with a code for this openid. A snapshot visitor is WeChat's preview of a
   * page opened without consent.
   */
  public void authorizeWebVisitorAs(String openid, boolean snapshot) {
    wechat.authorizeWebVisitorAs(openid, snapshot);
  }

  /** The customer-service account as WeChat holds it, if it does. */
  public Optional<CustomerServiceAccounts.Account> kfAccount(String appId, String kfAccount) {
    return wechat.kfAccount(appId, kfAccount);
  }

  /** Deleted in WeChat's own back office, behind the desk's back. */
  public void removeKfAccount(String appId, String kfAccount) {
    wechat.removeKfAccount(appId, kfAccount);
  }

  /** Whether the app has enabled 新版客服功能 (65400 from the kfaccount API until it has). */
  public void kfEnabled(String appId, boolean enabled) {
    wechat.kfEnabled(appId, enabled);
  }

  /** The names of the tags WeChat has on the fan of this app. */
  public Set<String> tagsOf(String appId, String openid) {
    return wechat.tagsOf(appId, openid);
  }

  /** A tag made in WeChat's own back office, not by the desk. */
  public long createTag(String appId, String name) {
    return wechat.createTag(appId, name);
  }

  /** The open platform's side of third-party platforms: see {@link WeChatStandIn}. */
  public WeChatStandIn openPlatform() {
    return wechat;
  }

  public List<Call> calls(String path) {
    return calls.stream().filter(c -> c.path().equals(path)).toList();
  }

  /** The calls that asked about this fan, alone (user/info) or in a batch (user/info/batchget). */
  public List<Call> userInfoCallsFor(String openid) {
    return calls.stream()
        .filter(
            call ->
                (call.path().equals(USER_INFO) && openid.equals(call.query().get("openid")))
                    || (call.path().equals(USER_INFO_BATCH)
                        && call.body().contains("\"" + openid + "\"")))
        .toList();
  }

  public int tokenFetches() {
    return calls(TOKEN).size() + calls(STABLE_TOKEN).size();
  }

  /** Forgets the injected faults and the recorded calls; WeChat's own state stays. */
  public void reset() {
    injectedErrors.clear();
    latency.clear();
    calls.clear();
    deliveries.clear();
    randomFailures.clear();
    gates.values().forEach(Gate::close);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = StandInRequest.parseQuery(exchange.getRequestURI().getRawQuery());
      byte[] body = exchange.getRequestBody().readAllBytes();
      Call call = new Call(path, query, new String(body, StandardCharsets.UTF_8));
      calls.add(call);
      Gate gate = gates.get(path);
      if (gate != null) {
        gate.pass();
      }
      // Taken on arrival: a call still held by an injected delay must not take the error meant for
      // the next one.
      Integer injected = injectedErrors.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
      Duration delay = latency.get(path);
      if (delay != null) {
        pause(delay);
      }
      if (injected == null && randomFailures.containsKey(path)) {
        injected = randomFailures.get(path).next();
      }
      StandInResponse response =
          injected != null
              ? StandInResponse.error(injected)
              : wechat.answer(
                  new StandInRequest(
                      exchange.getRequestMethod(),
                      path,
                      query,
                      exchange.getRequestHeaders().getFirst("Content-Type"),
                      body,
                      null));
      if (path.equals(SEND) && injected == null && response.errcode() == 0) {
        deliveries.add(call);
      }
      send(exchange, response);
    }
  }

  private static void send(HttpExchange exchange, StandInResponse response) throws IOException {
    if (response.contentType() != null) {
      exchange.getResponseHeaders().add("Content-Type", response.contentType());
    }
    response.headers().forEach(exchange.getResponseHeaders()::add);
    exchange.sendResponseHeaders(
        response.status(), response.body().length == 0 ? -1 : response.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response.body());
    }
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Where held calls wait; closing it lets them and all later calls through. */
  public final class Gate implements AutoCloseable {
    private final String path;
    private final Semaphore arrived = new Semaphore(0);
    private final CountDownLatch open = new CountDownLatch(1);

    private Gate(String path) {
      this.path = path;
    }

    /** Whether {@code calls} calls are waiting here together within {@code limit}. */
    public boolean awaitHeld(int calls, Duration limit) throws InterruptedException {
      return arrived.tryAcquire(calls, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pass() {
      arrived.release();
      try {
        open.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void close() {
      gates.remove(path, this);
      open.countDown();
    }
  }

  private record RandomFailure(double share, int errcode, Random random) {
    synchronized Integer next() {
      return random.nextDouble() < share ? errcode : null;
    }
  }

  public record Call(String path, Map<String, String> query, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
