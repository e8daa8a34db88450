package org.tidtam.testforms;

import jakarta.validation.constraints.NotBlank;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** A nested group. */
public record Person(
    @Label(th = "ชื่อ-นามสกุล", en = "Name") @NotBlank(groups = Complete.class) String name,
    @Label(th = "ตำแหน่ง", en = "Position") String position) {}
