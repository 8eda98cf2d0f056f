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
 * The state of the demo's WeChat: apps and their access tokens, media by media_id, the menu, and
 * everything the desk sent to each fan, kept in memory because a demo restart may forget it.
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
    if (!forceRefresh && stableTokens.containsKey(appId) && secret != null && secret.equals(secrets.get(appId))) {
      return Optional.of(stableTokens.get(appId));
    }
    Optional<String> token = issueToken(appId, secret);
    token.ifPresent(value -> stableTokens.put(appId, value));
    return token;
  }

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
    inboxes.computeIfAbsent(openid, o -> new CopyOnWriteArrayList<>())
        .add(new Delivery(counter.incrementAndGet(), Instant.now(), kind, body));
  }

  /** What the desk sent to the fan, oldest first. */
  public List<Delivery> inbox(String openid) {
    return List.copyOf(inboxes.getOrDefault(openid, List.of()));
  }

  public record Media(byte[] content, String fileName, String contentType) {}

  /** One message as WeChat received it from the desk: the kind and the request body, untouched. */
  public record Delivery(long id, Instant at, String kind, JsonNode body) {}
}
