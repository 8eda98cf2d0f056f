package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
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
}
