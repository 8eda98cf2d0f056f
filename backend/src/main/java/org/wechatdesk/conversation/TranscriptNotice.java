package org.wechatdesk.conversation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * What the desk says in a conversation's transcript (a system line, or a remark on a fan's or an
 * agent's line), as a stable code with parameters: the workbench words it in the agent's language
 * ({@code frontend/src/i18n/notices.ts}); the line's own text, where it has one, is {@code {text}}.
 */
public record TranscriptNotice(Code code, Map<String, String> params) {

  public enum Code {
    /** An automatic text not sent; the line's text is the text. Param {@code reason}. */
    AUTOMATIC_TEXT_WITHHELD("notice.automaticTextWithheld"),
    /** WeChat answered 45015: nothing reaches the fan until the fan writes again. */
    WINDOW_CLOSED("notice.windowClosed"),
    /** The agent was disabled; the conversation went back to its queue. */
    AGENT_DISABLED("notice.agentDisabled"),
    /** The fan now writes on another channel; replies follow. Param {@code channel}. */
    VISITOR_MOVED("notice.visitorMoved"),
    /** The transferring agent's note; the line's text is the note. */
    TRANSFER_NOTE("notice.transferNote"),
    /** The template message inviting the fan to rate. */
    RATING_TEMPLATE("notice.ratingTemplate"),
    /**
     * A rating given on the rating page; the line's text is the rating's label. Params {@code
     * rating}, {@code solved} (yes, no or empty).
     */
    RATED_ON_PAGE("notice.ratedOnPage"),
    /** A fan's media still being fetched from WeChat. */
    MEDIA_FETCHING("notice.mediaFetching"),
    /** A fan's media WeChat did not hand over. Param {@code reason}. */
    MEDIA_GIVEN_UP("notice.mediaGivenUp");

    private final String code;

    Code(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }

  public static TranscriptNotice of(Code code) {
    return new TranscriptNotice(code, Map.of());
  }

  public static TranscriptNotice of(Code code, String param, String value) {
    return new TranscriptNotice(code, Map.of(param, value));
  }
}
