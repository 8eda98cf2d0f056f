package org.wechatdesk.demo;

import java.util.List;

/**
 * The fixed credentials of the demo's Official Account and users. They are public on purpose: the
 * demo profile exists so that anyone can try the desk without a WeChat account, and never runs in
 * production.
 */
final class DemoAccount {

  static final String NAME = "演示公众号 Demo account";
  static final String ORIGINAL_ID = "gh_000000de30a1";
  static final String APP_ID = "wx0000000000de30a1";
  static final String APP_SECRET = "de30de30de30de30de30de30de30de30";
  static final String TOKEN = "WeChatDeskDemoToken0000000000001";
  static final String ENCODING_AES_KEY = "WeChatDeskDemoEncodingAesKey000000000000000";
  static final String PASSWORD = "demo1234";
  static final String SATISFACTION_TEMPLATE_ID = "DEMO_satisfaction_invite";

  /**
   * The satisfaction template as WeChat's template library holds it for the demo account: its
   * {@code content} places each field the desk sends (the flow settings' default fields), so the
   * simulator shows the message the way a fan's WeChat does, not as field names.
   */
  static final Template SATISFACTION_TEMPLATE =
      new Template(
          SATISFACTION_TEMPLATE_ID,
          "服务评价提醒",
          "{{first.DATA}}\n服务客服：{{keyword1.DATA}}\n结束时间：{{keyword2.DATA}}\n{{remark.DATA}}");

  static final List<Login> LOGINS =
      List.of(
          new Login("admin", PASSWORD, "ADMIN"),
          new Login("agent1", PASSWORD, "AGENT"),
          new Login("agent2", PASSWORD, "AGENT"),
          new Login("agent3", PASSWORD, "SUPERVISOR"));

  private DemoAccount() {}

  record Login(String username, String password, String role) {}

  /** A template of the account's library, with WeChat's {@code {{name.DATA}}} placeholders. */
  record Template(String templateId, String title, String content) {}
}
