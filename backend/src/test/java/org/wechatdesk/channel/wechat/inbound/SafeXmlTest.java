package org.wechatdesk.channel.wechat.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTest {

  @Test
  void readsFlatAndNestedFields() {
    String xml =
        "<xml><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[location_select]]></Event>"
            + "<SendLocationInfo><Location_X><![CDATA[23]]></Location_X><Label><![CDATA[广州]]></Label></SendLocationInfo></xml>";
    assertThat(SafeXml.parseFields(xml))
        .containsEntry("MsgType", "event")
        .containsEntry("SendLocationInfo.Location_X", "23")
        .containsEntry("SendLocationInfo.Label", "广州");
  }

  @Test
  void refusesExternalEntities(@TempDir Path dir) throws Exception {
    String xxe = readingAFile(dir);
    assertThatThrownBy(() -> SafeXml.parseFields(xxe))
        .isInstanceOf(MalformedPushException.class)
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void refusesEntityExpansion() {
    StringBuilder bomb =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      bomb.append("<!ENTITY a")
          .append(i)
          .append(" \"")
          .append(("&a" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    bomb.append("]><xml><Content>&a10;</Content></xml>");
    assertThatThrownBy(() -> SafeXml.parseFields(bomb.toString()))
        .isInstanceOf(MalformedPushException.class);
  }

  @Test
  void refusesMalformedXmlAndOtherRoots() {
    assertThatThrownBy(() -> SafeXml.parseFields("<xml><Content>unclosed</xml>"))
        .isInstanceOf(MalformedPushException.class);
    assertThatThrownBy(() -> SafeXml.parseFields("<other/>")).hasMessageContaining("root");
  }

  @Test
  void refusesATopLevelFieldGivenTwice() {
    assertThatThrownBy(
            () -> SafeXml.parseFields("<xml><Encrypt>a</Encrypt><Encrypt>b</Encrypt></xml>"))
        .isInstanceOf(MalformedPushException.class)
        .hasMessageContaining("Encrypt is given twice");
  }

  @Test
  void refusesDeepNesting() {
    String deep = "<xml>" + "<N>".repeat(5000) + "x" + "</N>".repeat(5000) + "</xml>";
    assertThatThrownBy(() -> SafeXml.parseFields(deep)).isInstanceOf(MalformedPushException.class);
  }

  /**
   * Each thread reuses its parser: a refused document must leave it as hardened and as usable as a
   * new one, and threads must not see each other's documents.
   */
  @Test
  void aReusedParserStaysHardenedAndUsable(@TempDir Path dir) throws Exception {
    String xxe = readingAFile(dir);
    for (int round = 0; round < 3; round++) {
      assertThatThrownBy(() -> SafeXml.parseFields("<xml><Content>unclosed</xml>"))
          .isInstanceOf(MalformedPushException.class);
      assertThatThrownBy(() -> SafeXml.parseFields(xxe))
          .isInstanceOf(MalformedPushException.class)
          .hasMessageNotContaining("TOP-SECRET");
      assertThat(SafeXml.parseFields("<xml><Content>ok " + round + "</Content></xml>"))
          .containsExactly(Map.entry("Content", "ok " + round));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Map<String, String>>> parsed = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String text = "text " + i;
        parsed.add(
            threads.submit(
                () -> SafeXml.parseFields("<xml><Content>" + text + "</Content></xml>")));
      }
      for (int i = 0; i < parsed.size(); i++) {
        assertThat(parsed.get(i).get()).containsExactly(Map.entry("Content", "text " + i));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** A document whose entity would read a secret file into the Content field. */
  private static String readingAFile(Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    return "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \""
        + secret.toUri()
        + "\">]><xml><Content>&x;</Content></xml>";
  }
}
