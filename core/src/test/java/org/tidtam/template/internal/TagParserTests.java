package org.tidtam.template.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.template.internal.Tag.Condition;
import org.tidtam.template.internal.Tag.FormatterCall;
import org.tidtam.template.internal.Tag.Path;
import org.tidtam.template.internal.TagParser.MalformedTagException;

class TagParserTests {

  private static Path path(String... segs) {
    return new Path(List.of(segs));
  }

  @Test
  void parsesValuesWithChainedFormattersAndQuotedArguments() throws Exception {
    assertThat(TagParser.parse(" item.spent | baht | or:\"ไม่มี | ว่าง\" "))
        .isEqualTo(
            new Tag.Value(
                path("item", "spent"),
                List.of(new FormatterCall("baht", null), new FormatterCall("or", "ไม่มี | ว่าง"))));
    assertThat(TagParser.parse("@number")).isEqualTo(new Tag.Value(path("@number"), List.of()));
  }

  @Test
  void parsesBlocksConditionsAndImages() throws Exception {
    assertThat(TagParser.parse("#each activities as a"))
        .isEqualTo(new Tag.EachOpen(path("activities"), "a"));
    assertThat(TagParser.parse("#if !a.done"))
        .isEqualTo(new Tag.IfOpen(new Condition(path("a", "done"), Condition.Op.FALSY, null)));
    assertThat(TagParser.parse("#if status == 'DONE'"))
        .isEqualTo(new Tag.IfOpen(new Condition(path("status"), Condition.Op.EQUALS, "DONE")));
    assertThat(TagParser.parse("#if status != “ผ่าน”"))
        .isEqualTo(new Tag.IfOpen(new Condition(path("status"), Condition.Op.NOT_EQUALS, "ผ่าน")));
    assertThat(TagParser.parse("else")).isEqualTo(new Tag.Else());
    assertThat(TagParser.parse("/each")).isEqualTo(new Tag.Close(Tag.Block.EACH));
    assertThat(TagParser.parse("%image photo width=8.5cm"))
        .isEqualTo(new Tag.Image(path("photo"), 8.5));
  }

  @Test
  void rejectsMalformedTags() {
    for (String bad :
        List.of(
            " ",
            "#each list",
            "#each list as",
            "#if",
            "/for",
            "#while x",
            "a..b",
            "x | ",
            "%image",
            "%image p width=8",
            "x | or:\"a")) {
      assertThatThrownBy(() -> TagParser.parse(bad))
          .as(bad)
          .isInstanceOf(MalformedTagException.class);
    }
  }
}
