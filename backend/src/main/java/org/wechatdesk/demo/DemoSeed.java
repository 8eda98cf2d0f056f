package org.wechatdesk.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.component.ComponentEvents;
import org.wechatdesk.channel.wechat.component.ComponentPlatform;
import org.wechatdesk.channel.wechat.component.ComponentSettings;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.fan.tag.FanTags;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.customer.CustomerProfileRepository;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.routing.navigation.NavigationRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.standin.WeChatStandIn;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Fills an empty demo database with a bound account, agents, two queues behind a navigation menu
 * and flow timeouts short enough to watch them fire. It runs once: when the demo account exists, it
 * only tells the WeChat stand-in the account's secret and the seeded fans' nicknames again, which
 * live in memory.
 */
@Component
@Profile("demo")
class DemoSeed {

  static final String VIP_FAN = "o_demo_vip_lihua";
  static final Set<String> FANS = Set.of("o_demo_xiaoming", "o_demo_zhangsan", VIP_FAN);
  static final Map<String, String> NICKNAMES =
      Map.of("o_demo_xiaoming", "小明", "o_demo_zhangsan", "张三", VIP_FAN, "李华");

  /** A few tags per fan, so the visitor panel and the fan list have some to show and filter by. */
  static final Map<String, List<String>> FAN_TAGS =
      Map.of(
          VIP_FAN,
          List.of("老客户", "新品关注"),
          "o_demo_xiaoming",
          List.of("新品关注"),
          "o_demo_zhangsan",
          List.of("投诉"));

  private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

  private final WeChatStandIn wechat;
  private final AccountRepository accountRepository;
  private final AccountService accounts;
  private final DeskUserRepository users;
  private final PasswordEncoder encoder;
  private final ServiceQueueRepository queues;
  private final AgentProfileRepository agents;
  private final NavigationRepository navigations;
  private final FlowSettingsRepository flowSettings;
  private final FanRepository fans;
  private final CustomerProfileRepository customers;
  private final FanTags fanTags;
  private final TransactionTemplate transaction;
  private final ComponentPlatform platform;
  private final ComponentEvents platformEvents;

  DemoSeed(
      WeChatStandIn wechat,
      AccountRepository accountRepository,
      AccountService accounts,
      DeskUserRepository users,
      PasswordEncoder encoder,
      ServiceQueueRepository queues,
      AgentProfileRepository agents,
      NavigationRepository navigations,
      FlowSettingsRepository flowSettings,
      FanRepository fans,
      CustomerProfileRepository customers,
      FanTags fanTags,
      TransactionTemplate transaction,
      ComponentPlatform platform,
      ComponentEvents platformEvents) {
    this.wechat = wechat;
    this.accountRepository = accountRepository;
    this.accounts = accounts;
    this.users = users;
    this.encoder = encoder;
    this.queues = queues;
    this.agents = agents;
    this.navigations = navigations;
    this.flowSettings = flowSettings;
    this.fans = fans;
    this.customers = customers;
    this.fanTags = fanTags;
    this.transaction = transaction;
    this.platform = platform;
    this.platformEvents = platformEvents;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    wechat.registerApp(DemoAccount.APP_ID, DemoAccount.APP_SECRET);
    NICKNAMES.forEach((openid, nickname) -> wechat.putUserInfo(openid, nickname, ""));
    seedPlatform();
    if (accountRepository.findByAppId(DemoAccount.APP_ID).isPresent()) {
      return;
    }
    long accountId = transaction.execute(status -> seedEmptyDemo());
    // After the commit: fans are created in transactions of their own, which must see the account.
    for (String openid : FANS) {
      long fanId = fans.findOrCreate(accountId, openid).id();
      if (openid.equals(VIP_FAN)) {
        customers.save(new CustomerProfile(fanId, null, true, false));
      }
      fanTags.replace(fanId, FAN_TAGS.getOrDefault(openid, List.of()));
    }
    log.info(
        "Demo data created: account {}, users {}",
        DemoAccount.APP_ID,
        DemoAccount.LOGINS.stream().map(DemoAccount.Login::username).toList());
  }

