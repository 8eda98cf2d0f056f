package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.support.H5Browser;
import org.wechatdesk.support.IntegrationTest;

/**
 * What anyone on the internet can send without logging in: malformed cookies, uploads and Accept
 * headers are a client's mistakes, answered 4xx in the API's one JSON shape, and never logged as an
 * ERROR.
 */
class PublicSurfaceErrorsTest extends IntegrationTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private String appId;

  @BeforeEach
  void anAccountWithAnonymousH5Visitors() {
    TestAccount account = bindAccount();
    accountService.setH5Authorization(account.account().id(), H5Authorization.NONE);
    appId = account.account().appId();
    logged.start();
    root.addAppender(logged);
  }

  @AfterEach
  void stopCapturing() {
    root.detachAppender(logged);
  }

  @Test
  void aVisitorCookieTooShortToBeSealedIsNoVisitor() throws Exception {
    String forged = "DESK_H5=AAAAAAAAAAAAAAAA";
    assertThat(get("/h5/" + appId, forged, "text/html").statusCode())
        .as("a new visitor instead")
        .isEqualTo(302);
    assertThat(get("/api/h5/session", forged, "application/json").statusCode()).isEqualTo(401);
    assertNoErrorLogged();
  }

  @Test
  void errorsAreJsonWhateverTheAcceptHeaderAsks() throws Exception {
    for (String accept : new String[] {"text/plain", "application/xml", "image/png", "*/*"}) {
      HttpResponse<String> answer = get("/api/rating-page/nope", null, accept);
      assertThat(answer.statusCode()).as(accept).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("application/json");
      assertThat(answer.body()).isEqualTo("{\"code\":\"rating.linkUnknown\",\"params\":{}}");
    }
    assertNoErrorLogged();
  }

  @Test
  void aMultipartUploadWithoutABoundaryIsABadRequest() {
    H5Browser phone = new H5Browser(baseUrl());
    phone.get("/h5/" + appId);
    assertThat(phone.cookie("DESK_H5")).isNotNull();
    HttpResponse<String> answer =
        phone.send("POST", "/api/h5/images", "multipart/form-data", "--x\r\n\r\n");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).isEqualTo("{\"code\":\"request.malformed\",\"params\":{}}");
    assertNoErrorLogged();
  }

  private HttpResponse<String> get(String path, String cookie, String accept) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", accept).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void assertNoErrorLogged() {
    assertThat(logged.list)
        .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
        .extracting(ILoggingEvent::getFormattedMessage)
        .isEmpty();
  }
}
