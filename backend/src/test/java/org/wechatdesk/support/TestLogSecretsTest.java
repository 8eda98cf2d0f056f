package org.wechatdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestLogSecretsTest {

  @Test
  void eachKindOfTestSecretIsFoundInALogLine() {
    String log =
        """
        INFO boot with key dGVzdC1rZXktMzItYnl0ZXMtZm9yLXRoZS1kZXNrISE=
        DEBUG login {"username":"admin","password":"test-admin-password"}
        DEBUG bind appSecret=00000000000000000000000000000007
        DEBUG GET /cgi-bin/menu/get?access_token=TOKEN_wx0123456789abcdef_42
        DEBUG sns/userinfo?access_token=web-token-7
        DEBUG Cookie: DESK_H5=q83vEjRWeJASNFZ4kBI0VnhCNFZ4; JSESSIONID=0123456789ABCDEF0123456789ABCDEF
        DEBUG account {"encodingAesKey":"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"}""";
    assertThat(TestLogSecrets.findIn("app.log", log)).hasSize(11);
  }

  @Test
  void ordinaryLogLinesAreNot() {
    String log =
        """
        INFO Account 12: web authorization refused (errcode 40029)
        INFO Started WeChatDeskApplication in 9.1 seconds
        WARN token refresh for account 3 failed: errcode 40001, retrying
        INFO the audit replaced appSecret with ***""";
    assertThat(TestLogSecrets.findIn("app.log", log)).isEmpty();
  }
}
