package org.tidtam.app.submission.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.tidtam.thai.Round;

public interface SubmissionRepository extends JpaRepository<StoredSubmission, Long> {

  /** Every filter is optional (null matches all); a stable order, oldest first. */
  @Query(
      """
      select s from StoredSubmission s
      where (:form is null or s.formId = :form)
        and (:fiscalYear is null or s.fiscalYear = :fiscalYear)
        and (:round is null or s.round = :round)
        and (:unit is null or s.unitCode = :unit)
        and (:status is null or s.status = :status)
      order by s.id
      """)
  List<StoredSubmission> search(
      @Param("form") @Nullable String form,
      @Param("fiscalYear") @Nullable Integer fiscalYear,
      @Param("round") @Nullable Round round,
      @Param("unit") @Nullable String unit,
      @Param("status") @Nullable SubmissionStatus status);

  long countByStatus(SubmissionStatus status);
}
