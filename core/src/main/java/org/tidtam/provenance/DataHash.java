package org.tidtam.provenance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The SHA-256 of a submission's data in a canonical JSON form, so that the same data gives the same
 * hash however it was stored or indented: object keys sorted (by UTF-16 code units), no whitespace,
 * numbers as plain decimals without trailing zeros ({@code 1500.00} is {@code 1500}), strings
 * escaped only where JSON requires it.
 */
public final class DataHash {

  private static final HexFormat HEX = HexFormat.of();

  private DataHash() {}

  /** The SHA-256 (lower-case hex) of the canonical JSON of the data. */
  public static String of(JsonNode data) {
    return sha256(canonical(data).getBytes(StandardCharsets.UTF_8));
  }

  /** The canonical JSON text of the data, as it is hashed. */
  public static String canonical(JsonNode data) {
    StringBuilder out = new StringBuilder(256);
    write(data, out);
    return out.toString();
  }

  /** The SHA-256 of bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
    }
  }

  static boolean isSha256(String hex) {
    return hex.length() == 64
        && hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>(node.propertyNames());
      names.sort(null);
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(names.get(i), out);
        out.append(':');
        write(node.get(names.get(i)), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isNumber()) {
      out.append(number(node.decimalValue()));
    } else if (node.isString()) {
      string(node.stringValue(), out);
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else if (node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else {
      // binary or a POJO node: its JSON text
      out.append(node.toString());
    }
  }

  private static String number(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
