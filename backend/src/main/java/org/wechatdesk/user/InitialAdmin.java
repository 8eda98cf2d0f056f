package org.wechatdesk.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.wechatdesk.system.Role;

/**
 * Creates the first admin on an empty database: with DESK_ADMIN_PASSWORD when given, otherwise with
 * a random password written to a file beside the data (never to the log).
 */
@Component
class InitialAdmin {

  private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

  private final DeskUserRepository users;
  private final PasswordEncoder encoder;
  private final String username;
  private final String password;
  private final Path passwordFile;

  InitialAdmin(
      DeskUserRepository users,
      PasswordEncoder encoder,
      @Value("${desk.initial-admin.username:admin}") String username,
      @Value("${desk.initial-admin.password:}") String password,
      @Value("${desk.initial-admin.password-file}") Path passwordFile) {
    this.users = users;
    this.encoder = encoder;
    this.username = username;
    this.password = password;
    this.passwordFile = passwordFile;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createWhenNoUserExists() throws IOException {
    if (users.count() > 0) {
      return;
    }
    String chosen = password;
    if (chosen.isBlank()) {
      byte[] bytes = new byte[12];
      new SecureRandom().nextBytes(bytes);
      chosen = HexFormat.of().formatHex(bytes);
      Files.createDirectories(passwordFile.toAbsolutePath().getParent());
      Files.writeString(passwordFile, chosen);
      log.warn(
          "Created admin user '{}'; its generated password is in {}",
          username,
          passwordFile.toAbsolutePath());
    }
    users.insert(username, encoder.encode(chosen), "管理员 Admin", Role.ADMIN);
  }
}
