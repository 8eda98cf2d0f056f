package org.wechatdesk.channel.wechat.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import org.wechatdesk.message.InboundMessage;

/**
 * Gives the messages stored before V23, as WeChat XML only, their neutral payload, where the inbox
 * will still read it: messages not processed yet and media still being fetched. Messages from the
 * H5 page were stored in WeChat's shape too, their image already kept (media_id): they get the same
 * translation, without a media handle to fetch. A Java migration because SQL cannot parse XML.
 */
@Component
class V24__NeutralPayloadOfStoredPushes extends BaseJavaMigration {

  private final ObjectMapper json;

  V24__NeutralPayloadOfStoredPushes(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement select = context.getConnection().createStatement();
        ResultSet stored =
            select.executeQuery(
                """
                select id, body_xml, channel, media_id from desk.inbound_message
                 where payload is null
                   and (status not in ('PROCESSED', 'FAILED') or media_status = 'PENDING')""");
        PreparedStatement update =
            context
                .getConnection()
                .prepareStatement("update desk.inbound_message set payload = ? where id = ?")) {
      while (stored.next()) {
        InboundMessage message =
            PushTranslation.toNeutral(PushMessage.parse(stored.getString("body_xml")));
        if (!"WECHAT".equals(stored.getString("channel"))) {
          message = withoutMediaRef(message);
        }
        update.setString(1, json.writeValueAsString(message));
        update.setLong(2, stored.getLong("id"));
        update.executeUpdate();
      }
    }
  }

  private static InboundMessage withoutMediaRef(InboundMessage message) {
    return new InboundMessage(
        message.kind(),
        message.openid(),
        message.sentAt(),
        message.dedupeKey(),
        message.text(),
        null,
        message.recognition(),
        message.title(),
        message.url(),
        message.label(),
        message.latitude(),
        message.longitude(),
        message.originalType());
  }
}
