package org.wechatdesk.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Production passes the key in {@code desk.secrets.key} (env DESK_SECRETS_KEY). Without it, a key
 * is created once in a local file so that the embedded first run needs no setup and keeps its data
 * readable.
 */
@Configuration(proxyBeanMethods = false)
class SecretsConfig {

  private static final Logger log = LoggerFactory.getLogger(SecretsConfig.class);

  @Bean
  SecretCipher secretCipher(
      @Value("${desk.secrets.key:}") String configuredKey,
      @Value("${desk.secrets.key-file}") Path keyFile)
      throws IOException {
    if (!configuredKey.isBlank()) {
      return new SecretCipher(Base64.getDecoder().decode(configuredKey.trim()));
    }
    if (!Files.exists(keyFile)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Path parent = keyFile.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
      restrictToOwner(keyFile);
      log.warn(
          "No desk.secrets.key configured: created a new secrets key in {}. Set DESK_SECRETS_KEY in production.",
          keyFile.toAbsolutePath());
    }
    return new SecretCipher(Base64.getDecoder().decode(Files.readString(keyFile).trim()));
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      log.warn("Cannot restrict permissions of {} on this file system", file);
    }
  }
}
