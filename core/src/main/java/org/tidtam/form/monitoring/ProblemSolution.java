package org.tidtam.form.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;

/**
 * A problem or obstacle met in the round (ปัญหา/อุปสรรค), paired with how it was, or will be,
 * solved (แนวทางแก้ไข).
 */
public record ProblemSolution(
    @Label(th = "ปัญหา/อุปสรรค", en = "Problem or obstacle")
        @Kind(FieldType.LONG_TEXT)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        String problem,
    @Label(th = "แนวทางแก้ไข", en = "Solution")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String solution) {}
