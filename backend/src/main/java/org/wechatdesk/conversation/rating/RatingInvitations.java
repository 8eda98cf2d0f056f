package org.wechatdesk.conversation.rating;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationMessageRepository;
import org.wechatdesk.conversation.TranscriptNotice;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.message.Channels;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.message.outbox.Outbox;
import org.wechatdesk.system.DeskTimeZone;
import org.wechatdesk.user.DeskUserRepository;

/**
 * The template message (模板消息) that invites a fan to rate a conversation that has ended. It links to
 * the rating page, so it works after WeChat's 48-hour window has closed and spends no
 * customer-service quota.
 */
@Service
public class RatingInvitations {

  static final String AUTHOR = "system";

  private final RatingLinks links;
  private final Outbox outbox;
  private final Channels channels;
  private final FanRepository fans;
  private final AccountRepository accounts;
  private final DeskUserRepository users;
  private final ConversationMessageRepository messages;
  private final Clock clock;
  private final DateTimeFormatter endTime;
  private final String publicBaseUrl;

  RatingInvitations(
      RatingLinks links,
      Outbox outbox,
      Channels channels,
      FanRepository fans,
      AccountRepository accounts,
      DeskUserRepository users,
      ConversationMessageRepository messages,
      Clock clock,
      DeskTimeZone timeZone,
      @Value("${desk.public-base-url}") String publicBaseUrl) {
    this.links = links;
    this.outbox = outbox;
    this.channels = channels;
    this.fans = fans;
    this.accounts = accounts;
    this.users = users;
    this.messages = messages;
    this.clock = clock;
    // The template is plain text the fan reads as is: written in the zone the screens show.
    this.endTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(timeZone.zone());
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  /**
   * Queues the template message unless the settings switch it off. {@code stepKey} identifies the
   * process step, so a retried step does not send twice.
   */
  public void invite(Conversation conversation, FlowSettings settings, String stepKey) {
    if (!settings.surveyTemplateEnabled()) {
      return;
    }
    Fan fan = fans.findById(conversation.fanId()).orElseThrow();
    String url = publicBaseUrl + "/#/rate/" + links.tokenFor(conversation.id());
    Optional<FanChannel> templateChannel = channels.carrying(fan, OutboundKind.TEMPLATE);
    if (templateChannel.isEmpty()) {
      // No channel carries a template to this fan (WeChat does not know an H5 visitor without
      // authorization): the link goes as a text where the conversation was held.
      // Fans read the desk in Chinese: WeChat's users are its audience, outside the agents' switch.
      String text = "请为本次服务评价：" + url;
      OutboundMessage queued =
          outbox.enqueue(
              fan,
              conversation.channel(),
              OutboundKind.TEXT,
              OutboundContent.text(text),
              Outbox.PRIORITY_AUTOMATIC,
              "template:" + conversation.id() + ":" + stepKey,
              AUTHOR);
      messages.addOutgoing(
          conversation.id(), AUTHOR, OutboundKind.TEXT.name(), text, null, queued.id());
      return;
    }
    OutboundMessage queued =
        outbox.enqueueTemplate(
            fan,
            templateChannel.get(),
            OutboundContent.template(
                settings.surveyTemplateId(), url, fields(conversation, settings)),
            "template:" + conversation.id() + ":" + stepKey,
            AUTHOR);
    messages.addOutgoing(
        conversation.id(),
        AUTHOR,
        OutboundKind.TEMPLATE.name(),
        null,
        null,
        queued.id(),
        TranscriptNotice.of(TranscriptNotice.Code.RATING_TEMPLATE));
  }

  private Map<String, String> fields(Conversation conversation, FlowSettings settings) {
    Map<String, String> placeholders =
        Map.of(
            "{account}", accounts.findById(conversation.accountId()).orElseThrow().name(),
            "{agent}", agentName(conversation),
            "{endTime}",
                endTime.format(
                    conversation.endedAt() == null ? clock.instant() : conversation.endedAt()));
    Map<String, String> data = new LinkedHashMap<>();
    for (FlowSettings.TemplateField field : settings.surveyTemplateFields()) {
      String value = field.value();
      for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
        value = value.replace(placeholder.getKey(), placeholder.getValue());
      }
      data.put(field.name(), value);
    }
    return data;
  }

  private String agentName(Conversation conversation) {
    if (conversation.agentUsername() == null) {
      return "客服";
    }
    return users
        .findByUsername(conversation.agentUsername())
        .map(user -> user.displayName())
        .orElse(conversation.agentUsername());
  }
}
