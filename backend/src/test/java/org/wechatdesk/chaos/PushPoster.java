package org.wechatdesk.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.wechatdesk.support.WeChatPush;

/**
 * Posts a push to one node as WeChat's server does: signed and encrypted anew for each try, and
 * given up after WeChat's 5 seconds. Records in the ledger how it was answered.
 */
final class PushPoster {

  static final Duration WECHAT_DEADLINE = Duration.ofSeconds(5);

  private final List<DeskNode> nodes;
  private final String token;
  private final String encodingAesKey;
  private final Ledger ledger;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  PushPoster(List<DeskNode> nodes, String token, String encodingAesKey, Ledger ledger) {
    this.nodes = nodes;
    this.token = token;
    this.encodingAesKey = encodingAesKey;
    this.ledger = ledger;
  }

  /** A fan's text as WeChat writes it, addressed to the chaos account. */
  String textXml(String openid, String content, long msgId) {
    return pushTo(0).textXml(openid, content, msgId);
  }

  private WeChatPush pushTo(int node) {
    return new WeChatPush(
        nodes.get(node).baseUrl() + "/wechat/push/" + DeskSetup.APP_ID,
        DeskSetup.APP_ID,
        DeskSetup.ORIGINAL_ID,
        token,
        encodingAesKey);
  }

  int nodeCount() {
    return nodes.size();
  }

  /**
   * True when the node answered {@code success}, the only answer after which WeChat stops retrying.
   */
  boolean post(int node, String innerXml) {
    String pushUrl = nodes.get(node).baseUrl() + "/wechat/push/" + DeskSetup.APP_ID;
    WeChatPush.Signed signed = pushTo(node).sign(innerXml);
    boolean duringOutage = ledger.databaseDown();
    ledger.pushesPosted.incrementAndGet();
    if (duringOutage) {
      ledger.pushesWhileDatabaseDown.incrementAndGet();
    }
    long start = System.nanoTime();
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(pushUrl + "?" + signed.query()))
                  .timeout(WECHAT_DEADLINE)
                  .header("Content-Type", "text/xml")
                  .POST(HttpRequest.BodyPublishers.ofString(signed.body()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() >= 500) {
        ledger.answered5xx.incrementAndGet();
        ledger.slowest5xx((System.nanoTime() - start) / 1_000_000);
        if (duringOutage) {
          ledger.answered5xxWhileDatabaseDown.incrementAndGet();
        }
      }
      return answer.statusCode() == 200 && answer.body().equals("success");
    } catch (HttpConnectTimeoutException e) {
      ledger.unreachable.incrementAndGet();
      return false;
    } catch (HttpTimeoutException e) {
      ledger.unansweredIn5Seconds.incrementAndGet();
      if (duringOutage) {
        ledger.unansweredWhileDatabaseDown.incrementAndGet();
      }
      return false;
    } catch (IOException e) {
      ledger.unreachable.incrementAndGet();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
