package org.wechatdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.HttpSession;

/**
 * The frontend's response types are generated from {@code frontend/openapi.json}, so that file must
 * be the document the server describes itself with: a changed server shape then fails this test,
 * and once the file is refreshed, the frontend's type check shows what the change breaks. It is the
 * document of the desk in demo mode: the desk's API plus the demo's (the fan simulator's), which
 * the frontend calls typed as well and which a desk outside demo mode does not have.
 */
class OpenApiContractTest extends DemoContext {

  /** Set to true to write the running server's document over the committed one. */
  static final String WRITE = "desk.openapi.write";

  private static final Path COMMITTED = Path.of("..", "frontend", "openapi.json");
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @Test
  void theCommittedDocumentIsTheOneTheServerServes() throws Exception {
    HttpSession admin = HttpSession.login(baseUrl(), "admin", DemoAccount.PASSWORD);
    String served = canonical(admin.send("GET", "/v3/api-docs", null).body());

    if (Boolean.getBoolean(WRITE)) {
      Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
    }
    String committed =
        Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    assertThat(committed)
        .as(
            "frontend/openapi.json differs from the server's /v3/api-docs. Refresh it with:%n"
                + "  ./mvnw -B -ntp -pl backend test -Dtest=OpenApiContractTest -D%s=true%n"
                + "then run `npm run build` in frontend/ to see what the change breaks there.",
            WRITE)
        .isEqualTo(served);
  }

  /** Keys sorted and one layout, so the file changes only where the API does. */
  private static String canonical(String document) throws Exception {
    JsonNode tree = JSON.readTree(document);
    Object sorted = JSON.treeToValue(tree, Object.class);
    return JSON.writeValueAsString(sorted) + "\n";
  }
}
