package org.wechatdesk.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the desk's HTTP API at {@code /v3/api-docs} and in Swagger UI (admins only). Clients
 * authenticate the way the web app does: the session cookie from {@code POST /api/auth/login}, and
 * on every state-changing request the XSRF-TOKEN cookie echoed in the X-XSRF-TOKEN header.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  static final String SESSION = "session";
  static final String CSRF = "csrf";

  @Bean
  OpenAPI deskOpenApi() {
    return new OpenAPI()
        // Relative, so that the document is the same whichever host and port serve it.
        .servers(List.of(new Server().url("/")))
        .info(
            new Info()
                .title("WeChat Desk API")
                .version("v1")
                .description(
                    """
                Admin and agent API of WeChat Desk 微信客服台. Log in with POST /api/auth/login (JSON username \
                and password) to get the session cookie; GET /api/auth/csrf sets the XSRF-TOKEN cookie, whose \
                value every POST, PUT and DELETE sends back in the X-XSRF-TOKEN header. /api/admin/** needs the \
                ADMIN role; /api/monitor/**, /api/reports/** and /api/wallboard need SUPERVISOR or ADMIN. Errors share one shape, a stable code and its parameters, worded by the client: \
                {"code": "input.invalid", "params": {}, "fields": {"title": {"code": "input.length", \
                "params": {"min": 1, "max": 32}}}} (docs/api-errors.md)."""))
        .components(
            new Components()
                .addSecuritySchemes(
                    SESSION,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description("Session cookie set by POST /api/auth/login"))
                .addSecuritySchemes(
                    CSRF,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-XSRF-TOKEN")
                        .description(
                            "The XSRF-TOKEN cookie's value; required on POST, PUT and DELETE")))
        .addSecurityItem(new SecurityRequirement().addList(SESSION).addList(CSRF));
  }
}
