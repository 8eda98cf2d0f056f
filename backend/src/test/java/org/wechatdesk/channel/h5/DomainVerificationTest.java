package org.wechatdesk.channel.h5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.support.IntegrationTest;

/**
 * The web-authorization domain's verification file: uploaded by an admin, served to WeChat at the
 * root.
 */
class DomainVerificationTest extends IntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Test
  void theUploadedFileIsServedAtTheRootWithoutALogin() throws Exception {
    long accountId = bindAccount().account().id();
    String name = "MP_verify_" + Long.toHexString(System.nanoTime()) + ".txt";
    save(accountId, name, "AbCd1234efGH5678\n")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fileName").value(name));

    mvc.perform(get("/" + name))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
        .andExpect(content().string("AbCd1234efGH5678"));
    mvc.perform(get("/api/admin/accounts/" + accountId + "/domain-verification").with(ADMIN))
        .andExpect(jsonPath("$.content").value("AbCd1234efGH5678"));
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.audit_entry where action = 'account.domain-verification'"
                        + " and target_id = ?")
                .param(Long.toString(accountId))
                .query(Long.class)
                .single())
        .isEqualTo(1);

    mvc.perform(
            delete("/api/admin/accounts/" + accountId + "/domain-verification")
                .with(ADMIN)
                .with(realCsrf()))
        .andExpect(status().isOk());
    mvc.perform(get("/" + name)).andExpect(status().isNotFound());
    mvc.perform(get("/MP_verify_unknown1.txt")).andExpect(status().isNotFound());
  }

  @Test
  void badFilesAnotherAccountsNameAndAgentsAreRefused() throws Exception {
    long first = bindAccount().account().id();
    long second = bindAccount().account().id();
    String name = "MP_verify_" + Long.toHexString(System.nanoTime()) + ".txt";
    save(first, name, "Shared1").andExpect(status().isOk());

    save(second, name, "Shared1")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.fileName.code").value("h5.verificationFileTaken"));
    save(second, "../../etc/passwd", "x")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.fileName.code").value("h5.verificationFileName"));
    save(second, "MP_verify_ok1.txt", "<script>")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.content.code").value("h5.verificationFileContent"));
    save(999_999, "MP_verify_nobody1.txt", "abc").andExpect(status().isNotFound());
    mvc.perform(
            put("/api/admin/accounts/" + first + "/domain-verification")
                .with(user("agent").roles("AGENT"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fileName\":\"" + name + "\"}"))
        .andExpect(status().isForbidden());
  }

  private ResultActions save(long accountId, String fileName, String content) throws Exception {
    return mvc.perform(
        put("/api/admin/accounts/" + accountId + "/domain-verification")
            .with(ADMIN)
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"fileName\":\""
                    + fileName
                    + "\",\"content\":\""
                    + content.replace("\n", "\\n")
                    + "\"}"));
  }
}
