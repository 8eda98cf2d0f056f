package org.wechatdesk.audit;

/** What an audited change was made to; the audit screen filters by these. */
public enum AuditTarget {
  ACCOUNT,
  ACCOUNT_ROUTING,
  FLOW_SETTINGS,
  WORKING_HOURS,
  QUEUE,
  AGENT,
  USER,
  CUSTOMER,
  NAVIGATION,
  RULE_SET,
  PROCESS,
  CUSTOM_MENU,
  WECHAT_COMPONENT,
  CONVERSATION
}
