package org.wechatdesk.demo;

import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app as {@code --spring.profiles.active=demo} starts it, on its own database and process
 * engine so the shared test context cannot touch its rows. Demo tests share this one context. It
 * leaves out Camunda's web apps: they keep the last started context in static state, which would
 * take Cockpit away from the shared test context that CockpitAccessTest uses.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "desk.test.database-name=demo",
      "camunda.bpm.generate-unique-process-engine-name=true",
      "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
          + "net.dreamlu.mica.ip2region.config.Ip2regionConfiguration"
    })
@ActiveProfiles({"test", "demo"})
abstract class DemoContext {

  static final int PORT = freePort();

  @DynamicPropertySource
  static void port(DynamicPropertyRegistry registry) {
    // A fixed port: the stand-in's address in desk.wechat.api-host is built from server.port.
    registry.add("server.port", () -> PORT);
  }

  static String baseUrl() {
    return "http://127.0.0.1:" + PORT;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
