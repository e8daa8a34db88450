package org.tidtam.forms.projectreport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Image;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** A photo of an activity with its caption (ภาพกิจกรรม). */
public record Photo(
    @Label(th = "ภาพ", en = "Photo")
        @NotNull(groups = Complete.class, message = "{tidtam.form72.required}")
        Image image,
    @Label(th = "คำบรรยายภาพ", en = "Caption") @Size(max = 255, message = "{tidtam.form72.tooLong}")
        @Nullable String caption) {}
