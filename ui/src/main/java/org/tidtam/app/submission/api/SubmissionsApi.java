package org.tidtam.app.submission.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.service.DocumentFile;
import org.tidtam.app.submission.service.FileNames;
import org.tidtam.app.submission.service.NewSubmission;
import org.tidtam.app.submission.service.Outcome;
import org.tidtam.app.submission.service.SubmissionFilter;
import org.tidtam.app.submission.service.SubmissionView;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.app.submission.service.WorkflowException;
import org.tidtam.form.Filing;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.Message;
import org.tidtam.submission.Reading;
import org.tidtam.submission.SubmissionService;
import org.tidtam.thai.Round;
import org.tidtam.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON API over the submission workflow, with the same rules as the views (the workflow checks
 * them). A submission's version is its ETag; a save names the version it was edited from in {@code
 * If-Match} or in a {@code version} field.
 *
 * <p>{@code POST /api/submissions} takes the submission envelope {@code {form, schemaVersion,
 * data}} and, beside it, {@code fiscalYear}, {@code round} and {@code unit} where the data does not
 * state them (when both do, they must agree). Without {@code data} it creates the form's prefilled
 * draft ({@code "start": "prefill"}, the default) or its sample ({@code "start": "sample"}) for
 * that filing.
 */
@RestController
@RequestMapping(path = "/api/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
class SubmissionsApi {

  /** A submission with its document (the envelope at the current schema version). */
  record SubmissionBody(SubmissionView submission, JsonNode document) {}

  /** A submission after a change, with the warnings (or, for a refused submit, the errors). */
  record OutcomeBody(SubmissionView submission, List<Violation.Shown> violations) {}

  /** A reviewer's or administrator's reason. */
  record Comment(@Nullable String comment) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SubmissionWorkflow workflow;
  private final SubmissionService service;
  private final CurrentActor actors;

  SubmissionsApi(SubmissionWorkflow workflow, SubmissionService service, CurrentActor actors) {
    this.workflow = workflow;
    this.service = service;
    this.actors = actors;
  }

  @GetMapping
  List<SubmissionView> list(
      @RequestParam(required = false) @Nullable String form,
      @RequestParam(required = false) @Nullable Integer fiscalYear,
      @RequestParam(required = false) @Nullable Round round,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable SubmissionStatus status) {
    return workflow.search(
        actors.get(), new SubmissionFilter(form, fiscalYear, round, unit, status));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OutcomeBody> create(@RequestBody JsonNode body, HttpServletRequest request) {
    Filing filing = filing(body);
    NewSubmission create;
    JsonNode data = body.get("data");
    if (data != null && !data.isNull()) {
      create = NewSubmission.of(read(envelope(body)).document(), filing);
    } else {
      String form = text(body, "form");
      if (form == null || filing == null) {
        throw new WorkflowException.Rejected(
            List.of(Violation.error("", Message.of("tidtam.app.submission.filingMissing"))));
      }
      create =
          "sample".equalsIgnoreCase(text(body, "start"))
              ? NewSubmission.sample(form, filing)
              : NewSubmission.prefilled(form, filing);
    }
    Outcome outcome = workflow.create(actors.get(), create);
    return ResponseEntity.created(URI.create("/api/submissions/" + outcome.view().id()))
        .eTag(Long.toString(outcome.view().version()))
        .body(body(outcome, ApiLanguage.of(request)));
  }

  @GetMapping("/{id}")
  ResponseEntity<SubmissionBody> get(@PathVariable long id) {
    var actor = actors.get();
    SubmissionView view = workflow.get(actor, id);
    JsonNode document = JSON.readTree(workflow.json(actor, id));
    return ResponseEntity.ok()
        .eTag(Long.toString(view.version()))
        .body(new SubmissionBody(view, document));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OutcomeBody> save(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody JsonNode body,
      HttpServletRequest request) {
    Long version = version(ifMatch, body);
    if (version == null) {
      return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).build();
    }
    Outcome outcome = workflow.save(actors.get(), id, version, read(envelope(body)));
    return ResponseEntity.ok()
        .eTag(Long.toString(outcome.view().version()))
        .body(body(outcome, ApiLanguage.of(request)));
  }

  @PostMapping("/{id}/submit")
  ResponseEntity<OutcomeBody> submit(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      HttpServletRequest request) {
    Outcome outcome = workflow.submit(actors.get(), id, version(ifMatch, null));
    if (outcome.hasErrors()) {
      throw new WorkflowException.Rejected(outcome.violations());
    }
    return ResponseEntity.ok()
        .eTag(Long.toString(outcome.view().version()))
        .body(body(outcome, ApiLanguage.of(request)));
  }

  @PostMapping("/{id}/return")
  SubmissionView returnForChanges(@PathVariable long id, @RequestBody Comment comment) {
    return workflow.returnForChanges(
        actors.get(), id, comment.comment() == null ? "" : comment.comment());
  }

  @PostMapping("/{id}/approve")
  SubmissionView approve(@PathVariable long id) {
    return workflow.approve(actors.get(), id);
  }

  @PostMapping("/{id}/reopen")
  SubmissionView reopen(@PathVariable long id, @RequestBody(required = false) @Nullable Comment c) {
    return workflow.reopen(actors.get(), id, c == null ? null : c.comment());
  }

  @GetMapping(path = "/{id}/document", produces = DocumentFile.DOCX)
  ResponseEntity<byte[]> document(@PathVariable long id, HttpServletRequest request) {
    return file(workflow.document(actors.get(), id, ApiLanguage.of(request)));
  }

  /** A zip of the approved documents of a form and round. */
  @GetMapping(path = "/approved.zip", produces = DocumentFile.ZIP)
  ResponseEntity<byte[]> approved(
      @RequestParam String form, @RequestParam int fiscalYear, @RequestParam Round round) {
    return file(workflow.approvedDocuments(actors.get(), form, fiscalYear, round));
  }

  static ResponseEntity<byte[]> file(DocumentFile file) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            FileNames.contentDisposition(file.fileName(), file.asciiFileName()))
        .contentType(MediaType.parseMediaType(file.contentType()))
        .body(file.bytes());
  }

  // ---- inside

  private OutcomeBody body(Outcome outcome, Lang lang) {
    return new OutcomeBody(outcome.view(), Violation.in(outcome.violations(), lang));
  }

  private org.tidtam.submission.Submission<?> read(String envelope) {
    Reading reading = service.read(envelope);
    if (!reading.ok()) {
      throw new WorkflowException.Rejected(reading.problems());
    }
    return reading.orElseThrow();
  }

  /** The envelope part of a body, without the API's own fields. */
  private static String envelope(JsonNode body) {
    ObjectNode envelope = JSON.createObjectNode();
    for (String field : List.of("form", "schemaVersion", "data")) {
      JsonNode value = body.get(field);
      if (value != null) {
        envelope.set(field, value);
      }
    }
    return JSON.writeValueAsString(envelope);
  }

  private static @Nullable Filing filing(JsonNode body) {
    JsonNode year = body.get("fiscalYear");
    String round = text(body, "round");
    String unit = text(body, "unit");
    if (year == null || !year.canConvertToInt() || round == null || unit == null) {
      return null;
    }
    Round parsed;
    try {
      parsed = Round.valueOf(round);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return new Filing(year.asInt(), parsed, unit);
  }

  private static @Nullable String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value != null && value.isString() && !value.asString().isBlank()
        ? value.asString().strip()
        : null;
  }

  private static @Nullable Long version(@Nullable String ifMatch, @Nullable JsonNode body) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      String tag = ifMatch.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      tag = tag.replace("\"", "");
      try {
        return Long.parseLong(tag);
      } catch (NumberFormatException e) {
        return -1L;
      }
    }
    JsonNode version = body == null ? null : body.get("version");
    return version != null && version.canConvertToLong() ? version.asLong() : null;
  }
}
