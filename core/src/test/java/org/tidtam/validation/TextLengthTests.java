package org.tidtam.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.Length;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.FormValidator.BrokenRule;

/** Texts are measured in characters, as JSON Schema measures them, and lists in items. */
class TextLengthTests {

  private static final FormValidator VALIDATOR = FormValidator.create();

  record Note(
      @Size(max = 3) String text,
      @Length(min = 2, max = 3) String code,
      @Size(max = 2) List<@Size(max = 2) String> tags,
      @NotBlank(groups = Complete.class) String title) {}

  private static List<String> broken(Note note, Stage stage) {
    return VALIDATOR.brokenRules(note, stage).stream()
        .map(r -> r.path() + " @" + r.constraint().annotationType().getSimpleName())
        .toList();
  }

  @Test
  void anEmojiIsOneCharacter() {
    String threeEmoji =
        "😀👍🏽"; // three characters (a face, a thumb, a skin tone), six UTF-16 units
    assertThat(threeEmoji.length()).isEqualTo(6);

    assertThat(broken(new Note(threeEmoji, "ก😀", List.of("😀😀"), "t"), Stage.SUBMIT)).isEmpty();
  }

  @Test
  void aTextLongerThanItsMaximumInCharactersIsStillTooLong() {
    assertThat(broken(new Note("กขคง", "😀", List.of("😀😀😀"), "t"), Stage.SUBMIT))
        .containsExactly("code @Length", "tags[0] @Size", "text @Size");
  }

  @Test
  void listsAreStillMeasuredInItems() {
    assertThat(broken(new Note("", "ab", List.of("a", "b", "c"), "t"), Stage.DRAFT))
        .containsExactly("tags @Size");
  }

  @Test
  void brokenRulesNameTheirConstraintsAndSeverityAtEachStage() {
    Note untitled = new Note("", "ab", List.of(), " ");
    assertThat(VALIDATOR.brokenRules(untitled, Stage.DRAFT)).isEmpty();
    List<BrokenRule> submitted = VALIDATOR.brokenRules(untitled, Stage.SUBMIT);
    assertThat(submitted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.path()).isEqualTo("title");
              assertThat(r.constraint()).isInstanceOf(NotBlank.class);
              assertThat(r.isError()).isTrue();
            });
    assertThat(VALIDATOR.validate(untitled, Stage.SUBMIT))
        .extracting(Violation::path)
        .containsExactly("title");
  }
}
