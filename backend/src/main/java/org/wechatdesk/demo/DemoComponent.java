package org.wechatdesk.demo;

import java.util.List;

/**
 * The demo's third-party platform and the Official Account its QR page lets a newcomer authorize
 * (扫码授权) without WeChat. Public on purpose, like {@link DemoAccount}.
 */
final class DemoComponent {

  static final String APP_ID = "wx0000000000c0de30";
  static final String APP_SECRET = "c0de30c0de30c0de30c0de30c0de30c0";
  static final String TOKEN = "WeChatDeskDemoComponentToken0001";
  static final String ENCODING_AES_KEY = "WeChatDeskDemoComponentKey00000000000000000";

  static final String AUTHORIZER_APP_ID = "wx000000000de30a2b";
  static final String AUTHORIZER_ORIGINAL_ID = "gh_0000de30a2b0";
  static final String AUTHORIZER_NAME = "演示服务号（扫码授权）";

  /** Message management, user management, web services, custom menu: what the desk asks for. */
  static final List<Integer> GRANTS = List.of(1, 2, 4, 15);

  private DemoComponent() {}
}
