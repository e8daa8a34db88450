package org.tidtam.app.submission.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tidtam.app.submission.service.WorkflowException;
import org.tidtam.i18n.Lang;
import org.tidtam.validation.Violation;

/**
 * The API's answers to refusals: 422 with {@code [{path, message, severity}]} for data that does
 * not pass, 409 with the current version for a stale save, 409 with {@code {message}} for a submit
 * outside the round's reporting window, 404 for a submission the caller does not see, 403 for an
 * action their role does not allow; messages in the caller's language.
 */
@RestControllerAdvice(assignableTypes = {SubmissionsApi.class, FormsApi.class})
class ApiErrors {

  @ExceptionHandler(WorkflowException.Rejected.class)
  ResponseEntity<List<Violation.Shown>> rejected(
      WorkflowException.Rejected e, HttpServletRequest request) {
    return ResponseEntity.status(422).body(Violation.in(e.violations(), ApiLanguage.of(request)));
  }

  @ExceptionHandler(WorkflowException.Stale.class)
  ResponseEntity<Map<String, Object>> stale(WorkflowException.Stale e, HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .eTag(Long.toString(e.current()))
        .body(Map.of("message", e.text(ApiLanguage.of(request)), "currentVersion", e.current()));
  }

  @ExceptionHandler(WorkflowException.WrongStatus.class)
  ResponseEntity<Map<String, Object>> wrongStatus(
      WorkflowException.WrongStatus e, HttpServletRequest request) {
    return message(HttpStatus.CONFLICT, e, ApiLanguage.of(request));
  }

  @ExceptionHandler(WorkflowException.OutsideWindow.class)
  ResponseEntity<Map<String, Object>> outsideWindow(
      WorkflowException.OutsideWindow e, HttpServletRequest request) {
    return message(HttpStatus.CONFLICT, e, ApiLanguage.of(request));
  }

  @ExceptionHandler(WorkflowException.NotFound.class)
  ResponseEntity<Map<String, Object>> notFound(
      WorkflowException.NotFound e, HttpServletRequest request) {
    return message(HttpStatus.NOT_FOUND, e, ApiLanguage.of(request));
  }

  @ExceptionHandler(WorkflowException.NotAllowed.class)
  ResponseEntity<Map<String, Object>> notAllowed(
      WorkflowException.NotAllowed e, HttpServletRequest request) {
    return message(HttpStatus.FORBIDDEN, e, ApiLanguage.of(request));
  }

  private static ResponseEntity<Map<String, Object>> message(
      HttpStatus status, WorkflowException e, Lang lang) {
    return ResponseEntity.status(status).body(Map.of("message", e.text(lang)));
  }
}