  /**
   * The demo's third-party platform, so that 微信授权 binds its second account without WeChat. The
   * stand-in lives in memory: each start it learns the platform again and pushes a fresh ticket,
   * and saving the settings again drops the component token the previous stand-in issued.
   */
  private void seedPlatform() {
    wechat.registerComponent(DemoComponent.APP_ID, DemoComponent.APP_SECRET);
    wechat.putAuthorizer(
        DemoComponent.AUTHORIZER_APP_ID,
        DemoComponent.AUTHORIZER_NAME,
        DemoComponent.AUTHORIZER_ORIGINAL_ID,
        2,
        0,
        DemoComponent.GRANTS);
    platform.save(
        new ComponentSettings(
            DemoComponent.APP_ID,
            DemoComponent.APP_SECRET,
            DemoComponent.TOKEN,
            DemoComponent.ENCODING_AES_KEY));
    platformEvents.handle(
        Map.of(
            "InfoType",
            "component_verify_ticket",
            "ComponentVerifyTicket",
            wechat.issueComponentTicket(DemoComponent.APP_ID)));
  }

  private long seedEmptyDemo() {
    OfficialAccount account =
        accounts.bind(
            new AccountRequest(
                DemoAccount.NAME,
                DemoAccount.ORIGINAL_ID,
                DemoAccount.APP_ID,
                DemoAccount.APP_SECRET,
                DemoAccount.TOKEN,
                DemoAccount.ENCODING_AES_KEY,
                H5Authorization.USERINFO));
    long preSales = queues.insert("售前 Pre-sales", QueueStrategy.LEAST_LOADED, null);
    long afterSales = queues.insert("售后 After-sales", QueueStrategy.LEAST_LOADED, null);

    // The initial admin may already exist, created by InitialAdmin with the demo password.
    if (users.findByUsername("admin").isEmpty()) {
      users.insert("admin", encoder.encode(DemoAccount.PASSWORD), "管理员 Admin", Role.ADMIN);
    }
    agent("agent1", "座席一 Agent 1", Role.AGENT, 3, Set.of(preSales), Map.of("产品咨询", 5));
    agent("agent2", "座席二 Agent 2", Role.AGENT, 2, Set.of(afterSales), Map.of("退换货", 4));
    // A supervisor serves visitors too, and can watch and take over the others' conversations.
    agent(
        "agent3",
        "座席三 Agent 3",
        Role.SUPERVISOR,
        5,
        Set.of(preSales, afterSales),
        Map.of("产品咨询", 3, "退换货", 3));

    long navigation = navigations.insert("演示导航 Demo menu", "请回复数字选择服务：", 3, preSales);
    navigations.insertEntry(navigation, null, 1, "售前咨询 Pre-sales", "1", preSales, null);
    navigations.insertEntry(navigation, null, 2, "售后服务 After-sales", "2", afterSales, null);
    navigations.saveAccountRouting(new AccountRouting(account.id(), null, navigation));

    flowSettings.save(account.id(), shortTimeouts(FlowSettings.defaults()), "demo");
    return account.id();
  }

  private void agent(
      String username,
      String displayName,
      Role role,
      int maxConcurrent,
      Set<Long> inQueues,
      Map<String, Integer> skills) {
    users.insert(username, encoder.encode(DemoAccount.PASSWORD), displayName, role);
    long id = users.findByUsername(username).orElseThrow().id();
    // Online from the start, so the first simulated message is assigned at once.
    agents.savePresence(id, AgentStatus.ONLINE, maxConcurrent);
    agents.replaceQueues(id, inQueues);
    agents.replaceSkills(id, skills);
  }

  /**
   * The spec's defaults with every timer near its minimum, so a demo shows each one firing within
   * minutes, and the rating invitation also sent as a template message, so the simulator shows one.
   */
  static FlowSettings shortTimeouts(FlowSettings d) {
    return new FlowSettings(
        d.welcomeText(),
        d.introText(),
        d.robotEnabled(),
        d.robotAnswers(),
        d.robotHandoverKeyword(),
        d.robotMaxUnanswered(),
        d.queuePromptEnabled(),
        d.queuePromptText(),
        d.queueAppeaseEnabled(),
        d.queueAppeaseText(),
        d.giveUpEnabled(),
        d.giveUpKeyword(),
        d.giveUpText(),
        d.agentAppeaseEnabled(),
        1,
        d.agentAppeaseText(),
        d.agentRemindEnabled(),
        10,
        d.agentRemindText(),
        d.autoTransferEnabled(),
        d.autoTransferMinutes(),
        d.autoTransferQueueId(),
        d.visitorPromptEnabled(),
        1,
        d.visitorPromptText(),
        d.visitorCloseEnabled(),
        2,
        d.visitorCloseText(),
        d.endTextAgentEnded(),
        d.surveyAutomatic(),
        d.surveyLabels(),
        d.surveySolvedQuestion(),
        5,
        d.surveyInviteText(),
        d.robotCoversNoAgent(),
        true,
        DemoAccount.SATISFACTION_TEMPLATE_ID,
        d.surveyTemplateFields());
  }
}
