package org.wechatdesk.system;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before Spring sees them (a malformed URL, a bad header): its
 * error page then carries the desk's security headers too, and no server version or stack trace.
 * Replaces the error valve Spring Boot puts on the host, so it runs after Boot's customizer.
 */
@Component
class ContainerErrorPage
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Host host = (Host) context.getParent();
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
              host.getPipeline().removeValve(valve);
            }
          }
          host.getPipeline().addValve(new WithSecurityHeaders());
          if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(WithSecurityHeaders.class.getName());
          }
        });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  public static class WithSecurityHeaders extends ErrorReportValve {

    public WithSecurityHeaders() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    /**
     * Called for every answer not yet sent; only those Tomcat is about to write an error page for
     * are its own.
     */
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      if (response.getStatus() >= 400 && response.getContentWritten() == 0) {
        SecurityHeaders.writeContainerErrorHeaders(response);
      }
      super.report(request, response, throwable);
    }
  }
}
