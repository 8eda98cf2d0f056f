package org.wechatdesk.channel.h5;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the H5 page's header shows: the account, the visitor, and where the latest conversation
 * stands. Unknown values are sent as null rather than left out, as the page's contract says.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record H5Session(String accountName, String appId, Visitor visitor, Conversation conversation) {

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Visitor(String nickname, String avatarUrl) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Conversation(long id, String status, Integer queuePosition, Agent agent) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Agent(String displayName, String avatarUrl) {}
}
