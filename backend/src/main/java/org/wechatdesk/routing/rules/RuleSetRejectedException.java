package org.wechatdesk.routing.rules;

import java.util.List;

/** A rule set that does not compile, or compiles but fails on a sample situation. */
public class RuleSetRejectedException extends RuntimeException {

  private final List<CompilerMessage> messages;

  public RuleSetRejectedException(List<CompilerMessage> messages) {
    super("The rules were rejected: " + messages.stream().map(CompilerMessage::text).toList());
    this.messages = List.copyOf(messages);
  }

  public List<CompilerMessage> messages() {
    return messages;
  }
}
