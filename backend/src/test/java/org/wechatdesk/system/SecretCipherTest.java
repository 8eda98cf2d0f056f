package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private final byte[] key = new byte[32];

  {
    Arrays.fill(key, (byte) 7);
  }

  @Test
  void aDerivedKeyOpensNothingTheSecretsKeySealedNorTheOtherWayRound() {
    SecretCipher secrets = new SecretCipher(key);
    SecretCipher cookies = secrets.derive("desk h5 visitor cookie");

    assertThat(cookies.decrypt(cookies.encrypt("fan 42"))).isEqualTo("fan 42");
    assertThat(
            new SecretCipher(key)
                .derive("desk h5 visitor cookie")
                .decrypt(cookies.encrypt("fan 42")))
        .as("the same purpose derives the same key on every node")
        .isEqualTo("fan 42");
    assertThatThrownBy(() -> cookies.decrypt(secrets.encrypt("fan 42")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> secrets.decrypt(cookies.encrypt("fan 42")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> secrets.derive("another purpose").decrypt(cookies.encrypt("fan 42")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aChangedSealedTextIsRefusedEvenAfterTheGenuineOneWasOpened() {
    SecretCipher secrets = new SecretCipher(key);
    String sealed = secrets.encrypt("AppSecret 0123456789abcdef");
    assertThat(secrets.decrypt(sealed)).isEqualTo("AppSecret 0123456789abcdef");
    byte[] bytes = Base64.getDecoder().decode(sealed);
    bytes[bytes.length - 1] ^= 1;
    String tampered = Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> secrets.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    assertThat(secrets.decrypt(sealed)).isEqualTo("AppSecret 0123456789abcdef");
  }
}
