package org.tidtam.forms.projectreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** One person responsible for the project (ผู้รับผิดชอบโครงการ). */
public record Owner(
    @Label(th = "ชื่อ-สกุล", en = "Name")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 255, message = "{tidtam.tooLong}")
        String name,
    @Label(th = "ตำแหน่ง", en = "Position")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 255, message = "{tidtam.tooLong}")
        String position,
    @Label(th = "บทบาทในโครงการ", en = "Role in the project")
        @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String role,
    @Label(th = "โทรศัพท์", en = "Phone") @Size(max = 64, message = "{tidtam.tooLong}")
        @Nullable String phone,
    @Label(th = "หัวหน้าโครงการ", en = "Project leader") boolean leader) {}
