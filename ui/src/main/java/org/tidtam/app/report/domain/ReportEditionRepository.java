package org.tidtam.app.report.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportEditionRepository extends JpaRepository<ReportEdition, Long> {

  /** The editions of a fiscal year, latest revision first. */
  List<ReportEdition> findByFiscalYearOrderByRevisionDesc(int fiscalYear);

  /** The latest edition of a fiscal year with a status. */
  Optional<ReportEdition> findFirstByFiscalYearAndStatusOrderByRevisionDesc(
      int fiscalYear, EditionStatus status);

  /** Every published edition, latest fiscal year and revision first. */
  List<ReportEdition> findByStatusOrderByFiscalYearDescRevisionDesc(EditionStatus status);
}
