package org.tidtam.app.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tidtam.app.monitoring.service.CatalogLists;
import org.tidtam.app.security.service.CurrentActor;

/** The catalog's lists of a fiscal year, for any signed-in user. */
@RestController
@RequestMapping(path = "/api/catalog", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "catalog", description = "ข้อมูลพื้นฐาน / reference data")
class CatalogApi {

  private final CatalogLists lists;
  private final CurrentActor actors;

  CatalogApi(CatalogLists lists, CurrentActor actors) {
    this.lists = lists;
    this.actors = actors;
  }

  @GetMapping("/{fiscalYear}")
  @Operation(
      summary = "รายการข้อมูลพื้นฐานของปีงบประมาณ / the catalog lists of a fiscal year",
      description =
          "The office, its groups, schools and districts; the policies, strategies and indicators"
              + " of the year; the projects of the year's monitoring plan. `contacts` (by unit"
              + " code) is filled for planners, executives and administrators only.")
  @ApiResponse(responseCode = "200", description = "the lists")
  @ApiResponse(responseCode = "400", description = "a fiscal year that does not read")
  @ApiResponse(responseCode = "404", description = "a fiscal year neither catalog nor plan knows")
  CatalogLists.Lists catalog(
      @Parameter(description = "B.E. fiscal year, e.g. 2569") @PathVariable String fiscalYear) {
    return lists.lists(actors.get(), MonitoringApi.fiscalYear(fiscalYear));
  }
}
