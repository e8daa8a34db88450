package org.tidtam.app.notice.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeReadRepository extends JpaRepository<NoticeRead, NoticeRead.Key> {

  List<NoticeRead> findByKeyUsernameAndKeyNoticeIdIn(String username, Collection<Long> noticeIds);
}
