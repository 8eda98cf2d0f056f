package org.wechatdesk.routing.rules;

/**
 * The visitor's reply (text or menu click key), trimmed; {@code number} when it is a whole number.
 */
public record Answer(String text, Integer number) {

  public static Answer of(String reply) {
    String text = reply == null ? "" : reply.strip();
    Integer number = text.matches("\\d{1,3}") ? Integer.valueOf(text) : null;
    return new Answer(text, number);
  }
}
