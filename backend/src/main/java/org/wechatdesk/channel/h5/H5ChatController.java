package org.wechatdesk.channel.h5;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
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
import org.wechatdesk.conversation.VisitorGiveUp;
import org.wechatdesk.media.ImageFile;
import org.wechatdesk.system.NotFoundException;

/**
 * The H5 chat page's API, for the visitor its cookie names (see {@link
 * VisitorAuthenticationFilter}). What the visitor sends goes through the same processing as a
 * message pushed by WeChat, so the conversation flow, routing and the workbench treat both alike.
 */
@RestController
@RequestMapping("/api/h5")
class H5ChatController {

  private final H5Sessions sessions;
  private final PageInbox inbox;
  private final H5Transcript transcript;
  private final VisitorGiveUp giveUp;

  H5ChatController(
      H5Sessions sessions, PageInbox inbox, H5Transcript transcript, VisitorGiveUp giveUp) {
    this.giveUp = giveUp;
    this.sessions = sessions;
    this.inbox = inbox;
    this.transcript = transcript;
  }

  @GetMapping("/session")
  H5Session session(@AuthenticationPrincipal H5Visitor visitor) {
    return sessions.of(visitor);
  }

  /**
   * 放弃排队 by the page's button: the same as writing the flow's give-up keyword, for the visitor's
   * own queued conversation only.
   */
  @PostMapping("/conversations/{id}/give-up")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void giveUp(@AuthenticationPrincipal H5Visitor visitor, @PathVariable long id) {
    giveUp.byButton(visitor.fanId(), id);
  }

  @GetMapping("/messages")
  Transcript messages(
      @AuthenticationPrincipal H5Visitor visitor, @RequestParam(defaultValue = "0") long after) {
    return new Transcript(transcript.messages(visitor.fanId(), after));
  }

  @PostMapping("/messages")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted send(
      @AuthenticationPrincipal H5Visitor visitor,
      @RequestBody VisitorText message,
      HttpServletRequest request) {
    inbox.text(visitor, request.getRemoteAddr(), message.clientId(), message.text());
    return new Accepted(message.clientId());
  }

  @PostMapping(path = "/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted sendImage(
      @AuthenticationPrincipal H5Visitor visitor,
      @RequestParam(required = false) String clientId,
      @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request) {
    inbox.image(
        visitor,
        request.getRemoteAddr(),
        clientId,
        ImageFile.check(file, ImageFile.WECHAT_IMAGE_LIMIT, "2 MB"));
    return new Accepted(clientId);
  }

  @GetMapping("/media/{id}")
  ResponseEntity<byte[]> media(@AuthenticationPrincipal H5Visitor visitor, @PathVariable long id) {
    H5Transcript.PageMedia media =
        transcript
            .media(visitor.fanId(), id)
            .orElseThrow(() -> new NotFoundException(H5Error.IMAGE_NOT_FOUND, "id", id));
    return ResponseEntity.ok()
        .contentType(media.contentType())
        .header("Cache-Control", "private, max-age=86400")
        .body(media.content());
  }

  record VisitorText(String clientId, String text) {}

  /** The visitor's messages after the one the page has, oldest first. */
  @Schema(name = "H5Transcript")
  record Transcript(List<H5Transcript.H5Message> messages) {}

  /** The page's own id for what it sent, to match the message when it comes back. */
  @Schema(name = "H5Accepted")
  record Accepted(@Nullable String clientId) {}
}
