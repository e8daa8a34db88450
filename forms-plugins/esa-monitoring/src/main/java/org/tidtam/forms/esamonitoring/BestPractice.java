package org.tidtam.forms.esamonitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.form.FormLists;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.form.monitoring.Photo;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;

/** One outstanding result or good practice (ผลงานที่เป็นเลิศ / แนวปฏิบัติที่ดี) of section 4. */
public record BestPractice(
    @Label(th = "ชื่อผลงาน", en = "Title")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @CleanText
        @Size(max = 255, message = "{tidtam.tooLong}")
        String title,
    @Label(th = "รายละเอียดโดยย่อ", en = "Summary")
        @Kind(FieldType.LONG_TEXT)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        String summary,
    @Label(th = "ผลลัพธ์ที่เกิดขึ้น", en = "Outcome")
        @Kind(FieldType.LONG_TEXT)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        String outcome,
    @Label(th = "ภาพ/หลักฐาน", en = "Photos") @Size(max = 4, message = "{tidtam.photos.tooMany}")
        List<@Valid Photo> photos,
    @Label(th = "ผู้รับผิดชอบ", en = "Owner") @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String owner) {

  public BestPractice {
    photos = FormLists.rows(photos);
  }
}
