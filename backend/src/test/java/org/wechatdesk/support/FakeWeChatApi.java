package org.wechatdesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A stand-in for WeChat's API on a local port: a real HTTP server that answers with WeChat's JSON
 * for the calls the desk makes (token, stable_token, custom send, typing, template send, media
 * upload and get, menu create and get, user tags). Tests inject errors and latency per path, and
 * read back what was sent.
 */
public final class FakeWeChatApi implements AutoCloseable {

  public static final String SEND = "/cgi-bin/message/custom/send";
  public static final String TYPING = "/cgi-bin/message/custom/typing";
  public static final String TEMPLATE_SEND = "/cgi-bin/message/template/send";
  public static final String TOKEN = "/cgi-bin/token";
  public static final String STABLE_TOKEN = "/cgi-bin/stable_token";
  public static final String MEDIA_UPLOAD = "/cgi-bin/media/upload";
  public static final String MEDIA_GET = "/cgi-bin/media/get";
  public static final String USER_INFO = "/cgi-bin/user/info";
  public static final String USER_INFO_BATCH = "/cgi-bin/user/info/batchget";
  public static final String MENU_CREATE = "/cgi-bin/menu/create";
  public static final String MENU_GET = "/cgi-bin/menu/get";
  public static final String TAGS_CREATE = "/cgi-bin/tags/create";
  public static final String TAGS_GET = "/cgi-bin/tags/get";
  public static final String TAGS_TAGGING = "/cgi-bin/tags/members/batchtagging";
  public static final String TAGS_UNTAGGING = "/cgi-bin/tags/members/batchuntagging";
  public static final String TAGS_OF_FAN = "/cgi-bin/tags/getidlist";
  public static final String OAUTH_AUTHORIZE = "/connect/oauth2/authorize";
  public static final String OAUTH_ACCESS_TOKEN = "/sns/oauth2/access_token";
  public static final String OAUTH_USER_INFO = "/sns/userinfo";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(16);
  private final Map<String, String> secrets = new ConcurrentHashMap<>();
  private final Map<String, String> stableTokens = new ConcurrentHashMap<>();
  private final Map<String, String> tokenOwners = new ConcurrentHashMap<>();
  private final Set<String> revokedTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, Media> media = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> menus = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> people = new ConcurrentHashMap<>();
  private final Map<String, UserTags> userTags = new ConcurrentHashMap<>();
  private final Map<String, WebGrant> webCodes = new ConcurrentHashMap<>();
  private final Map<String, WebGrant> webTokens = new ConcurrentHashMap<>();
  private volatile String webVisitor;
  private volatile boolean webVisitorSnapshot;
  private final Map<String, Deque<Integer>> injectedErrors = new ConcurrentHashMap<>();
  private final Map<String, Duration> latency = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<Call> deliveries = new CopyOnWriteArrayList<>();
  private final Map<String, RandomFailure> randomFailures = new ConcurrentHashMap<>();
  private final AtomicInteger counter = new AtomicInteger();

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
    secrets.put(appId, secret);
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
    revokedTokens.addAll(tokenOwners.keySet());
    stableTokens.clear();
  }

  public void putMedia(String mediaId, byte[] content, String fileName, String contentType) {
    media.put(mediaId, new Media(content, fileName, contentType));
  }

  public Media uploadedMedia(String mediaId) {
    return media.get(mediaId);
  }

  /**
   * Publishes a menu for the app as if an admin had done it on WeChat's own site; {@code buttons}
   * is the "button" array.
   */
  public void putMenu(String appId, JsonNode buttons) {
    menus.put(appId, JSON.createObjectNode().set("button", buttons));
  }

  /**
   * What user/info tells about a fan; fans not given here get WeChat's blanks, as most accounts do
   * now.
   */
  public void putUserInfo(String openid, String nickname, String headImgUrl) {
    people.put(openid, Map.of("nickname", nickname, "headimgurl", headImgUrl));
  }

  /**
   * Who WeChat's web-authorization page says the visitor is: the next visits to the authorize page
   * return to the desk with a code for this openid. A snapshot visitor is WeChat's preview of a
   * page opened without consent.
   */
  public void authorizeWebVisitorAs(String openid, boolean snapshot) {
    webVisitor = openid;
    webVisitorSnapshot = snapshot;
  }

  /** The names of the tags WeChat has on the fan of this app. */
  public Set<String> tagsOf(String appId, String openid) {
    return tags(appId).namesOf(openid);
  }

  /** A tag made in WeChat's own back office, not by the desk. */
  public long createTag(String appId, String name) {
    return tags(appId).create(name);
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

  public void reset() {
    injectedErrors.clear();
    latency.clear();
    calls.clear();
    deliveries.clear();
    randomFailures.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      byte[] body = exchange.getRequestBody().readAllBytes();
      calls.add(new Call(path, query, new String(body, StandardCharsets.UTF_8)));
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
      if (injected != null) {
        json(exchange, error(injected));
        return;
      }
      switch (path) {
        case TOKEN -> token(exchange, query);
        case STABLE_TOKEN -> stableToken(exchange, JSON.readTree(body));
        case SEND ->
            withToken(
                exchange,
                query,
                () -> deliver(new Call(path, query, new String(body, StandardCharsets.UTF_8))));
        case TYPING -> withToken(exchange, query, () -> Map.of("errcode", 0, "errmsg", "ok"));
        case TEMPLATE_SEND ->
            withToken(
                exchange,
                query,
                () -> Map.of("errcode", 0, "errmsg", "ok", "msgid", counter.incrementAndGet()));
        case MEDIA_UPLOAD -> withToken(exchange, query, () -> upload(exchange, query, body));
        case MEDIA_GET -> mediaGet(exchange, query);
        case USER_INFO ->
            withToken(exchange, query, () -> userInfo(query.getOrDefault("openid", "")));
        case USER_INFO_BATCH ->
            withToken(exchange, query, () -> userInfoBatch(JSON.readTree(body)));
        case MENU_CREATE ->
            withToken(exchange, query, () -> createMenu(query, JSON.readTree(body)));
        case MENU_GET -> withToken(exchange, query, () -> menu(query));
        case OAUTH_AUTHORIZE -> authorizePage(exchange, query);
        case OAUTH_ACCESS_TOKEN -> json(exchange, webAccessToken(query));
        case OAUTH_USER_INFO -> json(exchange, webUserInfo(query));
        case TAGS_CREATE, TAGS_GET, TAGS_TAGGING, TAGS_UNTAGGING, TAGS_OF_FAN ->
            withToken(
                exchange,
                query,
                () -> userTags(path, tags(tokenOwners.get(query.get("access_token"))), body));
        default -> json(exchange, error(404));
      }
    }
  }

  private Map<String, Object> deliver(Call send) {
    deliveries.add(send);
    return Map.of("errcode", 0, "errmsg", "ok");
  }

  /**
   * WeChat's page sends the browser back to redirect_uri with a one-time code and the state, as
   * WeChat does.
   */
  private void authorizePage(HttpExchange exchange, Map<String, String> query) throws IOException {
    if (!"code".equals(query.get("response_type"))
        || !secrets.containsKey(query.get("appid"))
        || webVisitor == null) {
      json(exchange, error(10003));
      return;
    }
    String code = "code" + counter.incrementAndGet();
    webCodes.put(
        code, new WebGrant(query.get("appid"), webVisitor, query.get("scope"), webVisitorSnapshot));
    String target =
        query.get("redirect_uri")
            + (query.get("redirect_uri").contains("?") ? "&" : "?")
            + "code="
            + code
            + "&state="
            + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Location", target);
    exchange.sendResponseHeaders(302, -1);
  }

  private Map<String, Object> webAccessToken(Map<String, String> query) {
    String appId = query.get("appid");
    if (!query.getOrDefault("secret", "").equals(secrets.get(appId))) {
      return error(40125);
    }
    WebGrant grant = webCodes.remove(query.getOrDefault("code", ""));
    if (grant == null
        || !grant.appId().equals(appId)
        || !"authorization_code".equals(query.get("grant_type"))) {
      return error(40029);
    }
    String token = "web-token-" + counter.incrementAndGet();
    webTokens.put(token, grant);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("access_token", token);
    answer.put("expires_in", 7200);
    answer.put("refresh_token", "refresh-" + token);
    answer.put("openid", grant.openid());
    answer.put("scope", grant.scope());
    answer.put("is_snapshotuser", grant.snapshot() ? 1 : 0);
    return answer;
  }

  private Map<String, Object> webUserInfo(Map<String, String> query) {
    WebGrant grant = webTokens.get(query.getOrDefault("access_token", ""));
    if (grant == null || !grant.openid().equals(query.get("openid"))) {
      return error(40001);
    }
    if (!"snsapi_userinfo".equals(grant.scope())) {
      return error(48001);
    }
    Map<String, Object> answer =
        new LinkedHashMap<>(
            people.getOrDefault(grant.openid(), Map.of("nickname", "", "headimgurl", "")));
    answer.put("openid", grant.openid());
    answer.put("sex", 0);
    answer.put("province", "");
    answer.put("city", "");
    answer.put("country", "");
    answer.put("privilege", List.of());
    return answer;
  }

  private record RandomFailure(double share, int errcode, Random random) {
    synchronized Integer next() {
      return random.nextDouble() < share ? errcode : null;
    }
  }

  private record WebGrant(String appId, String openid, String scope, boolean snapshot) {}

  private Map<String, Object> userInfoBatch(JsonNode request) {
    List<Map<String, Object>> answers = new ArrayList<>();
    request.path("user_list").forEach(user -> answers.add(userInfo(user.path("openid").asText())));
    return Map.of("user_info_list", answers);
  }

  private Map<String, Object> userInfo(String openid) {
    Map<String, Object> person =
        people.getOrDefault(openid, Map.of("nickname", "", "headimgurl", ""));
    Map<String, Object> answer = new LinkedHashMap<>(person);
    answer.put("subscribe", 1);
    answer.put("openid", openid);
    answer.put("language", "zh_CN");
    answer.put("subscribe_time", 1_700_000_000);
    answer.put("remark", "");
    answer.put("groupid", 0);
    answer.put("tagid_list", List.of());
    return answer;
  }

  private void token(HttpExchange exchange, Map<String, String> query) throws IOException {
    String appId = query.get("appid");
    if (!query.getOrDefault("secret", "").equals(secrets.get(appId))) {
      json(exchange, error(40125));
      return;
    }
    json(exchange, Map.of("access_token", issue(appId), "expires_in", 7200));
  }

  private void stableToken(HttpExchange exchange, JsonNode request) throws IOException {
    String appId = request.path("appid").asText();
    if (!request.path("secret").asText().equals(secrets.get(appId))) {
      json(exchange, error(40125));
      return;
    }
    String token =
        request.path("force_refresh").asBoolean()
            ? issue(appId)
            : stableTokens.computeIfAbsent(appId, this::issue);
    stableTokens.put(appId, token);
    json(exchange, Map.of("access_token", token, "expires_in", 7200));
  }

  private String issue(String appId) {
    String token = "TOKEN_" + appId + "_" + counter.incrementAndGet();
    tokenOwners.put(token, appId);
    return token;
  }

  private void withToken(HttpExchange exchange, Map<String, String> query, Answer answer)
      throws IOException {
    String token = query.get("access_token");
    if (token == null || !tokenOwners.containsKey(token) || revokedTokens.contains(token)) {
      json(exchange, error(40001));
      return;
    }
    json(exchange, answer.get());
  }

  private Map<String, Object> upload(
      HttpExchange exchange, Map<String, String> query, byte[] body) {
    String type = query.getOrDefault("type", "image");
    String mediaId = "MEDIA_" + counter.incrementAndGet();
    media.put(
        mediaId,
        new Media(
            Multipart.firstFileContent(exchange.getRequestHeaders().getFirst("Content-Type"), body),
            "upload",
            type));
    return Map.of(
        "type", type, "media_id", mediaId, "created_at", System.currentTimeMillis() / 1000);
  }

  private Map<String, Object> createMenu(Map<String, String> query, JsonNode menu) {
    if (!menu.path("button").isArray()) {
      return Map.of("errcode", 40016, "errmsg", "invalid button size");
    }
    menus.put(tokenOwners.get(query.get("access_token")), menu);
    return Map.of("errcode", 0, "errmsg", "ok");
  }

  /** WeChat's shape: the menu under "menu", or errcode 46003 when the account has none. */
  private Map<String, Object> menu(Map<String, String> query) {
    JsonNode menu = menus.get(tokenOwners.get(query.get("access_token")));
    return menu == null
        ? Map.of("errcode", 46003, "errmsg", "menu no exist")
        : Map.of("menu", menu);
  }

  private void mediaGet(HttpExchange exchange, Map<String, String> query) throws IOException {
    String token = query.get("access_token");
    if (token == null || !tokenOwners.containsKey(token) || revokedTokens.contains(token)) {
      json(exchange, error(40001));
      return;
    }
    Media found = media.get(query.getOrDefault("media_id", ""));
    if (found == null) {
      json(exchange, error(40007));
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", found.contentType());
    exchange
        .getResponseHeaders()
        .add("Content-disposition", "attachment; filename=\"" + found.fileName() + "\"");
    exchange.sendResponseHeaders(200, found.content().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(found.content());
    }
  }

  private UserTags tags(String appId) {
    return userTags.computeIfAbsent(appId, id -> new UserTags());
  }

  private static Map<String, Object> userTags(String path, UserTags tags, byte[] body) {
    JsonNode request = readJson(body);
    return switch (path) {
      case TAGS_CREATE -> tags.createAnswer(request.path("tag").path("name").asText());
      case TAGS_GET -> Map.of("tags", tags.list());
      case TAGS_TAGGING -> tags.tag(request.path("tagid").asLong(), openids(request), true);
      case TAGS_UNTAGGING -> tags.tag(request.path("tagid").asLong(), openids(request), false);
      default -> Map.of("tagid_list", tags.idsOf(request.path("openid").asText()));
    };
  }

  private static List<String> openids(JsonNode request) {
    List<String> openids = new ArrayList<>();
    request.path("openid_list").forEach(openid -> openids.add(openid.asText()));
    return openids;
  }

  private static JsonNode readJson(byte[] body) {
    try {
      return JSON.readTree(body.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> error(int errcode) {
    return Map.of("errcode", errcode, "errmsg", "injected error " + errcode);
  }

  private static void json(HttpExchange exchange, Object value) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(value);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private interface Answer {
    Map<String, Object> get() throws IOException;
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

  public record Media(byte[] content, String fileName, String contentType) {}

  /**
   * One app's user tags with WeChat's rules: ids 0-2 reserved (星标组 is 2), unique names, 20 tags per
   * fan.
   */
  private static final class UserTags {
    private final Map<Long, String> names = new ConcurrentHashMap<>(Map.of(2L, "星标组"));
    private final Map<String, Set<Long>> byFan = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(100);

    synchronized long create(String name) {
      long id = nextId.getAndIncrement();
      names.put(id, name);
      return id;
    }

    synchronized Map<String, Object> createAnswer(String name) {
      if (names.containsValue(name)) {
        return error(45157);
      }
      if (names.size() >= 100) {
        return error(45056);
      }
      return Map.of("tag", Map.of("id", create(name), "name", name));
    }

    synchronized List<Map<String, Object>> list() {
      return names.entrySet().stream()
          .map(
              tag ->
                  Map.<String, Object>of(
                      "id",
                      tag.getKey(),
                      "name",
                      tag.getValue(),
                      "count",
                      byFan.values().stream().filter(ids -> ids.contains(tag.getKey())).count()))
          .toList();
    }

    synchronized Map<String, Object> tag(long tagId, List<String> openids, boolean add) {
      if (!names.containsKey(tagId)) {
        return error(45159);
      }
      for (String openid : openids) {
        Set<Long> ids = byFan.computeIfAbsent(openid, o -> new TreeSet<>());
        if (add && ids.size() >= 20 && !ids.contains(tagId)) {
          return error(45059);
        }
        if (add) {
          ids.add(tagId);
        } else {
          ids.remove(tagId);
        }
      }
      return Map.of("errcode", 0, "errmsg", "ok");
    }

    synchronized List<Long> idsOf(String openid) {
      return List.copyOf(byFan.getOrDefault(openid, Set.of()));
    }

    synchronized Set<String> namesOf(String openid) {
      return byFan.getOrDefault(openid, Set.of()).stream()
          .map(names::get)
          .collect(Collectors.toSet());
    }
  }

  /** Just enough multipart parsing to read back the one file WxJava uploads. */
  static final class Multipart {
    private Multipart() {}

    static byte[] firstFileContent(String contentType, byte[] body) {
      if (contentType == null || !contentType.contains("boundary=")) {
        return body;
      }
      byte[] boundary =
          ("--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", ""))
              .getBytes(StandardCharsets.ISO_8859_1);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
      int next = indexOf(body, boundary, headersEnd);
      if (headersEnd < 0 || next < 0) {
        return body;
      }
      return java.util.Arrays.copyOfRange(body, headersEnd + 4, next - 2);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
      outer:
      for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
        for (int j = 0; j < pattern.length; j++) {
          if (data[i + j] != pattern[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
