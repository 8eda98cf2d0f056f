package org.wechatdesk.channel.h5;

import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.fan.FanProfiles;
import org.wechatdesk.routing.Routing;

/** What the H5 page's header shows the visitor, read fresh on every poll. */
@Component
class H5Sessions {

  private final AccountRepository accounts;
  private final FanProfiles profiles;
  private final ConversationRepository conversations;
  private final Routing routing;
  private final H5Transcript transcript;
  private final FlowSettingsRepository flows;

  H5Sessions(
      AccountRepository accounts,
      FanProfiles profiles,
      ConversationRepository conversations,
      Routing routing,
      H5Transcript transcript,
      FlowSettingsRepository flows) {
    this.flows = flows;
    this.accounts = accounts;
    this.profiles = profiles;
    this.conversations = conversations;
    this.routing = routing;
    this.transcript = transcript;
  }

  H5Session of(H5Visitor visitor) {
    OfficialAccount account = accounts.findById(visitor.accountId()).orElseThrow();
    H5Session.Visitor profile =
        profiles
            .find(visitor.fanId())
            .map(known -> new H5Session.Visitor(known.nickname(), known.avatarUrl()))
            .orElse(new H5Session.Visitor(null, null));
    H5Session.Conversation latest =
        conversations.findLatestForFan(visitor.fanId()).map(this::describe).orElse(null);
    return new H5Session(account.name(), account.appId(), profile, latest);
  }

  private H5Session.Conversation describe(Conversation conversation) {
    Integer position =
        conversation.status() == Conversation.Status.QUEUED
            ? boxed(routing.position(conversation.id()))
            : null;
    H5Session.Agent agent =
        conversation.status() == Conversation.Status.CHATTING
                && conversation.agentUsername() != null
            ? transcript.agent(conversation.agentUsername()).orElse(null)
            : null;
    return new H5Session.Conversation(
        conversation.id(),
        conversation.status().name(),
        position,
        conversation.status() == Conversation.Status.QUEUED
            && flows.forAccount(conversation.accountId()).giveUpEnabled(),
        conversation.status() == Conversation.Status.NAVIGATING ? menu(conversation) : null,
        agent);
  }

  private H5Session.Menu menu(Conversation conversation) {
    return conversations
        .menuShown(conversation.id())
        .flatMap(shown -> routing.offeredMenu(conversation.accountId(), shown))
        .map(
            offered ->
                new H5Session.Menu(
                    offered.choices().stream()
                        .map(choice -> new H5Session.Choice(choice.number(), choice.label()))
                        .toList(),
                    offered.subMenu()))
        .orElse(null);
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
