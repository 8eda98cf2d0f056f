package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.routing.navigation.NavigationState;
import org.wechatdesk.routing.navigation.NavigationStep.Kind;
import org.wechatdesk.routing.navigation.NavigationStep.Prompt;
import org.wechatdesk.routing.navigation.NavigationStep.RouteToQueue;
import org.wechatdesk.routing.terms.QueueStrategy;

class NavigationTest extends RoutingIntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired ObjectMapper json;

  private long preSales;
  private long afterSales;
  private long refunds;
  private long fallback;

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body)
      throws Exception {
    return request
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body))
        .with(realCsrf())
        .with(ADMIN);
  }

  /**
   * 1. 售前 → queue; 2. 售后 → sub-menu (1. 维修, 2. 退款); three unrecognised answers → the default queue.
   */
  @BeforeEach
  void accountWithANavigationMenu() throws Exception {
    preSales = queue(QueueStrategy.ROUND_ROBIN);
    afterSales = queue(QueueStrategy.ROUND_ROBIN);
    refunds = queue(QueueStrategy.ROUND_ROBIN);
    fallback = queue(QueueStrategy.ROUND_ROBIN);
    Map<String, Object> navigation =
        Map.of(
            "name",
            "导航-" + next(),
            "greeting",
            "您好，请选择服务：",
            "maxInvalidAnswers",
            3,
            "defaultQueueId",
            fallback,
            "entries",
            List.of(
                Map.of("number", 1, "label", "售前", "clickKey", "PRE_SALES", "queueId", preSales),
                Map.of(
                    "number",
                    2,
                    "label",
                    "售后",
                    "prompt",
                    "售后服务：",
                    "entries",
                    List.of(
                        Map.of("number", 1, "label", "维修", "queueId", afterSales),
                        Map.of("number", 2, "label", "退款", "queueId", refunds)))));
    String created =
        mvc.perform(json(post("/api/admin/navigations"), navigation))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long navigationId = json.readTree(created).path("id").asLong();
    mvc.perform(
            json(
                put("/api/admin/accounts/" + accountId() + "/routing"),
                Map.of("navigationId", navigationId)))
        .andExpect(status().isOk());
  }

  @Test
  void greetingAndMainMenuComeFirst() {
    Prompt menu = (Prompt) routing.startNavigation(accountId());

    assertThat(menu.kind()).isEqualTo(Kind.MENU);
    assertThat(menu.text()).isEqualTo("您好，请选择服务：\n1. 售前\n2. 售后");
  }

  @Test
  void anEntrysNumberTextOrClickKeyLeadsToItsQueue() {
    NavigationState start = ((Prompt) routing.startNavigation(accountId())).state();

    assertThat(routing.navigate(accountId(), start, " 1 "))
        .isEqualTo(new RouteToQueue(preSales, "Answer is an entry's number"));
    assertThat(routing.navigate(accountId(), start, "售前"))
        .isEqualTo(new RouteToQueue(preSales, "Answer is an entry's text"));
    assertThat(routing.navigate(accountId(), start, "PRE_SALES"))
        .isEqualTo(new RouteToQueue(preSales, "Answer is an entry's menu click key"));
  }

  @Test
  void aSubMenuLeadsFurtherAndZeroGoesBack() {
    NavigationState start = ((Prompt) routing.startNavigation(accountId())).state();

    Prompt subMenu = (Prompt) routing.navigate(accountId(), start, "2");
    assertThat(subMenu.kind()).isEqualTo(Kind.SUB_MENU);
    assertThat(subMenu.text()).isEqualTo("售后服务：\n1. 维修\n2. 退款\n0. 返回主菜单");
    assertThat(routing.navigate(accountId(), subMenu.state(), "2"))
        .isEqualTo(new RouteToQueue(refunds, "Answer is an entry's number"));
    Prompt back = (Prompt) routing.navigate(accountId(), subMenu.state(), "0");
    assertThat(back.kind()).isEqualTo(Kind.MENU);
    assertThat(back.state().menuEntryId()).isNull();
  }

  @Test
  void unrecognisedAnswersRepromptThenGoToTheDefaultQueue() {
    NavigationState state = ((Prompt) routing.startNavigation(accountId())).state();

    Prompt first = (Prompt) routing.navigate(accountId(), state, "你好");
    assertThat(first.kind()).isEqualTo(Kind.REPROMPT);
    assertThat(first.text()).startsWith("未能识别").endsWith("1. 售前\n2. 售后");
    Prompt second = (Prompt) routing.navigate(accountId(), first.state(), "7");
    assertThat(second.state().invalidAnswers()).isEqualTo(2);

    assertThat(routing.navigate(accountId(), second.state(), "?"))
        .isEqualTo(
            new RouteToQueue(fallback, "Too many unrecognised answers go to the default queue"));
  }

  @Test
  void anAccountSetToOneQueueRoutesThereAtOnce() throws Exception {
    mvc.perform(
            json(
                put("/api/admin/accounts/" + accountId() + "/routing"),
                Map.of("queueId", preSales)))
        .andExpect(status().isOk());

    assertThat(routing.startNavigation(accountId()))
        .isEqualTo(new RouteToQueue(preSales, "Account routes every visitor to one queue"));
  }

  @Test
  void navigationsAreValidated() throws Exception {
    Map<String, Object> invalid =
        Map.of(
            "name",
            "",
            "greeting",
            "hi",
            "defaultQueueId",
            987654321,
            "entries",
            List.of(
                Map.of("number", 1, "label", "x"),
                Map.of("number", 1, "label", "y", "queueId", preSales)));
    mvc.perform(json(post("/api/admin/navigations"), invalid))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.name").exists())
        .andExpect(jsonPath("$.fields.defaultQueueId").exists())
        .andExpect(jsonPath("$.fields['entries[0]']").exists())
        .andExpect(jsonPath("$.fields['entries[1].number']").exists());
    mvc.perform(json(put("/api/admin/accounts/" + accountId() + "/routing"), Map.of()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.queueId").exists());
  }
}
