package org.wechatdesk.user;

public enum Role {
  ADMIN,
  AGENT
}
