package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.TestLogSecrets;

/**
 * No secret the tests gave the desk shows in what the test run logged. Run by a Surefire execution
 * of its own after all the other tests (see the backend's pom), over the output Surefire kept of
 * each test class.
 */
class SecretsInTestLogsCheck {

  @Test
  void theTestRunsLogsShowNoSecret() {
    assertThat(TestLogSecrets.findInReports(Path.of("target", "surefire-reports"))).isEmpty();
  }
}
