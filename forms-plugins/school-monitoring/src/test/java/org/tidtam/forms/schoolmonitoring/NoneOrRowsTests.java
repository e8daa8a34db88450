package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.draft;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.forms.schoolmonitoring.Forms73.submit;
import static org.tidtam.testkit.Records.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class NoneOrRowsTests {

  @Test
  void acceptsNoneTickedWithoutText() {
    SchoolMonitoring form = with(with(sample(), "problems", List.of()), "noProblems", true);
    form = with(with(form, "supportNeeded", List.of()), "noSupportNeeded", true);

    assertThat(submit(form)).isEmpty();
  }

  @Test
  void requiresAProblemOrTheNoneTick() {
    SchoolMonitoring form = with(sample(), "problems", List.of());

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "problems", "ต้องระบุอย่างน้อย 1 รายการ หรือเลือก \"ไม่มี\"", Severity.ERROR));
    assertThat(draft(form)).isEmpty();
  }

  @Test
  void requiresASupportNeedOrTheNoneTick() {
    SchoolMonitoring form = with(sample(), "supportNeeded", List.of());

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "supportNeeded", "ต้องระบุอย่างน้อย 1 รายการ หรือเลือก \"ไม่มี\"", Severity.ERROR));
  }

  @Test
  void rejectsNoneTickedWithItemsListed() {
    SchoolMonitoring form = with(with(sample(), "noProblems", true), "noSupportNeeded", true);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "noProblems",
                "เลือก \"ไม่มี\" แล้วต้องไม่มีรายการ กรุณายกเลิก \"ไม่มี\" หรือลบรายการ",
                Severity.ERROR),
            new Violation.Shown(
                "noSupportNeeded",
                "เลือก \"ไม่มี\" แล้วต้องไม่มีรายการ กรุณายกเลิก \"ไม่มี\" หรือลบรายการ",
                Severity.ERROR));
  }

  @Test
  void rejectsAnEmptyOrFillerItem() {
    SchoolMonitoring form = with(sample(), "problems", List.of("ครูไม่ครบชั้น", ""));
    form = with(form, "supportNeeded", List.of("."));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("problems[1]", "ต้องระบุ", Severity.ERROR),
            new Violation.Shown(
                "supportNeeded[0]",
                "ต้องระบุข้อความจริง หากไม่มีให้เลือก \"ไม่มี\" แทนการใส่เพียง \"-\" หรือ \".\"",
                Severity.ERROR));
  }
}
