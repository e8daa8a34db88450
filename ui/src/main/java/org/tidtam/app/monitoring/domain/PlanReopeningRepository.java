package org.tidtam.app.monitoring.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanReopeningRepository extends JpaRepository<PlanReopening, Long> {

  List<PlanReopening> findByFiscalYearOrderByIdAsc(int fiscalYear);
}
