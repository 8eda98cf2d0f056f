package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
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

/**
 * Editing and deleting navigations: validation, refusal while in use, audit, and visitors caught
 * mid-menu.
 */
class NavigationEditTest extends RoutingIntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static final RequestPostProcessor AGENT = user("agent").roles("AGENT");

  @Autowired ObjectMapper json;

  private long preSales;
  private long repairs;
  private long fallback;
  private long navigationId;

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body)
      throws Exception {
    return request
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body))
        .with(realCsrf());
  }

  /** 1. 售前 → queue; 2. 售后 → sub-menu (1. 维修); two unrecognised answers → the default queue. */
  private Map<String, Object> original(String name) {
    return Map.of(
        "name",
        name,
        "greeting",
        "您好，请选择服务：",
        "maxInvalidAnswers",
        2,
        "defaultQueueId",
        fallback,
        "entries",
        List.of(
            Map.of("number", 1, "label", "售前", "queueId", preSales),
            Map.of(
                "number",
                2,
                "label",
                "售后",
                "prompt",
                "售后服务：",
                "entries",
                List.of(Map.of("number", 1, "label", "维修", "queueId", repairs)))));
  }

  /** Only 1. 咨询 → queue, with a new greeting. */
  private Map<String, Object> edited(String name) {
    return Map.of(
        "name",
        name,
        "greeting",
        "欢迎！请回复序号：",
        "maxInvalidAnswers",
        2,
        "defaultQueueId",
        fallback,
        "entries",
        List.of(Map.of("number", 1, "label", "咨询", "queueId", preSales)));
  }

  private long create(Map<String, Object> navigation) throws Exception {
    String created =
        mvc.perform(json(post("/api/admin/navigations"), navigation).with(ADMIN))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(created).path("id").asLong();
  }

  private void routeAccountThrough(long navigation) throws Exception {
    mvc.perform(
            json(
                    put("/api/admin/accounts/" + accountId() + "/routing"),
                    Map.of("navigationId", navigation))
                .with(ADMIN))
        .andExpect(status().isOk());
  }

  private void routeAccountTo(long queue) throws Exception {
    mvc.perform(
            json(put("/api/admin/accounts/" + accountId() + "/routing"), Map.of("queueId", queue))
                .with(ADMIN))
        .andExpect(status().isOk());
  }

  private void edit(long navigation, Map<String, Object> body) throws Exception {
    mvc.perform(json(put("/api/admin/navigations/" + navigation), body).with(ADMIN))
        .andExpect(status().isOk());
  }

  private int auditRows(long navigation) {
    return jdbc.sql(
            "select count(*) from desk.audit_entry where target_type = 'NAVIGATION' and target_id = ?")
        .param(Long.toString(navigation))
        .query(Integer.class)
        .single();
  }

  /** Action, before and after of the newest audit entry of the navigation. */
  private Audited audited(long navigation) throws Exception {
    Map<String, Object> row =
        jdbc.sql(
                """
            select action, actor, before_json, after_json from desk.audit_entry
             where target_type = 'NAVIGATION' and target_id = ? order by id desc fetch first 1 rows only""")
            .param(Long.toString(navigation))
            .query()
            .singleRow();
    assertThat(row.get("actor")).isEqualTo("admin");
    return new Audited(
        row.get("action").toString(), read(row.get("before_json")), read(row.get("after_json")));
  }

  private JsonNode read(Object column) throws Exception {
    return column == null ? null : json.readTree(column.toString());
  }

  private record Audited(String action, JsonNode before, JsonNode after) {}

  @BeforeEach
  void accountWithANavigationMenu() throws Exception {
    preSales = queue(QueueStrategy.ROUND_ROBIN);
    repairs = queue(QueueStrategy.ROUND_ROBIN);
    fallback = queue(QueueStrategy.ROUND_ROBIN);
    navigationId = create(original("导航-" + next()));
    routeAccountThrough(navigationId);
  }

  @Test
  void aQueueThatRoutingLeadsToIsNotDeletedAndTheRefusalNamesWhatLeadsToIt() throws Exception {
    String navigationName =
        json.readTree(
                mvc.perform(get("/api/admin/navigations/" + navigationId).with(ADMIN))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .path("name")
            .asText();
    String accountName =
        jdbc.sql("select name from desk.official_account where id = ?")
            .param(accountId())
            .query(String.class)
            .single();

    // The sub-menu's queue: found through an entry below the first level, not only the default.
    mvc.perform(delete("/api/admin/queues/" + repairs).with(ADMIN).with(realCsrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("queue.inUse"))
        .andExpect(jsonPath("$.params.navigations").value(navigationName))
        .andExpect(jsonPath("$.params.accounts").value(""))
        .andExpect(jsonPath("$.params.visitors").value(0));

    long direct = queue(QueueStrategy.RANDOM);
    routeAccountTo(direct);
    mvc.perform(delete("/api/admin/queues/" + direct).with(ADMIN).with(realCsrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.params.accounts").value(accountName))
        .andExpect(jsonPath("$.params.navigations").value(""));
    assertThat(queues.find(direct)).isPresent();
  }

  @Test
  void anEditReplacesTheGreetingAndTheMenuTreeAndIsAudited() throws Exception {
    String name = "改名-" + next();
    mvc.perform(json(put("/api/admin/navigations/" + navigationId), edited(name)).with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value(name))
        .andExpect(jsonPath("$.greeting").value("欢迎！请回复序号："))
        .andExpect(jsonPath("$.entries.length()").value(1))
        .andExpect(jsonPath("$.entries[0].label").value("咨询"));

    assertThat(((Prompt) routing.startNavigation(accountId())).text())
        .isEqualTo("欢迎！请回复序号：\n1. 咨询");
    assertThat(
            jdbc.sql("select count(*) from desk.navigation_entry where navigation_id = ?")
                .param(navigationId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    Audited change = audited(navigationId);
    assertThat(change.action()).isEqualTo("navigation.update");
    assertThat(change.before().path("greeting").asText()).isEqualTo("您好，请选择服务：");
    assertThat(change.before().path("entries")).hasSize(3);
    assertThat(change.after().path("name").asText()).isEqualTo(name);
    assertThat(change.after().path("entries")).hasSize(1);
    assertThat(change.after().path("entries").get(0).path("label").asText()).isEqualTo("咨询");
  }

  @Test
  void anEditIsValidatedLikeACreationAndChangesNothingWhenRefused() throws Exception {
    Map<String, Object> invalid =
        Map.of(
            "name",
            "",
            "greeting",
            "hi",
            "maxInvalidAnswers",
            11,
            "defaultQueueId",
            987654321,
            "entries",
            List.of(
                Map.of("number", 1, "label", "x"),
                Map.of(
                    "number",
                    1,
                    "label",
                    "y",
                    "entries",
                    List.of(Map.of("number", 10, "label", "z", "queueId", repairs)))));
    int rowsBefore = auditRows(navigationId);

    mvc.perform(json(put("/api/admin/navigations/" + navigationId), invalid).with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.name.code").value("input.length"))
        .andExpect(jsonPath("$.fields.name.params.max").value(64))
        .andExpect(jsonPath("$.fields.maxInvalidAnswers.code").value("input.range"))
        .andExpect(jsonPath("$.fields.maxInvalidAnswers.params.min").value(1))
        .andExpect(jsonPath("$.fields.maxInvalidAnswers.params.max").value(10))
        .andExpect(jsonPath("$.fields.defaultQueueId").exists())
        .andExpect(jsonPath("$.fields['entries[0]'].code").value("navigation.entryTarget"))
        .andExpect(jsonPath("$.fields['entries[1].number'].code").value("navigation.entryNumber"))
        .andExpect(jsonPath("$.fields['entries[1].number'].params.min").value(1))
        .andExpect(jsonPath("$.fields['entries[1].number'].params.max").value(9))
        .andExpect(
            jsonPath("$.fields['entries[1].entries[0].number'].code")
                .value("navigation.entryNumber"))
        .andExpect(jsonPath("$.fields['entries[1].entries[0].number'].params.min").value(1))
        .andExpect(jsonPath("$.fields['entries[1].entries[0].number'].params.max").value(9));

    String otherName = "另一个-" + next();
    create(original(otherName));
    mvc.perform(json(put("/api/admin/navigations/" + navigationId), edited(otherName)).with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.name.code").value("navigation.nameTaken"));

    assertThat(((Prompt) routing.startNavigation(accountId())).text())
        .isEqualTo("您好，请选择服务：\n1. 售前\n2. 售后");
    assertThat(auditRows(navigationId)).isEqualTo(rowsBefore);
  }

  @Test
  void anUnknownNavigationIsNotFound() throws Exception {
    mvc.perform(json(put("/api/admin/navigations/987654321"), edited("无-" + next())).with(ADMIN))
        .andExpect(status().isNotFound());
    mvc.perform(delete("/api/admin/navigations/987654321").with(realCsrf()).with(ADMIN))
        .andExpect(status().isNotFound());
  }

  @Test
  void deletionIsRefusedWhileAnAccountRoutesThroughIt() throws Exception {
    String accountName =
        jdbc.sql("select name from desk.official_account where id = ?")
            .param(accountId())
            .query(String.class)
            .single();
    int rowsBefore = auditRows(navigationId);

    mvc.perform(delete("/api/admin/navigations/" + navigationId).with(realCsrf()).with(ADMIN))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("navigation.inUse"))
        .andExpect(jsonPath("$.params.accounts").value(containsString(accountName)));

    mvc.perform(get("/api/admin/navigations/" + navigationId).with(ADMIN))
        .andExpect(status().isOk());
    assertThat(auditRows(navigationId)).isEqualTo(rowsBefore);
  }

  @Test
  void anUnusedNavigationIsDeletedWithItsEntriesAndAudited() throws Exception {
    routeAccountTo(preSales);

    mvc.perform(delete("/api/admin/navigations/" + navigationId).with(realCsrf()).with(ADMIN))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/admin/navigations/" + navigationId).with(ADMIN))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql("select count(*) from desk.navigation_entry where navigation_id = ?")
                .param(navigationId)
                .query(Integer.class)
                .single())
        .isZero();
    Audited removal = audited(navigationId);
    assertThat(removal.action()).isEqualTo("navigation.delete");
    assertThat(removal.before().path("entries").get(0).path("label").asText()).isEqualTo("售前");
    assertThat(removal.after()).isNull();
    mvc.perform(
            json(
                    put("/api/admin/accounts/" + accountId() + "/routing"),
                    Map.of("navigationId", navigationId))
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.navigationId").exists());
  }

  @Test
  void onlyAdminsEditOrDeleteNavigations() throws Exception {
    Map<String, Object> body = edited("x-" + next());
    mvc.perform(json(put("/api/admin/navigations/" + navigationId), body))
        .andExpect(status().isUnauthorized());
    mvc.perform(json(put("/api/admin/navigations/" + navigationId), body).with(AGENT))
        .andExpect(status().isForbidden());
    mvc.perform(delete("/api/admin/navigations/" + navigationId).with(realCsrf()))
        .andExpect(status().isUnauthorized());
    mvc.perform(delete("/api/admin/navigations/" + navigationId).with(realCsrf()).with(AGENT))
        .andExpect(status().isForbidden());

    mvc.perform(get("/api/admin/navigations/" + navigationId).with(ADMIN))
        .andExpect(jsonPath("$.greeting").value("您好，请选择服务："));
  }

  @Test
  void anAnswerToASubMenuThatAnEditRemovedIsUnrecognisedAndShowsTheNewMainMenu() throws Exception {
    NavigationState start = ((Prompt) routing.startNavigation(accountId())).state();
    Prompt subMenu = (Prompt) routing.navigate(accountId(), start, "2");
    assertThat(subMenu.kind()).isEqualTo(Kind.SUB_MENU);

    edit(navigationId, original("导航-" + next()));

    Prompt reprompt = (Prompt) routing.navigate(accountId(), subMenu.state(), "1");
    assertThat(reprompt.kind()).isEqualTo(Kind.REPROMPT);
    assertThat(reprompt.text()).startsWith("未能识别").endsWith("\n1. 售前\n2. 售后").doesNotContain("维修");
    assertThat(reprompt.state().menuEntryId()).isNull();
    assertThat(reprompt.state().invalidAnswers()).isEqualTo(1);
    assertThat(routing.navigate(accountId(), reprompt.state(), "2"))
        .isInstanceOf(Prompt.class)
        .extracting(step -> ((Prompt) step).text())
        .isEqualTo("售后服务：\n1. 维修\n0. 返回主菜单");
  }

  @Test
  void zeroStillGoesBackFromASubMenuThatAnEditRemoved() throws Exception {
    NavigationState start = ((Prompt) routing.startNavigation(accountId())).state();
    NavigationState inSubMenu = ((Prompt) routing.navigate(accountId(), start, "2")).state();

    edit(navigationId, edited("导航-" + next()));

    Prompt back = (Prompt) routing.navigate(accountId(), inSubMenu, "0");
    assertThat(back.kind()).isEqualTo(Kind.MENU);
    assertThat(back.text()).isEqualTo("欢迎！请回复序号：\n1. 咨询");
  }

  @Test
  void aMainMenuAnswerThatNoLongerMatchesCountsAsInvalidUpToTheDefaultQueue() throws Exception {
    NavigationState start = ((Prompt) routing.startNavigation(accountId())).state();
    long newFallback = queue(QueueStrategy.RANDOM);
    Map<String, Object> changed = new HashMap<>(edited("导航-" + next()));
    changed.put("defaultQueueId", newFallback);
    edit(navigationId, changed);

    Prompt reprompt = (Prompt) routing.navigate(accountId(), start, "2");
    assertThat(reprompt.kind()).isEqualTo(Kind.REPROMPT);
    assertThat(reprompt.text()).endsWith("\n1. 咨询");
    assertThat(routing.navigate(accountId(), reprompt.state(), "售后"))
        .isEqualTo(
            new RouteToQueue(newFallback, "Too many unrecognised answers go to the default queue"));
  }

  @Test
  void aVisitorOfADeletedNavigationStartsOverWithTheAccountsRouting() throws Exception {
    NavigationState start = ((Prompt) routing.startNavigation(accountId())).state();
    routeAccountTo(preSales);
    mvc.perform(delete("/api/admin/navigations/" + navigationId).with(realCsrf()).with(ADMIN))
        .andExpect(status().isNoContent());

    assertThat(routing.navigate(accountId(), start, "2"))
        .isEqualTo(new RouteToQueue(preSales, "Account routes every visitor to one queue"));
  }
}
