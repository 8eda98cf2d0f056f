package org.wechatdesk.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.TestImages;

class UserAdminApiTest extends IntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static final RequestPostProcessor AGENT = user("agent").roles("AGENT");
  private static final String PASSWORD = "初始密码-secret-1";

  @Autowired ObjectMapper json;

  @Autowired AgentProfileRepository agents;

  @Autowired MediaRepository media;

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body)
      throws Exception {
    return request
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body))
        .with(realCsrf());
  }

  private static String uniqueName() {
    return "agent_" + Long.toHexString(System.nanoTime());
  }

  private long createAgent(String username) throws Exception {
    return createUser(username, "AGENT");
  }

  private long createUser(String username, String role) throws Exception {
    String body =
        mvc.perform(
                json(
                        post("/api/admin/users"),
                        Map.of(
                            "username",
                            username,
                            "displayName",
                            "小王",
                            "password",
                            PASSWORD,
                            "role",
                            role))
                    .with(ADMIN))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.enabled").value(true))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).doesNotContain(PASSWORD).doesNotContain("password");
    return json.readTree(body).path("id").asLong();
  }

  private ResultActions login(String username, String password) throws Exception {
    return mvc.perform(
        post("/api/auth/login")
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Map.of("username", username, "password", password))));
  }

  private ResultActions change(long id, String displayName, String avatarUrl, boolean enabled)
      throws Exception {
    Map<String, Object> body =
        new java.util.HashMap<>(Map.of("displayName", displayName, "enabled", enabled));
    body.put("avatarUrl", avatarUrl);
    return mvc.perform(json(put("/api/admin/users/" + id), body).with(ADMIN));
  }

  @Test
  void anUploadedAvatarIsServedWithoutALoginAndAudited() throws Exception {
    long id = createAgent(uniqueName());
    byte[] jpeg = TestImages.jpeg(4, 4);
    String body =
        mvc.perform(
                multipart("/api/admin/users/" + id + "/avatar")
                    .file(new MockMultipartFile("file", "me.jpg", "image/jpeg", jpeg))
                    .with(ADMIN)
                    .with(realCsrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String avatarUrl = json.readTree(body).path("avatarUrl").asText();
    assertThat(avatarUrl).matches("/avatars/\\d+");

    mvc.perform(get(avatarUrl))
        .andExpect(status().isOk())
        .andExpect(content().contentType("image/jpeg"))
        .andExpect(content().bytes(jpeg));
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.audit_entry where action = 'user.avatar' and target_id = ?")
                .param(Long.toString(id))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    change(id, "小王", avatarUrl, true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.avatarUrl").value(avatarUrl));
    change(id, "小王", "/etc/passwd", true)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.avatarUrl").exists());

    mvc.perform(
            multipart("/api/admin/users/" + id + "/avatar")
                .file(
                    new MockMultipartFile("file", "big.png", "image/png", new byte[512 * 1024 + 1]))
                .with(ADMIN)
                .with(realCsrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.file.code").value("media.imageSize"))
        .andExpect(jsonPath("$.fields.file.params.max").value("512 KB"));
    mvc.perform(
            multipart("/api/admin/users/" + id + "/avatar")
                .file(new MockMultipartFile("file", "me.jpg", "image/jpeg", jpeg))
                .with(AGENT)
                .with(realCsrf()))
        .andExpect(status().isForbidden());
    long fansImage = media.save(null, null, "IMAGE", "image/png", "private.png", new byte[] {1});
    mvc.perform(get("/avatars/" + fansImage)).andExpect(status().isNotFound());
  }

  @Test
  void usersAreForAdminsOnly() throws Exception {
    mvc.perform(get("/api/admin/users")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/admin/users").with(AGENT)).andExpect(status().isForbidden());
    mvc.perform(json(post("/api/admin/users"), Map.of()).with(AGENT))
        .andExpect(status().isForbidden());
    mvc.perform(json(put("/api/admin/users/1"), Map.of()).with(AGENT))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/admin/users").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].username").exists())
        .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
  }

  @Test
  void aCreatedAgentLogsInWithABcryptPasswordAndStartsOffline() throws Exception {
    String username = uniqueName();
    long id = createAgent(username);

    assertThat(
            jdbc.sql("select password_hash from desk.desk_user where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .startsWith("{bcrypt}");
    assertThat(agents.find(id).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
    login(username, PASSWORD)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[0]").value("AGENT"));

    String audit =
        jdbc.sql(
                "select after_json from desk.audit_entry where target_type = 'USER' and target_id = ? and action = 'user.create'")
            .param(Long.toString(id))
            .query(String.class)
            .single();
    assertThat(audit).contains(username).doesNotContain(PASSWORD).doesNotContain("bcrypt");
  }

  /** A supervisor serves visitors like an agent, so gets an agent profile too, offline at first. */
  @Test
  void aCreatedSupervisorStartsOfflineAsAnAgentAndHasTheRole() throws Exception {
    String username = uniqueName();
    long id = createUser(username, "SUPERVISOR");

    assertThat(agents.find(id).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
    login(username, PASSWORD)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[0]").value("SUPERVISOR"));
  }

  @Test
  void newUsersAreValidatedFieldByField() throws Exception {
    mvc.perform(
            json(
                    post("/api/admin/users"),
                    Map.of(
                        "username", "a b", "displayName", " ", "password", "short", "role", "BOSS"))
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.username.code").value("user.usernameFormat"))
        .andExpect(jsonPath("$.fields.displayName.code").value("input.length"))
        .andExpect(jsonPath("$.fields.displayName.params.min").value(1))
        .andExpect(jsonPath("$.fields.displayName.params.max").value(64))
        .andExpect(jsonPath("$.fields.password.code").value("input.length"))
        .andExpect(jsonPath("$.fields.password.params.min").value(8))
        .andExpect(jsonPath("$.fields.password.params.max").value(72))
        .andExpect(jsonPath("$.fields.role.code").value("input.oneOf"))
        .andExpect(jsonPath("$.fields.role.params.values").value("ADMIN, AGENT, SUPERVISOR"));

    String username = uniqueName();
    createAgent(username);
    mvc.perform(
            json(
                    post("/api/admin/users"),
                    Map.of(
                        "username",
                        username,
                        "displayName",
                        "重名",
                        "password",
                        PASSWORD,
                        "role",
                        "AGENT"))
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.username.code").value("user.usernameTaken"));
  }

  @Test
  void aDisabledAgentCannotLogInAndGoesOffline() throws Exception {
    String username = uniqueName();
    long id = createAgent(username);
    mvc.perform(
            json(
                    put("/api/admin/agents/" + id + "/profile"),
                    Map.of(
                        "status",
                        "ONLINE",
                        "maxConcurrent",
                        3,
                        "queueIds",
                        java.util.List.of(),
                        "skills",
                        Map.of()))
                .with(ADMIN))
        .andExpect(status().isOk());

    change(id, "小王（离职）", null, false)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(false));

    assertThat(agents.find(id).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
    login(username, PASSWORD).andExpect(status().isUnauthorized());
    Map<String, Object> audit =
        jdbc.sql(
                "select before_json, after_json from desk.audit_entry where target_id = ? and action = 'user.update'")
            .param(Long.toString(id))
            .query()
            .singleRow();
    JsonNode before = json.readTree(audit.get("before_json").toString());
    JsonNode after = json.readTree(audit.get("after_json").toString());
    assertThat(before.path("enabled").asBoolean()).isTrue();
    assertThat(after.path("enabled").asBoolean()).isFalse();
    assertThat(after.path("displayName").asText()).isEqualTo("小王（离职）");

    change(id, "小王", null, true).andExpect(status().isOk());
    login(username, PASSWORD).andExpect(status().isOk());
  }

  @Test
  void avatarsAreHttpsAddresses() throws Exception {
    long id = createAgent(uniqueName());
    change(id, "小王", "http://example.com/a.png", true)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.avatarUrl.code").value("user.avatarUrl"));
    change(id, "小王", "javascript:alert(1)", true).andExpect(status().isBadRequest());
    change(id, "小王", "https://cdn.example.com/a.png", true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.avatarUrl").value("https://cdn.example.com/a.png"));
  }

  @Test
  void anAdminCannotDisableTheirOwnLogin() throws Exception {
    long adminId =
        jdbc.sql("select id from desk.desk_user where username = 'admin'")
            .query(Long.class)
            .single();
    change(adminId, "管理员 Admin", null, false)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.enabled.code").value("user.cannotDisableSelf"));
  }

  @Test
  void aDisplayNameFansWouldSeeTurnedAroundIsRefused() throws Exception {
    mvc.perform(
            json(
                    post("/api/admin/users"),
                    Map.of(
                        "username",
                        uniqueName(),
                        "displayName",
                        "小王\u202Egnp.exe",
                        "password",
                        PASSWORD,
                        "role",
                        "AGENT"))
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.displayName.code").value("input.hiddenCharacters"));
  }

  @Test
  void anAdminResetsAPasswordWhichAlsoLiftsALockOut() throws Exception {
    String username = uniqueName();
    long id = createAgent(username);
    for (int i = 0; i < 3; i++) {
      login(username, "wrong-password").andExpect(status().isUnauthorized());
    }
    login(username, PASSWORD).andExpect(status().isTooManyRequests());

    String newPassword = "新密码-reset-2";
    mvc.perform(
            json(put("/api/admin/users/" + id + "/password"), Map.of("password", newPassword))
                .with(ADMIN))
        .andExpect(status().isNoContent());

    login(username, PASSWORD).andExpect(status().isUnauthorized());
    login(username, newPassword).andExpect(status().isOk());
    Map<String, Object> audit =
        jdbc.sql(
                "select before_json, after_json from desk.audit_entry where target_id = ? and action = 'user.password-reset'")
            .param(Long.toString(id))
            .query()
            .singleRow();
    assertThat(
            json.readTree(audit.get("after_json").toString()).path("passwordChanged").asBoolean())
        .isTrue();
    assertThat(audit.toString()).doesNotContain(newPassword).doesNotContain("bcrypt");
  }

  @Test
  void aResetPasswordIsCheckedLikeANewOne() throws Exception {
    long id = createAgent(uniqueName());
    mvc.perform(
            json(put("/api/admin/users/" + id + "/password"), Map.of("password", "short"))
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.password.code").value("input.length"))
        .andExpect(jsonPath("$.fields.password.params.min").value(8))
        .andExpect(jsonPath("$.fields.password.params.max").value(72));
    mvc.perform(
            json(put("/api/admin/users/" + id + "/password"), Map.of("password", "密".repeat(25)))
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.password").exists());
    mvc.perform(
            json(put("/api/admin/users/" + id + "/password"), Map.of("password", "long-enough-1"))
                .with(AGENT))
        .andExpect(status().isForbidden());
    mvc.perform(
            json(put("/api/admin/users/999999/password"), Map.of("password", "long-enough-1"))
                .with(ADMIN))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.audit_entry where target_id = ? and action = 'user.password-reset'")
                .param(Long.toString(id))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void disablingAUserEndsTheSessionsTheyHaveOpen() throws Exception {
    String username = uniqueName();
    long id = createAgent(username);
    HttpSession session = HttpSession.login(baseUrl(), username, PASSWORD);
    assertThat(session.send("GET", "/api/auth/me", null).statusCode()).isEqualTo(200);

    change(id, "小王（离职）", null, false).andExpect(status().isOk());

    assertThat(session.send("GET", "/api/auth/me", null).statusCode()).isEqualTo(401);
    assertThat(session.send("GET", "/api/workbench", null).statusCode()).isEqualTo(401);
    change(id, "小王", null, true).andExpect(status().isOk());
    assertThat(session.send("GET", "/api/workbench", null).statusCode())
        .as("re-enabling does not revive the ended session")
        .isEqualTo(401);
  }
}
