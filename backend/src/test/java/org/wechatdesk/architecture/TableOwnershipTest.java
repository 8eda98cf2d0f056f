package org.wechatdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wechatdesk.system.ReadModel;

/**
 * Each table is written by the package that owns it; a class of another feature that reads it says
 * so with {@link ReadModel}. Read from the sources' SQL, so that a new query cannot slip past.
 */
class TableOwnershipTest {

  /** Table → the package that owns it (docs/architecture.md gives the same list). */
  static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("official_account", "account"),
          Map.entry("audit_entry", "audit"),
          Map.entry("access_token", "channel.wechat"),
          Map.entry("wechat_kf_settings", "channel.wechat.kf"),
          Map.entry("wechat_kf_account", "channel.wechat.kf"),
          Map.entry("wechat_component", "channel.wechat.component"),
          Map.entry("wechat_authorizer", "channel.wechat.component"),
          Map.entry("wechat_authorization_state", "channel.wechat.component"),
          Map.entry("inbound_message", "message.inbox"),
          Map.entry("outbound_message", "message.outbox"),
          Map.entry("domain_verification_file", "channel.h5"),
          Map.entry("h5_authorization_state", "channel.h5"),
          Map.entry("h5_cookie_serial", "channel.h5"),
          Map.entry("conversation", "conversation"),
          Map.entry("conversation_message", "conversation"),
          Map.entry("flow_settings", "conversation.flow"),
          Map.entry("working_hours", "conversation.hours"),
          Map.entry("left_message", "conversation.leftmessage"),
          Map.entry("rating_link", "conversation.rating"),
          Map.entry("fan", "fan"),
          Map.entry("fan_profile", "fan"),
          Map.entry("fan_tag", "fan.tag"),
          Map.entry("fan_tag_member", "fan.tag"),
          Map.entry("fan_tag_sync", "fan.tag"),
          Map.entry("media", "media"),
          Map.entry("account_routing", "routing.navigation"),
          Map.entry("navigation", "routing.navigation"),
          Map.entry("navigation_entry", "routing.navigation"),
          Map.entry("active_rule_set", "routing.rules"),
          Map.entry("rule_set_version", "routing.rules"),
          Map.entry("agent_profile", "routing.agent"),
          Map.entry("agent_skill", "routing.agent"),
          Map.entry("agent_queue", "routing"),
          Map.entry("customer_profile", "routing.customer"),
          Map.entry("service_queue", "routing.queue"),
          Map.entry("queue_entry", "routing.queue"),
          Map.entry("queue_entry_exclusion", "routing.queue"),
          Map.entry("conversation_event", "report"),
          Map.entry("conversation_summary", "report"),
          Map.entry("agent_hour_load", "report"),
          Map.entry("agent_presence", "report"),
          Map.entry("conversation_day", "report"),
          Map.entry("agent_day_load", "report"),
          Map.entry("conversation_event_day", "report"),
          Map.entry("desk_user", "user"),
          Map.entry("login_failure", "user"),
          Map.entry("agent_event", "workbench"),
          Map.entry("canned_reply", "workbench"),
          Map.entry("conversation_closed", "workbench"),
          Map.entry("conversation_read", "workbench"));

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Pattern CREATED =
      Pattern.compile("(?i)create\\s+table\\s+(?:desk\\.)?([a-z_0-9]+)");
  private static final Pattern WRITE =
      Pattern.compile(
          "(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+desk\\.([a-z_0-9]+)");
  private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.])desk\\.([a-z_0-9]+)");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern MIGRATION_CLASS = Pattern.compile("V\\d+__\\w+\\.java");

  @Test
  void everyTableHasAnOwner() throws IOException {
    Set<String> created = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      files
          .filter(file -> file.toString().endsWith(".sql"))
          .forEach(file -> matches(CREATED, read(file)).forEach(created::add));
    }
    assertThat(created).isNotEmpty();
    assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void onlyTheOwnerWritesATable() throws IOException {
    List<String> strayWrites = new ArrayList<>();
    for (SourceFile source : sources()) {
      for (String table : matches(WRITE, source.code())) {
        if (!source.packageName().startsWith(owner(table))) {
          strayWrites.add(source.className() + " writes desk." + table);
        }
      }
    }
    assertThat(strayWrites).isEmpty();
  }

  @Test
  void readsAcrossFeaturesAreDeclaredReadModels() throws Exception {
    Map<String, Set<String>> undeclared = new TreeMap<>();
    Map<String, Set<String>> declaredButUnread = new TreeMap<>();
    for (SourceFile source : sources()) {
      Set<String> foreign =
          matches(REFERENCE, source.code()).stream()
              .filter(OWNERS::containsKey)
              .filter(table -> !feature(owner(table)).equals(feature(source.packageName())))
              .map(table -> "desk." + table)
              .collect(Collectors.toCollection(TreeSet::new));
      ReadModel declared = Class.forName(source.className()).getAnnotation(ReadModel.class);
      Set<String> declaredTables = declared == null ? Set.of() : Set.of(declared.value());
      Set<String> missing = new TreeSet<>(foreign);
      missing.removeAll(declaredTables);
      Set<String> stale = new TreeSet<>(declaredTables);
      stale.removeAll(foreign);
      if (!missing.isEmpty()) {
        undeclared.put(source.className(), missing);
      }
      if (!stale.isEmpty()) {
        declaredButUnread.put(source.className(), stale);
      }
    }
    assertThat(undeclared).as("reads of other features' tables without @ReadModel").isEmpty();
    assertThat(declaredButUnread).as("@ReadModel tables the class does not read").isEmpty();
  }

  @Test
  void theScanSeesWritesAndReads() {
    String code =
        "jdbc.sql(\"update desk.fan set x = 1\"); // desk.media\n select * from desk.media";
    assertThat(matches(WRITE, code)).containsExactly("fan");
    assertThat(matches(REFERENCE, COMMENT.matcher(code).replaceAll(""))).contains("fan", "media");
    assertThat(matches(REFERENCE, "org.wechatdesk.conversation")).isEmpty();
  }

  /** A feature is a top-level package, except that each channel adapter is one of its own. */
  static String feature(String packageName) {
    String[] parts = packageName.split("\\.");
    return parts[0].equals("channel") && parts.length > 1 ? parts[0] + "." + parts[1] : parts[0];
  }

  private static String owner(String table) {
    String owner = OWNERS.get(table);
    assertThat(owner).as("owner of desk." + table).isNotNull();
    return owner;
  }

  private static List<SourceFile> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !MIGRATION_CLASS.matcher(file.getFileName().toString()).matches())
          .map(TableOwnershipTest::source)
          .toList();
    }
  }

  private static SourceFile source(Path file) {
    String relative = SOURCES.relativize(file).toString().replace('/', '.');
    String className = relative.substring(0, relative.length() - ".java".length());
    String packageName =
        className
            .substring(0, className.lastIndexOf('.'))
            .replaceFirst("^org\\.wechatdesk\\.?", "");
    return new SourceFile(className, packageName, COMMENT.matcher(read(file)).replaceAll(""));
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1).toLowerCase());
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record SourceFile(String className, String packageName, String code) {}
}
