package org.wechatdesk.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's error shape on the web layer alone (no server, no database): each exception becomes its
 * status and {@code {code, params, fields}}, whatever the client asked to accept, and nothing of
 * the exception's own text leaks.
 */
class ApiErrorShapeTest {

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Failing())
          .setControllerAdvice(new ApiExceptionHandler())
          .build();

  @Test
  void badInputNamesEachFieldWithItsCodeAndParameters() throws Exception {
    mvc.perform(post("/invalid").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.code").value("input.invalid"))
        .andExpect(jsonPath("$.fields.title.code").value("input.length"))
        .andExpect(jsonPath("$.fields.title.params.min").value(1))
        .andExpect(jsonPath("$.fields.title.params.max").value(32));
  }

  @Test
  void aMissingObjectIsNotFoundWithItsId() throws Exception {
    mvc.perform(get("/missing/42").accept(MediaType.TEXT_PLAIN))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.code").value("request.notFound"))
        .andExpect(jsonPath("$.params.id").value(42));
  }

  @Test
  void tooManyRequestsSaysWhenToComeBack() throws Exception {
    mvc.perform(get("/busy"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "60"))
        .andExpect(jsonPath("$.code").value("request.refused"));
  }

  @Test
  void theDesksOwnFailureHidesItsInternals() throws Exception {
    mvc.perform(get("/broken"))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.code").value("request.failed"))
        .andExpect(jsonPath("$.params").isEmpty())
        .andExpect(content().string(not(containsString("secret"))));
  }

  @Test
  void springsOwnRefusalsTakeTheSameShape() throws Exception {
    mvc.perform(post("/invalid").contentType(MediaType.APPLICATION_JSON).content("{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.code").isString())
        .andExpect(jsonPath("$.params").exists());
    mvc.perform(post("/missing/1"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(jsonPath("$.code").isString());
  }

  @RestController
  static class Failing {

    @PostMapping("/invalid")
    void invalid(@RequestBody Map<String, Object> body) {
      throw InvalidInputException.of("title", InputError.LENGTH, "min", 1, "max", 32);
    }

    @GetMapping("/missing/{id}")
    void missing(@PathVariable long id) {
      throw new NotFoundException(RequestError.NOT_FOUND, "id", id);
    }

    @GetMapping("/busy")
    void busy() {
      throw new TooManyRequestsException(RequestError.REFUSED);
    }

    @GetMapping("/broken")
    void broken() {
      throw new IllegalStateException("the secret internals");
    }
  }
}
