package org.tidtam.app.monitoring.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitContactRepository extends JpaRepository<UnitContact, String> {}
