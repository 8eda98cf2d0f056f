package org.wechatdesk.bench.server;

import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.routing.navigation.NavigationRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * A desk ready for conversations: one least-loaded queue that every first message reaches (no
 * menu), {@code agents} agents online with {@code slots} places each, and a flow whose only timer
 * due soon is "remind agent", {@code remindSeconds} after a chat begins (queue prompts and
 * appeasement on, as a busy desk has them).
 */
final class BenchDesk {

  private BenchDesk() {}

  static void prepare(
      ConfigurableApplicationContext app,
      long accountId,
      int agents,
      int slots,
      int remindSeconds) {
    long queue =
        app.getBean(ServiceQueueRepository.class).insert("bench", QueueStrategy.LEAST_LOADED, null);
    app.getBean(NavigationRepository.class)
        .saveAccountRouting(new AccountRouting(accountId, queue, null));
    DeskUserRepository users = app.getBean(DeskUserRepository.class);
    AgentProfileRepository profiles = app.getBean(AgentProfileRepository.class);
    for (int a = 0; a < agents; a++) {
      users.insert("bench" + a, "{noop}x", "Bench " + a, Role.AGENT);
      long id = users.findByUsername("bench" + a).orElseThrow().id();
      profiles.savePresence(id, AgentStatus.ONLINE, slots);
      profiles.replaceQueues(id, Set.of(queue));
    }
    app.getBean(JdbcClient.class)
        .sql(
            """
            insert into desk.flow_settings (account_id, settings, updated_at, updated_by)
            values (?, ?, current_timestamp, 'bench')""")
        .params(accountId, flow(remindSeconds))
        .update();
  }

  private static String flow(int remindSeconds) {
    return "{\"welcomeText\":\"您好\",\"introText\":\"\",\"robotEnabled\":false,\"robotAnswers\":[],"
        + "\"robotHandoverKeyword\":\"转人工\",\"robotMaxUnanswered\":3,\"queuePromptEnabled\":true,"
        + "\"queuePromptText\":\"前面还有 {position} 位\",\"queueAppeaseEnabled\":true,"
        + "\"queueAppeaseText\":\"请稍候\",\"giveUpEnabled\":true,\"giveUpKeyword\":\"放弃排队\","
        + "\"giveUpText\":\"已放弃\",\"agentAppeaseEnabled\":true,\"agentAppeaseMinutes\":30,"
        + "\"agentAppeaseText\":\"请稍候\",\"agentRemindEnabled\":true,\"agentRemindSeconds\":"
        + remindSeconds
        + ",\"agentRemindText\":\"请回复\",\"autoTransferEnabled\":false,\"autoTransferMinutes\":9,"
        + "\"visitorPromptEnabled\":true,\"visitorPromptMinutes\":20,\"visitorPromptText\":\"在吗\","
        + "\"visitorCloseEnabled\":true,\"visitorCloseMinutes\":120,\"visitorCloseText\":\"再见\","
        + "\"endTextAgentEnded\":\"再见\",\"surveyAutomatic\":false,\"surveyLabels\":[\"好\",\"差\"],"
        + "\"surveySolvedQuestion\":\"OFF\",\"surveyExpiryMinutes\":60,\"surveyInviteText\":\"请评价\"}";
  }
}
