package org.tidtam.app.report.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrozenSourceRepository extends JpaRepository<FrozenSource, Long> {

  /** The submissions a published edition used, in the order they were frozen. */
  List<FrozenSource> findByReportIdOrderByIdAsc(long reportId);
}
