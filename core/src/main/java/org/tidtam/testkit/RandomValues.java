package org.tidtam.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeded random values for property tests written as JUnit parameterised tests: the test runs over
 * {@link #seeds}, makes its values with {@code RandomValues.of(seed)}, and a failing case names its
 * seed, which gives the same values again. Texts mix what reporters and other systems send: Thai,
 * Latin letters and digits, punctuation that matters to JSON, XML and templates, white space of
 * every kind, control characters, emoji (outside the Basic Multilingual Plane) and filler.
 *
 * <pre>{@code
 * static LongStream seeds() { return RandomValues.seeds(300); }
 *
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")
 * void roundTrips(long seed) {
 *   String text = RandomValues.of(seed).text(0, 40);
 *   ...
 * }
 * }</pre>
 */
public final class RandomValues {

  private static final int[][] THAI = {{0x0E01, 0x0E3A}, {0x0E3F, 0x0E5B}};
  private static final int[] SPACES = {
    ' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x1C, 0x1F, 0x85, 0xA0, 0x1680, 0x2000, 0x2007, 0x200A,
    0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF
  };
  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String PUNCTUATION = "\"\\/'{}[]<>&;:,.!?#$%*+=|~^`@()-_";
  private static final int[] FILLER = {'-', '.', '_', 0x2013, 0x2014, 0x2212};
  private static final int[][] EMOJI = {
    {0x1F300, 0x1F5FF},
    {0x1F600, 0x1F64F},
    {0x1F680, 0x1F6FF},
    {0x1F900, 0x1F9FF},
    {0x1F1E6, 0x1F1FF}
  };
  private static final int[] EMOJI_PARTS = {0x200D, 0xFE0F, 0x1F3FB, 0x1F3FF, 0x2764, 0x2705};
  private static final int[][] OTHER = {
    {0xA1, 0xFF},
    {0x0300, 0x036F},
    {0x0600, 0x06FF},
    {0x4E00, 0x9FFF},
    {0xE000, 0xE0FF},
    {0xFFF0, 0xFFFF},
    {0x1D400, 0x1D7FF},
    {0x20000, 0x2A6DF},
    {0xF0000, 0xF00FF},
    {0x10FFFE, 0x10FFFF}
  };

  private final long seed;
  private final SplittableRandom random;

  private RandomValues(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** The values of one seed: the same seed gives the same values. */
  public static RandomValues of(long seed) {
    return new RandomValues(seed);
  }

  /** The seeds {@code 1..count}: fixed, so that a run repeats and a failing seed can be rerun. */
  public static LongStream seeds(int count) {
    return LongStream.rangeClosed(1, count);
  }

  public long seed() {
    return seed;
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public int between(int min, int max) {
    return (int) between((long) min, (long) max);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public long between(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException(min + " > " + max);
    }
    if (max == Long.MAX_VALUE) {
      return min == Long.MIN_VALUE ? random.nextLong() : max - random.nextLong(0, max - min + 1);
    }
    return random.nextLong(min, max + 1);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public BigInteger between(BigInteger min, BigInteger max) {
    BigInteger span = max.subtract(min);
    if (span.signum() < 0) {
      throw new IllegalArgumentException(min + " > " + max);
    }
    BigInteger r;
    do {
      byte[] bytes = new byte[span.bitLength() / 8 + 2];
      random.nextBytes(bytes);
      r = new BigInteger(1, bytes).mod(span.add(BigInteger.ONE));
    } while (r.compareTo(span) > 0);
    return min.add(r);
  }

  /** True with the given probability. */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public boolean bool() {
    return random.nextBoolean();
  }

  /** One of the values. */
  @SafeVarargs
  public final <T> T oneOf(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** One of the values. */
  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * A length from {@code min} to {@code max}, often the shortest, the longest or near them, else
   * mostly short.
   */
  public int length(int min, int max) {
    int roll = random.nextInt(20);
    if (roll < 3 || min == max) {
      return min;
    }
    if (roll < 6) {
      return max;
    }
    if (roll < 8) {
      return between(Math.max(min, max - 3), max);
    }
    return between(min, (int) Math.min(max, (long) min + 40));
  }

  /**
   * A decimal from {@code min} to {@code max} with at most {@code scale} decimals: often one of the
   * bounds, zero or the smallest step either side of it, often a small amount, else anywhere in the
   * range.
   */
  public BigDecimal decimal(BigDecimal min, BigDecimal max, int scale) {
    BigInteger lo = min.setScale(scale, java.math.RoundingMode.CEILING).unscaledValue();
    BigInteger hi = max.setScale(scale, java.math.RoundingMode.FLOOR).unscaledValue();
    int roll = random.nextInt(10);
    BigInteger unscaled;
    if (roll == 0) {
      unscaled = oneOf(lo, hi, BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate());
    } else if (roll < 5) {
      BigInteger small = BigInteger.TEN.pow(scale + between(0, 4));
      unscaled = between(small.negate(), small);
    } else {
      unscaled = between(lo, hi);
    }
    unscaled = unscaled.max(lo).min(hi);
    return new BigDecimal(unscaled, scale);
  }

  /** A day from {@code from} to {@code to}, both included. */
  public LocalDate date(LocalDate from, LocalDate to) {
    return LocalDate.ofEpochDay(between(from.toEpochDay(), to.toEpochDay()));
  }

  /**
   * A text of {@code min} to {@code max} characters (code points), see {@link #length}, from the
   * mix this class describes; always valid Unicode (no lone surrogates).
   */
  public String text(int min, int max) {
    int n = length(min, max);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(character());
    }
    return sb.toString();
  }

  /** One character (code point) of the mix that {@link #text} uses. */
  public int character() {
    int roll = random.nextInt(100);
    if (roll < 30) {
      return in(THAI);
    }
    if (roll < 45) {
      return ALNUM.charAt(random.nextInt(ALNUM.length()));
    }
    if (roll < 55) {
      return PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
    }
    if (roll < 63) {
      return SPACES[random.nextInt(SPACES.length)];
    }
    if (roll < 70) {
      return chance(0.7) ? between(0x00, 0x1F) : between(0x7F, 0x9F);
    }
    if (roll < 80) {
      return chance(0.8) ? in(EMOJI) : EMOJI_PARTS[random.nextInt(EMOJI_PARTS.length)];
    }
    if (roll < 92) {
      return in(OTHER);
    }
    return FILLER[random.nextInt(FILLER.length)];
  }

  /** A text of Thai letters, vowels, tone marks and digits, and spaces. */
  public String thai(int min, int max) {
    int n = length(min, max);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(chance(0.15) ? ' ' : in(THAI));
    }
    return sb.toString();
  }

  /**
   * A string of {@code min} to {@code max} UTF-16 chars, each from one of the ranges given as pairs
   * {@code first, last}; with the one range from 0000 to FFFF anything Java holds, lone surrogates
   * included.
   */
  public String chars(int min, int max, char... ranges) {
    if (ranges.length == 0 || ranges.length % 2 != 0) {
      throw new IllegalArgumentException("ranges come in pairs: first, last");
    }
    int n = length(min, max);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int r = random.nextInt(ranges.length / 2) * 2;
      sb.append((char) between(ranges[r], ranges[r + 1]));
    }
    return sb.toString();
  }

  private int in(int[][] ranges) {
    int[] range = ranges[random.nextInt(ranges.length)];
    return between(range[0], range[1]);
  }
}
