package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.routing.Routing;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * What a queue's change costs is cut with SQL the README's run command must also run on its
 * embedded H2 database: the members' lengths in one statement, the queue's places in one pass and
 * the agents' events in one batch.
 */
class EmbeddedQueueChangesTest {

  @Test
  void aQueuesChangeIsToldOnTheEmbeddedDefault(@TempDir Path dataDir) {
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(WeChatDeskApplication.class)
            .run(
                "--DESK_DATA_DIR=" + dataDir,
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.webapp.enabled=false",
                "--server.port=0")) {
      assertThat(app.getEnvironment().getProperty("spring.datasource.url"))
          .startsWith("jdbc:h2:file:");
      long queue =
          app.getBean(ServiceQueueRepository.class).insert("售前", QueueStrategy.LEAST_LOADED, null);
      DeskUserRepository users = app.getBean(DeskUserRepository.class);
      AgentProfileRepository agents = app.getBean(AgentProfileRepository.class);
      for (String username : List.of("agent-a", "agent-b")) {
        long id = users.insert(username, "{noop}pw", username, Role.AGENT);
        agents.savePresence(id, AgentStatus.ONLINE, 1);
        agents.replaceQueues(id, Set.of(queue));
      }

      assertThat(app.getBean(QueueLength.class).ofMembersOf(queue))
          .containsExactly(entry("agent-a", 0), entry("agent-b", 0));
      assertThat(app.getBean(Routing.class).positionsIn(queue)).isEmpty();
      List<WorkbenchEvent> logged =
          app.getBean(TransactionTemplate.class)
              .execute(
                  status ->
                      app.getBean(AgentEventLog.class)
                          .appendAll(
                              List.of(
                                  new AgentEventLog.Addressed("agent-a", queueLength(3)),
                                  new AgentEventLog.Addressed("agent-b", queueLength(4)))));
      assertThat(logged).extracting(WorkbenchEvent::queueLength).containsExactly(3, 4);
      AgentEventLog log = app.getBean(AgentEventLog.class);
      assertThat(log.after("agent-b", 0, 10))
          .singleElement()
          .satisfies(
              event -> {
                assertThat(event.id()).isEqualTo(logged.get(1).id());
                assertThat(event.queueLength()).isEqualTo(4);
              });
    }
  }

  private static WorkbenchEvent queueLength(int visitors) {
    return new WorkbenchEvent(
        0, WorkbenchEvent.Type.QUEUE_LENGTH, null, null, null, null, null, visitors, null);
  }
}
