package org.tidtam.forms.esamonitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Image;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** A photo or scanned evidence of a best practice, with its caption. */
public record Photo(
    @Label(th = "ภาพ", en = "Photo")
        @NotNull(groups = Complete.class, message = "{tidtam.form71.required}")
        Image image,
    @Label(th = "คำบรรยายภาพ", en = "Caption") @Size(max = 255, message = "{tidtam.form71.tooLong}")
        @Nullable String caption) {}
