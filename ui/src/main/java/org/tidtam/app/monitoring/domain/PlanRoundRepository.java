package org.tidtam.app.monitoring.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.tidtam.thai.Round;

public interface PlanRoundRepository extends JpaRepository<PlanRound, Long> {

  List<PlanRound> findByFiscalYearOrderByIdAsc(int fiscalYear);

  Optional<PlanRound> findByFiscalYearAndRound(int fiscalYear, Round round);
}
