package org.wechatdesk.channel.wechat.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wechatdesk.message.InboundKind;
import org.wechatdesk.message.InboundMessage;

/** WeChat's push XML as the desk's neutral message: no WeChat field name gets past this. */
class PushTranslationTest {

  private static InboundMessage translate(String body) {
    return PushTranslation.toNeutral(
        PushMessage.parse(
            "<xml><ToUserName>gh_1</ToUserName><FromUserName>o_fan</FromUserName>"
                + "<CreateTime>1700000000</CreateTime>"
                + body
                + "</xml>"));
  }

  @Test
  void aTextKeepsItsWordsSenderTimeAndMsgIdAsDedupeKey() {
    InboundMessage text =
        translate("<MsgType>text</MsgType><Content><![CDATA[你好 <b>]]></Content><MsgId>42</MsgId>");
    assertThat(text.kind()).isEqualTo(InboundKind.TEXT);
    assertThat(text.text()).isEqualTo("你好 <b>");
    assertThat(text.openid()).isEqualTo("o_fan");
    assertThat(text.sentAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    assertThat(text.dedupeKey()).isEqualTo("msg:42");
  }

  @Test
  void aVoiceKeepsItsMediaHandleAndRecognition() {
    InboundMessage voice =
        translate(
            "<MsgType>voice</MsgType><MediaId>m1</MediaId><Format>amr</Format>"
                + "<Recognition>在吗</Recognition><MsgId>43</MsgId>");
    assertThat(voice.kind()).isEqualTo(InboundKind.VOICE);
    assertThat(voice.mediaRef()).isEqualTo("m1");
    assertThat(voice.recognition()).isEqualTo("在吗");
    InboundMessage unrecognised =
        translate("<MsgType>voice</MsgType><MediaId>m2</MediaId><Recognition></Recognition>");
    assertThat(unrecognised.recognition()).isNull();
  }

  @Test
  void locationsAndLinksKeepWhatTheyPointAt() {
    InboundMessage location =
        translate(
            "<MsgType>location</MsgType><Location_X>23.134521</Location_X>"
                + "<Location_Y>113.358803</Location_Y><Scale>20</Scale><Label>广州</Label>");
    assertThat(location.kind()).isEqualTo(InboundKind.LOCATION);
    assertThat(location.label()).isEqualTo("广州");
    assertThat(location.latitude()).isEqualTo(23.134521);
    assertThat(location.longitude()).isEqualTo(113.358803);
    InboundMessage notANumber =
        translate("<MsgType>location</MsgType><Location_X>north</Location_X><Label>x</Label>");
    assertThat(notANumber.latitude()).isNull();

    InboundMessage link =
        translate(
            "<MsgType>link</MsgType><Title>文章</Title><Description>d</Description>"
                + "<Url>https://example.com/a</Url>");
    assertThat(link.kind()).isEqualTo(InboundKind.LINK);
    assertThat(link.title()).isEqualTo("文章");
    assertThat(link.url()).isEqualTo("https://example.com/a");
  }

  @Test
  void eventsBecomeFollowsMenuChoicesAndScansWithTheirKeys() {
    InboundMessage click =
        translate("<MsgType>event</MsgType><Event>CLICK</Event><EventKey>MENU_HUMAN</EventKey>");
    assertThat(click.kind()).isEqualTo(InboundKind.CLICK);
    assertThat(click.text()).isEqualTo("MENU_HUMAN");
    assertThat(click.dedupeKey()).isEqualTo("evt:o_fan:1700000000:CLICK");

    assertThat(translate("<MsgType>event</MsgType><Event>subscribe</Event>").kind())
        .isEqualTo(InboundKind.SUBSCRIBE);
    assertThat(translate("<MsgType>event</MsgType><Event>unsubscribe</Event>").kind())
        .isEqualTo(InboundKind.UNSUBSCRIBE);
    InboundMessage scan =
        translate("<MsgType>event</MsgType><Event>SCAN</Event><EventKey>shop-7</EventKey>");
    assertThat(scan.kind()).isEqualTo(InboundKind.SCAN);
    assertThat(scan.text()).isEqualTo("shop-7");
    InboundMessage report =
        translate(
            "<MsgType>event</MsgType><Event>LOCATION</Event><Latitude>23.1</Latitude>"
                + "<Longitude>113.3</Longitude><Precision>119</Precision>");
    assertThat(report.kind()).isEqualTo(InboundKind.LOCATION_REPORT);
    assertThat(report.latitude()).isEqualTo(23.1);
  }

  @Test
  void aTypeWeChatAddsLaterIsUnsupportedAndKeepsItsName() {
    InboundMessage later = translate("<MsgType>hologram</MsgType><MsgId>44</MsgId>");
    assertThat(later.kind()).isEqualTo(InboundKind.UNSUPPORTED);
    assertThat(later.originalType()).isEqualTo("hologram");
    assertThat(later.text()).isNull();
  }
}
