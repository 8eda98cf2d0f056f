package org.wechatdesk.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The state of the demo's WeChat: apps and their access tokens, media by media_id, the menu, user
 * tags, and everything the desk sent to each fan, kept in memory because a demo restart may forget
 * it.
 */
@Component
@Profile("demo")
public class WeChatStandIn {

  private final Map<String, String> secrets = new ConcurrentHashMap<>();
  private final Map<String, String> tokenOwners = new ConcurrentHashMap<>();
  private final Map<String, String> stableTokens = new ConcurrentHashMap<>();
  private final Map<String, Media> media = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> menus = new ConcurrentHashMap<>();
  private final Map<String, List<Delivery>> inboxes = new ConcurrentHashMap<>();
  private final Map<String, UserTags> userTags = new ConcurrentHashMap<>();
  private final Map<String, WebGrant> webCodes = new ConcurrentHashMap<>();
  private final Map<String, WebGrant> webTokens = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();

  public void registerApp(String appId, String secret) {
    secrets.put(appId, secret);
  }

  /** A new access token when the secret is right, as {@code /cgi-bin/token} does. */
  Optional<String> issueToken(String appId, String secret) {
    if (appId == null || secret == null || !secret.equals(secrets.get(appId))) {
      return Optional.empty();
    }
    String token = "DEMO_TOKEN_" + appId + "_" + counter.incrementAndGet();
    tokenOwners.put(token, appId);
    return Optional.of(token);
  }

  /** {@code stable_token} hands out the same token until a forced refresh. */
  Optional<String> stableToken(String appId, String secret, boolean forceRefresh) {
    if (!forceRefresh
        && stableTokens.containsKey(appId)
        && secret != null
        && secret.equals(secrets.get(appId))) {
      return Optional.of(stableTokens.get(appId));
    }
    Optional<String> token = issueToken(appId, secret);
    token.ifPresent(value -> stableTokens.put(appId, value));
    return token;
  }

  /** A one-time code for the fan who consented on the web-authorization page. */
  String issueWebCode(String appId, String openid, String scope) {
    String code = "DEMO_CODE_" + counter.incrementAndGet();
    webCodes.put(code, new WebGrant(appId, openid, scope));
    return code;
  }

  /** The web access token the code stands for, once: WeChat's codes are single-use. */
  Optional<String> redeemWebCode(String appId, String secret, String code) {
    WebGrant grant = code == null ? null : webCodes.remove(code);
    if (grant == null
        || secret == null
        || !grant.appId().equals(appId)
        || !secret.equals(secrets.get(appId))) {
      return Optional.empty();
    }
    String token = "DEMO_WEB_TOKEN_" + counter.incrementAndGet();
    webTokens.put(token, grant);
    return Optional.of(token);
  }

  Optional<WebGrant> webGrant(String webToken) {
    return Optional.ofNullable(webToken).map(webTokens::get);
  }

  boolean knowsApp(String appId) {
    return appId != null && secrets.containsKey(appId);
  }

  record WebGrant(String appId, String openid, String scope) {}

  /** The app the token belongs to, when it is one we issued. */
  Optional<String> appOf(String accessToken) {
    return Optional.ofNullable(accessToken).map(tokenOwners::get);
  }

  public String putMedia(byte[] content, String fileName, String contentType) {
    String mediaId = "DEMO_MEDIA_" + counter.incrementAndGet();
    media.put(mediaId, new Media(content, fileName, contentType));
    return mediaId;
  }

  public Optional<Media> media(String mediaId) {
    return Optional.ofNullable(mediaId).map(media::get);
  }

  void saveMenu(String appId, JsonNode menu) {
    menus.put(appId, menu);
  }

  Optional<JsonNode> menu(String appId) {
    return Optional.ofNullable(menus.get(appId));
  }

  /** Records a message the desk sent; {@code kind} is WeChat's msgtype, or "template". */
  void deliver(String openid, String kind, JsonNode body) {
    inboxes
        .computeIfAbsent(openid, o -> new CopyOnWriteArrayList<>())
        .add(new Delivery(counter.incrementAndGet(), Instant.now(), kind, body));
  }

  /** What the desk sent to the fan, oldest first. */
  public List<Delivery> inbox(String openid) {
    return List.copyOf(inboxes.getOrDefault(openid, List.of()));
  }

  /** The app's user tags, as {@code tags/*} keeps them: ids 0-2 reserved, 星标组 among them. */
  UserTags userTags(String appId) {
    return userTags.computeIfAbsent(appId, app -> new UserTags());
  }

  public record Media(byte[] content, String fileName, String contentType) {}

  /** WeChat's rules for user tags: unique names, at most 100 tags, at most 20 tags per fan. */
  static final class UserTags {
    private final Map<Long, String> names = new java.util.TreeMap<>(Map.of(2L, "星标组"));
    private final Map<String, java.util.Set<Long>> byFan = new java.util.HashMap<>();
    private long nextId = 100;

    /** The new tag's id, or WeChat's errcode as a negative number. */
    synchronized long create(String name) {
      if (names.containsValue(name)) {
        return -45157;
      }
      if (names.size() >= 100) {
        return -45056;
      }
      names.put(nextId, name);
      return nextId++;
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

    /**
     * Returns WeChat's errcode: 0, 45159 for an unknown tag, 45059 for a fan with 20 tags already.
     */
    synchronized int change(long tagId, List<String> openids, boolean add) {
      if (!names.containsKey(tagId)) {
        return 45159;
      }
      for (String openid : openids) {
        java.util.Set<Long> ids = byFan.computeIfAbsent(openid, o -> new java.util.TreeSet<>());
        if (add && ids.size() >= 20 && !ids.contains(tagId)) {
          return 45059;
        }
        if (add) {
          ids.add(tagId);
        } else {
          ids.remove(tagId);
        }
      }
      return 0;
    }

    synchronized List<Long> idsOf(String openid) {
      return List.copyOf(byFan.getOrDefault(openid, java.util.Set.of()));
    }
  }

  /** One message as WeChat received it from the desk: the kind and the request body, untouched. */
  public record Delivery(long id, Instant at, String kind, JsonNode body) {}
}
