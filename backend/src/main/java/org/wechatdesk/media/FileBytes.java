package org.wechatdesk.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;
import org.wechatdesk.system.ErrorCode;
import org.wechatdesk.system.InvalidInputException;

/** What every upload check shares: the size limit before reading, and the file's first bytes. */
final class FileBytes {

  private FileBytes() {}

  /**
   * The content of {@code file}, or a 400 on the field {@code file} with {@code tooLarge} when it
   * is empty or over {@code maxBytes}; {@code limitLabel} reads like "2 MB".
   */
  static byte[] within(MultipartFile file, long maxBytes, ErrorCode tooLarge, String limitLabel) {
    if (file == null || file.isEmpty() || file.getSize() > maxBytes) {
      throw InvalidInputException.of("file", tooLarge, "max", limitLabel);
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code content} holds {@code signature} at {@code offset}. */
  static boolean hasAt(byte[] content, int offset, int... signature) {
    if (content.length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[offset + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
