package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.CatalogItem;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.FormContext;
import org.tidtam.form.PrefillRequest;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.thai.Round;
import org.tidtam.validation.Violation;

class PrefillTests {
  private final Catalog demo = Catalog.demoCatalog();

  private SchoolMonitoring prefill(String schoolCode) {
    return SchoolMonitoringPlugin.prefill(2569, Round.ROUND_12M, schoolCode, demo).orElseThrow();
  }

  @Test
  void fillsTheSchoolFromTheCatalog() {
    SchoolMonitoring draft = prefill("81010002");

    assertThat(draft.fiscalYear()).isEqualTo(2569);
    assertThat(draft.round()).isEqualTo(Round.ROUND_12M);
    assertThat(draft.schoolCode()).isEqualTo("81010002");
    assertThat(draft.schoolName()).isEqualTo("วัดสถิตโพธาราม");
    assertThat(draft.schoolFullName()).isEqualTo("โรงเรียนวัดสถิตโพธาราม");
    assertThat(draft.district()).isEqualTo("เมืองกระบี่");
    assertThat(draft.dmcStudents()).isEqualTo(415);
    assertThat(draft.sizeScheme()).isEqualTo(SizeScheme.OBEC_4);
  }

  @Test
  void fillsOneOpenRowPerObecPolicyOfTheYear() {
    SchoolMonitoring draft = prefill("81010006");

    assertThat(draft.policies()).hasSize(12);
    assertThat(draft.policies())
        .extracting(PolicyResult::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    PolicyResult first = draft.policies().getFirst();
    assertThat(first.policyCode()).isEqualTo("OBEC-2569-01");
    assertThat(first.policy()).startsWith("ปลูกฝังความรักในสถาบันหลักของชาติ");
    assertThat(first.status()).isNull();
    assertThat(draft.policies())
        .extracting(PolicyResult::policyCode)
        .containsExactlyElementsOf(
            demo.items(ReferenceKind.OBEC_POLICY, 2569).stream().map(CatalogItem::code).toList());
  }

  @Test
  void leavesWhatOnlyTheSchoolKnowsEmpty() {
    SchoolMonitoring draft = prefill("81010006");

    assertThat(draft.levels()).isEmpty();
    assertThat(draft.students()).isEmpty();
    assertThat(draft.director()).isNull();
    assertThat(draft.reporter()).isNull();
    assertThat(draft.noProblems()).isFalse();
  }

  @Test
  void theDraftSavesWithoutErrorsButCannotBeSubmittedYet() {
    SchoolMonitoring draft = prefill("81010002");

    assertThat(Forms73.draft(draft)).isEmpty();
    assertThat(Forms73.submit(draft))
        .extracting(Violation.Shown::path)
        .contains("levels", "director", "policies[0].status");
  }

  @Test
  void hasNoPolicyRowsForAYearWithoutPolicies() {
    SchoolMonitoring draft =
        SchoolMonitoringPlugin.prefill(2570, Round.ROUND_6M, "81010002", demo).orElseThrow();

    assertThat(draft.policies()).isEmpty();
  }

  @Test
  void thePluginPrefillsFromTheContextsCatalog() {
    SchoolMonitoring draft =
        new SchoolMonitoringPlugin()
            .prefill(new PrefillRequest(2569, Round.ROUND_6M, "81010009"), FormContext.of(demo))
            .orElseThrow();

    assertThat(draft.round()).isEqualTo(Round.ROUND_6M);
    assertThat(draft.schoolFullName()).isEqualTo("โรงเรียนบ้านแหลมสัก");
    assertThat(draft.district()).isEqualTo("อ่าวลึก");
    assertThat(draft.policies()).hasSize(12);
  }

  @Test
  void findsNothingForAnUnknownSchool() {
    assertThat(SchoolMonitoringPlugin.prefill(2569, Round.ROUND_12M, "99999999", demo)).isEmpty();
  }

  @Test
  void theDraftRoundTripsThroughTheSubmissionFormat() {
    SubmissionCodec codec = SubmissionCodec.create();
    SchoolMonitoringPlugin plugin = new SchoolMonitoringPlugin();
    SchoolMonitoring draft = prefill("81010002");

    SubmissionDocument doc = codec.read(codec.write(codec.toDocument(plugin, draft)));

    assertThat(codec.toForm(plugin, doc)).isEqualTo(draft);
  }
}
