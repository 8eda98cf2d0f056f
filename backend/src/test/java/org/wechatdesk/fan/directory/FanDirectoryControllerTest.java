package org.wechatdesk.fan.directory;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.wechatdesk.system.WebSliceSecurity;

/**
 * The fan list's web contract in a slice (no database, no engine): who may read it, and the page
 * size it allows. The search itself is proven against PostgreSQL by the fan and tag API tests.
 */
@WebMvcTest(FanDirectoryController.class)
@WebSliceSecurity
class FanDirectoryControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean FanDirectory directory;

  @Test
  void nobodyReadsTheFanListWithoutALogin() throws Exception {
    mvc.perform(get("/api/fans"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("request.loginRequired"));
    verifyNoInteractions(directory);
  }

  @Test
  @WithMockUser(username = "agent1", roles = "AGENT")
  void anAgentSearchesAPageOfAtMostAHundred() throws Exception {
    when(directory.search(any(), any(), any(), anyInt(), anyInt()))
        .thenReturn(new FanDirectory.FanPage(List.of(), 0, 2, 100));

    mvc.perform(get("/api/fans").param("q", "张").param("page", "2").param("size", "5000"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isArray())
        .andExpect(jsonPath("$.size").value(100));
    verify(directory).search(eq(null), eq("张"), eq(null), eq(2), eq(100));
  }

  @Test
  @WithMockUser(username = "agent1", roles = "AGENT")
  void aNegativePageIsTheFirst() throws Exception {
    when(directory.search(any(), any(), any(), anyInt(), anyInt()))
        .thenReturn(new FanDirectory.FanPage(List.of(), 0, 0, 20));

    mvc.perform(get("/api/fans").param("page", "-3")).andExpect(status().isOk());
    verify(directory).search(null, null, null, 0, 20);
  }
}
