package org.wechatdesk.channel.h5;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.inbound.InboundProcessor;
import org.wechatdesk.channel.wechat.inbound.InboundStore;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanProfiles;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.media.ImageFile;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.routing.Routing;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;

/**
 * The H5 chat page's API, for the visitor its cookie names (see {@link VisitorAuthenticationFilter}). A
 * message is stored before it is acknowledged and then goes through the same processing as one pushed by
 * WeChat, so the conversation flow, routing and the workbench treat both alike.
 */
@RestController
@RequestMapping("/api/h5")
class H5ChatController {

  static final int MAX_TEXT = 2000;
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
  private static final String CLIENT_ID_RULE = "clientId: 8-64 letters, digits or '-' / clientId 须为 8-64 位字母、数字或 -";
  /** XML 1.0 cannot carry these, and no keyboard types them. */
  private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private final AccountRepository accounts;
  private final FanRepository fans;
  private final ConversationRepository conversations;
  private final Routing routing;
  private final InboundStore inbound;
  private final InboundProcessor processor;
  private final H5Transcript transcript;
  private final FanProfiles profiles;
  private final MediaRepository media;

  H5ChatController(AccountRepository accounts, FanRepository fans, ConversationRepository conversations, Routing routing,
                   InboundStore inbound, InboundProcessor processor, H5Transcript transcript,
                   FanProfiles profiles, MediaRepository media) {
    this.media = media;
    this.accounts = accounts;
    this.fans = fans;
    this.conversations = conversations;
    this.routing = routing;
    this.inbound = inbound;
    this.processor = processor;
    this.transcript = transcript;
    this.profiles = profiles;
  }

  @GetMapping("/session")
  H5Session session(@AuthenticationPrincipal H5Visitor visitor) {
    OfficialAccount account = accounts.findById(visitor.accountId()).orElseThrow();
    H5Session.Visitor profile = profiles.find(visitor.fanId())
        .map(p -> new H5Session.Visitor(p.nickname(), p.avatarUrl()))
        .orElse(new H5Session.Visitor(null, null));
    H5Session.Conversation latest = conversations.findLatestForFan(visitor.fanId()).map(this::describe).orElse(null);
    return new H5Session(account.name(), account.appId(), profile, latest);
  }

  @GetMapping("/messages")
  Map<String, List<H5Transcript.H5Message>> messages(@AuthenticationPrincipal H5Visitor visitor,
                                                     @RequestParam(defaultValue = "0") long after) {
    return Map.of("messages", transcript.messages(visitor.fanId(), after));
  }

  @PostMapping("/messages")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, String> send(@AuthenticationPrincipal H5Visitor visitor, @RequestBody VisitorMessage message) {
    message.validate();
    Fan fan = fans.findById(visitor.fanId()).orElseThrow();
    inbound.storeFromPage(visitor.accountId(), fan.openid(), message.clientId(), message.text());
    processor.wake();
    return Map.of("clientId", message.clientId());
  }

  /**
   * An image from the page, kept as the desk's media before the message is stored. A resend of a stored
   * image keeps nothing new; one that races the first is stored once and its copy removed.
   */
  @PostMapping(path = "/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, String> sendImage(@AuthenticationPrincipal H5Visitor visitor, @RequestParam(required = false) String clientId,
                                @RequestParam(required = false) MultipartFile file) {
    if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
      throw InvalidInputException.of("clientId", CLIENT_ID_RULE);
    }
    ImageFile image = ImageFile.check(file, ImageFile.WECHAT_IMAGE_LIMIT, "2 MB");
    Fan fan = fans.findById(visitor.fanId()).orElseThrow();
    if (!inbound.storedFromPage(visitor.accountId(), fan.openid(), clientId)) {
      long mediaId = media.save(visitor.accountId(), null, "IMAGE", image.contentType(), "h5." + image.extension(),
          image.content());
      if (!inbound.storeImageFromPage(visitor.accountId(), fan.openid(), clientId, mediaId)) {
        media.delete(mediaId);
      }
      processor.wake();
    }
    return Map.of("clientId", clientId);
  }

  @GetMapping("/media/{id}")
  ResponseEntity<byte[]> image(@AuthenticationPrincipal H5Visitor visitor, @PathVariable long id) {
    H5Transcript.Image image = transcript.image(visitor.fanId(), id)
        .orElseThrow(() -> new NotFoundException("No image " + id + " / 图片不存在"));
    return ResponseEntity.ok().contentType(image.contentType()).header("Cache-Control", "private, max-age=86400")
        .body(image.content());
  }

  private H5Session.Conversation describe(Conversation conversation) {
    Integer position = conversation.status() == Conversation.Status.QUEUED
        ? boxed(routing.position(conversation.id())) : null;
    H5Session.Agent agent = conversation.status() == Conversation.Status.CHATTING && conversation.agentUsername() != null
        ? transcript.agent(conversation.agentUsername()).orElse(null) : null;
    return new H5Session.Conversation(conversation.id(), conversation.status().name(), position, agent);
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  record VisitorMessage(String clientId, String text) {
    void validate() {
      Map<String, String> errors = new HashMap<>();
      if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
        errors.put("clientId", CLIENT_ID_RULE);
      }
      if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
        errors.put("text", "text: 1-" + MAX_TEXT + " characters / 消息须为 1-" + MAX_TEXT + " 字");
      } else if (CONTROL_CHARACTERS.matcher(text).find()) {
        errors.put("text", "text: control characters are not allowed / 消息含有不可见的控制字符");
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
  }
}
