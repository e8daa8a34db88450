package org.tidtam.form.monitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Image;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** A photo (ภาพกิจกรรม) or scanned evidence with its caption. */
public record Photo(
    @Label(th = "ภาพ", en = "Photo")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        Image image,
    @Label(th = "คำบรรยายภาพ", en = "Caption") @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String caption) {}
