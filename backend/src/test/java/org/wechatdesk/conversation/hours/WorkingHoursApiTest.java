package org.wechatdesk.conversation.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.support.IntegrationTest;

class WorkingHoursApiTest extends IntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired ObjectMapper json;

  private static String url(long accountId) {
    return "/api/admin/accounts/" + accountId + "/working-hours";
  }

  private ResultActions save(long accountId, ObjectNode body, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(
        put(url(accountId))
            .with(who)
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.toString()));
  }

  private ObjectNode switchedOn() {
    ObjectNode body = json.valueToTree(WorkingHours.defaults());
    return body.put("enabled", true);
  }

  @Test
  void onlyAdminsReadOrChangeTheHours() throws Exception {
    long accountId = bindAccount().account().id();
    mvc.perform(get(url(accountId))).andExpect(status().isUnauthorized());
    mvc.perform(get(url(accountId)).with(user("agent").roles("AGENT")))
        .andExpect(status().isForbidden());
    save(accountId, switchedOn(), user("agent").roles("AGENT")).andExpect(status().isForbidden());
    mvc.perform(get(url(accountId)).with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(false))
        .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
        .andExpect(jsonPath("$.weekly.MONDAY[0].from").value("09:00"));
    mvc.perform(get(url(999_999)).with(ADMIN)).andExpect(status().isNotFound());
  }

  @Test
  void aSavedScheduleIsReadBackAndAuditedBeforeAndAfter() throws Exception {
    long accountId = bindAccount().account().id();
    ObjectNode body = switchedOn();
    body.putArray("holidays")
        .addObject()
        .put("date", "2030-02-04")
        .put("name", "除夕")
        .putArray("hours")
        .addObject()
        .put("from", "09:00")
        .put("to", "12:00");
    body.put("outOfHoursText", "春节期间请留言");

    save(accountId, body, ADMIN)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(true))
        .andExpect(jsonPath("$.holidays[0].date").value("2030-02-04"))
        .andExpect(jsonPath("$.holidays[0].hours[0].to").value("12:00"));
    mvc.perform(get(url(accountId)).with(ADMIN))
        .andExpect(jsonPath("$.outOfHoursText").value("春节期间请留言"));

    String audited =
        jdbc.sql(
                """
                select actor || ' ' || action || ' ' || before_json || ' ' || after_json
                  from desk.audit_entry where target_type = 'WORKING_HOURS' and target_id = ?""")
            .param(Long.toString(accountId))
            .query(String.class)
            .single();
    assertThat(audited)
        .startsWith("admin working-hours.update ")
        .contains("\"enabled\":false")
        .contains("\"enabled\":true")
        .contains("除夕");
  }

  @Test
  void badValuesAreRefusedFieldByFieldAndNothingIsSavedOrAudited() throws Exception {
    long accountId = bindAccount().account().id();
    ObjectNode body = switchedOn().put("zone", "China/Beijing").put("outOfHoursText", "");
    ((ObjectNode) body.get("weekly"))
        .putArray("SUNDAY")
        .add(json.createObjectNode().put("from", "10:00").put("to", "09:30"));
    body.putArray("holidays").addObject().put("date", "2030-13-01");

    save(accountId, body, ADMIN)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("input.invalid"))
        .andExpect(jsonPath("$.fields.zone.code").value("hours.zone"))
        .andExpect(jsonPath("$.fields.outOfHoursText.code").value("input.length"))
        .andExpect(jsonPath("$.fields.outOfHoursText.params.max").value(600))
        .andExpect(jsonPath("$.fields['weekly.SUNDAY'].code").value("hours.timeRanges"))
        .andExpect(jsonPath("$.fields['weekly.SUNDAY'].params.max").value(6))
        .andExpect(jsonPath("$.fields['holidays[0].date'].code").value("hours.holidayDate"));
    mvc.perform(get(url(accountId)).with(ADMIN)).andExpect(jsonPath("$.enabled").value(false));
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.audit_entry where target_type = 'WORKING_HOURS'"
                        + " and target_id = ?")
                .param(Long.toString(accountId))
                .query(Long.class)
                .single())
        .isZero();
  }
}
