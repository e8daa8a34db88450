package org.tidtam.app.submission.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

  @Test
  void keepsThaiAndReplacesWhatWindowsForbids() {
    assertThat(FileNames.safe("แบบ 7.3 โรงเรียน<อนุบาล>:กระบี่/\"2569\"|?* ", "docx"))
        .isEqualTo("แบบ 7.3 โรงเรียน-อนุบาล--กระบี่--2569----.docx");
    assertThat(FileNames.safe("รายงาน...", "docx")).isEqualTo("รายงาน.docx");
    assertThat(FileNames.safe("CON", "docx")).isEqualTo("_CON.docx");
    assertThat(FileNames.safe("a\tb\u0001c", "zip")).isEqualTo("a-b-c.zip");
  }

  @Test
  void offersAnAsciiNameAndTheUtf8NameOfRfc5987() {
    String header = FileNames.contentDisposition("แบบ 7.3.docx", "form-7.3-1.docx");

    assertThat(header)
        .isEqualTo(
            "attachment; filename=\"form-7.3-1.docx\"; filename*=UTF-8''"
                + "%E0%B9%81%E0%B8%9A%E0%B8%9A%207.3.docx");
    assertThat(header.chars().allMatch(c -> c < 128)).isTrue();
  }
}
