package org.wechatdesk.media;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.NotFoundException;

@RestController
class MediaController {

  private final MediaRepository media;

  MediaController(MediaRepository media) {
    this.media = media;
  }

  @GetMapping("/api/media/{id}")
  ResponseEntity<byte[]> get(@PathVariable long id) {
    MediaRepository.StoredMedia stored = media.find(id).orElseThrow(() -> new NotFoundException("No media " + id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(stored.contentType()))
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(stored.content());
  }
}
