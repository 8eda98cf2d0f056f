package org.wechatdesk.channel.wechat.token;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.wechatdesk.message.MessageProperties;

/**
 * The HTTP connections that every WxJava client of this node shares to WeChat's API. WxJava's
 * default allows 10 connections per host for the whole JVM: with more outbox senders than that,
 * senders waited for a connection while WeChat answered the others, and a stand-in answering in 50
 * ms took 73 sends a second from 16 senders (docs/benchmarks.md, "Issue 19, second session"). So
 * the pool is sized to the threads that call WeChat: the outbox's senders, the inbound workers (fan
 * profiles, media) and a margin for requests (menus, customer-service accounts, credential checks).
 * Timeouts are WxJava's defaults. Nothing is retried here: the outbox decides which failures are
 * safe to repeat.
 */
@Component
class WeChatHttpConnections implements ApacheHttpClientBuilder, DisposableBean {

  private static final int REQUEST_MARGIN = 10;

  private static final int CONNECT_AND_READ_TIMEOUT_MILLIS = 5000;
  private static final long IDLE_SECONDS = 60;

  private final int perHost;
  private final CloseableHttpClient client;

  WeChatHttpConnections(MessageProperties workers) {
    perHost = workers.outbox().threads() + workers.inbound().threads() + REQUEST_MARGIN;
    PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
    pool.setMaxTotal(perHost);
    pool.setDefaultMaxPerRoute(perHost);
    client =
        HttpClients.custom()
            .setConnectionManager(pool)
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectTimeout(CONNECT_AND_READ_TIMEOUT_MILLIS)
                    .setSocketTimeout(CONNECT_AND_READ_TIMEOUT_MILLIS)
                    .build())
            .disableAutomaticRetries()
            .evictExpiredConnections()
            .evictIdleConnections(IDLE_SECONDS, TimeUnit.SECONDS)
            .build();
  }

  /** How many calls to WeChat this node makes at once. */
  int perHost() {
    return perHost;
  }

  @Override
  public CloseableHttpClient build() {
    return client;
  }

  /**
   * WxJava hands over the account's proxy settings when it builds a client; the desk sets none, so
   * only their absence is accepted.
   */
  @Override
  public ApacheHttpClientBuilder httpProxyHost(String host) {
    return refuseIf(host != null, "a proxy host");
  }

  @Override
  public ApacheHttpClientBuilder httpProxyPort(int port) {
    return refuseIf(port != 0, "a proxy port");
  }

  @Override
  public ApacheHttpClientBuilder httpProxyUsername(String username) {
    return refuseIf(username != null, "a proxy user");
  }

  @Override
  public ApacheHttpClientBuilder httpProxyPassword(String password) {
    return refuseIf(password != null, "a proxy password");
  }

  @Override
  public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) {
    return refuseIf(true, "a retry handler");
  }

  @Override
  public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy strategy) {
    return refuseIf(true, "a keep-alive strategy");
  }

  @Override
  public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) {
    return refuseIf(true, "a TLS socket factory");
  }

  private ApacheHttpClientBuilder refuseIf(boolean given, String what) {
    if (given) {
      throw new UnsupportedOperationException(
          "The desk's WeChat connections are shared by every account; " + what + " is not set");
    }
    return this;
  }

  @Override
  public void destroy() throws IOException {
    client.close();
  }
}
