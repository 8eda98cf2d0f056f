package org.wechatdesk.channel.wechat.component;

import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * WeChat's release check for third-party platforms (全网发布接入检测). WeChat's own test accounts,
 * authorized to every platform, send two texts to the message URL: {@code
 * TESTCOMPONENT_MSG_TYPE_TEXT}, to be answered at once with {@code
 * TESTCOMPONENT_MSG_TYPE_TEXT_callback}; and {@code QUERY_AUTH_CODE:$code$}, to be answered with an
 * empty reply, then with {@code $code$_from_api} sent through the customer-service API with the
 * authorizer token that api_query_auth gives for the code. Only those accounts are answered so: a
 * fan of a real account who types the same words reaches an agent as usual. Earlier versions of the
 * check also sent an event, answered at once with the event's name and {@code from_callback}.
 */
@Component
public class ReleaseCheck {

  /** The official-account test accounts of WeChat's document, five groups. */
  private static final Set<String> TEST_ACCOUNTS =
      Set.of(
          "wx570bc396a51b8ff8",
          "wx9252c5e0bb1836fc",
          "wx8e1097c5bc82cde9",
          "wx14550af28c71a144",
          "wxa35b9c23cfe664eb");

  static final String TEXT = "TESTCOMPONENT_MSG_TYPE_TEXT";
  static final String QUERY_AUTH_CODE = "QUERY_AUTH_CODE:";

  private static final Logger log = LoggerFactory.getLogger(ReleaseCheck.class);

  private final ComponentTokens tokens;
  private final ComponentApi api;

  /** The check comes a few times in a platform's life: a thread of its own, at most two at once. */
  private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("release-check-");

  ReleaseCheck(ComponentTokens tokens, ComponentApi api) {
    this.tokens = tokens;
    this.api = api;
    executor.setConcurrencyLimit(2);
  }

  public static boolean isTestAccount(String appId) {
    return TEST_ACCOUNTS.contains(appId);
  }

  /**
   * The passive reply's text for the test account's message, or empty for an empty reply; a
   * QUERY_AUTH_CODE message starts the answer through the API.
   */
  public Optional<String> answer(String openid, String msgType, String event, String content) {
    if ("event".equals(msgType) && event != null) {
      return Optional.of(event + "from_callback");
    }
    if (!"text".equals(msgType) || content == null) {
      return Optional.empty();
    }
    if (content.equals(TEXT)) {
      return Optional.of(TEXT + "_callback");
    }
    if (content.startsWith(QUERY_AUTH_CODE)) {
      String code = content.substring(QUERY_AUTH_CODE.length());
      executor.execute(() -> answerThroughApi(openid, code));
    }
    return Optional.empty();
  }

  private void answerThroughApi(String openid, String code) {
    try {
      ComponentSettings settings = tokens.settings();
      ComponentApi.Authorization authorization =
          api.queryAuth(settings.appId(), tokens.current(), code);
      api.sendText(authorization.accessToken(), openid, code + "_from_api");
    } catch (RuntimeException e) {
      log.warn("Release check: answering through the API failed: {}", e.getMessage());
    }
  }
}
