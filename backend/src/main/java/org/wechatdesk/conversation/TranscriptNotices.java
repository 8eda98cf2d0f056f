package org.wechatdesk.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A transcript notice as the JSON stored with its line ({@code conversation_message.notice}). */
@Component
public class TranscriptNotices {

  private final ObjectMapper json;

  TranscriptNotices(ObjectMapper json) {
    this.json = json;
  }

  String write(TranscriptNotice notice) {
    try {
      return json.writeValueAsString(new Stored(notice.code().code(), notice.params()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a notice of strings is always JSON", e);
    }
  }

  /** The notice stored with a line; null for a line without one. */
  public TranscriptNotice read(String stored) {
    if (stored == null) {
      return null;
    }
    try {
      Stored read = json.readValue(stored, Stored.class);
      TranscriptNotice.Code code =
          Arrays.stream(TranscriptNotice.Code.values())
              .filter(candidate -> candidate.code().equals(read.code()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("unknown notice " + read.code()));
      return new TranscriptNotice(code, read.params() == null ? Map.of() : read.params());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored notice is not JSON: " + stored, e);
    }
  }

  private record Stored(String code, Map<String, String> params) {}
}
