package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No string in the backend pairs Chinese with English ("No queue / 队列不存在"): API errors are codes
 * the UI words in its user's language (docs/api-errors.md). The files listed are not API errors:
 * transcript lines agents read and the demo's pages.
 */
class NoBilingualLiteralsTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern BILINGUAL =
      Pattern.compile(" / \\p{IsHan}|\\p{IsHan}[^\"]* / [A-Za-z]");

  private static final Set<String> NOT_API_ERRORS =
      Set.of(
          // The stand-in for WeChat's authorization page (demo and tests).
          "WebAuthorizationStandInController.java", "WeChatStandIn.java");

  @Test
  void noStringPairsChineseWithEnglish() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        if (NOT_API_ERRORS.contains(file.getFileName().toString())) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher literal = STRING.matcher(lines.get(i));
          while (literal.find()) {
            if (BILINGUAL.matcher(literal.group(1)).find()) {
              found.add(file + ":" + (i + 1) + " " + literal.group());
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theScanRecognisesABilingualMessage() {
    assertThat(BILINGUAL.matcher("No queue 42 / 队列不存在").find()).isTrue();
    assertThat(BILINGUAL.matcher("座席已停用 / The agent was disabled").find()).isTrue();
    assertThat(BILINGUAL.matcher("queue.notFound").find()).isFalse();
    assertThat(BILINGUAL.matcher("您是下一位").find()).isFalse();
  }
}
