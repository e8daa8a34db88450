package org.tidtam.app.notice.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

  /** A unit's notices, newest first. */
  List<Notice> findByUnitCodeOrderBySentAtDescIdDesc(String unitCode);

  /** The latest notices sent, newest first. */
  List<Notice> findTop200ByOrderByIdDesc();
}
