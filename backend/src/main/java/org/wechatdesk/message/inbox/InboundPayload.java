package org.wechatdesk.message.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.wechatdesk.message.InboundMessage;

/** The stored form of a neutral message: desk.inbound_message.payload, JSON. */
final class InboundPayload {

  private InboundPayload() {}

  static String write(ObjectMapper json, InboundMessage message) {
    try {
      return json.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static InboundMessage read(ObjectMapper json, long id, String payload) {
    try {
      return json.readValue(payload, InboundMessage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("inbound " + id + " has an unreadable payload", e);
    }
  }
}
