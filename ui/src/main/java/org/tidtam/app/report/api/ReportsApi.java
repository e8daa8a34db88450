package org.tidtam.app.report.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tidtam.app.report.service.AnnualReports;
import org.tidtam.app.report.service.ReportException;
import org.tidtam.app.report.service.ReportFile;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.submission.api.ApiLanguage;
import org.tidtam.app.submission.service.FileNames;
import org.tidtam.i18n.Message;

/**
 * The annual report of a fiscal year as a file, for policy and planning, executives and
 * administrators: the published edition as it was stored, or the draft built from the submissions
 * as they are now.
 */
@RestController
@RequestMapping(path = "/api/reports")
@Tag(name = "reports", description = "รายงานผลการดำเนินงานประจำปี / the annual report")
class ReportsApi {

  private final AnnualReports reports;
  private final CurrentActor actors;

  ReportsApi(AnnualReports reports, CurrentActor actors) {
    this.reports = reports;
    this.actors = actors;
  }

  @GetMapping("/annual/{fiscalYear}")
  @Operation(
      summary = "รายงานประจำปีเป็นไฟล์ Word หรือ PDF / the annual report as Word or PDF",
      description =
          "The latest published edition, or the draft when none is published or edition=draft."
              + " The table of contents carries page numbers when LibreOffice is installed.")
  @ApiResponse(responseCode = "200", description = "the .docx or .pdf")
  @ApiResponse(responseCode = "400", description = "an unknown format or edition")
  @ApiResponse(responseCode = "403", description = "a school's or group's staff")
  @ApiResponse(
      responseCode = "404",
      description = "no plan for the year; a PDF without LibreOffice")
  ResponseEntity<?> annual(
      @PathVariable String fiscalYear,
      @Parameter(description = "docx (default) or pdf") @RequestParam(defaultValue = "docx")
          String format,
      @Parameter(description = "published (default: the published one, else the draft) or draft")
          @RequestParam(defaultValue = "published")
          String edition,
      HttpServletRequest request) {
    int year;
    try {
      year = Integer.parseInt(fiscalYear.strip());
    } catch (NumberFormatException e) {
      return bad(Message.of("tidtam.app.monitoring.badYear", "year", fiscalYear), request);
    }
    if (!format.equals("docx") && !format.equals("pdf")) {
      return bad(Message.of("tidtam.app.report.badFormat", "format", format), request);
    }
    if (!edition.equals("published") && !edition.equals("draft")) {
      return bad(Message.of("tidtam.app.report.badEdition", "edition", edition), request);
    }
    ReportFile file =
        reports.download(actors.get(), year, format.equals("pdf"), edition.equals("draft"));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            FileNames.contentDisposition(file.fileName(), file.asciiFileName()))
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .body(file.bytes());
  }

  private static ResponseEntity<Map<String, String>> bad(
      Message message, HttpServletRequest request) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", message.in(ApiLanguage.of(request))));
  }

  @ExceptionHandler(ReportException.class)
  ResponseEntity<Map<String, String>> refused(ReportException e, HttpServletRequest request) {
    HttpStatus status =
        switch (e) {
          case ReportException.Denied d -> HttpStatus.FORBIDDEN;
          case ReportException.NotFound n -> HttpStatus.NOT_FOUND;
          case ReportException.Conflict c -> HttpStatus.CONFLICT;
          case ReportException.Invalid i -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.text(ApiLanguage.of(request))));
  }
}
