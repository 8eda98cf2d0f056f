package org.wechatdesk.channel.wechat.inbound;

import static org.wechatdesk.channel.wechat.inbound.FuzzedPush.Expect.ACCEPT;
import static org.wechatdesk.channel.wechat.inbound.FuzzedPush.Expect.ANY;
import static org.wechatdesk.channel.wechat.inbound.FuzzedPush.Expect.DUPLICATE;
import static org.wechatdesk.channel.wechat.inbound.FuzzedPush.Expect.REFUSE;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.inbound.FuzzedPush.Expect;

/**
 * The fuzzer's catalogue: a valid push of a random kind, then one mutation drawn by weight from
 * every stage WeChat's format has, each with what the desk must answer. All randomness comes from
 * the {@link Random} given, so a seed replays a run.
 */
final class PushMutations {

  private static final String BILLION_LAUGHS =
      "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\">"
          + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
          + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
  private static final String EXTERNAL_ENTITY =
      "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
  private static final String EXTERNAL_DTD =
      "<!DOCTYPE xml SYSTEM \"http://127.0.0.1:9/evil.dtd\">";
  private static final String PARAMETER_ENTITY =
      "<!DOCTYPE xml [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]>";
  private static final String MARKUP =
      "<>&;/!?[]=\"' \t\n\r#xCDATA]]><![\u0000\u0001\uFFFE\uFFFF\uD800\u00e9中😀";

  private final OfficialAccount account;
  private final Duration maxClockSkew;
  private final int maxBodyBytes;
  private final List<Weighted> catalogue = new ArrayList<>();
  private final List<String> acceptedMessages = new ArrayList<>();
  private int totalWeight;

  PushMutations(OfficialAccount account, Duration maxClockSkew, int maxBodyBytes) {
    this.account = account;
    this.maxClockSkew = maxClockSkew;
    this.maxBodyBytes = maxBodyBytes;
    add(10, this::unchanged);
    add(4, this::resent);
    add(12, this::editedMessage);
    add(12, this::messageStructure);
    add(8, this::plaintextStructure);
    add(6, this::ciphertextBytes);
    add(6, this::base64);
    add(8, this::signature);
    add(7, this::timestamp);
    add(4, this::nonce);
    add(3, this::encryptType);
    add(8, this::envelope);
    add(5, this::bodyBytes);
    add(5, this::size);
  }

  /**
   * Remembers an accepted message (a bounded sample) so that a later case can resend it, as WeChat
   * retries.
   */
  void accepted(String messageXml, Random random) {
    if (acceptedMessages.size() < 500) {
      acceptedMessages.add(messageXml);
    } else {
      acceptedMessages.set(random.nextInt(acceptedMessages.size()), messageXml);
    }
  }

