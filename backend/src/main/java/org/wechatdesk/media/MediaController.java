package org.wechatdesk.media;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.system.Role;

@RestController
class MediaController {

  private final MediaRepository media;
  private final MediaAccess access;

  MediaController(MediaRepository media, MediaAccess access) {
    this.media = media;
    this.access = access;
  }

  @GetMapping("/api/media/{id}")
  ResponseEntity<byte[]> get(@PathVariable long id, Authentication user) {
    MediaRepository.StoredMedia stored =
        media.find(id).orElseThrow(() -> new NotFoundException(MediaError.NOT_FOUND, "id", id));
    access.require(id, user.getName(), Role.isAdmin(user));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(stored.contentType()))
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(stored.content());
  }
}
