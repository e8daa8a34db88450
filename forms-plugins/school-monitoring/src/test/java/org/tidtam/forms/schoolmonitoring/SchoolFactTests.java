package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.form.Fact;
import org.tidtam.form.SchoolFact;
import org.tidtam.testkit.Records;
import org.tidtam.thai.Round;

class SchoolFactTests {
  private final SchoolMonitoringPlugin plugin = Forms73.PLUGIN;

  private SchoolFact fact(SchoolMonitoring form) {
    List<Fact> facts = plugin.facts(form, plugin.filing(form).orElseThrow());
    assertThat(facts).hasSize(1);
    return (SchoolFact) facts.getFirst();
  }

  @Test
  void statesTheSchoolForTheDashboard() {
    SchoolMonitoring sample = Forms73.sample();
    SchoolFact s = fact(sample);

    assertThat(plugin.factKinds()).containsExactly(SchoolFact.class);
    assertThat(s.filing().fiscalYear()).isEqualTo(2569);
    assertThat(s.filing().round()).isEqualTo(Round.ROUND_12M);
    assertThat(s.schoolCode()).isEqualTo(sample.schoolCode());
    assertThat(s.district()).isEqualTo("เมืองกระบี่");
    assertThat(s.students()).isEqualTo(sample.totalStudents());
    assertThat(s.size()).isEqualTo(SchoolSize.MEDIUM);
    // RT: (78.45 + 74.20) / 2 = 76.325 -> 76.33; NT: (55.40 + 48.75) / 2 = 52.075 -> 52.08
    assertThat(s.rtMean()).isEqualByComparingTo(sample.rt().total());
    assertThat(s.rtMean()).isEqualByComparingTo(new BigDecimal("76.33"));
    assertThat(s.ntMean()).isEqualByComparingTo(new BigDecimal("52.08"));
    assertThat(s.ntMean()).isEqualByComparingTo(sample.nt().total());
    assertThat(s.awards()).isEqualTo(3);
    // each award with its level; who received it stays in the school's report
    assertThat(s.awardList())
        .extracting(SchoolFact.Award::level)
        .containsExactly(
            SchoolFact.AwardLevel.AREA, SchoolFact.AwardLevel.AREA, SchoolFact.AwardLevel.PROVINCE);
    assertThat(s.awardList().get(2).name())
        .isEqualTo("สถานศึกษาปลอดบุหรี่และเครื่องดื่มแอลกอฮอล์ ระดับจังหวัด");
    assertThat(s.toString()).doesNotContain("ทองดี", "แก้วประดับ");
  }

  @Test
  void leavesOutWhatTheReportDoesNotSay() {
    SchoolMonitoring bare =
        Records.with(
            Records.with(
                Records.with(Records.with(Forms73.sample(), "rt", null), "nt", null),
                "awards",
                List.of()),
            "sizeScheme",
            SizeScheme.SEVEN_SIZES);
    SchoolFact s = fact(bare);

    assertThat(s.rtMean()).isNull();
    assertThat(s.ntMean()).isNull();
    assertThat(s.awards()).isZero();
    assertThat(s.awardList()).isEmpty();
    assertThat(s.size()).as("the seven-size scheme has no OBEC class").isNull();
  }
}