  FuzzedPush next(Random random, long now) {
    FuzzedPush push =
        new FuzzedPush(account, "valid", validMessage(random, now), now, nonce(random));
    int pick = random.nextInt(totalWeight);
    for (Weighted entry : catalogue) {
      pick -= entry.weight();
      if (pick < 0) {
        entry.mutation().accept(push, random);
        return push;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }

  private void add(int weight, BiConsumer<FuzzedPush, Random> mutation) {
    catalogue.add(new Weighted(weight, mutation));
    totalWeight += weight;
  }

  private record Weighted(int weight, BiConsumer<FuzzedPush, Random> mutation) {}

  // --- the valid message every case starts from
  // ---------------------------------------------------------

  private String validMessage(Random random, long now) {
    String openid = "o" + token(random, 27);
    String msgId =
        Long.toString(
            1_000_000_000_000_000_000L
                + (random.nextLong() & Long.MAX_VALUE) % 8_000_000_000_000_000_000L);
    String head =
        "<xml><ToUserName><![CDATA["
            + account.originalId()
            + "]]></ToUserName><FromUserName><![CDATA["
            + openid
            + "]]></FromUserName><CreateTime>"
            + (now - random.nextInt(60))
            + "</CreateTime>";
    return switch (random.nextInt(6)) {
      case 0, 1 ->
          head
              + "<MsgType><![CDATA[text]]></MsgType><Content>"
              + escaped(text(random))
              + "</Content><MsgId>"
              + msgId
              + "</MsgId></xml>";
      case 2 ->
          head
              + "<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz.qpic.cn/"
              + token(random, 12)
              + "]]></PicUrl><MediaId><![CDATA["
              + token(random, 40)
              + "]]></MediaId><MsgId>"
              + msgId
              + "</MsgId></xml>";
      case 3 ->
          head
              + "<MsgType><![CDATA[location]]></MsgType><Location_X>23.1"
              + random.nextInt(1000)
              + "</Location_X><Location_Y>113.2"
              + random.nextInt(1000)
              + "</Location_Y><Scale>15</Scale><Label><![CDATA["
              + text(random).replace("]]>", "")
              + "]]></Label><MsgId>"
              + msgId
              + "</MsgId></xml>";
      case 4 ->
          head
              + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event><EventKey><![CDATA["
              + token(random, 1 + random.nextInt(20))
              + "]]></EventKey></xml>";
      default ->
          head + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>";
    };
  }

  private static String text(Random random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz ABC0123456789 你好客服订单退款 \n\t.,!?&<>\"'/:)😀🎉é";
    int length = random.nextInt(10) == 0 ? random.nextInt(3000) : random.nextInt(80);
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int index = random.nextInt(alphabet.codePointCount(0, alphabet.length()));
      text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, index)));
    }
    return text.toString();
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String token(Random random, int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < length; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return token.toString();
  }

  private static String nonce(Random random) {
    return Long.toString(random.nextLong() & Long.MAX_VALUE);
  }

  private static <T> T pick(Random random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static void set(FuzzedPush push, String description, Expect expect) {
    push.description = description;
    push.expect = expect;
  }

  // --- mutations, one stage each
  // ------------------------------------------------------------------------

  private void unchanged(FuzzedPush push, Random random) {
    set(push, "valid", ACCEPT);
  }

  private void resent(FuzzedPush push, Random random) {
    if (acceptedMessages.isEmpty()) {
      return;
    }
    push.messageXml = pick(random, acceptedMessages);
    set(push, "WeChat's retry of an accepted message, signed anew", DUPLICATE);
  }

  private void editedMessage(FuzzedPush push, Random random) {
    StringBuilder xml = new StringBuilder(push.messageXml);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits && xml.length() > 1; i++) {
      int at = random.nextInt(xml.length());
      int end = Math.min(xml.length(), at + 1 + random.nextInt(12));
      switch (random.nextInt(4)) {
        case 0 -> xml.delete(at, end);
        case 1 -> xml.insert(at, MARKUP.charAt(random.nextInt(MARKUP.length())));
        case 2 -> xml.insert(at, xml.substring(at, end));
        default -> xml.setCharAt(at, MARKUP.charAt(random.nextInt(MARKUP.length())));
      }
    }
    push.messageXml = xml.toString();
    set(push, "message XML edited at random", ANY);
  }

  private void messageStructure(FuzzedPush push, Random random) {
    String xml = push.messageXml;
    String body = xml.substring("<xml>".length());
    switch (random.nextInt(20)) {
      case 0 -> {
        push.messageXml =
            BILLION_LAUGHS + xml.replace("<CreateTime>", "<Extra>&d;</Extra><CreateTime>");
        set(push, "billion laughs", REFUSE);
      }
      case 1 -> {
        push.messageXml =
            EXTERNAL_ENTITY + xml.replace("<CreateTime>", "<Extra>&x;</Extra><CreateTime>");
        set(push, "external entity", REFUSE);
      }
      case 2 -> {
        push.messageXml = EXTERNAL_DTD + xml;
        set(push, "external DTD", REFUSE);
      }
      case 3 -> {
        push.messageXml = PARAMETER_ENTITY + xml;
        set(push, "external parameter entity", REFUSE);
      }
      case 4 -> {
        push.messageXml =
            without(xml, pick(random, List.of("FromUserName", "CreateTime", "MsgType")));
        set(push, "required field missing", REFUSE);
      }
      case 5 -> {
        push.messageXml = without(xml, "ToUserName");
        set(push, "ToUserName missing", REFUSE);
      }
      case 6 -> {
        push.messageXml =
            xml.replace(account.originalId(), "gh_" + token(random, 12).toLowerCase());
        set(push, "wrong ToUserName", REFUSE);
      }
      case 7 -> {
        String field =
            pick(
                random,
                List.of("ToUserName", "FromUserName", "CreateTime", "MsgType", "MsgId", "Event"));
        push.messageXml = duplicated(xml, field, random);
        set(push, "header field twice", REFUSE);
      }
      case 8 -> {
        push.messageXml = "<msg>" + body.replace("</xml>", "</msg>");
        set(push, "root element is not <xml>", REFUSE);
      }
      case 9 -> {
        push.messageXml =
            replaced(xml, "FromUserName", "o" + token(random, 64 + random.nextInt(300)));
        set(push, "FromUserName longer than an openid column", REFUSE);
      }
      case 10 -> {
        push.messageXml = replaced(xml, "FromUserName", "o" + token(random, 63));
        set(push, "FromUserName of 64 characters", ACCEPT);
      }
      case 11 -> {
        push.messageXml = replaced(xml, "MsgType", token(random, 33 + random.nextInt(200)));
        set(push, "MsgType too long", REFUSE);
      }
      case 12 -> {
        push.messageXml =
            xml.contains("<MsgId>")
                ? replaced(xml, "MsgId", token(random, 197 + random.nextInt(300)))
                : replaced(xml, "Event", token(random, 65 + random.nextInt(200)));
        set(push, "MsgId or Event too long", REFUSE);
      }
      case 13 -> {
        push.messageXml =
            replaced(
                xml,
                "CreateTime",
                pick(
                    random,
                    List.of(
                        "9223372036854775807",
                        "-9223372036854775808",
                        "-1",
                        "31556889864403200",
                        "253402300800",
                        "1e9",
                        "0x10",
                        "",
                        " ")));
        set(push, "CreateTime out of range or not a number", REFUSE);
      }
      case 14 -> {
        push.messageXml =
            xml.replaceAll("<Event>.*?</Event>", "")
                .replaceAll("<MsgType>.*?</MsgType>", "<MsgType>event</MsgType>");
        set(push, "event without Event", REFUSE);
      }
      case 15 -> {
        push.messageXml = xml.replace("<CreateTime>", "<Bad>\u0001\uFFFE</Bad><CreateTime>");
        set(push, "characters XML forbids", REFUSE);
      }
      case 16 -> {
        String encoding = pick(random, List.of("UTF-8", "GBK", "UTF-16", "ISO-8859-1", "nonsense"));
        push.messageXml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>" + xml;
        set(push, "XML declaration with an encoding", ANY);
      }
      case 17 -> {
        push.messageXml = "\uFEFF" + xml;
        set(push, "byte order mark", ANY);
      }
      case 18 -> {
        push.messageXml =
            xml.replace(
                "<CreateTime>",
                "<!-- c --><?pi x?><xi:include href=\"file:///etc/passwd\"/><CreateTime>");
        set(push, "comment, processing instruction, XInclude", ANY);
      }
      default -> {
        int depth = 1 + random.nextInt(3000);
        push.messageXml =
            xml.replace(
                "<CreateTime>", "<N>".repeat(depth) + "x" + "</N>".repeat(depth) + "<CreateTime>");
        set(push, "deep nesting", ANY);
      }
    }
  }

  private void plaintextStructure(FuzzedPush push, Random random) {
    switch (random.nextInt(10)) {
      case 0 -> {
        push.plaintextAppId = "wx" + token(random, 16).toLowerCase();
        set(push, "another appid in the plaintext", REFUSE);
      }
      case 1 -> {
        push.plaintextAppId = "";
        set(push, "no appid in the plaintext", REFUSE);
      }
      case 2 -> {
        push.plaintextAppId = account.appId() + token(random, 1 + random.nextInt(8));
        set(push, "appid with a suffix", REFUSE);
      }
      case 3 -> {
        int length =
            pick(
                random,
                List.of(
                    -1,
                    Integer.MIN_VALUE,
                    Integer.MAX_VALUE,
                    Integer.MAX_VALUE - 10,
                    0x7FFFFFF0,
                    1 << 30,
                    65_536));
        push.plaintext = plain -> withLength(plain, length);
        set(push, "length field " + length, REFUSE);
      }
      case 4 -> {
        int delta = pick(random, List.of(-1, 1, -5, 5));
        push.plaintext = plain -> withLength(plain, ByteBuffer.wrap(plain, 16, 4).getInt() + delta);
        set(push, "length field off by " + delta, REFUSE);
      }
      case 5 -> {
        int pad = pick(random, List.of(0, 33, 255));
        push.plaintext =
            plain -> {
              byte[] copy = plain.clone();
              copy[copy.length - 1] = (byte) pad;
              return copy;
            };
        set(push, "padding byte " + pad, REFUSE);
      }
      case 6 -> {
        push.plaintext = PushMutations::inconsistentPadding;
        set(push, "inconsistent padding", REFUSE);
      }
      case 7 -> {
        push.plaintext = plain -> Arrays.copyOf(plain, random.nextInt(20));
        set(push, "plaintext shorter than its header", REFUSE);
      }
      case 8 -> {
        push.plaintext =
            plain ->
                FuzzedPush.padded(
                    Arrays.copyOfRange(plain, 1, plain.length - plain[plain.length - 1]));
        set(push, "random prefix one byte short", REFUSE);
      }
      default -> {
        String xml = push.messageXml;
        int end = xml.lastIndexOf("</xml>");
        push.messageBytes =
            FuzzedPush.concat(
                (xml.substring(0, end) + "<Bad>").getBytes(StandardCharsets.UTF_8),
                new byte[] {
                  (byte) 0xC3, (byte) 0x28, (byte) 0xE2, (byte) 0x82, (byte) 0xFF, (byte) 0x80
                },
                "</Bad></xml>".getBytes(StandardCharsets.UTF_8));
        set(push, "invalid UTF-8 in the message", ANY);
      }
    }
  }

  private void ciphertextBytes(FuzzedPush push, Random random) {
    push.storedXmlUnknown = true;
    switch (random.nextInt(6)) {
      case 0 -> {
        int bit = random.nextInt(1 << 20);
        push.ciphertext =
            c -> {
              byte[] copy = c.clone();
              copy[bit / 8 % copy.length] ^= (byte) (1 << bit % 8);
              return copy;
            };
        set(push, "one ciphertext bit flipped", ANY);
      }
      case 1 -> {
        push.ciphertext = c -> Arrays.copyOf(c, Math.max(1, c.length - 1 - random.nextInt(15)));
        set(push, "ciphertext not whole AES blocks", REFUSE);
      }
      case 2 -> {
        push.ciphertext = c -> Arrays.copyOf(c, c.length - 16);
        set(push, "last ciphertext block removed", ANY);
      }
      case 3 -> {
        byte[] block = new byte[16 * (1 + random.nextInt(3))];
        random.nextBytes(block);
        push.ciphertext = c -> FuzzedPush.concat(c, block);
        set(push, "random blocks appended", ANY);
      }
      case 4 -> {
        push.ciphertext = PushMutations::firstBlocksSwapped;
        set(push, "first blocks swapped", ANY);
      }
      default -> {
        push.ciphertext = c -> new byte[0];
        set(push, "empty ciphertext", REFUSE);
      }
    }
  }

  private void base64(FuzzedPush push, Random random) {
    switch (random.nextInt(7)) {
      case 0 -> {
        int at = random.nextInt(1000);
        String outside = pick(random, List.of("*", "%", "\u00e9", "-", "_", "."));
        push.encrypt =
            e -> e.substring(0, at % e.length()) + outside + e.substring(at % e.length() + 1);
        set(push, "a base64 character replaced", REFUSE);
      }
      case 1 -> {
        push.encrypt = e -> e.replace("=", "");
        set(push, "base64 padding left out", ANY);
      }
      case 2 -> {
        push.encrypt =
            e ->
                e.substring(0, 20)
                    + pick(random, List.of(" ", "\n", "\r\n", "\t"))
                    + e.substring(20);
        set(push, "whitespace inside base64", REFUSE);
      }
      case 3 -> {
        push.encrypt = e -> e.replace('+', '-').replace('/', '_');
        set(push, "URL-safe base64 alphabet", ANY);
      }
      case 4 -> {
        push.encrypt = e -> e + "====";
        set(push, "extra padding", REFUSE);
      }
      case 5 -> {
        push.encrypt = e -> e.substring(0, e.length() - 1 - random.nextInt(3));
        set(push, "base64 truncated", ANY);
      }
      default -> {
        push.encrypt = e -> "";
        set(push, "empty Encrypt", REFUSE);
      }
    }
  }

  private void signature(FuzzedPush push, Random random) {
    switch (random.nextInt(8)) {
      case 0 -> {
        int at = random.nextInt(40);
        push.query =
            q ->
                map(
                    q,
                    "msg_signature",
                    s ->
                        s.substring(0, at)
                            + (s.charAt(at) == '0' ? '1' : '0')
                            + s.substring(at + 1));
        set(push, "msg_signature with one digit changed", REFUSE);
      }
      case 1 -> {
        push.query = q -> map(q, "msg_signature", String::toUpperCase);
        set(push, "msg_signature in upper case", ACCEPT);
      }
      case 2 -> {
        push.query = q -> without(q, "msg_signature");
        set(push, "msg_signature missing", REFUSE);
      }
      case 3 -> {
        push.query =
            q ->
                map(
                    q,
                    "msg_signature",
                    s ->
                        pick(
                            random,
                            List.of(
                                "", "0", s + "0", s.substring(1), "ｓ" + s.substring(1), "\u0000")));
        set(push, "msg_signature malformed", REFUSE);
      }
      case 4 -> {
        push.query = q -> map(q, "msg_signature", s -> value(q, "signature"));
        set(push, "URL signature given as msg_signature", REFUSE);
      }
      case 5 -> {
        push.signingToken = token(random, 32);
        set(push, "signed with another token", REFUSE);
      }
      case 6 -> {
        push.query = q -> with(q, "msg_signature", "0".repeat(40));
        set(push, "msg_signature twice", REFUSE);
      }
      default -> {
        push.query = q -> without(q, "signature");
        set(push, "URL signature missing (not needed in safe mode)", ACCEPT);
      }
    }
  }

  private void timestamp(FuzzedPush push, Random random) {
    long now = Long.parseLong(push.timestamp);
    long skew = maxClockSkew.toSeconds();
    switch (random.nextInt(9)) {
      case 0 -> {
        push.timestamp = Long.toString(now - skew - 1 - random.nextInt(100_000_000));
        set(push, "timestamp before the window", REFUSE);
      }
      case 1 -> {
        push.timestamp = Long.toString(now + skew + 1 + random.nextInt(100_000_000));
        set(push, "timestamp after the window", REFUSE);
      }
      case 2 -> {
        push.timestamp = "1000000000";
        set(push, "timestamp in 2001", REFUSE);
      }
      case 3 -> {
        push.timestamp =
            pick(
                random,
                List.of(
                    "9223372036854775807",
                    "-9223372036854775808",
                    "31556889864403200",
                    "-31557014167219201",
                    "99999999999999999999"));
        set(push, "timestamp beyond any date", REFUSE);
      }
      case 4 -> {
        push.timestamp =
            pick(
                random,
                List.of("", "abc", " " + now, now + " ", "1.7e9", "0x" + Long.toHexString(now)));
        set(push, "timestamp not a number", REFUSE);
      }
      case 5 -> {
        push.timestamp =
            Long.toString(now + (random.nextBoolean() ? 1 : -1) * random.nextLong(skew - 5));
        set(push, "timestamp inside the window", ACCEPT);
      }
      case 6 -> {
        push.timestamp = "000" + now;
        set(push, "timestamp with leading zeros", ACCEPT);
      }
      case 7 -> {
        push.timestamp = "+" + now;
        set(push, "timestamp with a plus sign", ANY);
      }
      default -> {
        push.query = q -> without(q, "timestamp");
        set(push, "timestamp missing", REFUSE);
      }
    }
  }

  private void nonce(FuzzedPush push, Random random) {
    switch (random.nextInt(4)) {
      case 0 -> {
        push.nonce = "";
        set(push, "empty nonce", ACCEPT);
      }
      case 1 -> {
        push.nonce = token(random, 500 + random.nextInt(1500));
        set(push, "long nonce", ACCEPT);
      }
      case 2 -> {
        push.nonce = "随机数 &=?#%" + token(random, 5);
        set(push, "nonce with Unicode and URL characters", ACCEPT);
      }
      default -> {
        push.query = q -> without(q, "nonce");
        set(push, "nonce missing", REFUSE);
      }
    }
  }

  private void encryptType(FuzzedPush push, Random random) {
    switch (random.nextInt(5)) {
      case 0 -> {
        push.query = q -> without(q, "encrypt_type");
        set(push, "encrypt_type missing", REFUSE);
      }
      case 1 -> {
        push.query =
            q ->
                map(
                    q,
                    "encrypt_type",
                    t -> pick(random, List.of("raw", "", "aes ", "des", "aes\u0000")));
        set(push, "encrypt_type not aes", REFUSE);
      }
      case 2 -> {
        push.query = q -> map(q, "encrypt_type", t -> "AES");
        set(push, "encrypt_type in upper case", ACCEPT);
      }
      case 3 -> {
        push.query = q -> with(q, "encrypt_type", "raw");
        set(push, "encrypt_type twice", REFUSE);
      }
      default -> {
        String extra = token(random, 10);
        push.query = q -> with(q, "extra", extra);
        set(push, "an unknown parameter", ACCEPT);
      }
    }
  }

  private void envelope(FuzzedPush push, Random random) {
    switch (random.nextInt(11)) {
      case 0 -> {
        push.envelope = x -> BILLION_LAUGHS + x.replace("<Encrypt>", "<E>&d;</E><Encrypt>");
        set(push, "billion laughs in the envelope", REFUSE);
      }
      case 1 -> {
        push.envelope = x -> EXTERNAL_ENTITY + x.replace("<Encrypt>", "<E>&x;</E><Encrypt>");
        set(push, "external entity in the envelope", REFUSE);
      }
      case 2 -> {
        push.envelope = x -> EXTERNAL_DTD + x;
        set(push, "external DTD in the envelope", REFUSE);
      }
      case 3 -> {
        push.envelope = x -> without(x, "Encrypt");
        set(push, "Encrypt missing", REFUSE);
      }
      case 4 -> {
        push.envelope =
            x ->
                x.replace(
                    "</xml>", "<Encrypt><![CDATA[" + token(random, 64) + "]]></Encrypt></xml>");
        set(push, "a second Encrypt after the signed one", REFUSE);
      }
      case 5 -> {
        push.envelope =
            x ->
                x.replace("<xml>", "<xml><Encrypt><![CDATA[" + token(random, 64) + "]]></Encrypt>");
        set(push, "a second Encrypt before the signed one", REFUSE);
      }
      case 6 -> {
        push.envelope = x -> x.replace("<xml>", "<root>").replace("</xml>", "</root>");
        set(push, "envelope root is not <xml>", REFUSE);
      }
      case 7 -> {
        push.envelope = x -> x.replace("<![CDATA[", "").replace("]]>", "");
        set(push, "envelope without CDATA", ACCEPT);
      }
      case 8 -> {
        String extra = text(random).replace("]]>", "");
        push.envelope =
            x ->
                x.replace(
                    "</xml>", "<AgentID>1</AgentID><Extra><![CDATA[" + extra + "]]></Extra></xml>");
        set(push, "extra envelope fields", ACCEPT);
      }
      case 9 -> {
        push.envelope = x -> x.replace("<Encrypt><![CDATA[", "<Encrypt><![CDATA[ ");
        set(push, "space before the Encrypt value", REFUSE);
      }
      default -> {
        int at = random.nextInt(1000);
        char inserted = MARKUP.charAt(random.nextInt(MARKUP.length()));
        push.envelope = x -> new StringBuilder(x).insert(at % x.length(), inserted).toString();
        set(push, "envelope edited at random", ANY);
      }
    }
  }

  private void bodyBytes(FuzzedPush push, Random random) {
    switch (random.nextInt(6)) {
      case 0 -> {
        push.envelope = x -> x.replace("]]></ToUserName>", "\uFFFD]]></ToUserName>");
        push.body = b -> replaceReplacementCharacter(b, new byte[] {(byte) 0xC3, (byte) 0x28});
        set(push, "invalid UTF-8 in the envelope's ToUserName", ACCEPT);
      }
      case 1 -> {
        push.body = b -> Arrays.copyOf(b, random.nextInt(b.length));
        set(push, "body truncated", REFUSE);
      }
      case 2 -> {
        push.body = b -> new byte[0];
        set(push, "empty body", REFUSE);
      }
      case 3 -> {
        byte[] garbage = new byte[1 + random.nextInt(2000)];
        random.nextBytes(garbage);
        push.body = b -> garbage;
        set(push, "random bytes", REFUSE);
      }
      case 4 -> {
        push.body = b -> new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
        set(push, "body in UTF-16", REFUSE);
      }
      default -> {
        push.body = b -> FuzzedPush.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
        set(push, "UTF-8 byte order mark", ANY);
      }
    }
  }

  private void size(FuzzedPush push, Random random) {
    int target =
        pick(
            random,
            List.of(maxBodyBytes - 1, maxBodyBytes, maxBodyBytes + 1, 2 * maxBodyBytes, 1_100_000));
    push.envelope =
        x -> {
          int filler = target - x.getBytes(StandardCharsets.UTF_8).length - "<F></F>".length();
          return filler < 0 ? x : x.replace("</xml>", "<F>" + "f".repeat(filler) + "</F></xml>");
        };
    if (random.nextBoolean()) {
      // A large message too, so that the Encrypt value itself is near the limit.
      push.messageXml =
          push.messageXml.replace(
              "</xml>", "<Note>" + "n".repeat(maxBodyBytes / 2) + "</Note></xml>");
    }
    set(
        push,
        "body of " + target + " bytes (limit " + maxBodyBytes + ")",
        target <= maxBodyBytes ? ANY : REFUSE);
  }

  // --- helpers
  // --------------------------------------------------------------------------------------------

  private static String without(String xml, String element) {
    return xml.replaceAll("<" + element + ">.*?</" + element + ">", "");
  }

  private static String replaced(String xml, String element, String value) {
    return xml.replaceAll(
        "<" + element + ">.*?</" + element + ">",
        Matcher.quoteReplacement("<" + element + ">" + value + "</" + element + ">"));
  }

  private static String duplicated(String xml, String element, Random random) {
    Matcher field = Pattern.compile("<" + element + ">.*?</" + element + ">").matcher(xml);
    if (!field.find()) {
      return xml.replace(
          "</xml>",
          "<" + element + ">1</" + element + "><" + element + ">2</" + element + "></xml>");
    }
    String copy = "<" + element + ">" + token(random, 8) + "</" + element + ">";
    return xml.replace(
        field.group(), random.nextBoolean() ? copy + field.group() : field.group() + copy);
  }

  /**
   * The query with a parameter added, after any of the same name (Spring joins repeated values with
   * a comma).
   */
  private static List<String[]> with(List<String[]> query, String name, String value) {
    List<String[]> copy = new ArrayList<>(query);
    copy.add(new String[] {name, value});
    return copy;
  }

  private static byte[] inconsistentPadding(byte[] plain) {
    byte[] copy = plain.clone();
    if (copy[copy.length - 1] > 1) {
      copy[copy.length - 2] ^= 0x5a;
    } else {
      copy[copy.length - 1] = 2;
    }
    return copy;
  }

  private static byte[] firstBlocksSwapped(byte[] ciphertext) {
    byte[] copy = ciphertext.clone();
    System.arraycopy(ciphertext, 0, copy, 16, 16);
    System.arraycopy(ciphertext, 16, copy, 0, 16);
    return copy;
  }

  private static List<String[]> without(List<String[]> query, String name) {
    return query.stream().filter(p -> !p[0].equals(name)).toList();
  }

  private static List<String[]> map(
      List<String[]> query, String name, UnaryOperator<String> change) {
    return query.stream()
        .map(p -> p[0].equals(name) ? new String[] {p[0], change.apply(p[1])} : p)
        .toList();
  }

  private static String value(List<String[]> query, String name) {
    return query.stream().filter(p -> p[0].equals(name)).findFirst().map(p -> p[1]).orElseThrow();
  }

  private static byte[] withLength(byte[] plain, int length) {
    byte[] copy = plain.clone();
    ByteBuffer.wrap(copy, 16, 4).putInt(length);
    return copy;
  }

  private static byte[] replaceReplacementCharacter(byte[] body, byte[] with) {
    byte[] marker = "\uFFFD".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + marker.length <= body.length; i++) {
      if (Arrays.equals(body, i, i + marker.length, marker, 0, marker.length)) {
        return FuzzedPush.concat(
            Arrays.copyOf(body, i), with, Arrays.copyOfRange(body, i + marker.length, body.length));
      }
    }
    return body;
  }
}
