package org.tidtam.template;

/** Which digits a rendered document uses (cabinet resolution of 2 May 2543 leaves the choice). */
public enum Numerals {
  /** 0-9 everywhere. */
  ARABIC,
  /** ๐-๙ everywhere. */
  THAI,
  /** ๐-๙ in running text, 0-9 inside tables (money and figures). */
  THAI_TEXT_ARABIC_TABLES
}
