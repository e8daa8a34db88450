package org.tidtam.app.monitoring.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanProjectRepository extends JpaRepository<PlanProject, Long> {

  List<PlanProject> findByFiscalYearOrderByIdAsc(int fiscalYear);
}
