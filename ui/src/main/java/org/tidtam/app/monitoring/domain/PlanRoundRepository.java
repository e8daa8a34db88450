package org.tidtam.app.monitoring.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRoundRepository extends JpaRepository<PlanRound, Long> {

  List<PlanRound> findByFiscalYearOrderByIdAsc(int fiscalYear);
}
