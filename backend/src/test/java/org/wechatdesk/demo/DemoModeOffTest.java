package org.wechatdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.wechatdesk.standin.WeChatStandIn;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.IntegrationTest;

/** Without the demo profile, nothing of the demo exists: no beans, no open paths, no stand-in. */
class DemoModeOffTest extends IntegrationTest {

  @Autowired ApplicationContext context;

  @Test
  void noDemoBeanExists() {
    assertThat(context.getBeansOfType(WeChatStandIn.class)).isEmpty();
    assertThat(context.getBeansOfType(DemoController.class)).isEmpty();
  }

  @Test
  void anonymousRequestsToTheDemoPathsAreRefused() {
    HttpSession anonymous = new HttpSession(baseUrl());

    assertThat(anonymous.send("GET", "/api/demo/info", null).statusCode()).isEqualTo(401);
    assertThat(
            anonymous
                .send(
                    "GET",
                    "/demo/wechat-api/cgi-bin/token?grant_type=client_credential&appid=a&secret=b",
                    null)
                .statusCode())
        .isIn(401, 403);
    assertThat(
            anonymous
                .send("POST", "/api/demo/fans/o_x/pushes", "{\"type\":\"text\",\"text\":\"hi\"}")
                .statusCode())
        .isIn(401, 403);
  }

  @Test
  void evenAnAdminFindsNoDemoEndpoint() throws Exception {
    mvc.perform(get("/api/demo/info").with(user("admin").roles("ADMIN")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/demo/wechat-api/cgi-bin/token").with(user("admin").roles("ADMIN")))
        .andExpect(status().isForbidden());
  }
}
