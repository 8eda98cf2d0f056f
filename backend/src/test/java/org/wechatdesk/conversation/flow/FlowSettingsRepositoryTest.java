package org.wechatdesk.conversation.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.support.IntegrationTest;

/**
 * Settings are read once per transaction: a transaction sees one version of them throughout, its
 * own change at once, and a change another transaction committed meanwhile only from its next
 * transaction on.
 */
class FlowSettingsRepositoryTest extends IntegrationTest {

  @Autowired FlowSettingsRepository settings;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ObjectMapper json;

  private long accountId;
  private TransactionTemplate transaction;
  private TransactionTemplate anotherTransaction;

  @BeforeEach
  void account() {
    accountId = bindAccount().account().id();
    transaction = new TransactionTemplate(transactions);
    anotherTransaction = new TransactionTemplate(transactions);
    anotherTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    settings.save(accountId, welcoming("first"), "admin");
  }

  @Test
  void aTransactionSeesOneVersionThroughoutAndItsOwnChangeAtOnce() {
    transaction.executeWithoutResult(
        status -> {
          assertThat(welcomeText()).isEqualTo("first");
          anotherTransaction.executeWithoutResult(
              other -> settings.save(accountId, welcoming("changed elsewhere"), "admin"));
          assertThat(welcomeText()).as("after another's change").isEqualTo("first");

          settings.save(accountId, welcoming("changed here"), "admin");
          assertThat(welcomeText()).as("after its own change").isEqualTo("changed here");
        });

    assertThat(welcomeText()).isEqualTo("changed here");
  }

  @Test
  void aTransactionBegunInsideAnotherReadsForItself() {
    transaction.executeWithoutResult(
        status -> {
          settings.save(accountId, welcoming("outer, not committed"), "admin");
          assertThat(welcomeText()).isEqualTo("outer, not committed");
          anotherTransaction.executeWithoutResult(
              inner -> assertThat(welcomeText()).as("inside").isEqualTo("first"));
          status.setRollbackOnly();
        });

    assertThat(welcomeText()).isEqualTo("first");
  }

  @Test
  void withoutATransactionEachReadIsFresh() {
    assertThat(welcomeText()).isEqualTo("first");
    settings.save(accountId, welcoming("second"), "admin");
    assertThat(welcomeText()).isEqualTo("second");
  }

  private String welcomeText() {
    return settings.forAccount(accountId).welcomeText();
  }

  private FlowSettings welcoming(String text) {
    try {
      ObjectNode changed = json.valueToTree(FlowSettings.defaults());
      return json.treeToValue(changed.put("welcomeText", text), FlowSettings.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
