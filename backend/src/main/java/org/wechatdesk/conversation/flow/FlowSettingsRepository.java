package org.wechatdesk.conversation.flow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ThisTransaction;

@Repository
public class FlowSettingsRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final Map<Long, Parsed> lastParsed = new ConcurrentHashMap<>();

  FlowSettingsRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The account's settings, or the spec's defaults when the admin has not changed anything. Read
   * once per transaction: a conversation's start reads them nine times, and a step sees one version
   * of them throughout.
   */
  public FlowSettings forAccount(long accountId) {
    return readInThisTransaction()
        .map(read -> read.byAccount.computeIfAbsent(accountId, this::readNow))
        .orElseGet(() -> readNow(accountId));
  }

  private FlowSettings readNow(long accountId) {
    return find(accountId).orElseGet(FlowSettings::defaults);
  }

  private Optional<ReadInTransaction> readInThisTransaction() {
    return ThisTransaction.synchronization(
        ReadInTransaction.class, read -> read.of(this), ReadInTransaction::new);
  }

  Optional<FlowSettings> find(long accountId) {
    return jdbc.sql("select settings from desk.flow_settings where account_id = ?")
        .param(accountId)
        .query(String.class)
        .optional()
        .map(value -> read(accountId, value));
  }

  public void save(long accountId, FlowSettings settings, String username) {
    readInThisTransaction().ifPresent(read -> read.byAccount.remove(accountId));
    String value = write(settings);
    int updated =
        jdbc.sql(
                "update desk.flow_settings set settings = ?, updated_at = ?, updated_by = ? where account_id = ?")
            .params(value, DbTime.of(clock.instant()), username, accountId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into desk.flow_settings (account_id, settings, updated_at, updated_by) values (?, ?, ?, ?)")
          .params(accountId, value, DbTime.of(clock.instant()), username)
          .update();
    }
  }

  /**
   * Every flow step reads its account's settings, often several times; the stored text is read each
   * time (another node may have changed it), but parsed only when it differs from the last one
   * parsed for the account: parsing was most of the cost.
   */
  private FlowSettings read(long accountId, String value) {
    Parsed last = lastParsed.get(accountId);
    if (last != null && last.value().equals(value)) {
      return last.settings();
    }
    try {
      FlowSettings settings = json.readValue(value, FlowSettings.class);
      lastParsed.put(accountId, new Parsed(value, settings));
      return settings;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored flow settings are unreadable", e);
    }
  }

  private record Parsed(String value, FlowSettings settings) {}

  private class ReadInTransaction implements TransactionSynchronization {

    private final Map<Long, FlowSettings> byAccount = new HashMap<>();

    boolean of(FlowSettingsRepository repository) {
      return repository == FlowSettingsRepository.this;
    }
  }

  private String write(FlowSettings settings) {
    try {
      return json.writeValueAsString(settings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
