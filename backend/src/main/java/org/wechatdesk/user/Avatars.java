package org.wechatdesk.user;

import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.media.ImageFile;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.system.NotFoundException;

/**
 * Agents' pictures uploaded by an admin, kept by the desk and served at {@code /avatars/{id}}
 * without a login: fans on the H5 chat page see their agent's picture, and it is no secret.
 */
@RestController
class Avatars {

  static final long MAX_BYTES = 512 * 1024;
  private static final String KIND = "AVATAR";
  private static final Pattern UPLOADED = Pattern.compile("/avatars/\\d{1,18}");

  private final MediaRepository media;
  private final DeskUserRepository users;
  private final AuditLog audit;

  Avatars(MediaRepository media, DeskUserRepository users, AuditLog audit) {
    this.media = media;
    this.users = users;
    this.audit = audit;
  }

  /**
   * Whether {@code avatarUrl} is a picture uploaded here, which a user's avatar may point at like
   * an https URL.
   */
  static boolean isUploaded(String avatarUrl) {
    return UPLOADED.matcher(avatarUrl).matches();
  }

  @PostMapping(
      path = "/api/admin/users/{id}/avatar",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Transactional
  UserView upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file) {
    UserView before =
        users.view(id).orElseThrow(() -> new NotFoundException(UserError.NOT_FOUND, "id", id));
    ImageFile image = ImageFile.check(file, MAX_BYTES, "512 KB");
    long mediaId =
        media.save(
            null, null, KIND, image.contentType(), "avatar." + image.extension(), image.content());
    users.setAvatar(id, "/avatars/" + mediaId);
    UserView after = users.view(id).orElseThrow();
    audit.record("user.avatar", AuditTarget.USER, id, before, after);
    return after;
  }

  @GetMapping("/avatars/{id}")
  ResponseEntity<byte[]> show(@PathVariable long id) {
    MediaRepository.StoredMedia avatar =
        media
            .find(id)
            .filter(found -> KIND.equals(found.kind()))
            .orElseThrow(() -> new NotFoundException(UserError.AVATAR_NOT_FOUND, "id", id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(avatar.contentType()))
        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
        .body(avatar.content());
  }
}
