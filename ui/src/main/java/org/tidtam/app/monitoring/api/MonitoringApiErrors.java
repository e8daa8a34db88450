package org.tidtam.app.monitoring.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tidtam.app.monitoring.service.MonitoringException;
import org.tidtam.i18n.Lang;

/**
 * The answers of the monitoring and catalog API to refusals, as {@code {message}} in the caller's
 * language ({@code Accept-Language}, Thai when none): 400 for a round or year that does not read,
 * 403 for a role that does not see it, 404 for a year or round without a plan.
 */
@RestControllerAdvice(assignableTypes = {MonitoringApi.class, CatalogApi.class})
class MonitoringApiErrors {

  @ExceptionHandler(MonitoringException.class)
  ResponseEntity<Map<String, Object>> refused(MonitoringException e, HttpServletRequest request) {
    HttpStatus status =
        switch (e) {
          case MonitoringException.Malformed m -> HttpStatus.BAD_REQUEST;
          case MonitoringException.NotAllowed n -> HttpStatus.FORBIDDEN;
          case MonitoringException.NotFound n -> HttpStatus.NOT_FOUND;
          case MonitoringException.Invalid i -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    return ResponseEntity.status(status).body(Map.of("message", e.text(language(request))));
  }

  private static Lang language(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    return header == null || header.isBlank() ? Lang.TH : Lang.of(request.getLocale());
  }
}
