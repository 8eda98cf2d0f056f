package org.wechatdesk.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The desk's third-party platform in tests: one platform for the whole test context (its settings
 * are one row), known to the stand-in of WeChat's open platform, with helpers that play WeChat's
 * side (ticket pushes, events, the admin scanning the QR code) and the admin's.
 */
public final class TestComponent {

  public static final String APP_ID = "wxc0c0c0c0c0c0c0c0";
  public static final String SECRET = "c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0";
  public static final String TOKEN = "componentToken42";
  public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong ACCOUNTS = new AtomicLong();

  private final MockMvc mvc;
  private final FakeWeChatApi wechat;
  private final String baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  public TestComponent(MockMvc mvc, FakeWeChatApi wechat, String baseUrl) {
    this.mvc = mvc;
    this.wechat = wechat;
    this.baseUrl = baseUrl;
  }

  /** Saves the platform's settings as an admin and pushes a verify ticket, as WeChat does. */
  public TestComponent ready() {
    wechat.openPlatform().registerComponent(APP_ID, SECRET);
    MvcResult saved =
        admin(
            put("/api/admin/component")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"appId\":\""
                        + APP_ID
                        + "\",\"appSecret\":\""
                        + SECRET
                        + "\",\"token\":\""
                        + TOKEN
                        + "\",\"encodingAesKey\":\""
                        + AES_KEY
                        + "\"}"));
    if (saved.getResponse().getStatus() != 200) {
      throw new AssertionError(
          "saving the platform's settings answered " + saved.getResponse().getStatus());
    }
    pushTicket();
    return this;
  }

  public String pushTicket() {
    String ticket = wechat.openPlatform().issueComponentTicket(APP_ID);
    int status =
        postEvent(
                "<xml><AppId><![CDATA["
                    + APP_ID
                    + "]]></AppId><CreateTime>"
                    + Instant.now().getEpochSecond()
                    + "</CreateTime><InfoType><![CDATA[component_verify_ticket]]></InfoType>"
                    + "<ComponentVerifyTicket><![CDATA["
                    + ticket
                    + "]]></ComponentVerifyTicket></xml>")
            .statusCode();
    if (status != 200) {
      throw new AssertionError("ticket push answered " + status);
    }
    return ticket;
  }

  /** An event of the platform (InfoType …) pushed to the authorization-event URL. */
  public HttpResponse<String> postEvent(String innerXml) {
    WeChatPush events = events();
    return events.post(events.sign(innerXml));
  }

  public WeChatPush events() {
    return new WeChatPush(baseUrl + "/wechat/component/events", APP_ID, APP_ID, TOKEN, AES_KEY);
  }

  /** Pushes of an authorized account: to the platform's message URL, sealed with its keys. */
  public WeChatPush messagesOf(String appId, String originalId) {
    return new WeChatPush(
        baseUrl + "/wechat/component/" + appId + "/messages", APP_ID, originalId, TOKEN, AES_KEY);
  }

  /** A new Official Account known to WeChat, verified unless {@code verifyType} is -1. */
  public Authorizer newAuthorizer(int serviceType, int verifyType, List<Integer> funcIds) {
    long n = ACCOUNTS.incrementAndGet();
    String hex = String.format("%012x", (System.nanoTime() << 4) + n);
    String appId = "wx" + String.format("%016x", System.nanoTime() + n).substring(0, 16);
    String originalId = "gh_" + hex.substring(hex.length() - 12);
    wechat
        .openPlatform()
        .putAuthorizer(appId, "授权号 " + n, originalId, serviceType, verifyType, funcIds);
    return new Authorizer(appId, originalId, "授权号 " + n);
  }

  /**
   * The admin clicks 微信授权, scans WeChat's page with the account's admin phone and comes back:
   * returns where the desk's callback sends the browser (the accounts screen with the outcome).
   */
  public String authorize(String authorizerAppId) {
    return callback(scan(authorizerAppId));
  }

  /** The admin scans: WeChat's page sends the browser back to this callback URL. */
  public String scan(String authorizerAppId) {
    String page = startAuthorization();
    wechat.openPlatform().authorizeComponentAs(authorizerAppId);
    HttpResponse<String> answer = send(page);
    if (answer.statusCode() != 302) {
      throw new AssertionError("WeChat's page answered " + answer.statusCode());
    }
    return answer.headers().firstValue("Location").orElseThrow();
  }

  /** The admin's browser follows the redirect to the desk with the admin's session. */
  public String callback(String callbackUrl) {
    URI callback = URI.create(callbackUrl);
    MvcResult result = admin(get(callback.getPath() + "?" + callback.getRawQuery()));
    if (result.getResponse().getStatus() != 302) {
      throw new AssertionError("the callback answered " + result.getResponse().getStatus());
    }
    return result.getResponse().getRedirectedUrl();
  }

  public String startAuthorization() {
    try {
      JsonNode answer =
          JSON.readTree(
              admin(post("/api/admin/component/authorizations"))
                  .getResponse()
                  .getContentAsString());
      return answer.path("authorizationUrl").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private MvcResult admin(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
    try {
      return mvc.perform(request.with(user("admin").roles("ADMIN")).with(realCsrf())).andReturn();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> send(String url) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public record Authorizer(String appId, String originalId, String name) {}
}
