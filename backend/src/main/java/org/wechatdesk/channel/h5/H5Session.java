package org.wechatdesk.channel.h5;

/** What the H5 page's header shows: the account, the visitor, and where the latest conversation stands. */
record H5Session(String accountName, String appId, Visitor visitor, Conversation conversation) {

  record Visitor(String nickname, String avatarUrl) {}

  record Conversation(long id, String status, Integer queuePosition, Agent agent) {}

  record Agent(String displayName, String avatarUrl) {}
}
