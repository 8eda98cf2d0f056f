package org.wechatdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The secrets the tests give the desk, as they would show in a log: the secrets key and the first
 * admin's password of the test profile, AppSecrets as {@link IntegrationTest#bindAccount()} makes
 * them, access tokens as {@link FakeWeChatApi} issues them, cookie values, and any value after a
 * secret's name.
 */
public final class TestLogSecrets {

  private static final Map<String, Pattern> SECRETS =
      Map.of(
          "the test secrets key",
              Pattern.compile(Pattern.quote("dGVzdC1rZXktMzItYnl0ZXMtZm9yLXRoZS1kZXNrISE=")),
          "the test admin password", Pattern.compile(Pattern.quote("test-admin-password")),
          "an AppSecret", Pattern.compile("\\b0{24}[0-9a-f]{8}\\b"),
          "an access token", Pattern.compile("\\bTOKEN_wx[0-9a-f]{16}_\\d+|\\bweb-token-\\d+"),
          "a cookie value",
              Pattern.compile(
                  "\\b(DESK_H5|DESK_H5_STATE|JSESSIONID|XSRF-TOKEN)=[A-Za-z0-9+/_-]{8,}"),
          "a secret after its name",
              Pattern.compile(
                  "(?i)\\b(app_?secret|encoding_?aes_?key|access_token|password)\"?\\s*[:=]\\s*\"?[A-Za-z0-9+/=_-]{8,}"));

  private TestLogSecrets() {}

  /** Each line of the text that shows a secret, named by what it shows. */
  public static List<String> findIn(String source, String text) {
    List<String> found = new ArrayList<>();
    text.lines()
        .forEach(
            line ->
                SECRETS.forEach(
                    (what, pattern) -> {
                      if (pattern.matcher(line).find()) {
                        found.add(
                            source
                                + ": "
                                + what
                                + ": "
                                + (line.length() > 300 ? line.substring(0, 300) + "…" : line));
                      }
                    }));
    return found;
  }

  /** The same for every test's captured output in a Surefire reports folder. */
  public static List<String> findInReports(Path reports) {
    if (!Files.isDirectory(reports)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(reports)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith("-output.txt"))
          .sorted()
          .flatMap(file -> findIn(file.getFileName().toString(), read(file)).stream())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
