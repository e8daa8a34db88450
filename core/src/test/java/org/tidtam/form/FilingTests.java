package org.tidtam.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.testforms.TestPlugins;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;

class FilingTests {

  record Conventional(@Nullable Integer fiscalYear, @Nullable Round round, String unitCode) {}

  record OtherTypes(FiscalYear fiscalYear, String round, String unitCode) {}

  private final FormPlugin<Conventional> plugin = TestPlugins.of("F.1", Conventional.class);
  private final FormPlugin<OtherTypes> other = TestPlugins.of("F.2", OtherTypes.class);

  @Test
  void readsTheFilingFromTheConventionalFieldsByDefault() {
    assertThat(plugin.filing(new Conventional(2569, Round.ROUND_6M, "GRP-ACAD")))
        .contains(new Filing(2569, Round.ROUND_6M, "GRP-ACAD"));
  }

  @Test
  void hasNoFilingWhenAFieldIsMissing() {
    assertThat(plugin.filing(new Conventional(null, Round.ROUND_6M, "GRP-ACAD"))).isEmpty();
    assertThat(plugin.filing(new Conventional(2569, null, "GRP-ACAD"))).isEmpty();
    assertThat(plugin.filing(new Conventional(2569, Round.ROUND_6M, " "))).isEmpty();
  }

  @Test
  void acceptsAFiscalYearValueAndARoundName() {
    assertThat(other.filing(new OtherTypes(FiscalYear.ofBe(2569), "ROUND_12M", "GRP-PLAN")))
        .contains(new Filing(2569, Round.ROUND_12M, "GRP-PLAN"));
    assertThat(other.filing(new OtherTypes(FiscalYear.ofBe(2569), "ครึ่งปี", "GRP-PLAN")))
        .isEmpty();
  }

  @Test
  void statesNoFactsByDefault() {
    assertThat(plugin.factKinds()).isEmpty();
    assertThat(
            plugin.facts(
                new Conventional(2569, Round.ROUND_6M, "U"), new Filing(2569, Round.ROUND_6M, "U")))
        .isEmpty();
  }
}
